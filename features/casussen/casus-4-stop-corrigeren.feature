# language: nl
Functionaliteit: Casus 4: van levering via stop naar het corrigeren van de stop
  Casusbeschrijving 3.2, casus 4: verwijderen (StatusAanlevering 3) en opnieuw aanleveren in één bericht (IV008).

  @casus-4 @OP033 @OP033x2 @IV008 @TR063 @TR074
  Abstract Scenario: Van levering via stop naar het corrigeren van de stop (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2023 tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2023
    Als de aanbieder de levering stopt op 17-06-2023 door de aanbieder
    Dan keurt de gemeente het stopbericht (307) goed
    Als de aanbieder de stop corrigeert naar volgens plan
    Dan keurt de gemeente het stopbericht (307) goed
    En meldt het stopbericht de stop van toewijzing 1001 per 17-06-2023 volgens plan

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
