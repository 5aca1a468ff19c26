# language: nl
Functionaliteit: De uitwisseling als geheel: elk bericht van het systeem onder test wordt beoordeeld
  Ketentest beoordeelt elk bericht dat het systeem onder test stuurt, ook waar geen stap er iets over zegt: de Header
  tegen de uitwisseling (afzender en ontvanger, XsdVersie volgens IV034, een unieke identificatie, TR056), een
  retourbericht volgens IV028 (het heenbericht ongewijzigd overgenomen, één per heenbericht), en geen bericht waar
  geen stap om vroeg (OP080: een bericht hoort bij een stap door zijn inhoud, niet door zijn volgorde).

  @uitwisseling @IV034 @IV028 @TR056 @OP080
  Abstract Scenario: Toewijzen, starten en stoppen, zonder iets extra (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering stopt op 31-03-2026 volgens plan
    Dan keurt de gemeente het stopbericht (307) goed

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
