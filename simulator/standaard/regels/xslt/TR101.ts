import { sleutel, startSleutel, stopSleutel } from '../../toestand/sleutels';
import { geleverdEnGedeclareerd } from '../berichtoverstijgend/declaratiehulp';
import { prestaties } from '../condities/klassen';
import { aangepast } from '../condities/voorbeeldberichten';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { afwijzing, herhalingen, tweeStarts, tweeToewijzingen, volledigAntwoord } from './hulp';

interface Regel {
  readonly klasse: string;
  readonly sleutel: string;
  /** The key in words, for the finding. */
  readonly tekst: string;
}

/** One finding per line whose logical key (with its parents' keys) occurred earlier in the message. */
function dubbel(naam: string, regels: Regel[]): Overtreding[] {
  return herhalingen(regels, (r) => r.sleutel).map(({ x, eerste }) => ({
    klasse: x.klasse,
    melding: `${naam} heeft dezelfde logische sleutel (${x.tekst}) als ${eerste.klasse}`,
  }));
}

/** Client (Bsn) and, within each Client, Prestatie (ProductReferentie) are unique; 323 and 325 alike. */
function declaratieRegels(ctx: RegelContext, clienten: readonly { Bsn: string }[], pad: string): Overtreding[] {
  const c = clienten.map((x, i) => ({ klasse: `${pad}/Client[${i + 1}]`, sleutel: x.Bsn, tekst: `Bsn ${x.Bsn}` }));
  const p = prestaties(ctx).map(({ p: y, bsn, klasse }) => ({
    klasse,
    sleutel: sleutel(bsn, y.ProductReferentie.ReferentieNummer, y.ProductReferentie.VorigReferentieNummer),
    tekst: `Bsn ${bsn}, ReferentieNummer ${y.ProductReferentie.ReferentieNummer}, VorigReferentieNummer ${y.ProductReferentie.VorigReferentieNummer ?? 'leeg'}`,
  }));
  return [...dubbel('Client', c), ...dubbel('Prestatie', p)];
}

const product = (p: { Categorie: string; Code?: string } | undefined) => (p ? `${p.Categorie}/${p.Code ?? ''}` : '');
const regieTekst = (p: { ToewijzingNummer?: number; Product?: { Categorie: string; Code?: string }; Begindatum: string }) =>
  `ToewijzingNummer ${p.ToewijzingNummer ?? 'leeg'}, product ${product(p.Product) || 'leeg'}, Begindatum ${p.Begindatum}`;

export const TR101 = regel({
  code: 'TR101',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Een bericht bevat geen dubbele regels: per berichtklasse is de logische sleutel, samen met de sleutels van de bovenliggende klassen, uniek binnen het bericht.',
  lezing:
    'Logische sleutels: Relatie Nummer; Contact Soort; ToegewezenProduct ToewijzingNummer; StartProduct ToewijzingNummer, Product en Begindatum; ' +
    'StopProduct daarnaast RedenBeeindiging en Einddatum; OngewijzigdProduct en TeWijzigenProduct ToewijzingNummer; NieuwProduct Product en GewensteIngangsdatum; ' +
    'declaratie(-antwoord) Client Bsn en Prestatie ReferentieNummer met VorigReferentieNummer, binnen dezelfde Client. ' +
    'In de 315 is de enige herhaalde klasse AangevraagdProduct, met ReferentieAanbieder als sleutel; die uniciteit toetst TR383 al, dus TR101 meldt in de 315 niets dubbel. ' +
    'Uniek per klasse: een ToewijzingNummer dat zowel als OngewijzigdProduct als als TeWijzigenProduct voorkomt, is voor TR101 geen dubbele regel. StatusAanlevering hoort niet bij de sleutel.',
  controles: {
    '301': ({ bericht }) => {
      const c = bericht.Client;
      return [
        ...dubbel(
          'Relatie',
          (c.Relaties?.Relatie ?? []).map((r, i) => ({ klasse: `/Bericht/Client/Relaties/Relatie[${i + 1}]`, sleutel: r.Nummer, tekst: `Nummer ${r.Nummer}` })),
        ),
        ...dubbel(
          'Contact',
          c.Contactgegevens.Contact.map((x, i) => ({ klasse: `/Bericht/Client/Contactgegevens/Contact[${i + 1}]`, sleutel: x.Soort, tekst: `Soort ${x.Soort}` })),
        ),
        ...dubbel(
          'ToegewezenProduct',
          c.ToegewezenProducten.ToegewezenProduct.map((p, i) => ({
            klasse: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`,
            sleutel: String(p.ToewijzingNummer),
            tekst: `ToewijzingNummer ${p.ToewijzingNummer}`,
          })),
        ),
      ];
    },
    '305': ({ bericht }) =>
      dubbel(
        'StartProduct',
        bericht.Client.StartProducten.StartProduct.map((p, i) => ({
          klasse: `/Bericht/Client/StartProducten/StartProduct[${i + 1}]`,
          sleutel: startSleutel(bericht.Client.Bsn, p),
          tekst: regieTekst(p),
        })),
      ),
    '307': ({ bericht }) =>
      dubbel(
        'StopProduct',
        bericht.Client.StopProducten.StopProduct.map((p, i) => ({
          klasse: `/Bericht/Client/StopProducten/StopProduct[${i + 1}]`,
          sleutel: stopSleutel(bericht.Client.Bsn, p),
          tekst: `${regieTekst(p)}, RedenBeeindiging ${p.RedenBeeindiging}, Einddatum ${p.Einddatum}`,
        })),
      ),
    // The only repeated class of a 315 is AangevraagdProduct, keyed by ReferentieAanbieder: TR383 checks exactly that.
    '315': () => [],
    '317': ({ bericht }) => {
      const v = bericht.Client.Verzoek;
      const pad = '/Bericht/Client/Verzoek';
      return [
        ...dubbel(
          'OngewijzigdProduct',
          (v.OngewijzigdeProducten?.OngewijzigdProduct ?? []).map((p, i) => ({
            klasse: `${pad}/OngewijzigdeProducten/OngewijzigdProduct[${i + 1}]`,
            sleutel: String(p.ToewijzingNummer),
            tekst: `ToewijzingNummer ${p.ToewijzingNummer}`,
          })),
        ),
        ...dubbel(
          'TeWijzigenProduct',
          (v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p, i) => ({
            klasse: `${pad}/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
            sleutel: String(p.ToewijzingNummer),
            tekst: `ToewijzingNummer ${p.ToewijzingNummer}`,
          })),
        ),
        ...dubbel(
          'NieuwProduct',
          (v.NieuweProducten?.NieuwProduct ?? []).map((p, i) => ({
            klasse: `${pad}/NieuweProducten/NieuwProduct[${i + 1}]`,
            sleutel: sleutel(product(p.Product), p.GewensteIngangsdatum),
            tekst: `product ${product(p.Product) || 'leeg'}, GewensteIngangsdatum ${p.GewensteIngangsdatum}`,
          })),
        ),
      ];
    },
    '323': (ctx) => declaratieRegels(ctx, ctx.bericht.Declaratie.Clienten.Client, '/Bericht/Declaratie/Clienten'),
    '325': (ctx) => declaratieRegels(ctx, ctx.bericht.DeclaratieAntwoord?.Clienten?.Client ?? [], '/Bericht/DeclaratieAntwoord/Clienten'),
  },
  voorbeelden: [
    {
      naam: 'stopbericht met twee keer dezelfde stop',
      bericht: (s) =>
        s.stop([
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31' },
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31' },
        ]),
      verwacht: { klasse: '/Bericht/Client/StopProducten/StopProduct[2]' },
    },
    {
      naam: 'toewijzingsbericht met twee keer hetzelfde ToewijzingNummer',
      bericht: (s) =>
        s.toewijzing([
          { nummer: 5, ingang: '2026-01-01', eind: '2026-03-31', toewijzingsdatum: '2025-12-15' },
          { nummer: 5, ingang: '2026-04-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15' },
        ]),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]' },
    },
    {
      naam: 'declaratie met twee prestaties met hetzelfde ReferentieNummer',
      bericht: (s) =>
        s.declaratie({
          nummer: 'D2026050001',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P202605001', toewijzing: 1, periode: '2026-04', volume: 10 },
            { referentie: 'P202605001', toewijzing: 1, periode: '2026-05', volume: 10 },
          ],
        }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]' },
    },
    {
      naam: 'declaratie met dezelfde client twee keer als Client',
      bericht: (s) =>
        aangepast<'323'>(
          s.declaratie({
            nummer: 'D2026050001',
            maand: '2026-05',
            prestaties: [{ referentie: 'P202605001', toewijzing: 1, periode: '2026-05', volume: 10 }],
          }),
          (b) => {
            const c = b.Declaratie.Clienten.Client[0]!;
            b.Declaratie.Clienten.Client.push({
              Bsn: c.Bsn,
              Prestaties: { Prestatie: [{ ...c.Prestaties.Prestatie[0]!, ProductReferentie: { ReferentieNummer: 'P202605002' }, ToewijzingNummer: 2 }] },
            });
            b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 100000, DebetCredit: 'D' };
          },
        ),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[2]' },
    },
    {
      naam: 'declaratie-antwoord dat dezelfde afgewezen prestatie twee keer noemt',
      bericht: (s) =>
        aangepast<'325'>(afwijzing(s, '9307'), (b) => {
          const d = b.DeclaratieAntwoord!;
          const prestaties = d.Clienten!.Client[0]!.Prestaties.Prestatie;
          prestaties.push(structuredClone(prestaties[0]!));
          d.TotaalIngediendBedrag = { TotaalBedrag: 100000, DebetCredit: 'D' };
        }),
      verwacht: { klasse: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[2]' },
    },
    {
      naam: 'startbericht voor twee toewijzingen met dezelfde begindatum',
      geschiedenis: (s) => [tweeToewijzingen(s)],
      bericht: tweeStarts,
      verwacht: 'goed',
    },
    {
      naam: 'toewijzingsbericht met twee verschillende toewijzingen van hetzelfde product na elkaar',
      bericht: (s) =>
        s.toewijzing([
          { nummer: 5, ingang: '2026-01-01', eind: '2026-03-31', toewijzingsdatum: '2025-12-15' },
          { nummer: 6, ingang: '2026-04-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15' },
        ]),
      verwacht: 'goed',
    },
    {
      naam: 'volledig toegekend declaratie-antwoord',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: volledigAntwoord,
      verwacht: 'goed',
    },
  ],
});
