# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Wijziging 3.2: het ingediende tarief volgt het contracttarief (TR418, retourcode 0611)
  De gemeente en de aanbieder hebben 50 euro per uur afgesproken.

  @contracttarief @sut-gemeente @TR418 @TR346 @opzet-tarieven
  Abstract Scenario: Het ingediende tarief volgt het contract (nieuw in 3.2) (systeem onder test: gemeente)
    Gegeven casus "contracttarief" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026: 12 uur op toewijzing 1001 tegen 50 euro per uur
    Dan keurt de gemeente het declaratiebericht (323) goed
    En krijgt het declaratie-antwoord retourcode 8001

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @contracttarief @sut-aanbieder @TR418 @TR346 @opzet-tarieven
  Abstract Scenario: Het ingediende tarief volgt het contract (nieuw in 3.2) (systeem onder test: aanbieder)
    Gegeven casus "contracttarief" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder declareert januari 2026: 12 uur op toewijzing 1001 tegen 50 euro per uur
    Dan voldoet het declaratiebericht (323) aan de regels en wordt het goedgekeurd
    En krijgt het declaratie-antwoord retourcode 8001

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @contracttarief-afwijkend @sut-gemeente @TR418 @opzet-tarieven
  Abstract Scenario: Een prestatie met een ander tarief dan het contract krijgt 0611 (systeem onder test: gemeente)
    Gegeven casus "contracttarief-afwijkend" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026 tegen 60 euro per uur, het contract zegt 50
    Dan geeft de gemeente op het declaratiebericht (323) retourcode 0611 op Prestatie 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
