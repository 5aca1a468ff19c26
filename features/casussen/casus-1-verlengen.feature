# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Casus 1: van toewijzing naar verlengen door de einddatum op te rekken
  Casusbeschrijving 3.2, casus 1. Blijven volume en frequentie gelijk en is de einddatum nog niet verstreken,
  dan rekt de gemeente de bestaande toewijzing op (OP380).

  @casus-1 @sut-gemeente @OP380 @OP033x1
  Abstract Scenario: Van toewijzing naar verlengen van de toewijzing door de einddatum op te rekken (systeem onder test: gemeente)
    Gegeven casus "casus-1" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de gemeente verlengt de toewijzing tot en met 31-12-2023; volume en frequentie blijven gelijk
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) toewijzing 667899 met Ingangsdatum 2023-01-01, Einddatum 2023-12-31, RedenWijziging 04
    En bevat het toewijzingsbericht (301) geen nieuwe toewijzing

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @casus-1 @sut-aanbieder @OP380 @OP033x1
  Abstract Scenario: Van toewijzing naar verlengen van de toewijzing door de einddatum op te rekken (systeem onder test: aanbieder)
    Gegeven casus "casus-1" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 667899 per 2023-01-05
    Als stap 3: de gemeente verlengt de toewijzing tot en met 31-12-2023; volume en frequentie blijven gelijk
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
