/** Calendar arithmetic on dates as the messages carry them (YYYY-MM-DD), in UTC so no time zone shifts a day. */

export function dagnummer(datum: string): number {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(j, m - 1, d) / 86_400_000);
}

export function uitDagnummer(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function plusDagen(datum: string, dagen: number): string {
  return uitDagnummer(dagnummer(datum) + dagen);
}

/** The month of a date: 2026-03-15 → 2026-03. */
export function maandVan(datum: string): string {
  return datum.slice(0, 7);
}

export function eersteDag(maand: string): string {
  return `${maand}-01`;
}

export function laatsteDag(maand: string): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  return uitDagnummer(Math.round(Date.UTC(j, m, 0) / 86_400_000));
}

export function volgendeMaand(maand: string): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  return m === 12 ? `${j + 1}-01` : `${j}-${String(m + 1).padStart(2, '0')}`;
}

/** Dutch calendar date: the parties of the standard date their messages in Dutch time, not UTC. */
const NEDERLANDSE_DATUM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in the Netherlands, or the date in KETENTEST_VANDAAG (JJJJ-MM-DD). That variable is
 * for tests only: it lets the suite and the reference implementation live on a chosen day (the
 * calendar tests of extern mode), as a system under test with its own clock would.
 */
export function vandaag(): string {
  const vast = process.env.KETENTEST_VANDAAG;
  if (vast) {
    if (!isDatum(vast)) throw new Error(`KETENTEST_VANDAAG moet een bestaande datum JJJJ-MM-DD zijn, niet '${vast}'`);
    return vast;
  }
  // Formatting in a time zone is slow and asked for many times per message: once a second is often enough.
  const nu = Date.now();
  if (nu - laatst.om > 1000 || nu < laatst.om) laatst = { om: nu, datum: NEDERLANDSE_DATUM.format(new Date(nu)) };
  return laatst.datum;
}

let laatst = { om: Number.NEGATIVE_INFINITY, datum: '' };

/** Whether a string is an existing calendar date YYYY-MM-DD. */
export function isDatum(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && uitDagnummer(dagnummer(s)) === s;
}

/**
 * A date moved by whole months. The last day of a month stays the last day (an end date "until the
 * end of June" stays one), and a day the target month lacks becomes its last day.
 */
export function plusMaanden(datum: string, maanden: number): string {
  const doel = plusMaandenMaand(maandVan(datum), maanden);
  const laatste = laatsteDag(doel);
  const zelfdeDag = `${doel}-${datum.slice(8)}`;
  return datum === laatsteDag(maandVan(datum)) || zelfdeDag > laatste ? laatste : zelfdeDag;
}

/** A month (YYYY-MM) moved by whole months. */
export function plusMaandenMaand(maand: string, maanden: number): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const totaal = j * 12 + (m - 1) + maanden;
  return `${String(Math.floor(totaal / 12)).padStart(4, '0')}-${String((totaal % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from one month (YYYY-MM) to another. */
export function maandenVan(van: string, tot: string): number {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return n(tot) - n(van);
}

export function nuTijd(): string {
  return new Date().toISOString().slice(11, 19);
}

// Counting in periods: weeks run from Monday to Sunday (ISO 8601).

/** 0 = Monday ... 6 = Sunday. */
export function weekdag(dag: number): number {
  return (((dag + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The number of calendar weeks (ISO week numbers) a period touches, across year ends too (IV077). */
export function kalenderweken(begin: string, eind: string): number {
  const b = dagnummer(begin);
  const e = dagnummer(eind);
  if (e < b) return 0;
  return (e - weekdag(e) - (b - weekdag(b))) / 7 + 1;
}

export function zondagen(begin: string, eind: string): number {
  const b = dagnummer(begin);
  const e = dagnummer(eind);
  const eerste = b + (6 - weekdag(b));
  return eerste > e ? 0 : Math.floor((e - eerste) / 7) + 1;
}

export function dagen(begin: string, eind: string): number {
  return Math.max(0, dagnummer(eind) - dagnummer(begin) + 1);
}

/** Calendar months a period touches (IV078: a broken month still gets the monthly volume). */
export function maanden(begin: string, eind: string): number {
  const [jb, mb] = begin.split('-').map(Number) as [number, number];
  const [je, me] = eind.split('-').map(Number) as [number, number];
  return Math.max(0, je * 12 + me - (jb * 12 + mb) + 1);
}
