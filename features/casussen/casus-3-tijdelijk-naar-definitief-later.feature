# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Casus 3: van tijdelijke stop naar definitieve stop met latere einddatum
  Casusbeschrijving 3.2, casus 3: de definitieve stop heeft een latere einddatum dan de tijdelijke.

  @casus-3 @sut-gemeente @OP377 @OP378 @TR414
  Abstract Scenario: Van tijdelijke stop naar definitieve stop met latere einddatum (systeem onder test: gemeente)
    Gegeven casus "casus-3" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente heeft op 16-03-2020 dagbesteding toegewezen (12 dagdelen per maand, zonder einddatum)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder is op 30-03-2020 met de levering gestart
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de cliënt wordt opgenomen: tijdelijke stop per 07-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de cliënt keert niet terug: definitieve stop per 29-06-2023
    Dan keurt de gemeente het stopbericht (307) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @casus-3 @sut-aanbieder @OP377 @OP378 @TR414
  Abstract Scenario: Van tijdelijke stop naar definitieve stop met latere einddatum (systeem onder test: aanbieder)
    Gegeven casus "casus-3" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente heeft op 16-03-2020 dagbesteding toegewezen (12 dagdelen per maand, zonder einddatum)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder is op 30-03-2020 met de levering gestart
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de cliënt wordt opgenomen: tijdelijke stop per 07-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    Als stap 4: de cliënt keert niet terug: definitieve stop per 29-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 12563 met reden beëindiging 23 per 2023-06-29

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

  @casus-3 @sut-aanbieder @OP377 @OP378 @TR414
  Abstract Scenario: Van tijdelijke stop naar definitieve stop met latere einddatum (systeem onder test: aanbieder)
    Gegeven casus "casus-3" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente heeft op 16-03-2020 dagbesteding toegewezen (12 dagdelen per maand, zonder einddatum)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder is op 30-03-2020 met de levering gestart
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de cliënt wordt opgenomen: tijdelijke stop per 07-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    Als stap 4: de cliënt keert niet terug: definitieve stop per 29-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 12563 met reden beëindiging 34 per 2023-06-29

    @jw
    Voorbeelden:
      | domein |
      | jw     |
