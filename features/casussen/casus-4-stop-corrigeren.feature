# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Casus 4: van levering via stop naar het corrigeren van de stop
  Casusbeschrijving 3.2, casus 4: verwijderen (StatusAanlevering 3) en opnieuw aanleveren in één bericht (IV008).

  @casus-4 @sut-gemeente @OP033 @OP033x2 @IV008 @TR063 @TR074
  Abstract Scenario: Van levering via stop naar het corrigeren van de stop (systeem onder test: gemeente)
    Gegeven casus "casus-4" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de levering eindigt: de aanbieder meldt een stop per 17-06-2023, eenzijdig door de aanbieder beëindigd
    Dan keurt de gemeente het stopbericht (307) goed
    Als stap 4: de aanbieder corrigeert de reden in één bericht: de oude stop verwijderen, de juiste stop (volgens plan) aanleveren
    Dan keurt de gemeente het stopbericht (307) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @casus-4 @sut-aanbieder @OP033 @OP033x2 @IV008 @TR063 @TR074
  Abstract Scenario: Van levering via stop naar het corrigeren van de stop (systeem onder test: aanbieder)
    Gegeven casus "casus-4" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 667899 per 2023-01-05
    Als stap 3: de levering eindigt: de aanbieder meldt een stop per 17-06-2023, eenzijdig door de aanbieder beëindigd
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder corrigeert de reden in één bericht: de oude stop verwijderen, de juiste stop (volgens plan) aanleveren
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 667899 met reden beëindiging 19 per 2023-06-17

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

  @casus-4 @sut-aanbieder @OP033 @OP033x2 @IV008 @TR063 @TR074
  Abstract Scenario: Van levering via stop naar het corrigeren van de stop (systeem onder test: aanbieder)
    Gegeven casus "casus-4" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2023
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    En meldt het startbericht (305) de start van toewijzing 667899 per 2023-01-05
    Als stap 3: de levering eindigt: de aanbieder meldt een stop per 17-06-2023, eenzijdig door de aanbieder beëindigd
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder corrigeert de reden in één bericht: de oude stop verwijderen, de juiste stop (volgens plan) aanleveren
    Dan voldoet het stopbericht (307) aan de regels en wordt het goedgekeurd
    En meldt het stopbericht (307) de stop van toewijzing 667899 met reden beëindiging 31 per 2023-06-17

    @jw
    Voorbeelden:
      | domein |
      | jw     |
