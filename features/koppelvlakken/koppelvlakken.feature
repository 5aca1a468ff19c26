# language: nl
Functionaliteit: Koppelvlakken: wat de keten met berichten doet
  Tussen een gemeente en een aanbieder liggen het Gemeentelijk Gegevensknooppunt (StUF-GGk) en VECOZO
  (VSP-Koppeling). De keten levert een bericht soms twee keer of laat af, weigert een aflevering met een
  Fo01 of een 422, en laat een ophaallijst pas opschuiven na een bevestiging. Een systeem onder test
  handelt elk bericht één keer af, beantwoordt ook een laat bericht, houdt een geweigerd bericht niet voor
  afgeleverd en bevestigt wat het ophaalde. @transport-… kiest de koppeling, @keten-… wat onze kant van
  de keten doet (README, "Koppelvlakken").

  @transport-stuf-ggk @koppelvlak-dubbel @TR056
  Abstract Scenario: Het knooppunt levert een startbericht twee keer af; de kopie is geen nieuw bericht (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder dit bericht stuurt:
      """xml
      <?xml version="1.0" encoding="UTF-8"?>
      <wmo305:Bericht xmlns:wmo305="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema" xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema">
        <wmo305:Header>
          <wmo305:BerichtCode>418</wmo305:BerichtCode>
          <wmo305:BerichtVersie>3</wmo305:BerichtVersie>
          <wmo305:BerichtSubversie>2</wmo305:BerichtSubversie>
          <wmo305:Afzender>12345678</wmo305:Afzender>
          <wmo305:Ontvanger>0384</wmo305:Ontvanger>
          <wmo305:BerichtIdentificatie>
            <iwmo:Identificatie>KV000001</iwmo:Identificatie>
            <iwmo:Dagtekening>2026-01-01</iwmo:Dagtekening>
          </wmo305:BerichtIdentificatie>
          <wmo305:XsdVersie>
            <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
            <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>
          </wmo305:XsdVersie>
        </wmo305:Header>
        <wmo305:Client>
          <wmo305:Bsn>999900006</wmo305:Bsn>
          <wmo305:Geboortedatum>
            <iwmo:Datum>2010-02-14</iwmo:Datum>
          </wmo305:Geboortedatum>
          <wmo305:Geslacht>1</wmo305:Geslacht>
          <wmo305:Naam>
            <iwmo:Geslachtsnaam>
              <iwmo:Achternaam>Wit</iwmo:Achternaam>
              <iwmo:Voorvoegsel>de</iwmo:Voorvoegsel>
            </iwmo:Geslachtsnaam>
            <iwmo:Voornamen>Tom</iwmo:Voornamen>
            <iwmo:Voorletters>T</iwmo:Voorletters>
          </wmo305:Naam>
          <wmo305:StartProducten>
            <wmo305:StartProduct>
              <wmo305:ToewijzingNummer>1001</wmo305:ToewijzingNummer>
              <wmo305:Product>
                <iwmo:Categorie>07</iwmo:Categorie>
                <iwmo:Code>07A12</iwmo:Code>
              </wmo305:Product>
              <wmo305:ToewijzingIngangsdatum>2026-01-01</wmo305:ToewijzingIngangsdatum>
              <wmo305:Begindatum>2026-01-01</wmo305:Begindatum>
              <wmo305:StatusAanlevering>1</wmo305:StatusAanlevering>
            </wmo305:StartProduct>
          </wmo305:StartProducten>
        </wmo305:Client>
      </wmo305:Bericht>
      
      """
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder dit bericht stuurt:
      """xml
      <?xml version="1.0" encoding="UTF-8"?>
      <wmo305:Bericht xmlns:wmo305="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema" xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema">
        <wmo305:Header>
          <wmo305:BerichtCode>418</wmo305:BerichtCode>
          <wmo305:BerichtVersie>3</wmo305:BerichtVersie>
          <wmo305:BerichtSubversie>2</wmo305:BerichtSubversie>
          <wmo305:Afzender>12345678</wmo305:Afzender>
          <wmo305:Ontvanger>0384</wmo305:Ontvanger>
          <wmo305:BerichtIdentificatie>
            <iwmo:Identificatie>KV000001</iwmo:Identificatie>
            <iwmo:Dagtekening>2026-01-01</iwmo:Dagtekening>
          </wmo305:BerichtIdentificatie>
          <wmo305:XsdVersie>
            <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
            <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>
          </wmo305:XsdVersie>
        </wmo305:Header>
        <wmo305:Client>
          <wmo305:Bsn>999900006</wmo305:Bsn>
          <wmo305:Geboortedatum>
            <iwmo:Datum>2010-02-14</iwmo:Datum>
          </wmo305:Geboortedatum>
          <wmo305:Geslacht>1</wmo305:Geslacht>
          <wmo305:Naam>
            <iwmo:Geslachtsnaam>
              <iwmo:Achternaam>Wit</iwmo:Achternaam>
              <iwmo:Voorvoegsel>de</iwmo:Voorvoegsel>
            </iwmo:Geslachtsnaam>
            <iwmo:Voornamen>Tom</iwmo:Voornamen>
            <iwmo:Voorletters>T</iwmo:Voorletters>
          </wmo305:Naam>
          <wmo305:StartProducten>
            <wmo305:StartProduct>
              <wmo305:ToewijzingNummer>1001</wmo305:ToewijzingNummer>
              <wmo305:Product>
                <iwmo:Categorie>07</iwmo:Categorie>
                <iwmo:Code>07A12</iwmo:Code>
              </wmo305:Product>
              <wmo305:ToewijzingIngangsdatum>2026-01-01</wmo305:ToewijzingIngangsdatum>
              <wmo305:Begindatum>2026-01-01</wmo305:Begindatum>
              <wmo305:StatusAanlevering>1</wmo305:StatusAanlevering>
            </wmo305:StartProduct>
          </wmo305:StartProducten>
        </wmo305:Client>
      </wmo305:Bericht>
      
      """
    Dan geeft de gemeente op het startbericht (305) retourcode 9056

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

  @transport-stuf-ggk @keten-laat @koppelvlak-laat @IV028
  Abstract Scenario: Het knooppunt levert berichten dagen later af; de gemeente beantwoordt ze (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @transport-vsp @keten-laat @koppelvlak-laat @IV028
  Abstract Scenario: VECOZO zet berichten dagen later klaar; de aanbieder beantwoordt ze (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @transport-stuf-ggk @keten-fo01 @koppelvlak-fo01 @IV028
  Abstract Scenario: Het knooppunt weigert de eerste aflevering met een Fo01 (IB103); de gemeente biedt het bericht opnieuw aan (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @transport-vsp @keten-422 @koppelvlak-422 @IV028
  Abstract Scenario: De pushservice weigert de eerste push met 422; de aanbieder biedt het bericht opnieuw aan als nieuw verzoek (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @transport-vsp @keten-venster-1 @koppelvlak-venster @IV028
  Abstract Scenario: De ophaallijst schuift pas op na een bevestiging; de aanbieder bevestigt wat hij ophaalde (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 30-06-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de gemeente de toewijzing verlengt tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |
