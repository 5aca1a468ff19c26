# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Berichtstroom: een toewijzing beëindigen of verwijderen
  Een toewijzingsbericht bevat alle actuele toewijzingen plus de gewijzigde (OP087).

  @toewijzing-intrekken @sut-gemeente @OP033x1 @OP258 @OP087
  Abstract Scenario: De gemeente beëindigt een toewijzing eerder (systeem onder test: gemeente)
    Gegeven casus "toewijzing-intrekken" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de gemeente beëindigt toewijzing 1001 per 30-06-2026 (herbeoordeling: verkorting)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 2026-06-30, RedenWijziging 05

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @toewijzing-intrekken @sut-aanbieder @OP033x1 @OP258 @OP087
  Abstract Scenario: De gemeente beëindigt een toewijzing eerder (systeem onder test: aanbieder)
    Gegeven casus "toewijzing-intrekken" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 1001 per 2026-01-05
    Als stap 3: de gemeente beëindigt toewijzing 1001 per 30-06-2026 (herbeoordeling: verkorting)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @verwijderen-met-declaraties @sut-gemeente @TR385 @OP362
  Abstract Scenario: Een toewijzing met goedgekeurde declaraties wordt niet verwijderd (systeem onder test: gemeente)
    Gegeven casus "verwijderen-met-declaraties" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026 en de gemeente keurt die goed
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als stap 4: de gemeente wordt gevraagd toewijzing 1001 te verwijderen
    Dan weigert de gemeente deze stap

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @toewijzing-verwijderen @sut-gemeente @OP362 @CS335
  Abstract Scenario: De gemeente verwijdert een ten onrechte verstuurde toewijzing (systeem onder test: gemeente)
    Gegeven casus "toewijzing-verwijderen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst toewijzing 1003 toe vanaf 01-05-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de gemeente verwijdert toewijzing 1003: einddatum gelijk aan de ingangsdatum, reden 13
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) toewijzing 1003 met Ingangsdatum 2026-05-01, Einddatum 2026-05-01, RedenWijziging 13

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @toewijzing-verwijderen @sut-aanbieder @OP362 @CS335
  Abstract Scenario: De gemeente verwijdert een ten onrechte verstuurde toewijzing (systeem onder test: aanbieder)
    Gegeven casus "toewijzing-verwijderen" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst toewijzing 1003 toe vanaf 01-05-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de gemeente verwijdert toewijzing 1003: einddatum gelijk aan de ingangsdatum, reden 13
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
