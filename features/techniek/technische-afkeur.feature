# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Technische afkeur: berichtschema en regels binnen het bericht
  Een bericht dat niet aan het schema voldoet krijgt geen retourbericht; breekt het een regel binnen het bericht, dan wordt
  het in zijn geheel afgekeurd met 0001 in de Header (IV028).

  @schema-afkeur-start @sut-gemeente @IV028 @OP047 @OP286
  Abstract Scenario: Een startbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht (systeem onder test: gemeente)
    Gegeven casus "schema-afkeur-start" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt een start op 30-02-2026, een datum die niet bestaat
    Dan komt er geen retourbericht

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @schema-afkeur-toewijzing @sut-aanbieder @IV028 @OP047
  Abstract Scenario: Een toewijzingsbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht (systeem onder test: aanbieder)
    Gegeven casus "schema-afkeur-toewijzing" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente stuurt een toewijzing met een onbekende eenheid (99)
    Dan komt er geen retourbericht

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @elfproef-start @sut-gemeente @CS002 @IV028 @OP286
  Abstract Scenario: Een startbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001) (systeem onder test: gemeente)
    Gegeven casus "elfproef-start" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt een start voor Bsn 123456789
    Dan geeft de gemeente op het startbericht (305) retourcode 0001 op de Header

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @elfproef-toewijzing @sut-aanbieder @CS002 @IV028
  Abstract Scenario: Een toewijzingsbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001) (systeem onder test: aanbieder)
    Gegeven casus "elfproef-toewijzing" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst toe aan Bsn 123456789
    Dan geeft de aanbieder op het toewijzingsbericht (301) retourcode 0001 op de Header

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @einddatum-voor-begindatum @sut-gemeente @TR018 @IV028
  Abstract Scenario: Een stop met een einddatum vóór de begindatum wordt in zijn geheel afgekeurd (0001) (systeem onder test: gemeente)
    Gegeven casus "einddatum-voor-begindatum" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder meldt een stop per 04-01-2026 van de levering die op 05-01-2026 begon
    Dan geeft de gemeente op het stopbericht (307) retourcode 0001 op de Header

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
