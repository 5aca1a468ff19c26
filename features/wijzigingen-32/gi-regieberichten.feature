# language: nl
Functionaliteit: Wijziging 3.2: regieberichten verplicht voor een gecertificeerde instelling (Jeugdwet)
  Voor inspannings- en outputgerichte toewijzingen meldt een GI start en stop (OP270, OP295).

  @gi-regieberichten @OP270 @OP295 @OP363 @opzet-gi
  Abstract Scenario: Een gecertificeerde instelling meldt de start van een toewijzing zelf (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En de aanbieder is een gecertificeerde instelling
    Als de gemeente 3 uur per week toewijst van 01-03-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    En stuurt de aanbieder uit zichzelf een startbericht voor toewijzing 1001

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |
