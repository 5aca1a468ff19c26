# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Casus 2: van levering via tijdelijke stop naar definitieve stop met gelijke einddatum
  Casusbeschrijving 3.2, casus 2. Sinds 3.2 mag een definitieve stop na een tijdelijke stop dezelfde einddatum hebben
  (de sleutel van StopProduct bevat RedenBeeindiging; TR414).

  @casus-2 @sut-gemeente @OP377 @OP378 @TR414 @TR413 @TR074
  Abstract Scenario: Van levering via tijdelijke stop naar definitieve stop met gelijke einddatum (systeem onder test: gemeente)
    Gegeven casus "casus-2" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst dagbesteding toe, 6 dagdelen per week van 15-05-2023 tot en met 31-12-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 17-05-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de cliënt wordt opgenomen: de aanbieder meldt een tijdelijke stop per 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de cliënt komt niet terug: de aanbieder meldt de definitieve stop met dezelfde einddatum 20-06-2023
    Dan keurt de gemeente het stopbericht (307) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @casus-2 @sut-aanbieder @OP377 @OP378 @TR414 @TR413 @TR074
  Abstract Scenario: Van levering via tijdelijke stop naar definitieve stop met gelijke einddatum (systeem onder test: aanbieder)
    Gegeven casus "casus-2" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst dagbesteding toe, 6 dagdelen per week van 15-05-2023 tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 17-05-2023
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de cliënt wordt opgenomen: de aanbieder meldt een tijdelijke stop per 20-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 668877 met reden beëindiging 20 per 2023-06-20
    Als stap 4: de cliënt komt niet terug: de aanbieder meldt de definitieve stop met dezelfde einddatum 20-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 668877 met reden beëindiging 23 per 2023-06-20

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

  @casus-2 @sut-aanbieder @OP377 @OP378 @TR414 @TR413 @TR074
  Abstract Scenario: Van levering via tijdelijke stop naar definitieve stop met gelijke einddatum (systeem onder test: aanbieder)
    Gegeven casus "casus-2" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst dagbesteding toe, 6 dagdelen per week van 15-05-2023 tot en met 31-12-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 17-05-2023
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de cliënt wordt opgenomen: de aanbieder meldt een tijdelijke stop per 20-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 668877 met reden beëindiging 20 per 2023-06-20
    Als stap 4: de cliënt komt niet terug: de aanbieder meldt de definitieve stop met dezelfde einddatum 20-06-2023
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 668877 met reden beëindiging 34 per 2023-06-20

    @jw
    Voorbeelden:
      | domein |
      | jw     |
