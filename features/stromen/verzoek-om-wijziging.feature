# language: nl
Functionaliteit: Berichtstroom: verzoek om wijziging (VOW)
  Een VOW bevat alle actuele toewijzingen: de te wijzigen en de ongewijzigde (TR349).

  @vow-direct-toewijzen @OP306 @OP308 @OP348 @TR349 @TR379
  Abstract Scenario: Verzoek om wijziging, direct toegewezen (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente toewijst:
      | toewijzing | product   | omvang         | ingangsdatum | einddatum  |
      | 1001       | <product> | 3 uur per week | 01-01-2026   | 31-12-2026 |
      | 1002       | <ander>   | 2 uur per week | 01-01-2026   | 31-12-2026 |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering van toewijzing 1001 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering van toewijzing 1002 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder een verzoek om wijziging stuurt voor toewijzing 1001: 4 uur per week van 01-04-2026 tot en met 31-12-2026 met referentie VOW-1
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als de gemeente het verzoek toewijst
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 31-03-2026
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 01-04-2026, Omvang 4 uur per week, ReferentieAanbieder VOW-1
    En neemt de toewijzing de referentie van het verzoek over

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | wmo    | gemeente | 07A12   | 02A01 |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | wmo    | aanbieder | 07A12   | 02A01 |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | jw     | gemeente | 45A04   | 43A01 |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | jw     | aanbieder | 45A04   | 43A01 |

  @vow-toewijzen-na-onderzoek @OP346 @OP348 @TR365 @TR379 @TR349
  Abstract Scenario: Verzoek om wijziging, toegewezen na onderzoek (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente toewijst:
      | toewijzing | product   | omvang         | ingangsdatum | einddatum  |
      | 1001       | <product> | 3 uur per week | 01-01-2026   | 31-12-2026 |
      | 1002       | <ander>   | 2 uur per week | 01-01-2026   | 31-12-2026 |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering van toewijzing 1001 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering van toewijzing 1002 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder een verzoek om wijziging stuurt voor toewijzing 1001: 4 uur per week van 01-04-2026 tot en met 31-12-2026 met referentie VOW-2
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als de gemeente het verzoek in onderzoek neemt
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En neemt het antwoordbericht het verzoek in onderzoek
    Als de gemeente het verzoek toewijst
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 31-03-2026
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 01-04-2026, Omvang 4 uur per week, ReferentieAanbieder VOW-2
    En neemt de toewijzing de referentie van het verzoek over

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | wmo    | gemeente | 07A12   | 02A01 |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | wmo    | aanbieder | 07A12   | 02A01 |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | jw     | gemeente | 45A04   | 43A01 |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | jw     | aanbieder | 45A04   | 43A01 |

  @vow-direct-afwijzen @OP346 @CD085 @TR349
  Abstract Scenario: Verzoek om wijziging, direct afgewezen (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente toewijst:
      | toewijzing | product   | omvang         | ingangsdatum | einddatum  |
      | 1001       | <product> | 3 uur per week | 01-01-2026   | 31-12-2026 |
      | 1002       | <ander>   | 2 uur per week | 01-01-2026   | 31-12-2026 |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering van toewijzing 1001 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering van toewijzing 1002 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder een verzoek om wijziging stuurt voor toewijzing 1001: 4 uur per week van 01-04-2026 tot en met 31-12-2026 met referentie VOW-3
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als de gemeente het verzoek afwijst met reden 1
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En wijst het antwoordbericht het verzoek af met reden 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | wmo    | gemeente | 07A12   | 02A01 |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | wmo    | aanbieder | 07A12   | 02A01 |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | jw     | gemeente | 45A04   | 43A01 |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | jw     | aanbieder | 45A04   | 43A01 |

  @vow-afwijzen-na-onderzoek @OP346 @TR365 @TR349
  Abstract Scenario: Verzoek om wijziging, afgewezen na onderzoek (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente toewijst:
      | toewijzing | product   | omvang         | ingangsdatum | einddatum  |
      | 1001       | <product> | 3 uur per week | 01-01-2026   | 31-12-2026 |
      | 1002       | <ander>   | 2 uur per week | 01-01-2026   | 31-12-2026 |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering van toewijzing 1001 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering van toewijzing 1002 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder een verzoek om wijziging stuurt voor toewijzing 1001: 4 uur per week van 01-04-2026 tot en met 31-12-2026 met referentie VOW-4
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als de gemeente het verzoek in onderzoek neemt
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En neemt het antwoordbericht het verzoek in onderzoek
    Als de gemeente het verzoek afwijst met reden 1
    Dan keurt de aanbieder het antwoordbericht (319) goed
    En wijst het antwoordbericht het verzoek af met reden 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | wmo    | gemeente | 07A12   | 02A01 |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | wmo    | aanbieder | 07A12   | 02A01 |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | jw     | gemeente | 45A04   | 43A01 |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product | ander |
      | jw     | aanbieder | 45A04   | 43A01 |

  @vow-onvolledig @TR349 @OP308
  Abstract Scenario: Een verzoek om wijziging zonder de ongewijzigde actuele toewijzingen wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente toewijst:
      | toewijzing | product   | omvang         | ingangsdatum | einddatum  |
      | 1001       | <product> | 3 uur per week | 01-01-2026   | 31-12-2026 |
      | 1002       | <ander>   | 2 uur per week | 01-01-2026   | 31-12-2026 |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering van toewijzing 1001 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering van toewijzing 1002 start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder een verzoek om wijziging (317) stuurt met:
      | referentie   | VOW-5          |
      | toewijzing   | 1001           |
      | ingangsdatum | 01-04-2026     |
      | einddatum    | 31-12-2026     |
      | omvang       | 4 uur per week |
    Dan geeft de gemeente op het verzoek om wijziging (317) retourcode 9349 op het Verzoek

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | wmo    | gemeente | 07A12   | 02A01 |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product | ander |
      | jw     | gemeente | 45A04   | 43A01 |
