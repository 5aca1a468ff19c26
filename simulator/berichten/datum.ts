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
