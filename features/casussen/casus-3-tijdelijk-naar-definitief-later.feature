# language: nl
Functionaliteit: Casus 3: van tijdelijke stop naar definitieve stop met latere einddatum
  Casusbeschrijving 3.2, casus 3: de definitieve stop heeft een latere einddatum dan de tijdelijke.

  @casus-3 @OP377 @OP378 @TR414
  Abstract Scenario: Van tijdelijke stop naar definitieve stop met latere einddatum (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het gaat om de cliënt met BSN 999996782
    Als de gemeente toewijst:
      | toewijzing | product   | omvang                | ingangsdatum | einddatum |
      | 1001       | <product> | 12 dagdelen per maand | 16-03-2020   |           |
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 30-03-2020
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering tijdelijk stopt op 07-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    Als de aanbieder de levering stopt op 29-06-2023 in overleg
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 29-06-2023 in overleg

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | wmo    | gemeente | 07A12   |

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | wmo    | aanbieder | 07A12   |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      | product |
      | jw     | gemeente | 45A04   |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | jw     | aanbieder | 45A04   |
