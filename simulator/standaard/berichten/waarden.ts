/**
 * Lexical checks of the XSD built-in types the standard uses (xs:integer, xs:date, xs:time), with
 * whitespace collapsed first as the XSD prescribes for them. They follow libxml2, the validator
 * behind `xmllint --schema`, where it reads the standard's facets in its own way (see `checkTijd`).
 * Each check returns undefined when the value is valid, otherwise what was expected, in Dutch.
 */
import type { Geheel } from './model';

/** XSD whiteSpace="collapse": XML whitespace runs become one space, trimmed at both ends. */
export function collapse(s: string): string {
  return /^[^ \t\n\r]*$/.test(s) ? s : s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
}

const GEHEEL = /^[+-]?[0-9]+$/;

export function checkGeheel(ruw: string, t: Pick<Geheel, 'min' | 'max' | 'vast'>): string | undefined {
  const w = collapse(ruw);
  if (!GEHEEL.test(w)) return 'een geheel getal';
  if (t.vast !== undefined && w !== t.vast) return `precies '${t.vast}'`;
  const n = BigInt(w);
  if (n < BigInt(t.min) || n > BigInt(t.max)) return `een geheel getal van ${t.min} tot en met ${t.max}`;
  return undefined;
}

const DATUM = /^(-?)([0-9]{4,})-([0-9]{2})-([0-9]{2})$/;
const LONG_MAX = 9223372036854775807n;

function isSchrikkeljaar(j: bigint): boolean {
  // As C computes it on a signed year: -4 is a leap year, -1 is not.
  return (j % 4n === 0n && j % 100n !== 0n) || j % 400n === 0n;
}

function dagenInMaand(jaar: bigint, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

/** xs:date restricted by the pattern [^:Z]* (no time zone). */
export function checkDatum(ruw: string): string | undefined {
  const w = collapse(ruw);
  const m = DATUM.exec(w);
  const verwacht = 'een bestaande datum als JJJJ-MM-DD, zonder tijdzone';
  if (!m) return verwacht;
  const [, teken, jaarTekst, mm, dd] = m;
  // More than four year digits may not start with 0; year 0000 does not exist; the year must fit a long.
  if (jaarTekst.length > 4 && jaarTekst.startsWith('0')) return verwacht;
  const jaar = BigInt(jaarTekst) * (teken ? -1n : 1n);
  if (jaar === 0n || (jaar < 0n ? -jaar : jaar) > LONG_MAX) return verwacht;
  const maand = Number(mm);
  const dag = Number(dd);
  if (maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) return verwacht;
  return undefined;
}

const TIJD = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(Z|[+-]([0-9]{2}):([0-9]{2}))?$/;

/**
 * xs:time restricted by the pattern [^Z+-]+. libxml2 reads the trailing '-' in that character class
 * as nothing, so a negative time zone offset passes and only 'Z' and '+' are refused; ketentest
 * follows the validator that vendors and the conformance tests use.
 */
export function checkTijd(ruw: string): string | undefined {
  const w = collapse(ruw);
  const verwacht = 'een tijd als UU:MM:SS, zonder tijdzone';
  const m = TIJD.exec(w);
  if (!m || w.includes('Z') || w.includes('+')) return verwacht;
  const uur = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3]);
  const fractie = m[4] ? Number(`0${m[4]}`) : 0;
  if (uur === 24) {
    if (min !== 0 || sec !== 0 || fractie !== 0) return verwacht;
  } else if (uur > 23 || min > 59 || sec > 59) return verwacht;
  if (m[5]) {
    const tzUur = Number(m[6]);
    const tzMin = Number(m[7]);
    if (tzUur > 14 || tzMin > 59 || (tzUur === 14 && tzMin !== 0)) return verwacht;
  }
  return undefined;
}
