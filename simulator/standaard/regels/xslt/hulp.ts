/**
 * Helpers shared by the xslt rules and their examples: counting back whole years, the product-overlap
 * test of TR302/TR386/TR410, finding repeated keys, amounts in euros, and example messages for the
 * rules on 323 and 325. Not a rule: the catalogue only loads TRnnn files.
 */
import type { Sjablonen, Stap } from '../../berichten/sjablonen';
import { voegToe } from '../../toestand/sleutels';
import { antwoordOp, declaratieMei } from '../berichtoverstijgend/declaratiehulp';

/** A date (YYYY-MM-DD) the given number of years earlier; 29 February becomes 28 February in a common year. */
export function jarenEerder(datum: string, jaren: number): string {
  const jaar = Number(datum.slice(0, 4)) - jaren;
  let rest = datum.slice(4);
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  if (rest === '-02-29' && !schrikkel) rest = '-02-28';
  return `${String(jaar).padStart(4, '0')}${rest}`;
}

// ---------------------------------------------------------------------------------------------
// Stacking of products (TR302, TR386, TR410)

export interface Zorgperiode {
  readonly klasse: string;
  readonly product?: { readonly Categorie: string; readonly Code?: string } | undefined;
  readonly begin: string;
  /** Absent: open-ended. */
  readonly eind?: string | undefined;
}

/** Wmo: hulpmiddelen and voorzieningen (categories 11 to 14) may be given more than once for the same period. */
export const STAPELBAAR_WMO: readonly string[] = ['11', '12', '13', '14'];

const OPEN = '9999-12-31';
const productTekst = (p: Zorgperiode['product']) => (p ? (p.Code ? `${p.Categorie}/${p.Code}` : `categorie ${p.Categorie}`) : 'zonder product');
const periodeTekst = (z: Zorgperiode) => `${z.begin} t/m ${z.eind ?? 'open einde'}`;
const overlappen = (a: Zorgperiode, b: Zorgperiode) => a.begin <= (b.eind ?? OPEN) && b.begin <= (a.eind ?? OPEN);

type Eerder = { readonly z: Zorgperiode; readonly i: number };

/**
 * One finding for every line that is the same product as an earlier line in an overlapping period,
 * naming the first such line. Same product: the same code when both have one, the same category when
 * either lacks a code; a line without product is the same as every line. Lines in a stackable
 * category clash with nothing. Earlier lines are indexed by category and code, so a line is only
 * compared with those it could clash with.
 */
export function gestapeld(regels: readonly Zorgperiode[], stapelbaar: readonly string[]): { klasse: string; melding: string }[] {
  const alle: Eerder[] = [];
  const zonderProduct: Eerder[] = [];
  /** Per category (`07`), per category without code (`07/`) and per code (`07/07A12`). */
  const per = new Map<string, Eerder[]>();
  const lijst = (k: string) => per.get(k) ?? [];
  const uit: { klasse: string; melding: string }[] = [];
  regels.forEach((b, i) => {
    const p = b.product;
    if (p && stapelbaar.includes(p.Categorie)) return;
    // Without product: any line. With a code: lines without product, without code in the category, or with this code.
    // Without code: lines without product or in the category.
    const kandidaten = !p ? [alle] : p.Code ? [zonderProduct, lijst(`${p.Categorie}/`), lijst(`${p.Categorie}/${p.Code}`)] : [zonderProduct, lijst(p.Categorie)];
    let a: Eerder | undefined;
    for (const l of kandidaten) {
      const x = l.find((e) => overlappen(e.z, b));
      if (x && (!a || x.i < a.i)) a = x;
    }
    if (a)
      uit.push({ klasse: b.klasse, melding: `${productTekst(b.product)} (${periodeTekst(b)}) overlapt met ${productTekst(a.z.product)} (${periodeTekst(a.z)}) in ${a.z.klasse}` });
    const e = { z: b, i };
    alle.push(e);
    if (!p) zonderProduct.push(e);
    else {
      voegToe(per, p.Categorie, e);
      voegToe(per, `${p.Categorie}/${p.Code ?? ''}`, e);
    }
  });
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Repeated keys (TR101, TR315, TR383, TR416) and amounts in melding texts (TR342, TR358)

/** Every item whose key occurred in an earlier item, with that first item; items without a key are skipped. */
export function herhalingen<T>(items: readonly T[], sleutel: (x: T) => string | undefined): { x: T; eerste: T }[] {
  const eerder = new Map<string, T>();
  const uit: { x: T; eerste: T }[] = [];
  for (const x of items) {
    const k = sleutel(x);
    if (k === undefined) continue;
    const eerste = eerder.get(k);
    if (eerste !== undefined) uit.push({ x, eerste });
    else eerder.set(k, x);
  }
  return uit;
}

/** Cents in euros for a melding: -123456 is -1234,56. */
export const euro = (centen: number): string => `${centen < 0 ? '-' : ''}${Math.floor(Math.abs(centen) / 100)},${String(Math.abs(centen) % 100).padStart(2, '0')}`;

// ---------------------------------------------------------------------------------------------
// Examples on 323 and 325: answers to `declaratieMei` (history: `geleverdEnGedeclareerd`), and two
// deliveries of different products with a declaratie on both.

/** The declaratie-antwoord that awards the whole of `declaratieMei` (8001, no prestaties). */
export function volledigAntwoord(s: Sjablonen): Stap {
  return antwoordOp(declaratieMei(s));
}

/** The declaratie-antwoord that rejects every prestatie of `declaratieMei` with the given code. */
export function afwijzing(s: Sjablonen, code: string): Stap {
  return antwoordOp(declaratieMei(s), { code });
}

/** Toewijzing 1 (the domain's product) and 2 (another product) for 2026, decided in December 2025. */
export const tweeToewijzingen = (s: Sjablonen): Stap =>
  s.toewijzing(
    [
      { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15' },
      { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15', product: s.codes.ander },
    ],
    { dagtekening: '2025-12-15' },
  );

/** The start of both `tweeToewijzingen` on 5 January. */
export const tweeStarts = (s: Sjablonen): Stap =>
  s.start([
    { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' },
    { nummer: 2, ingang: '2026-01-01', begin: '2026-01-05', product: s.codes.ander },
  ]);

/** A declaratie over May 2026 on both: 10 hours on toewijzing 1 (500 euro), 4 on toewijzing 2 (200 euro). */
export const declaratieOpTwee = (s: Sjablonen): Stap =>
  s.declaratie(
    {
      nummer: 'D2026050002',
      maand: '2026-05',
      prestaties: [
        { referentie: 'P202605011', toewijzing: 1, periode: '2026-05', volume: 10 },
        { referentie: 'P202605012', toewijzing: 2, product: s.codes.ander, periode: '2026-05', volume: 4 },
      ],
    },
    { identificatie: 'DECL000002' },
  );
