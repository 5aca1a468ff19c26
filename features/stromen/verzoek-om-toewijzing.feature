# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Berichtstroom: verzoek om toewijzing (VOT)
  Direct toewijzen, toewijzen na onderzoek, (na onderzoek) afwijzen, afwijzen op grond van het woonplaatsbeginsel.

  @vot-direct-toewijzen @sut-gemeente @OP274 @OP344 @TR379 @TR355
  Abstract Scenario: Verzoek om toewijzing, direct toegewezen (systeem onder test: gemeente)
    Gegeven casus "vot-direct-toewijzen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-1)
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als stap 2: de gemeente wijst het aangevraagde toe, met de ReferentieAanbieder van het verzoek
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 2026-03-01, Einddatum 2026-12-31, ReferentieAanbieder VOT-1
    En neemt de toewijzing de ReferentieAanbieder van het verzoek over

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-direct-toewijzen @sut-aanbieder @OP274 @OP344 @TR379 @TR355
  Abstract Scenario: Verzoek om toewijzing, direct toegewezen (systeem onder test: aanbieder)
    Gegeven casus "vot-direct-toewijzen" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-1)
    Dan voldoet het verzoek om toewijzing (315) aan de regels en wordt het goedgekeurd
    Als stap 2: de gemeente wijst het aangevraagde toe, met de ReferentieAanbieder van het verzoek
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-toewijzen-na-onderzoek @sut-gemeente @OP274 @OP344 @TR365 @TR379
  Abstract Scenario: Verzoek om toewijzing, toegewezen na onderzoek (systeem onder test: gemeente)
    Gegeven casus "vot-toewijzen-na-onderzoek" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-2)
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als stap 2: de gemeente neemt het verzoek in onderzoek
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 2 (aanvraag in onderzoek)
    Als stap 3: de gemeente wijst het aangevraagde toe, met de ReferentieAanbieder van het verzoek
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 2026-03-01, Einddatum 2026-12-31, ReferentieAanbieder VOT-2
    En neemt de toewijzing de ReferentieAanbieder van het verzoek over

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-toewijzen-na-onderzoek @sut-aanbieder @OP274 @OP344 @TR365 @TR379
  Abstract Scenario: Verzoek om toewijzing, toegewezen na onderzoek (systeem onder test: aanbieder)
    Gegeven casus "vot-toewijzen-na-onderzoek" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-2)
    Dan voldoet het verzoek om toewijzing (315) aan de regels en wordt het goedgekeurd
    Als stap 2: de gemeente neemt het verzoek in onderzoek
    Dan keurt de aanbieder het antwoordbericht (319) goed
    Als stap 3: de gemeente wijst het aangevraagde toe, met de ReferentieAanbieder van het verzoek
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-direct-afwijzen @sut-gemeente @OP344 @CD085 @TR355
  Abstract Scenario: Verzoek om toewijzing, direct afgewezen (systeem onder test: gemeente)
    Gegeven casus "vot-direct-afwijzen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-3)
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als stap 2: de gemeente wijst het verzoek af
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 1 (verzoek afgewezen) met reden 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-direct-afwijzen @sut-aanbieder @OP344 @CD085 @TR355
  Abstract Scenario: Verzoek om toewijzing, direct afgewezen (systeem onder test: aanbieder)
    Gegeven casus "vot-direct-afwijzen" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-3)
    Dan voldoet het verzoek om toewijzing (315) aan de regels en wordt het goedgekeurd
    Als stap 2: de gemeente wijst het verzoek af
    Dan keurt de aanbieder het antwoordbericht (319) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-afwijzen-na-onderzoek @sut-gemeente @OP344 @TR365 @CD085
  Abstract Scenario: Verzoek om toewijzing, afgewezen na onderzoek (systeem onder test: gemeente)
    Gegeven casus "vot-afwijzen-na-onderzoek" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-4)
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als stap 2: de gemeente neemt het verzoek in onderzoek
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 2 (aanvraag in onderzoek)
    Als stap 3: de gemeente wijst het verzoek af
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 1 (verzoek afgewezen) met reden 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-afwijzen-na-onderzoek @sut-aanbieder @OP344 @TR365 @CD085
  Abstract Scenario: Verzoek om toewijzing, afgewezen na onderzoek (systeem onder test: aanbieder)
    Gegeven casus "vot-afwijzen-na-onderzoek" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-4)
    Dan voldoet het verzoek om toewijzing (315) aan de regels en wordt het goedgekeurd
    Als stap 2: de gemeente neemt het verzoek in onderzoek
    Dan keurt de aanbieder het antwoordbericht (319) goed
    Als stap 3: de gemeente wijst het verzoek af
    Dan keurt de aanbieder het antwoordbericht (319) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-woonplaatsbeginsel @sut-gemeente @OP359 @TR377 @TR409 @TR378
  Abstract Scenario: Verzoek om toewijzing, na onderzoek afgewezen op grond van het woonplaatsbeginsel (systeem onder test: gemeente)
    Gegeven casus "vot-woonplaatsbeginsel" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-5)
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als stap 2: de gemeente neemt het verzoek in onderzoek
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 2 (aanvraag in onderzoek)
    Als stap 3: de gemeente wijst af: volgens het woonplaatsbeginsel is Amsterdam (0363) verantwoordelijk
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 1 (verzoek afgewezen) met reden 8 en woonplaatsbeginsel 0363

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-woonplaatsbeginsel @sut-aanbieder @OP359 @TR377 @TR409 @TR378
  Abstract Scenario: Verzoek om toewijzing, na onderzoek afgewezen op grond van het woonplaatsbeginsel (systeem onder test: aanbieder)
    Gegeven casus "vot-woonplaatsbeginsel" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-5)
    Dan voldoet het verzoek om toewijzing (315) aan de regels en wordt het goedgekeurd
    Als stap 2: de gemeente neemt het verzoek in onderzoek
    Dan keurt de aanbieder het antwoordbericht (319) goed
    Als stap 3: de gemeente wijst af: volgens het woonplaatsbeginsel is Amsterdam (0363) verantwoordelijk
    Dan keurt de aanbieder het antwoordbericht (319) goed

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-onderzoek-twee-keer @sut-gemeente @TR360 @OP344
  Abstract Scenario: Een verzoek dat in onderzoek is wordt niet nog eens in onderzoek genomen (systeem onder test: gemeente)
    Gegeven casus "vot-onderzoek-twee-keer" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-6)
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als stap 2: de gemeente neemt het verzoek in onderzoek
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 2 (aanvraag in onderzoek)
    Als stap 3: de gemeente wordt gevraagd het verzoek nog eens in onderzoek te nemen
    Dan weigert de gemeente deze stap

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vot-onderhanden @sut-gemeente @TR374 @OP350
  Abstract Scenario: Een tweede verzoek terwijl het eerste nog in behandeling is, wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "vot-onderhanden" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing VOT-7)
    Dan keurt de gemeente het verzoek om toewijzing (315) goed
    Als stap 2: de aanbieder stuurt nog een verzoek om toewijzing voor dezelfde cliënt
    Dan geeft de gemeente op het verzoek om toewijzing (315) retourcode 9374 op de Client

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
