# language: nl
Functionaliteit: Berichtstroom: verzoek om toewijzing (VOT)
  Direct toewijzen, toewijzen na onderzoek, (na onderzoek) afwijzen, afwijzen op grond van het woonplaatsbeginsel.

  @vot-direct-toewijzen @OP274 @OP344 @TR379 @TR355
  Abstract Scenario: Verzoek om toewijzing, direct toegewezen (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 15-02-2026
    Als de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-1
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als de gemeente het verzoek toewijst
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 01-03-2026, Einddatum 31-12-2026, ReferentieAanbieder VOT-1
    En neemt de toewijzing de referentie van het verzoek over

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @vot-toewijzen-na-onderzoek @OP274 @OP344 @TR365 @TR379
  Abstract Scenario: Verzoek om toewijzing, toegewezen na onderzoek (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 15-02-2026
    Als de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-2
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als de gemeente het verzoek in onderzoek neemt
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En neemt het antwoordbericht het verzoek in onderzoek
    Als de gemeente het verzoek toewijst
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 01-03-2026, Einddatum 31-12-2026, ReferentieAanbieder VOT-2
    En neemt de toewijzing de referentie van het verzoek over

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @vot-direct-afwijzen @OP344 @CD085 @TR355
  Abstract Scenario: Verzoek om toewijzing, direct afgewezen (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 15-02-2026
    Als de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-3
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als de gemeente het verzoek afwijst met reden 1
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En wijst het antwoordbericht het verzoek af met reden 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @vot-afwijzen-na-onderzoek @OP344 @TR365 @CD085
  Abstract Scenario: Verzoek om toewijzing, afgewezen na onderzoek (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 15-02-2026
    Als de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-4
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als de gemeente het verzoek in onderzoek neemt
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En neemt het antwoordbericht het verzoek in onderzoek
    Als de gemeente het verzoek afwijst met reden 1
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En wijst het antwoordbericht het verzoek af met reden 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @vot-woonplaatsbeginsel @OP359 @TR377 @TR409 @TR378
  Abstract Scenario: Verzoek om toewijzing, na onderzoek afgewezen op grond van het woonplaatsbeginsel (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 15-02-2026
    Als de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-5
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als de gemeente het verzoek in onderzoek neemt
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En neemt het antwoordbericht het verzoek in onderzoek
    Als de gemeente het verzoek afwijst omdat volgens het woonplaatsbeginsel gemeente 0363 verantwoordelijk is
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En wijst het antwoordbericht het verzoek af met reden 8 en woonplaatsbeginsel 0363

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @vot-onderzoek-twee-keer @TR360 @OP344
  Abstract Scenario: Een verzoek dat in onderzoek is wordt niet nog eens in onderzoek genomen (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 15-02-2026
    Als de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-6
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als de gemeente het verzoek in onderzoek neemt
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En neemt het antwoordbericht het verzoek in onderzoek
    Als de gemeente het verzoek in onderzoek neemt
    Dan weigert de gemeente deze stap

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @vot-onderhanden @TR374 @OP350
  Abstract Scenario: Een tweede verzoek terwijl het eerste nog in behandeling is, wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 15-02-2026
    Als de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-7
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als de aanbieder een verzoek om toewijzing (315) stuurt met:
      | referentie   | VOT-8      |
      | product      | <ander>    |
      | ingangsdatum | 01-04-2026 |
      | einddatum    | 31-12-2026 |
    Dan geeft de gemeente op het verzoek om toewijzing (315) retourcode 9374 op de Client

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | ander |
      | wmo    | gemeente | 02A01 |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | ander |
      | jw     | gemeente | 43A01 |
