/**
 * A complete example of every message type (every optional element the model allows filled in), for
 * round trips, the XSD-parity mutants and the hostile-input tests. Test material, not production code.
 */
import {
  antwoordBericht,
  declaratieAntwoordBericht,
  declaratieBericht,
  retourbericht,
  STANDAARD_CLIENT,
  STANDAARD_PARTIJEN,
  startzorgBericht,
  stopzorgBericht,
  toewijzingBericht,
  verzoekOmToewijzingBericht,
  verzoekOmWijzigingBericht,
  type Partijen,
  type VolledigeClient,
} from '../simulator/standaard/berichten/bouwers';
import { berichtInfo, berichttype, heenVan, type Bericht, type Berichtnummer, type Berichttype } from '../simulator/standaard/berichten/catalogus';

export function voorbeeld(type: Berichttype, partijen?: Partial<Partijen>): unknown {
  const info = berichtInfo(type);
  const p: Partijen = { ...STANDAARD_PARTIJEN, ...partijen, domein: info.domein };
  const jw = p.domein === 'jw';
  const cat = jw ? '45' : '02';
  const cat2 = jw ? '43' : '03';
  const product = { Categorie: cat, Code: `${cat}A01` };
  const omvang = { Volume: 2, Eenheid: '04', Frequentie: '2' };
  const client: VolledigeClient = {
    ...STANDAARD_CLIENT,
    Communicatie: { Vorm: '1', Taal: 'Zweeds' },
    JuridischeStatus: '01',
    WettelijkeVertegenwoordiging: '09',
    Commentaar: 'Commentaar bij de client',
    Relaties: {
      Relatie: [
        {
          Nummer: 'R1',
          Volgorde: 1,
          Soort: '12',
          Geboortedatum: { Datum: '1971-04-01', DatumGebruik: '1' },
          Geslacht: '2',
          Naam: {
            Geslachtsnaam: { Achternaam: 'Galen', Voorvoegsel: 'van' },
            Partnernaam: { Achternaam: 'Vries', Voorvoegsel: 'de' },
            Voornamen: 'Petra',
            Voorletters: 'P',
            NaamGebruik: '2',
          },
          Contact: {
            Soort: '01',
            Adres: {
              Huis: { Huisnummer: 12, Huisletter: 'A', HuisnummerToevoeging: 'BIS', AanduidingWoonadres: 'TO' },
              Postcode: '1234AB',
              Straatnaam: 'Kerklaan',
              Plaatsnaam: 'Arnhem',
              LandCode: 'NL',
            },
            Telefoon: {
              Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' },
              Telefoon02: { Telefoonnummer: '0612345678', Landnummer: '0031' },
            },
            Emailadres: 'petra@example.nl',
          },
        },
      ],
    },
    Contactgegevens: {
      Contact: [
        ...STANDAARD_CLIENT.Contactgegevens.Contact,
        {
          Soort: '04',
          Organisatie: 'Zorghuis Ons Genoegen',
          Telefoon: { Telefoon01: { Telefoonnummer: '0301234567', Landnummer: '0031' } },
          Periode: { Begindatum: '2026-01-01', Einddatum: '2026-12-31' },
        },
      ],
    },
  };
  const k = { partijen: p, identificatie: 'VB0001', dagtekening: '2026-07-01' };
  const heen = (nummer: Berichtnummer): unknown => {
    switch (nummer) {
      case '301':
        return toewijzingBericht({
          ...k,
          client,
          producten: [
            {
              ToewijzingNummer: 300201,
              Product: product,
              Toewijzingsdatum: '2026-04-01',
              Toewijzingstijd: '12:34:56',
              Ingangsdatum: '2026-04-01',
              Einddatum: '2026-12-31',
              RedenWijziging: '04',
              Omvang: omvang,
              Commentaar: 'Commentaar bij het product',
            },
            {
              ToewijzingNummer: 300202,
              Product: { Categorie: cat2 },
              Toewijzingsdatum: '2026-04-01',
              Toewijzingstijd: '12:34:56',
              Ingangsdatum: '2026-04-01',
              Einddatum: '2026-12-31',
              Budget: 150000,
            },
          ],
        });
      case '305':
        return startzorgBericht({
          ...k,
          producten: [{ ToewijzingNummer: 300201, Product: product, ToewijzingIngangsdatum: '2026-04-01', Begindatum: '2026-04-01', StatusAanlevering: '1' }],
        });
      case '307':
        return stopzorgBericht({
          ...k,
          producten: [
            {
              ToewijzingNummer: 300201,
              Product: product,
              ToewijzingIngangsdatum: '2026-04-01',
              Begindatum: '2026-04-01',
              RedenBeeindiging: '02',
              Einddatum: '2026-06-30',
              StatusAanlevering: '1',
            },
          ],
        });
      case '315':
        return verzoekOmToewijzingBericht({
          ...k,
          commentaar: 'Graag snel',
          gezagsdragerBekend: '1',
          producten: [
            {
              ReferentieAanbieder: 'AANVR-1',
              BeschikkingNummer: 123,
              Product: product,
              BeschikkingIngangsdatum: '2026-03-15',
              ToewijzingIngangsdatum: '2026-04-01',
              ToewijzingEinddatum: '2026-12-31',
              Omvang: omvang,
              Verwijzer: { Type: '02', ZorgverlenerCode: '01234567' },
              Raamcontract: '1',
              Commentaar: 'Toelichting',
            },
          ],
        });
      case '317':
        return verzoekOmWijzigingBericht({
          ...k,
          verzoek: {
            ReferentieAanbieder: 'VOW-1',
            RedenVerzoek: '1',
            OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: 300202 }] },
            TeWijzigenProducten: {
              TeWijzigenProduct: [{ ToewijzingNummer: 300201, GewensteIngangsdatum: '2026-06-01', Einddatum: '2026-12-31', Omvang: { ...omvang, Volume: 3 } }],
            },
            NieuweProducten: { NieuwProduct: [{ Product: { Categorie: cat2, Code: `${cat2}A01` }, GewensteIngangsdatum: '2026-08-01', Einddatum: '2026-12-31', Omvang: omvang }] },
          },
        });
      case '319':
        return antwoordBericht({
          ...k,
          antwoord: {
            ReferentieAanbieder: 'VOW-1',
            VerzoekAntwoord: '1',
            RedenAfwijzingVerzoek: '8',
            ...(jw && { Woonplaatsbeginsel: { Gemeente: '0363' } }),
          },
        });
      case '323':
        return declaratieBericht({
          ...k,
          declaratieNummer: 'DEC0001',
          periode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
          clienten: [
            {
              bsn: client.Bsn,
              prestaties: [
                {
                  ProductReferentie: { ReferentieNummer: 'PR-1' },
                  ToewijzingNummer: 300201,
                  ProductCategorie: cat,
                  ProductCode: product.Code,
                  ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
                  GeleverdVolume: 8,
                  Eenheid: '04',
                  ProductTarief: 5000,
                  IngediendBedrag: { Bedrag: 40000, DebetCredit: 'D' },
                },
              ],
            },
          ],
        });
      default:
        throw new Error(`geen heenbericht: ${nummer}`);
    }
  };
  if (!info.isRetour) return heen(info.nummer);
  const heenNummer = heenVan(info.nummer)!;
  const heenBericht = heen(heenNummer);
  if (info.nummer === '325') {
    return declaratieAntwoordBericht(heenBericht as Bericht<'323'>, {
      identificatie: 'VB0002',
      dagtekening: '2026-07-02',
      headerCodes: ['0200'],
      prestatieCodes: () => ['9307'],
      toegekend: { TotaalBedrag: 0, DebetCredit: 'D' },
    });
  }
  return retourbericht(berichttype(info.domein, heenNummer), heenBericht, () => ['0200'], {
    identificatieRetour: 'RT0001',
    dagtekeningRetour: '2026-07-02',
    headerCodes: ['0200'],
  });
}
