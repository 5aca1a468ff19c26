/**
 * Helpers shared by the xslt rules and their examples: copying a built message to adjust it, date
 * arithmetic, the product-overlap test of TR302/TR386/TR410, and a declaratie history with answers
 * for the rules on 323 and 325. Not a rule: the catalogue only loads TRnnn files.
 */
import type { Bericht, Berichtnummer } from '../../berichten/catalogus';
import type { Sjablonen, Stap } from '../../berichten/sjablonen';
import { antwoordOp } from '../berichtoverstijgend/declaratiehulp';

/** A date (YYYY-MM-DD) the given number of years earlier; 29 February becomes 28 February in a common year. */
export function jarenEerder(datum: string, jaren: number): string {
  const jaar = Number(datum.slice(0, 4)) - jaren;
  let rest = datum.slice(4);
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  if (rest === '-02-29' && !schrikkel) rest = '-02-28';
  return `${String(jaar).padStart(4, '0')}${rest}`;
}

/** Copies a built message and adjusts the copy (templates share nested defaults, so never change those in place). */
export function aangepast<N extends Berichtnummer>(stap: Stap, wijzig: (b: Bericht<N>) => void): Stap {
  const b = structuredClone(stap.bericht) as Bericht<N>;
  wijzig(b);
  return { nummer: stap.nummer, bericht: b };
}


// Shared by the examples of the xslt rules on 323 and 325: a delivery, a declaratie over May 2026
// that the gemeente approved, and answers to it.

/** One delivery (toewijzing 1) and a declaratie of 10 hours in May 2026 on it. */
export const DECLARATIE = (s: Sjablonen): Stap =>
  s.declaratie(
    { nummer: 'D2026050001', maand: '2026-05', prestaties: [{ referentie: 'P202605001', toewijzing: 1, periode: '2026-05', volume: 10 }] },
    { identificatie: 'DECL000001' },
  );

export const declaratieGeschiedenis = (s: Sjablonen): Stap[] => [
  ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
  DECLARATIE(s),
];

/** The declaratie-antwoord that awards the whole declaratie (8001, no prestaties). */
export function volledigAntwoord(s: Sjablonen): Stap {
  return antwoordOp(DECLARATIE(s));
}

/** The declaratie-antwoord that rejects every prestatie of DECLARATIE with the given code. */
export function afwijzing(s: Sjablonen, code: string): Stap {
  return antwoordOp(DECLARATIE(s), { code });
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

/**
 * Whether two lines are the same product in overlapping periods: compared on code when both have
 * one, on category when either lacks a code; a line without product clashes with every other line.
 * Lines in a stackable category clash with nothing.
 */
function botsen(a: Zorgperiode, b: Zorgperiode, stapelbaar: readonly string[]): boolean {
  if (a.begin > (b.eind ?? OPEN) || b.begin > (a.eind ?? OPEN)) return false;
  if ((a.product && stapelbaar.includes(a.product.Categorie)) || (b.product && stapelbaar.includes(b.product.Categorie))) return false;
  if (!a.product || !b.product) return true;
  if (a.product.Categorie !== b.product.Categorie) return false;
  return !a.product.Code || !b.product.Code || a.product.Code === b.product.Code;
}

/** One finding for every line that clashes with an earlier line of the message. */
export function gestapeld(regels: readonly Zorgperiode[], stapelbaar: readonly string[]): { klasse: string; melding: string }[] {
  return regels.flatMap((b, j) => {
    const a = regels.slice(0, j).find((x) => botsen(x, b, stapelbaar));
    return a
      ? [{ klasse: b.klasse, melding: `${productTekst(b.product)} (${periodeTekst(b)}) overlapt met ${productTekst(a.product)} (${periodeTekst(a)}) in ${a.klasse}` }]
      : [];
  });
}
