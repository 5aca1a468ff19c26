# language: nl
Functionaliteit: Wijziging 3.2: verlengen door oprekken, en wanneer juist een nieuwe toewijzing hoort
  OP380 eist oprekken bij gelijk volume en gelijke frequentie (niet totaal binnen de geldigheidsduur) zolang de einddatum niet
  verstreken is; verandert de zorgvraag, dan volgt een nieuwe toewijzing (OP257).

  @casus-1-volume-gewijzigd @OP257 @OP380
  Abstract Scenario: Verlengen met een ander volume: een nieuwe toewijzing (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2023 tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2023
    Als de gemeente de toewijzing verlengt tot en met 31-12-2023 met 4 uur per week
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 01-07-2023, Einddatum 31-12-2023, Omvang 4 uur per week
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 30-06-2023

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @casus-1-geen-nieuwe-start @OP380 @TR326
  Abstract Scenario: Na het oprekken blijft de start actueel: een tweede start wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2023 tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2023
    Als de gemeente de toewijzing verlengt tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) geen nieuwe toewijzing
    Als de aanbieder een startbericht (305) stuurt met:
      | toewijzing   | 1001       |
      | ingangsdatum | 01-01-2023 |
      | begindatum   | 01-06-2023 |
    Dan geeft de gemeente op het startbericht (305) retourcode 9326 op StartProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |
