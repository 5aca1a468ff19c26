# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Wijziging 3.2: meerdere producten in één productperiode op een aspecifieke toewijzing
  Op een toewijzing zonder productcode mogen in dezelfde productperiode debetprestaties voor verschillende producten staan,
  niet twee voor hetzelfde product (TR389).

  @producten-zelfde-periode @sut-gemeente @TR389 @TR416
  Abstract Scenario: Twee producten in dezelfde productperiode op een aspecifieke toewijzing (toegestaan sinds 3.2) (systeem onder test: gemeente)
    Gegeven casus "producten-zelfde-periode" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst aspecifiek toe: categorie 07 met een budget van 5000 euro, van 01-01-2026 tot en met 31-12-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026: 10 uur product 07A12
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als stap 4: de aanbieder declareert in een tweede declaratie over januari 2026 nog 5 uur, voor een ander product (07A99)
    Dan keurt de gemeente het declaratiebericht (323) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

  @producten-zelfde-periode @sut-gemeente @TR389 @TR416
  Abstract Scenario: Twee producten in dezelfde productperiode op een aspecifieke toewijzing (toegestaan sinds 3.2) (systeem onder test: gemeente)
    Gegeven casus "producten-zelfde-periode" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst aspecifiek toe: categorie 45 met een budget van 5000 euro, van 01-01-2026 tot en met 31-12-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026: 10 uur product 45A04
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als stap 4: de aanbieder declareert in een tweede declaratie over januari 2026 nog 5 uur, voor een ander product (45A99)
    Dan keurt de gemeente het declaratiebericht (323) goed

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @producten-zelfde-periode @sut-aanbieder @TR389 @TR416
  Abstract Scenario: Twee producten in dezelfde productperiode op een aspecifieke toewijzing (toegestaan sinds 3.2) (systeem onder test: aanbieder)
    Gegeven casus "producten-zelfde-periode" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst aspecifiek toe: categorie 07 met een budget van 5000 euro, van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de aanbieder declareert januari 2026: 10 uur product 07A12
    Dan voldoet het declaratiebericht (323) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder declareert in een tweede declaratie over januari 2026 nog 5 uur, voor een ander product (07A99)
    Dan voldoet het declaratiebericht (323) aan de regels en wordt het goedgekeurd

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

  @producten-zelfde-periode @sut-aanbieder @TR389 @TR416
  Abstract Scenario: Twee producten in dezelfde productperiode op een aspecifieke toewijzing (toegestaan sinds 3.2) (systeem onder test: aanbieder)
    Gegeven casus "producten-zelfde-periode" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst aspecifiek toe: categorie 45 met een budget van 5000 euro, van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de aanbieder declareert januari 2026: 10 uur product 45A04
    Dan voldoet het declaratiebericht (323) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder declareert in een tweede declaratie over januari 2026 nog 5 uur, voor een ander product (45A99)
    Dan voldoet het declaratiebericht (323) aan de regels en wordt het goedgekeurd

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @producten-zelfde-periode-zelfde-product @sut-gemeente @TR389
  Abstract Scenario: Een tweede debetprestatie voor hetzelfde product in dezelfde productperiode wordt afgewezen (systeem onder test: gemeente)
    Gegeven casus "producten-zelfde-periode-zelfde-product" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst aspecifiek toe: categorie 07 met een budget van 5000 euro, van 01-01-2026 tot en met 31-12-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026: 10 uur product 07A12
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als stap 4: de aanbieder declareert in een tweede declaratie over januari 2026 nog eens 5 uur voor hetzelfde product 07A12
    Dan geeft de gemeente op het declaratiebericht (323) retourcode 9389 op Prestatie 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

  @producten-zelfde-periode-zelfde-product @sut-gemeente @TR389
  Abstract Scenario: Een tweede debetprestatie voor hetzelfde product in dezelfde productperiode wordt afgewezen (systeem onder test: gemeente)
    Gegeven casus "producten-zelfde-periode-zelfde-product" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst aspecifiek toe: categorie 45 met een budget van 5000 euro, van 01-01-2026 tot en met 31-12-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start de levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder declareert januari 2026: 10 uur product 45A04
    Dan keurt de gemeente het declaratiebericht (323) goed
    Als stap 4: de aanbieder declareert in een tweede declaratie over januari 2026 nog eens 5 uur voor hetzelfde product 45A04
    Dan geeft de gemeente op het declaratiebericht (323) retourcode 9389 op Prestatie 1

    @jw
    Voorbeelden:
      | domein |
      | jw     |
