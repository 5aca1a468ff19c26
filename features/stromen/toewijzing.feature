# language: nl
Functionaliteit: Berichtstroom: een toewijzing beëindigen of verwijderen
  Een toewijzingsbericht bevat alle actuele toewijzingen plus de gewijzigde (OP087).

  @toewijzing-intrekken @OP033x1 @OP258 @OP087
  Abstract Scenario: De gemeente beëindigt een toewijzing eerder (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de gemeente de toewijzing beëindigt per 30-06-2026 met reden wijziging 05
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 30-06-2026, RedenWijziging 05

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

  @verwijderen-met-declaraties @TR385 @OP362
  Abstract Scenario: Een toewijzing met goedgekeurde declaraties wordt niet verwijderd (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder januari 2026 declareert met declaratienummer D202601V:
      | toewijzing | product   | volume | eenheid | tarief     |
      | 1001       | <product> | 12     | uur     | 50,00 euro |
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als de gemeente de toewijzing verwijdert
    Dan weigert de gemeente deze stap

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | wmo    | gemeente | 07A12   |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | jw     | gemeente | 45A04   |

  @toewijzing-verwijderen @OP362 @CS335
  Abstract Scenario: De gemeente verwijdert een ten onrechte verstuurde toewijzing (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-05-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de gemeente de toewijzing verwijdert
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Ingangsdatum 01-05-2026, Einddatum 01-05-2026, RedenWijziging 13

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
