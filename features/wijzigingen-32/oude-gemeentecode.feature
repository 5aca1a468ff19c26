# language: nl
Functionaliteit: Wijziging 3.2: een oude gemeentecode na een herindeling (TR378)
  Een vervallen CBS-code mag nog als die actueel was op de ingangsdatum van de toewijzing waar het bericht over gaat.

  @oude-gemeentecode @TR378 @opzet-gemeente-0457 @vaste-datums
  Abstract Scenario: Weesp (0457) na de herindeling: de oude code geldt nog voor een toewijzing van vóór de herindeling (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En de gemeente heeft gemeentecode 0457
    En het is 01-06-2022, na de herindeling van Weesp in Amsterdam op 24-03-2022
    Als de gemeente 3 uur per week toewijst van 01-01-2022 tot en met 31-12-2022
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @oude-gemeentecode-na-herindeling @TR378 @opzet-gemeente-0457 @vaste-datums
  Abstract Scenario: Weesp (0457) voor een toewijzing die na de herindeling ingaat: S300 (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En de gemeente heeft gemeentecode 0457
    En het is 01-06-2022, na de herindeling van Weesp in Amsterdam op 24-03-2022
    Als de gemeente 3 uur per week toewijst van 01-05-2022 tot en met 31-12-2022
    Dan geeft de aanbieder op het toewijzingsbericht (301) retourcode S300 op de Header

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |
