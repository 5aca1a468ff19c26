# language: nl
Functionaliteit: Casus 2: van levering via tijdelijke stop naar definitieve stop met gelijke einddatum
  Casusbeschrijving 3.2, casus 2. Sinds 3.2 mag een definitieve stop na een tijdelijke stop dezelfde einddatum hebben
  (de sleutel van StopProduct bevat RedenBeeindiging; TR414).

  @casus-2 @OP377 @OP378 @TR414 @TR413 @TR074
  Abstract Scenario: Van levering via tijdelijke stop naar definitieve stop met gelijke einddatum (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het gaat om de cliënt met BSN 999996770
    Als de gemeente 6 dagdelen per week toewijst van 15-05-2023 tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering tijdelijk stopt op 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 20-06-2023 tijdelijk
    Als de aanbieder de levering stopt op 20-06-2023 in overleg
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 20-06-2023 in overleg

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
