# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Wijziging 3.2: een oude gemeentecode na een herindeling (TR378)
  Een vervallen CBS-code mag nog als die actueel was op de ingangsdatum van de toewijzing waar het bericht over gaat.

  @oude-gemeentecode @sut-aanbieder @TR378 @opzet-gemeente-0457 @vaste-datums
  Abstract Scenario: Weesp (0457) na de herindeling: de oude code geldt nog voor een toewijzing van vóór de herindeling (systeem onder test: aanbieder)
    Gegeven casus "oude-gemeentecode" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: gemeente Weesp (0457) wijst op 01-06-2022 toe met ingang 01-01-2022, vóór de herindeling van 24-03-2022
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @oude-gemeentecode-na-herindeling @sut-aanbieder @TR378 @opzet-gemeente-0457 @vaste-datums
  Abstract Scenario: Weesp (0457) voor een toewijzing die na de herindeling ingaat: S300 (systeem onder test: aanbieder)
    Gegeven casus "oude-gemeentecode-na-herindeling" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: gemeente Weesp (0457) wijst op 01-06-2022 toe met ingang 01-05-2022, na de herindeling
    Dan geeft de aanbieder op het toewijzingsbericht (301) retourcode S300 op de Header

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
