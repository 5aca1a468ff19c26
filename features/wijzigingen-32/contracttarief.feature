# language: nl
Functionaliteit: Wijziging 3.2: het ingediende tarief volgt het contracttarief (TR418, retourcode 0611)
  De gemeente en de aanbieder hebben 50 euro per uur afgesproken.

  @contracttarief @TR418 @TR346 @opzet-tarieven
  Abstract Scenario: Het ingediende tarief volgt het contract (nieuw in 3.2) (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het contracttarief voor product <product> is 50,00 euro per uur
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

  @contracttarief-afwijkend @TR418 @opzet-tarieven
  Abstract Scenario: Een prestatie met een ander tarief dan het contract krijgt 0611 (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het contracttarief voor product <product> is 50,00 euro per uur
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder een declaratiebericht over januari 2026 stuurt met declaratienummer D202601T en deze prestaties:
      | toewijzing | referentie  | volume | tarief     |
      | 1001       | P2026010021 | 12     | 60,00 euro |
    Dan geeft de gemeente op het declaratiebericht (323) retourcode 0611 op Prestatie 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | wmo    | gemeente | 07A12   |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | jw     | gemeente | 45A04   |
