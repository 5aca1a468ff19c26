# language: nl
Functionaliteit: Wijziging 3.2: meerdere producten in één productperiode op een aspecifieke toewijzing
  Op een toewijzing zonder productcode mogen in dezelfde productperiode debetprestaties voor verschillende producten staan,
  niet twee voor hetzelfde product (TR389).

  @producten-zelfde-periode @TR389 @TR416
  Abstract Scenario: Twee producten in dezelfde productperiode op een aspecifieke toewijzing (toegestaan sinds 3.2) (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente toewijst:
      | toewijzing | product               | budget        | ingangsdatum | einddatum  |
      | 1001       | categorie <categorie> | 5.000,00 euro | 01-01-2026   | 31-12-2026 |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder januari 2026 declareert met declaratienummer D202601A:
      | toewijzing | product   | volume | eenheid | tarief     | referentie  |
      | 1001       | <product> | 10     | uur     | 50,00 euro | A2026010001 |
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als de aanbieder januari 2026 declareert met declaratienummer D202601B:
      | toewijzing | product        | volume | eenheid | tarief     | referentie  | begindatum | einddatum  |
      | 1001       | <categorie>A99 | 5      | uur     | 50,00 euro | A2026010002 | 01-01-2026 | 31-01-2026 |
    Dan keurt de gemeente het declaratiebericht (323) goed

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | categorie | product |
      | wmo    | gemeente | 07        | 07A12   |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | categorie | product |
      | wmo    | aanbieder | 07        | 07A12   |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | categorie | product |
      | jw     | gemeente | 45        | 45A04   |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | categorie | product |
      | jw     | aanbieder | 45        | 45A04   |

  @producten-zelfde-periode-zelfde-product @TR389
  Abstract Scenario: Een tweede debetprestatie voor hetzelfde product in dezelfde productperiode wordt afgewezen (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente toewijst:
      | toewijzing | product               | budget        | ingangsdatum | einddatum  |
      | 1001       | categorie <categorie> | 5.000,00 euro | 01-01-2026   | 31-12-2026 |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder januari 2026 declareert met declaratienummer D202601A:
      | toewijzing | product   | volume | eenheid | tarief     | referentie  |
      | 1001       | <product> | 10     | uur     | 50,00 euro | A2026010001 |
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als de aanbieder een declaratiebericht over januari 2026 stuurt met declaratienummer D202601C en deze prestaties:
      | toewijzing | product   | referentie  | volume |
      | 1001       | <product> | A2026010003 | 5      |
    Dan geeft de gemeente op het declaratiebericht (323) retourcode 9389 op Prestatie 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | categorie | product |
      | wmo    | gemeente | 07        | 07A12   |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | categorie | product |
      | jw     | gemeente | 45        | 45A04   |
