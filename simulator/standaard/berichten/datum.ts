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

export function vandaag(): string {
  return new Date().toISOString().slice(0, 10);
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
