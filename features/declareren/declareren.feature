# language: nl
Functionaliteit: Declareren: debet, credit en afgewezen prestaties
  Een volledig toegekende declaratie krijgt 8001; een declaratie-antwoord bevat alleen afgewezen prestaties (IV087).

  @declareren-debet @OP276 @OP279 @OP280 @IV087 @TR358
  Abstract Scenario: Een declaratie die volledig wordt toegekend (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder januari 2026 declareert met declaratienummer D202601:
      | toewijzing | product   | volume | eenheid | tarief     | referentie  |
      | 1001       | <product> | 12     | uur     | 50,00 euro | P2026010001 |
    Dan keurt de gemeente het declaratiebericht (323) goed
    En krijgt het declaratie-antwoord retourcode 8001

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | wmo    | gemeente | 07A12   |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | wmo    | aanbieder | 07A12   |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | jw     | gemeente | 45A04   |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | jw     | aanbieder | 45A04   |

  @declareren-credit @OP360 @OP366 @TR323 @TR390 @CD060
  Abstract Scenario: Een goedgekeurde prestatie crediteren (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder januari 2026 declareert met declaratienummer D202601:
      | toewijzing | product   | volume | eenheid | tarief     | referentie  |
      | 1001       | <product> | 12     | uur     | 50,00 euro | P2026010001 |
    Dan keurt de gemeente het declaratiebericht (323) goed
    En krijgt het declaratie-antwoord retourcode 8001
    Als de aanbieder prestatie P2026010001 crediteert in een declaratie over januari 2026
    Dan keurt de gemeente het declaratiebericht (323) goed
    En krijgt het declaratie-antwoord retourcode 8001

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | wmo    | gemeente | 07A12   |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | wmo    | aanbieder | 07A12   |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | jw     | gemeente | 45A04   |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | jw     | aanbieder | 45A04   |

  @declareren-afgewezen-prestatie @TR338 @TR342 @IV087 @OP304 @TR367
  Abstract Scenario: Een afgewezen prestatie: alleen die staat in het declaratie-antwoord (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder een declaratiebericht over januari 2026 stuurt met declaratienummer D202601X en deze prestaties:
      | toewijzing | referentie  | volume |
      | 1001       | P2026010011 | 12     |
      | 9999       | P2026010012 | 12     |
    Dan geeft de gemeente op het declaratiebericht (323) retourcode 9338 op Prestatie 2
    En bevat het declaratie-antwoord alleen de 1 afgewezen prestatie

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |
