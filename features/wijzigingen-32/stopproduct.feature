# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Wijziging 3.2: tijdelijke en definitieve stop (TR413, TR414, TR415)
  Na een tijdelijke stop volgt zonder nieuwe start alleen een definitieve stop, met een einddatum die niet eerder ligt; na een
  definitieve stop volgt geen stop meer.

  @casus-2-eerdere-einddatum @sut-gemeente @TR414 @IV028
  Abstract Scenario: Een definitieve stop met een eerdere einddatum dan de tijdelijke stop wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "casus-2-eerdere-einddatum" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst dagbesteding toe, 6 dagdelen per week van 15-05-2023 tot en met 31-12-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de cliënt wordt opgenomen: de aanbieder meldt een tijdelijke stop per 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de aanbieder meldt de definitieve stop met einddatum 10-06-2023, vóór de tijdelijke stop
    Dan geeft de gemeente op het stopbericht (307) retourcode 9414 op StopProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @casus-2-tweede-tijdelijke-stop @sut-gemeente @TR413 @OP378
  Abstract Scenario: Na een tijdelijke stop volgt zonder nieuwe start geen tweede tijdelijke stop (systeem onder test: gemeente)
    Gegeven casus "casus-2-tweede-tijdelijke-stop" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst dagbesteding toe, 6 dagdelen per week van 15-05-2023 tot en met 31-12-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de cliënt wordt opgenomen: de aanbieder meldt een tijdelijke stop per 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de aanbieder meldt nog een tijdelijke stop, per 25-06-2023
    Dan geeft de gemeente op het stopbericht (307) retourcode 9413 op StopProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @casus-3-stop-na-definitief @sut-gemeente @TR415 @OP377
  Abstract Scenario: Na een definitieve stop volgt voor dezelfde levering geen stop meer (systeem onder test: gemeente)
    Gegeven casus "casus-3-stop-na-definitief" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst dagbesteding toe, 6 dagdelen per week van 15-05-2023 tot en met 31-12-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de cliënt wordt opgenomen: de aanbieder meldt een tijdelijke stop per 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de aanbieder meldt de definitieve stop per 29-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 5: de aanbieder meldt daarna nog een definitieve stop per 30-06-2023
    Dan geeft de gemeente op het stopbericht (307) retourcode 9415 op StopProduct 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
