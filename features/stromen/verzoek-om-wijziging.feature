# language: nl
# Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.
Functionaliteit: Berichtstroom: verzoek om wijziging (VOW)
  Een VOW bevat alle actuele toewijzingen: de te wijzigen en de ongewijzigde (TR349).

  @vow-direct-toewijzen @sut-gemeente @OP306 @OP308 @OP348 @TR349 @TR379
  Abstract Scenario: Verzoek om wijziging, direct toegewezen (systeem onder test: gemeente)
    Gegeven casus "vow-direct-toewijzen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-1)
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als stap 5: de gemeente honoreert het verzoek: toewijzing 1001 eindigt op 31-03-2026, een nieuwe toewijzing van 4 uur per week begint op 01-04-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 2026-03-31
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 2026-04-01, Omvang Volume 4, ReferentieAanbieder VOW-1
    En neemt de toewijzing de ReferentieAanbieder van het verzoek over

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-direct-toewijzen @sut-aanbieder @OP306 @OP308 @OP348 @TR349 @TR379
  Abstract Scenario: Verzoek om wijziging, direct toegewezen (systeem onder test: aanbieder)
    Gegeven casus "vow-direct-toewijzen" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-1)
    Dan voldoet het verzoek om wijziging (317) aan de regels en wordt het goedgekeurd
    Als stap 5: de gemeente honoreert het verzoek: toewijzing 1001 eindigt op 31-03-2026, een nieuwe toewijzing van 4 uur per week begint op 01-04-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-toewijzen-na-onderzoek @sut-gemeente @OP346 @OP348 @TR365 @TR379 @TR349
  Abstract Scenario: Verzoek om wijziging, toegewezen na onderzoek (systeem onder test: gemeente)
    Gegeven casus "vow-toewijzen-na-onderzoek" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-2)
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als stap 5: de gemeente neemt het verzoek in onderzoek
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 2 (aanvraag in onderzoek)
    Als stap 6: de gemeente honoreert het verzoek: toewijzing 1001 eindigt op 31-03-2026, een nieuwe toewijzing van 4 uur per week begint op 01-04-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    En bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 2026-03-31
    En bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 2026-04-01, Omvang Volume 4, ReferentieAanbieder VOW-2
    En neemt de toewijzing de ReferentieAanbieder van het verzoek over

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-toewijzen-na-onderzoek @sut-aanbieder @OP346 @OP348 @TR365 @TR379 @TR349
  Abstract Scenario: Verzoek om wijziging, toegewezen na onderzoek (systeem onder test: aanbieder)
    Gegeven casus "vow-toewijzen-na-onderzoek" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-2)
    Dan voldoet het verzoek om wijziging (317) aan de regels en wordt het goedgekeurd
    Als stap 5: de gemeente neemt het verzoek in onderzoek
    Dan keurt de aanbieder het antwoordbericht (319) goed
    Als stap 6: de gemeente honoreert het verzoek: toewijzing 1001 eindigt op 31-03-2026, een nieuwe toewijzing van 4 uur per week begint op 01-04-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-direct-afwijzen @sut-gemeente @OP346 @CD085 @TR349
  Abstract Scenario: Verzoek om wijziging, direct afgewezen (systeem onder test: gemeente)
    Gegeven casus "vow-direct-afwijzen" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-3)
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als stap 5: de gemeente wijst het verzoek af
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 1 (verzoek afgewezen) met reden 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-direct-afwijzen @sut-aanbieder @OP346 @CD085 @TR349
  Abstract Scenario: Verzoek om wijziging, direct afgewezen (systeem onder test: aanbieder)
    Gegeven casus "vow-direct-afwijzen" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-3)
    Dan voldoet het verzoek om wijziging (317) aan de regels en wordt het goedgekeurd
    Als stap 5: de gemeente wijst het verzoek af
    Dan keurt de aanbieder het antwoordbericht (319) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-afwijzen-na-onderzoek @sut-gemeente @OP346 @TR365 @TR349
  Abstract Scenario: Verzoek om wijziging, afgewezen na onderzoek (systeem onder test: gemeente)
    Gegeven casus "vow-afwijzen-na-onderzoek" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-4)
    Dan keurt de gemeente het verzoek om wijziging (317) goed
    Als stap 5: de gemeente neemt het verzoek in onderzoek
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 2 (aanvraag in onderzoek)
    Als stap 6: de gemeente wijst het verzoek af
    Dan voldoet het antwoordbericht (319) aan de regels en wordt het goedgekeurd
    En is het antwoord 1 (verzoek afgewezen) met reden 1

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-afwijzen-na-onderzoek @sut-aanbieder @OP346 @TR365 @TR349
  Abstract Scenario: Verzoek om wijziging, afgewezen na onderzoek (systeem onder test: aanbieder)
    Gegeven casus "vow-afwijzen-na-onderzoek" in het domein <domein> met als systeem onder test de aanbieder
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan voldoet het startbericht (305) aan de regels en wordt het goedgekeurd
    Als stap 4: de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging VOW-4)
    Dan voldoet het verzoek om wijziging (317) aan de regels en wordt het goedgekeurd
    Als stap 5: de gemeente neemt het verzoek in onderzoek
    Dan keurt de aanbieder het antwoordbericht (319) goed
    Als stap 6: de gemeente wijst het verzoek af
    Dan keurt de aanbieder het antwoordbericht (319) goed

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |

  @vow-onvolledig @sut-gemeente @TR349 @OP308
  Abstract Scenario: Een verzoek om wijziging zonder de ongewijzigde actuele toewijzingen wordt afgekeurd (systeem onder test: gemeente)
    Gegeven casus "vow-onvolledig" in het domein <domein> met als systeem onder test de gemeente
    Als stap 1: de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)
    Dan voldoet het toewijzingsbericht (301) aan de regels en wordt het goedgekeurd
    Als stap 2: de aanbieder start beide leveringen op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 3: de aanbieder start de tweede levering op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als stap 4: de aanbieder vraagt een wijziging van toewijzing 1001 en laat toewijzing 1002 weg
    Dan geeft de gemeente op het verzoek om wijziging (317) retourcode 9349 op het Verzoek

    @wmo
    Voorbeelden:
      | domein |
      | wmo    |

    @jw
    Voorbeelden:
      | domein |
      | jw     |
