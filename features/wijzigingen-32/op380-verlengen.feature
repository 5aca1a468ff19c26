# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Wijziging 3.2: verlengen door oprekken, en wanneer juist een nieuwe toewijzing hoort
  OP380 eist oprekken bij gelijk volume en gelijke frequentie (niet totaal binnen de geldigheidsduur) zolang de einddatum niet
  verstreken is; verandert de zorgvraag, dan volgt een nieuwe toewijzing (OP257).

  @casus-1-volume-gewijzigd @sut-gemeente @OP257 @OP380
  Abstract Scenario: Verlengen met een ander volume: een nieuwe toewijzing (systeem onder test: gemeente)
    Gegeven casus "casus-1-volume-gewijzigd" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de gemeente verlengt de toewijzing tot en met 31-12-2023 met 4 in plaats van 3 uur per week
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 2023-07-01, Einddatum 2023-12-31, Omvang Volume 4 Eenheid 04 Frequentie 2
    En bevat het toewijzingsbericht (301) toewijzing 667899 met Einddatum 2023-06-30

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @casus-1-geen-nieuwe-start @sut-gemeente @OP380 @TR326
  Abstract Scenario: Na het oprekken blijft de start actueel: een tweede start wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "casus-1-geen-nieuwe-start" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de gemeente verlengt de toewijzing door de einddatum op te rekken
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) geen nieuwe toewijzing
    Als stap 4: de aanbieder meldt toch een nieuwe start per 01-06-2023
    Dan geeft de gemeente op het startbericht (305) retourcode 9326 op StartProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
