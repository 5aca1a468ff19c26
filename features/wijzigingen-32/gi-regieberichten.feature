# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Wijziging 3.2: regieberichten verplicht voor een gecertificeerde instelling (Jeugdwet)
  Voor inspannings- en outputgerichte toewijzingen meldt een GI start en stop (OP270, OP295).

  @gi-regieberichten @sut-aanbieder @OP270 @OP295 @OP363 @opzet-gi
  Abstract Scenario: Een gecertificeerde instelling meldt de start van een toewijzing zelf (systeem onder test: aanbieder)
    Gegeven casus "gi-regieberichten" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst de GI een maatregel toe per 01-03-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En stuurt de aanbieder uit zichzelf een startbericht (305) dat meldt de start van toewijzing 5001

    @jw
    Voorbeelden:
      | domein |
      | jw     |
