# language: nl
Functionaliteit: Technische afkeur: berichtschema en regels binnen het bericht
  Een bericht dat niet aan het schema voldoet krijgt geen retourbericht; breekt het een regel binnen het bericht, dan wordt
  het in zijn geheel afgekeurd met 0001 in de Header (IV028).

  @schema-afkeur-start @IV028 @OP047 @OP286
  Abstract Scenario: Een startbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
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
            <iwmo:Identificatie>KT000001</iwmo:Identificatie>
            <iwmo:Dagtekening>2026-03-02</iwmo:Dagtekening>
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
              <wmo305:Begindatum>2026-02-30</wmo305:Begindatum>
              <wmo305:StatusAanlevering>1</wmo305:StatusAanlevering>
            </wmo305:StartProduct>
          </wmo305:StartProducten>
        </wmo305:Client>
      </wmo305:Bericht>
      """
    Dan komt er geen retourbericht

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

  @schema-afkeur-start @IV028 @OP047 @OP286
  Abstract Scenario: Een startbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder dit bericht stuurt:
      """xml
      <?xml version="1.0" encoding="UTF-8"?>
      <jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
        <jw305:Header>
          <jw305:BerichtCode>438</jw305:BerichtCode>
          <jw305:BerichtVersie>3</jw305:BerichtVersie>
          <jw305:BerichtSubversie>2</jw305:BerichtSubversie>
          <jw305:Afzender>12345678</jw305:Afzender>
          <jw305:Ontvanger>0384</jw305:Ontvanger>
          <jw305:BerichtIdentificatie>
            <ijw:Identificatie>KT000001</ijw:Identificatie>
            <ijw:Dagtekening>2026-03-02</ijw:Dagtekening>
          </jw305:BerichtIdentificatie>
          <jw305:XsdVersie>
            <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
            <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
          </jw305:XsdVersie>
        </jw305:Header>
        <jw305:Client>
          <jw305:Bsn>999900006</jw305:Bsn>
          <jw305:Geboortedatum>
            <ijw:Datum>2010-02-14</ijw:Datum>
          </jw305:Geboortedatum>
          <jw305:Geslacht>1</jw305:Geslacht>
          <jw305:Naam>
            <ijw:Geslachtsnaam>
              <ijw:Achternaam>Wit</ijw:Achternaam>
              <ijw:Voorvoegsel>de</ijw:Voorvoegsel>
            </ijw:Geslachtsnaam>
            <ijw:Voornamen>Tom</ijw:Voornamen>
            <ijw:Voorletters>T</ijw:Voorletters>
          </jw305:Naam>
          <jw305:StartProducten>
            <jw305:StartProduct>
              <jw305:ToewijzingNummer>1001</jw305:ToewijzingNummer>
              <jw305:Product>
                <ijw:Categorie>45</ijw:Categorie>
                <ijw:Code>45A04</ijw:Code>
              </jw305:Product>
              <jw305:ToewijzingIngangsdatum>2026-01-01</jw305:ToewijzingIngangsdatum>
              <jw305:Begindatum>2026-02-30</jw305:Begindatum>
              <jw305:StatusAanlevering>1</jw305:StatusAanlevering>
            </jw305:StartProduct>
          </jw305:StartProducten>
        </jw305:Client>
      </jw305:Bericht>
      """
    Dan komt er geen retourbericht

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @schema-afkeur-toewijzing @IV028 @OP047
  Abstract Scenario: Een toewijzingsbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 01-01-2026
    Als de gemeente dit bericht stuurt:
      """xml
      <?xml version="1.0" encoding="UTF-8"?>
      <wmo301:Bericht xmlns:wmo301="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema" xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema">
        <wmo301:Header>
          <wmo301:BerichtCode>414</wmo301:BerichtCode>
          <wmo301:BerichtVersie>3</wmo301:BerichtVersie>
          <wmo301:BerichtSubversie>2</wmo301:BerichtSubversie>
          <wmo301:Afzender>0384</wmo301:Afzender>
          <wmo301:Ontvanger>12345678</wmo301:Ontvanger>
          <wmo301:BerichtIdentificatie>
            <iwmo:Identificatie>KT000001</iwmo:Identificatie>
            <iwmo:Dagtekening>2026-01-01</iwmo:Dagtekening>
          </wmo301:BerichtIdentificatie>
          <wmo301:XsdVersie>
            <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
            <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>
          </wmo301:XsdVersie>
        </wmo301:Header>
        <wmo301:Client>
          <wmo301:Bsn>999900006</wmo301:Bsn>
          <wmo301:Geboortedatum>
            <iwmo:Datum>2010-02-14</iwmo:Datum>
          </wmo301:Geboortedatum>
          <wmo301:Geslacht>1</wmo301:Geslacht>
          <wmo301:Naam>
            <iwmo:Geslachtsnaam>
              <iwmo:Achternaam>Wit</iwmo:Achternaam>
              <iwmo:Voorvoegsel>de</iwmo:Voorvoegsel>
            </iwmo:Geslachtsnaam>
            <iwmo:Voornamen>Tom</iwmo:Voornamen>
            <iwmo:Voorletters>T</iwmo:Voorletters>
            <iwmo:NaamGebruik>1</iwmo:NaamGebruik>
          </wmo301:Naam>
          <wmo301:Contactgegevens>
            <wmo301:Contact>
              <wmo301:Soort>01</wmo301:Soort>
              <wmo301:Adres>
                <iwmo:Huis>
                  <iwmo:Huisnummer>9</iwmo:Huisnummer>
                  <iwmo:Huisletter>B</iwmo:Huisletter>
                </iwmo:Huis>
                <iwmo:Postcode>9999XX</iwmo:Postcode>
                <iwmo:Straatnaam>Van Woustraat</iwmo:Straatnaam>
                <iwmo:Plaatsnaam>Amsterdam</iwmo:Plaatsnaam>
                <iwmo:LandCode>NL</iwmo:LandCode>
              </wmo301:Adres>
            </wmo301:Contact>
          </wmo301:Contactgegevens>
          <wmo301:ToegewezenProducten>
            <wmo301:ToegewezenProduct>
              <wmo301:ToewijzingNummer>1101</wmo301:ToewijzingNummer>
              <wmo301:Product>
                <iwmo:Categorie>07</iwmo:Categorie>
                <iwmo:Code>07A12</iwmo:Code>
              </wmo301:Product>
              <wmo301:Toewijzingsdatum>2026-01-01</wmo301:Toewijzingsdatum>
              <wmo301:Toewijzingstijd>09:00:00</wmo301:Toewijzingstijd>
              <wmo301:Ingangsdatum>2026-01-01</wmo301:Ingangsdatum>
              <wmo301:Einddatum>2026-12-31</wmo301:Einddatum>
              <wmo301:Omvang>
                <iwmo:Volume>3</iwmo:Volume>
                <iwmo:Eenheid>99</iwmo:Eenheid>
                <iwmo:Frequentie>2</iwmo:Frequentie>
              </wmo301:Omvang>
            </wmo301:ToegewezenProduct>
          </wmo301:ToegewezenProducten>
        </wmo301:Client>
      </wmo301:Bericht>
      """
    Dan komt er geen retourbericht

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | wmo    | aanbieder |

  @schema-afkeur-toewijzing @IV028 @OP047
  Abstract Scenario: Een toewijzingsbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    En het is 01-01-2026
    Als de gemeente dit bericht stuurt:
      """xml
      <?xml version="1.0" encoding="UTF-8"?>
      <jw301:Bericht xmlns:jw301="http://www.istandaarden.nl/ijw/3_2/jw301/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
        <jw301:Header>
          <jw301:BerichtCode>436</jw301:BerichtCode>
          <jw301:BerichtVersie>3</jw301:BerichtVersie>
          <jw301:BerichtSubversie>2</jw301:BerichtSubversie>
          <jw301:Afzender>0384</jw301:Afzender>
          <jw301:Ontvanger>12345678</jw301:Ontvanger>
          <jw301:BerichtIdentificatie>
            <ijw:Identificatie>KT000001</ijw:Identificatie>
            <ijw:Dagtekening>2026-01-01</ijw:Dagtekening>
          </jw301:BerichtIdentificatie>
          <jw301:XsdVersie>
            <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
            <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
          </jw301:XsdVersie>
        </jw301:Header>
        <jw301:Client>
          <jw301:Bsn>999900006</jw301:Bsn>
          <jw301:Geboortedatum>
            <ijw:Datum>2010-02-14</ijw:Datum>
          </jw301:Geboortedatum>
          <jw301:Geslacht>1</jw301:Geslacht>
          <jw301:Naam>
            <ijw:Geslachtsnaam>
              <ijw:Achternaam>Wit</ijw:Achternaam>
              <ijw:Voorvoegsel>de</ijw:Voorvoegsel>
            </ijw:Geslachtsnaam>
            <ijw:Voornamen>Tom</ijw:Voornamen>
            <ijw:Voorletters>T</ijw:Voorletters>
            <ijw:NaamGebruik>1</ijw:NaamGebruik>
          </jw301:Naam>
          <jw301:Contactgegevens>
            <jw301:Contact>
              <jw301:Soort>01</jw301:Soort>
              <jw301:Adres>
                <ijw:Huis>
                  <ijw:Huisnummer>9</ijw:Huisnummer>
                  <ijw:Huisletter>B</ijw:Huisletter>
                </ijw:Huis>
                <ijw:Postcode>9999XX</ijw:Postcode>
                <ijw:Straatnaam>Van Woustraat</ijw:Straatnaam>
                <ijw:Plaatsnaam>Amsterdam</ijw:Plaatsnaam>
                <ijw:LandCode>NL</ijw:LandCode>
              </jw301:Adres>
            </jw301:Contact>
          </jw301:Contactgegevens>
          <jw301:ToegewezenProducten>
            <jw301:ToegewezenProduct>
              <jw301:ToewijzingNummer>1101</jw301:ToewijzingNummer>
              <jw301:Product>
                <ijw:Categorie>45</ijw:Categorie>
                <ijw:Code>45A04</ijw:Code>
              </jw301:Product>
              <jw301:Toewijzingsdatum>2026-01-01</jw301:Toewijzingsdatum>
              <jw301:Toewijzingstijd>09:00:00</jw301:Toewijzingstijd>
              <jw301:Ingangsdatum>2026-01-01</jw301:Ingangsdatum>
              <jw301:Einddatum>2026-12-31</jw301:Einddatum>
              <jw301:Omvang>
                <ijw:Volume>3</ijw:Volume>
                <ijw:Eenheid>99</ijw:Eenheid>
                <ijw:Frequentie>2</ijw:Frequentie>
              </jw301:Omvang>
            </jw301:ToegewezenProduct>
          </jw301:ToegewezenProducten>
        </jw301:Client>
      </jw301:Bericht>
      """
    Dan komt er geen retourbericht

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       |
      | jw     | aanbieder |

  @elfproef-start @CS002 @IV028 @OP286
  Abstract Scenario: Een startbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001) (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder een startbericht (305) stuurt met:
      | toewijzing   | 1001       |
      | ingangsdatum | 01-01-2026 |
      | begindatum   | 06-01-2026 |
      | bsn          | 123456789  |
    Dan geeft de gemeente op het startbericht (305) retourcode 0001 op de Header

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |

  @elfproef-toewijzing @CS002 @IV028
  Abstract Scenario: Een toewijzingsbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001) (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente een toewijzingsbericht (301) stuurt met:
      | toewijzing   | 1001       |
      | product      | <product>  |
      | ingangsdatum | 01-01-2026 |
      | einddatum    | 31-12-2026 |
      | bsn          | 123456789  |
    Dan geeft de aanbieder op het toewijzingsbericht (301) retourcode 0001 op de Header

    @wmo @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | wmo    | aanbieder | 07A12   |

    @jw @sut-aanbieder
    Voorbeelden:
      | domein | rol       | product |
      | jw     | aanbieder | 45A04   |

  @einddatum-voor-begindatum @TR018 @IV028
  Abstract Scenario: Een stop met een einddatum vóór de begindatum wordt in zijn geheel afgekeurd (0001) (systeem onder test: <rol>)
    Gegeven het domein <domein> met als systeem onder test de <rol>
    Als de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 31-12-2026
    Dan keurt de aanbieder het toewijzingsbericht (301) goed
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    En meldt het startbericht de start van toewijzing 1001 per 05-01-2026
    Als de aanbieder een stopbericht (307) stuurt met:
      | toewijzing   | 1001         |
      | ingangsdatum | 01-01-2026   |
      | begindatum   | 05-01-2026   |
      | einddatum    | 04-01-2026   |
      | reden        | volgens plan |
    Dan geeft de gemeente op het stopbericht (307) retourcode 0001 op de Header

    @wmo @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | wmo    | gemeente |

    @jw @sut-gemeente
    Voorbeelden:
      | domein | rol      |
      | jw     | gemeente |
