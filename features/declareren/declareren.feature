# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Declareren: debet, credit en afgewezen prestaties
  Een volledig toegekende declaratie krijgt 8001; een declaratie-antwoord bevat alleen afgewezen prestaties (IV087).

  @declareren-debet @sut-gemeente @OP276 @OP279 @OP280 @IV087 @TR358
  Abstract Scenario: Een declaratie die volledig wordt toegekend (systeem onder test: gemeente)
    Gegeven casus "declareren-debet" in het domein <domein> met als systeem onder test de gemeente
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

  @declareren-debet @sut-aanbieder @OP276 @OP279 @OP280 @IV087 @TR358
  Abstract Scenario: Een declaratie die volledig wordt toegekend (systeem onder test: aanbieder)
    Gegeven casus "declareren-debet" in het domein <domein> met als systeem onder test de aanbieder
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

  @declareren-credit @sut-gemeente @OP360 @OP366 @TR323 @TR390 @CD060
  Abstract Scenario: Een goedgekeurde prestatie crediteren (systeem onder test: gemeente)
    Gegeven casus "declareren-credit" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026: 12 uur op toewijzing 1001 tegen 50 euro per uur
    Dan keurt de gemeente het declaratiebericht (323) goed
    En krijgt het declaratie-antwoord retourcode 8001
    Als stap 4: de aanbieder crediteert de prestatie in een tweede declaratie over januari 2026 (een correctie op de laatste periode, OP284)
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

  @declareren-credit @sut-aanbieder @OP360 @OP366 @TR323 @TR390 @CD060
  Abstract Scenario: Een goedgekeurde prestatie crediteren (systeem onder test: aanbieder)
    Gegeven casus "declareren-credit" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder declareert januari 2026: 12 uur op toewijzing 1001 tegen 50 euro per uur
    Dan voldoet het declaratiebericht (323) aan de regels en wordt het goedgekeurd
    En krijgt het declaratie-antwoord retourcode 8001
    Als stap 4: de aanbieder crediteert de prestatie in een tweede declaratie over januari 2026 (een correctie op de laatste periode, OP284)
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

  @declareren-afgewezen-prestatie @sut-gemeente @TR338 @TR342 @IV087 @OP304
  Abstract Scenario: Een afgewezen prestatie: alleen die staat in het declaratie-antwoord (systeem onder test: gemeente)
    Gegeven casus "declareren-afgewezen-prestatie" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026: een prestatie op toewijzing 1001 en een op toewijzing 9999, die niet bestaat
    Dan geeft de gemeente op het declaratiebericht (323) retourcode 9338 op Prestatie 2
    En bevat het declaratie-antwoord alleen de 1 afgewezen prestatie

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
