# language: nl
Functionaliteit: Berichtstroom: start en stop van de levering, correctie en verwijdering
  De berichtstromen van het startbericht en het stopbericht, met StatusAanlevering 3 voor verwijderen en corrigeren.

  @casus-4-onbekende-stop-verwijderen @TR063
  Abstract Scenario: Een stop verwijderen die nooit is gemeld wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2023 tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2023
    Als de aanbieder een stopbericht (307) stuurt met:
      | toewijzing         | 1001              |
      | ingangsdatum       | 01-01-2023        |
      | begindatum         | 05-01-2023        |
      | einddatum          | 17-06-2023        |
      | reden              | door de aanbieder |
      | status aanlevering | 3                 |
    Dan geeft de gemeente op het stopbericht (307) retourcode 9063 op StopProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @stop-na-start @OP072 @OP155 @OP288 @TR382
  Abstract Scenario: Definitieve stop na de start (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder de levering stopt op 31-03-2026 volgens plan
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 31-03-2026 volgens plan

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @tijdelijke-stop-na-start @OP072 @OP155 @TR382
  Abstract Scenario: Tijdelijke stop na de start (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder de levering tijdelijk stopt op 28-02-2026
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 28-02-2026 tijdelijk

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @start-na-stop @OP379 @TR326
  Abstract Scenario: Na een tijdelijke stop mag een nieuwe start volgen (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder de levering tijdelijk stopt op 28-02-2026
    Dan keurt de gemeente het stopbericht (307) goed
    Als de aanbieder de levering start op 16-03-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 16-03-2026

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @start-verwijderen @OP033 @IV008 @TR063
  Abstract Scenario: Een start verwijderen (StatusAanlevering 3) (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder de start verwijdert
    Dan keurt de gemeente het startbericht (305) goed

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @start-corrigeren @OP033 @OP033x2 @IV008 @TR063 @TR074
  Abstract Scenario: Een start corrigeren: verwijderen en opnieuw aanleveren in één bericht (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder de start corrigeert naar 06-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 06-01-2026

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @stop-verwijderen @OP033 @IV008 @TR063
  Abstract Scenario: Een stop verwijderen (StatusAanlevering 3) (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder de levering stopt op 31-03-2026 volgens plan
    Dan keurt de gemeente het stopbericht (307) goed
    Als de aanbieder de stop verwijdert
    Dan keurt de gemeente het stopbericht (307) goed

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @start-zonder-toewijzing @TR019 @OP363
  Abstract Scenario: Een start die niet bij een toewijzing hoort wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder een startbericht (305) stuurt met:
      | toewijzing   | 9999       |
      | ingangsdatum | 01-01-2026 |
      | begindatum   | 06-01-2026 |
    Dan geeft de gemeente op het startbericht (305) retourcode 9019 op StartProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @start-verwijderen-na-stop @TR071
  Abstract Scenario: Een start verwijderen nadat de levering is gestopt wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder de levering stopt op 31-03-2026 volgens plan
    Dan keurt de gemeente het stopbericht (307) goed
    Als de aanbieder een startbericht (305) stuurt met:
      | toewijzing         | 1001       |
      | ingangsdatum       | 01-01-2026 |
      | begindatum         | 05-01-2026 |
      | status aanlevering | 3          |
    Dan geeft de gemeente op het startbericht (305) retourcode 9071 op StartProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @tweede-start @TR326 @OP289
  Abstract Scenario: Een tweede start terwijl de levering loopt wordt afgekeurd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder een startbericht (305) stuurt met:
      | toewijzing   | 1001       |
      | ingangsdatum | 01-01-2026 |
      | begindatum   | 01-02-2026 |
    Dan geeft de gemeente op het startbericht (305) retourcode 9326 op StartProduct 1

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |
