# language: nl
Functionaliteit: Wijziging 3.2: tijdelijke en definitieve stop (TR413, TR414, TR415)
  Na een tijdelijke stop volgt zonder nieuwe start alleen een definitieve stop, met een einddatum die niet eerder ligt; na een
  definitieve stop volgt geen stop meer.

  @casus-2-eerdere-einddatum @TR414 @IV028
  Abstract Scenario: Een definitieve stop met een eerdere einddatum dan de tijdelijke stop wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het gaat om de cliënt met BSN 999996770
    Als de gemeente 6 dagdelen per week toewijst van 15-05-2023 tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering tijdelijk stopt op 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 20-06-2023 tijdelijk
    Als de aanbieder een stopbericht (307) stuurt met:
      | toewijzing   | 1001       |
      | ingangsdatum | 15-05-2023 |
      | begindatum   | 17-05-2023 |
      | einddatum    | 10-06-2023 |
      | reden        | in overleg |
    Dan geeft de gemeente op het stopbericht (307) retourcode 9414 op StopProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @casus-2-tweede-tijdelijke-stop @TR413 @OP378
  Abstract Scenario: Na een tijdelijke stop volgt zonder nieuwe start geen tweede tijdelijke stop (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het gaat om de cliënt met BSN 999996770
    Als de gemeente 6 dagdelen per week toewijst van 15-05-2023 tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering tijdelijk stopt op 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 20-06-2023 tijdelijk
    Als de aanbieder een stopbericht (307) stuurt met:
      | toewijzing   | 1001       |
      | ingangsdatum | 15-05-2023 |
      | begindatum   | 17-05-2023 |
      | einddatum    | 25-06-2023 |
      | reden        | tijdelijk  |
    Dan geeft de gemeente op het stopbericht (307) retourcode 9413 op StopProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @casus-3-stop-na-definitief @TR415 @OP377
  Abstract Scenario: Na een definitieve stop volgt voor dezelfde levering geen stop meer (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het gaat om de cliënt met BSN 999996782
    Als de gemeente 6 dagdelen per week toewijst van 15-05-2023 tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering tijdelijk stopt op 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 20-06-2023 tijdelijk
    Als de aanbieder de levering stopt op 29-06-2023 in overleg
    Dan keurt de gemeente het stopbericht (307) goed
    Als de aanbieder een stopbericht (307) stuurt met:
      | toewijzing   | 1001         |
      | ingangsdatum | 15-05-2023   |
      | begindatum   | 17-05-2023   |
      | einddatum    | 30-06-2023   |
      | reden        | volgens plan |
    Dan geeft de gemeente op het stopbericht (307) retourcode 9415 op StopProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |
