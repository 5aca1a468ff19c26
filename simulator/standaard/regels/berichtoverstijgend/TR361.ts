import type { Domein } from '../../woorden';
import { regel, type Overtreding } from '../regel';

const VERZOEK = '/Bericht/Client/Verzoek';
/** Wmo: hulpmiddelen (rolstoelen, vervoer-, woonvoorzieningen, overige) may overlap, also per category. */
const HULPMIDDELEN = new Set(['11', '12', '13', '14']);

interface Regel {
  readonly klasse: string;
  readonly nieuw: boolean;
  readonly product: { Categorie: string; Code?: string } | undefined;
  readonly begin: string;
  readonly eind: string | undefined;
}

const overlapt = (a: Regel, b: Regel) => a.begin <= (b.eind ?? '9999-12-31') && b.begin <= (a.eind ?? '9999-12-31');

/** Whether two products may not have overlapping periods. */
function botst(d: Domein, a: Regel['product'], b: Regel['product']): boolean {
  // Wmo only: categories 11-14 may overlap, and a product without category may overlap with them.
  if (d === 'wmo' && (HULPMIDDELEN.has(a?.Categorie ?? '') || HULPMIDDELEN.has(b?.Categorie ?? ''))) {
    return false;
  }
  if (!a || !b) return true; // without category: no overlap with any other product at all
  if (a.Code && b.Code) return a.Code === b.Code;
  return a.Categorie === b.Categorie; // a product without code is compared on its category
}

const tekst = (p: Regel['product']) => (p ? `${p.Categorie}${p.Code ? `/${p.Code}` : ''}` : 'zonder product');

export const TR361 = regel({
  code: 'TR361',
  familie: 'berichtoverstijgend',
  retourcode: '9361',
  omschrijving:
    'Een product komt in een verzoek om wijziging alleen meer dan eens voor als de perioden elkaar niet overlappen; voor OngewijzigdProduct en TeWijzigenProduct gelden product en periode van de toewijzing.',
  lezing:
    'Periode van een OngewijzigdProduct: Ingangsdatum tot Einddatum van de toewijzing; van een TeWijzigenProduct: Ingangsdatum van de toewijzing tot de gevraagde Einddatum (zonder Einddatum die van de toewijzing); ' +
    'van een NieuwProduct: GewensteIngangsdatum tot Einddatum. Zonder productcode wordt op categorie vergeleken; zonder categorie mag er met geen enkel ander product overlap zijn. ' +
    'Wmo wijkt af: producten in categorie 11 tot en met 14 mogen overlappen, ook op categorie, en een product zonder categorie mag alleen met die categorieën overlappen; iJw kent die uitzondering niet. ' +
    'Twee NieuwProducten onderling toetst TR410. De code komt op de tweede van de twee overlappende regels.',
  controles: {
    '317': ({ bericht, toestand, domein }) => {
      const v = bericht.Client.Verzoek;
      const bsn = bericht.Client.Bsn;
      const regels: Regel[] = [];
      (v.OngewijzigdeProducten?.OngewijzigdProduct ?? []).forEach((p, i) => {
        const t = toestand.toewijzingen.bestaandVoor(p.ToewijzingNummer, bsn);
        if (t) regels.push({ klasse: `${VERZOEK}/OngewijzigdeProducten/OngewijzigdProduct[${i + 1}]`, nieuw: false, product: t.Product, begin: t.Ingangsdatum, eind: t.Einddatum });
      });
      (v.TeWijzigenProducten?.TeWijzigenProduct ?? []).forEach((p, i) => {
        const t = toestand.toewijzingen.bestaandVoor(p.ToewijzingNummer, bsn);
        if (t)
          regels.push({
            klasse: `${VERZOEK}/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
            nieuw: false,
            product: t.Product,
            begin: t.Ingangsdatum,
            eind: p.Einddatum ?? t.Einddatum,
          });
      });
      (v.NieuweProducten?.NieuwProduct ?? []).forEach((p, i) => {
        regels.push({ klasse: `${VERZOEK}/NieuweProducten/NieuwProduct[${i + 1}]`, nieuw: true, product: p.Product, begin: p.GewensteIngangsdatum, eind: p.Einddatum });
      });
      const uit: Overtreding[] = [];
      regels.forEach((b, j) => {
        const a = regels.slice(0, j).find((x) => !(x.nieuw && b.nieuw) && overlapt(x, b) && botst(domein, x.product, b.product));
        if (a)
          uit.push({
            klasse: b.klasse,
            melding: `Product ${tekst(b.product)} (${b.begin} t/m ${b.eind ?? 'open'}) overlapt met ${tekst(a.product)} (${a.begin} t/m ${a.eind ?? 'open'})`,
          });
      });
      return uit;
    },
  },
  voorbeelden: [
    {
      naam: 'nieuw product dat een lopende toewijzing van hetzelfde product overlapt',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ ingang: '2026-09-01', eind: '2027-06-30' }] }),
      verwacht: { klasse: `${VERZOEK}/NieuweProducten/NieuwProduct[1]` },
    },
    {
      naam: 'nieuw product zonder code in dezelfde categorie als een verlengde toewijzing',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }],
          nieuw: [{ ingang: '2027-01-01', eind: '2027-06-30', product: { Categorie: s.codes.product.Categorie }, budget: 300000 }],
        }),
      verwacht: { klasse: `${VERZOEK}/NieuweProducten/NieuwProduct[1]` },
    },
    {
      naam: 'hetzelfde product opnieuw na afloop van de toewijzing (IV092)',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ ingang: '2027-01-01', eind: '2027-06-30' }] }),
      verwacht: 'goed',
    },
    {
      naam: 'ander product in dezelfde periode',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ ingang: '2026-09-01', eind: '2027-06-30', product: s.codes.ander }] }),
      verwacht: 'goed',
    },
    {
      naam: 'nieuw product dat een generieke toewijzing (zonder product) overlapt',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 500000 })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ ingang: '2026-09-01', eind: '2027-06-30', product: s.codes.ander }] }),
      verwacht: { klasse: `${VERZOEK}/NieuweProducten/NieuwProduct[1]` },
    },
    {
      naam: 'Wmo: hulpmiddel naast een generieke toewijzing mag overlappen',
      domeinen: ['wmo'],
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 500000 })],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          nieuw: [{ ingang: '2026-09-01', eind: '2026-12-31', product: { Categorie: '13', Code: '13A01' }, omvang: { Volume: 1, Eenheid: '14', Frequentie: '6' } }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'Wmo: tweede hulpmiddel in categorie 12 mag overlappen',
      domeinen: ['wmo'],
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: { Categorie: '12', Code: '12A01' }, omvang: { Volume: 1, Eenheid: '14', Frequentie: '6' } }),
      ],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          nieuw: [{ ingang: '2026-09-01', eind: '2026-12-31', product: { Categorie: '12', Code: '12A01' }, omvang: { Volume: 1, Eenheid: '14', Frequentie: '6' } }],
        }),
      verwacht: 'goed',
    },
  ],
});
