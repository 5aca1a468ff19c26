# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Berichtstroom: start en stop van de levering, correctie en verwijdering
  De berichtstromen van het startbericht en het stopbericht, met StatusAanlevering 3 voor verwijderen en corrigeren.

  @casus-4-onbekende-stop-verwijderen @sut-gemeente @TR063
  Abstract Scenario: Een stop verwijderen die nooit is gemeld wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "casus-4-onbekende-stop-verwijderen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder verwijdert een stop per 17-06-2023 die hij nooit heeft gestuurd
    Dan geeft de gemeente op het stopbericht (307) retourcode 9063 op StopProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @stop-na-start @sut-gemeente @OP072 @OP155 @OP288 @TR382
  Abstract Scenario: Definitieve stop na de start (systeem onder test: gemeente)
    Gegeven casus "stop-na-start" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt de definitieve stop per 31-03-2026, volgens plan
    Dan keurt de gemeente het stopbericht (307) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @stop-na-start @sut-aanbieder @OP072 @OP155 @OP288 @TR382
  Abstract Scenario: Definitieve stop na de start (systeem onder test: aanbieder)
    Gegeven casus "stop-na-start" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder meldt de definitieve stop per 31-03-2026, volgens plan
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 1001 met reden beëindiging 19 per 2026-03-31

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

  @stop-na-start @sut-aanbieder @OP072 @OP155 @OP288 @TR382
  Abstract Scenario: Definitieve stop na de start (systeem onder test: aanbieder)
    Gegeven casus "stop-na-start" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder meldt de definitieve stop per 31-03-2026, volgens plan
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 1001 met reden beëindiging 31 per 2026-03-31

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @tijdelijke-stop-na-start @sut-gemeente @OP072 @OP155 @TR382
  Abstract Scenario: Tijdelijke stop na de start (systeem onder test: gemeente)
    Gegeven casus "tijdelijke-stop-na-start" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt een tijdelijke stop per 28-02-2026
    Dan keurt de gemeente het stopbericht (307) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @tijdelijke-stop-na-start @sut-aanbieder @OP072 @OP155 @TR382
  Abstract Scenario: Tijdelijke stop na de start (systeem onder test: aanbieder)
    Gegeven casus "tijdelijke-stop-na-start" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder meldt een tijdelijke stop per 28-02-2026
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 1001 met reden beëindiging 20 per 2026-02-28

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-na-stop @sut-gemeente @OP379 @TR326
  Abstract Scenario: Na een tijdelijke stop mag een nieuwe start volgen (systeem onder test: gemeente)
    Gegeven casus "start-na-stop" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt een tijdelijke stop per 28-02-2026
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de levering wordt hervat: de aanbieder meldt een nieuwe start op 16-03-2026
    Dan keurt de gemeente het startbericht (305) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-na-stop @sut-aanbieder @OP379 @TR326
  Abstract Scenario: Na een tijdelijke stop mag een nieuwe start volgen (systeem onder test: aanbieder)
    Gegeven casus "start-na-stop" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder meldt een tijdelijke stop per 28-02-2026
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    Als stap 4: de levering wordt hervat: de aanbieder meldt een nieuwe start op 16-03-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-03-16

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-verwijderen @sut-gemeente @OP033 @IV008 @TR063
  Abstract Scenario: Een start verwijderen (StatusAanlevering 3) (systeem onder test: gemeente)
    Gegeven casus "start-verwijderen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder verwijdert de start
    Dan keurt de gemeente het startbericht (305) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-verwijderen @sut-aanbieder @OP033 @IV008 @TR063
  Abstract Scenario: Een start verwijderen (StatusAanlevering 3) (systeem onder test: aanbieder)
    Gegeven casus "start-verwijderen" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder verwijdert de start
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-corrigeren @sut-gemeente @OP033 @OP033x2 @IV008 @TR063 @TR074
  Abstract Scenario: Een start corrigeren: verwijderen en opnieuw aanleveren in één bericht (systeem onder test: gemeente)
    Gegeven casus "start-corrigeren" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder corrigeert de begindatum naar 06-01-2026
    Dan keurt de gemeente het startbericht (305) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-corrigeren @sut-aanbieder @OP033 @OP033x2 @IV008 @TR063 @TR074
  Abstract Scenario: Een start corrigeren: verwijderen en opnieuw aanleveren in één bericht (systeem onder test: aanbieder)
    Gegeven casus "start-corrigeren" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder corrigeert de begindatum naar 06-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-06

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @stop-verwijderen @sut-gemeente @OP033 @IV008 @TR063
  Abstract Scenario: Een stop verwijderen (StatusAanlevering 3) (systeem onder test: gemeente)
    Gegeven casus "stop-verwijderen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt een stop per 31-03-2026
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de aanbieder verwijdert de stop weer
    Dan keurt de gemeente het stopbericht (307) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @stop-verwijderen @sut-aanbieder @OP033 @IV008 @TR063
  Abstract Scenario: Een stop verwijderen (StatusAanlevering 3) (systeem onder test: aanbieder)
    Gegeven casus "stop-verwijderen" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de aanbieder meldt een stop per 31-03-2026
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder verwijdert de stop weer
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-zonder-toewijzing @sut-gemeente @TR019 @OP363
  Abstract Scenario: Een start die niet bij een toewijzing hoort wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "start-zonder-toewijzing" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt een start voor toewijzing 9999, die de gemeente nooit heeft afgegeven
    Dan geeft de gemeente op het startbericht (305) retourcode 9019 op StartProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @start-verwijderen-na-stop @sut-gemeente @TR071
  Abstract Scenario: Een start verwijderen nadat de levering is gestopt wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "start-verwijderen-na-stop" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt de definitieve stop per 31-03-2026
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de aanbieder verwijdert daarna de start
    Dan geeft de gemeente op het startbericht (305) retourcode 9071 op StartProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @tweede-start @sut-gemeente @TR326 @OP289
  Abstract Scenario: Een tweede start terwijl de levering loopt wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "tweede-start" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt nog een start voor toewijzing 1001, op 01-02-2026
    Dan geeft de gemeente op het startbericht (305) retourcode 9326 op StartProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
