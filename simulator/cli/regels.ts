/** `ketentest regels [--json]`: the catalogue of every rule ketentest checks. */
import { berichttype } from '../standaard/berichten/catalogus';
import { DOMEINEN } from '../standaard/woorden';
import { ALLE_REGELS } from '../standaard/regels/catalogus';
import type { Regel } from '../standaard/regels/regel';
import { leesArgumenten } from './argumenten';

const HULP = `Gebruik: ketentest regels [--json]

Toont elke technische regel (TR), conditie (CD) en constraint (CS) van iWmo 3.2 en iJw 3.2 die
ketentest controleert: retourcode, controleniveau, berichttypen en domeinen.`;

export interface Regelregel {
  regel: string;
  retourcode: string | null;
  berichttypen: string[];
  domeinen: string[];
  geimplementeerd: boolean;
  niveau: string;
  omschrijving: string;
  /** How an ambiguous text of the standard was read, where it was. */
  lezing?: string;
}

/**
 * Implemented means: a check for every message type the rule applies to, and examples that show it
 * both rejecting and accepting (they run as its tests).
 */
function geimplementeerd(r: Regel): boolean {
  const metControle = DOMEINEN.every((d) => r.berichten[d].every((n) => typeof r.controles[n] === 'function'));
  const breekt = r.voorbeelden.some((v) => v.verwacht !== 'goed');
  const slaagt = r.voorbeelden.some((v) => v.verwacht === 'goed');
  return metControle && breekt && slaagt && DOMEINEN.some((d) => r.berichten[d].length > 0);
}

export function regelcatalogus(): Regelregel[] {
  return ALLE_REGELS.map((r) => ({
    regel: r.code,
    retourcode: r.retourcode,
    berichttypen: DOMEINEN.flatMap((d) => r.berichten[d].map((n) => berichttype(d, n))),
    domeinen: DOMEINEN.filter((d) => r.berichten[d].length > 0),
    geimplementeerd: geimplementeerd(r),
    niveau: r.niveau,
    omschrijving: r.omschrijving,
    ...(r.lezing && { lezing: r.lezing }),
  }));
}

export function regelsOpdracht(args: string[]): number {
  const { values } = leesArgumenten(args, { json: { type: 'boolean' } }, HULP, { positioneel: false });
  const lijst = regelcatalogus();
  if (values.json) {
    process.stdout.write(`${JSON.stringify(lijst, null, 2)}\n`);
    return 0;
  }
  for (const r of lijst) {
    console.log(`${r.regel.padEnd(6)} ${(r.retourcode ?? '-').padEnd(5)} ${r.niveau.padEnd(20)} ${r.berichttypen.join(',')}`);
    console.log(`       ${r.omschrijving}`);
  }
  console.log(`${lijst.length} regels`);
  return 0;
}
