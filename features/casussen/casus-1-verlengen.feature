# language: nl
Functionaliteit: Casus 1: van toewijzing naar verlengen door de einddatum op te rekken
  Casusbeschrijving 3.2, casus 1. Blijven volume en frequentie gelijk en is de einddatum nog niet verstreken,
  dan rekt de gemeente de bestaande toewijzing op (OP380).

  @casus-1 @OP380 @OP033x1
  Abstract Scenario: Van toewijzing naar verlengen van de toewijzing door de einddatum op te rekken (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2023 tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2023
    Als de gemeente de toewijzing verlengt tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Ingangsdatum 01-01-2023, Einddatum 31-12-2023, RedenWijziging 04
    En bevat het toewijzingsbericht (301) geen nieuwe toewijzing

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
