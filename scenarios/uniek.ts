/**
 * A system under test keeps its administration between scenarios and between runs, so each scenario
 * run gets values no earlier run used: its own client (a test BSN), toewijzing numbers and
 * references (ReferentieAanbieder, DeclaratieNummer, prestatie ReferentieNummer). They come from a
 * sequence kept in a small file (`ketentest run --data`), so a second run continues where the first
 * stopped; without a file the sequence starts from the clock.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { voldoetAanElfproef } from '../simulator/standaard/berichten/bsn';
import type { Omzetting } from './omzetting';

/** The BSNs meant for tests: passing the elfproef, from 999900006 to 999999990 (see the elfproef rules). */
const TEST_BSNS: readonly string[] = (() => {
  const uit: string[] = [];
  for (let n = 999_900_006; n <= 999_999_990; n++) if (voldoetAanElfproef(String(n))) uit.push(String(n));
  return uit;
})();

/** Distinct clients, numbers a scenario run may use. */
const CLIENTEN_PER_RUN = 3;
const NUMMERS_PER_RUN = 100;

/** How many scenario runs get a client of their own before the test BSNs come round again. */
export const RUNS_PER_BSN_REEKS = Math.floor(TEST_BSNS.length / CLIENTEN_PER_RUN);

export class Reeks {
  private volgende: number;

  /** `bestand`: where the sequence is kept between runs (created when absent). */
  constructor(private readonly bestand?: string) {
    let opgeslagen: number | undefined;
    if (bestand) {
      try {
        const v = (JSON.parse(readFileSync(bestand, 'utf8')) as { volgende?: unknown }).volgende;
        if (Number.isSafeInteger(v) && (v as number) >= 0) opgeslagen = v as number;
      } catch {
        // absent or unreadable: start afresh (and overwrite it)
      }
    }
    // Afresh: from the minute, so two machines that start a sequence do not start at the same place.
    this.volgende = opgeslagen ?? Math.floor(Date.now() / 60_000) % RUNS_PER_BSN_REEKS;
  }

  /** The next scenario run's number. */
  neem(): number {
    const n = this.volgende++;
    if (this.bestand) {
      mkdirSync(path.dirname(this.bestand), { recursive: true });
      const tijdelijk = `${this.bestand}.${process.pid}.tmp`;
      writeFileSync(tijdelijk, `${JSON.stringify({ volgende: this.volgende, bijgewerkt: new Date().toISOString() })}\n`);
      renameSync(tijdelijk, this.bestand);
    }
    return n;
  }
}

/** A scenario run's own values: each distinct value of the case gets its own, stable within the run. */
export function uniekeOmzetting(run: number): Omzetting & { readonly achtervoegsel: string } {
  const bsns = new Map<string, string>();
  const nummers = new Map<number, number>();
  const achtervoegsel = (run % 36 ** 4).toString(36).toUpperCase().padStart(4, '0');
  return {
    achtervoegsel,
    // Only the cases' own test clients move; a deliberately wrong Bsn (elfproef) stays wrong.
    bsn: (b) => {
      if (!b.startsWith('9999') || !voldoetAanElfproef(b)) return b;
      if (!bsns.has(b)) bsns.set(b, TEST_BSNS[((run % RUNS_PER_BSN_REEKS) * CLIENTEN_PER_RUN + (bsns.size % CLIENTEN_PER_RUN)) % TEST_BSNS.length]!);
      return bsns.get(b)!;
    },
    nummer: (n) => {
      if (!nummers.has(n)) nummers.set(n, 100_000_000 + ((run * NUMMERS_PER_RUN + (nummers.size % NUMMERS_PER_RUN)) % 899_999_900));
      return nummers.get(n)!;
    },
    referentie: (r) => `${r}${achtervoegsel}`,
  };
}
