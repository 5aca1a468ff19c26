/**
 * Every rule ketentest implements. Each rule is one file named after its code in the folder of its
 * family (xslt, berichtoverstijgend, externe-bron, condities, constraints), exporting a constant of
 * that name; the catalogue finds them there, so adding a rule touches no shared list.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Berichtnummer } from '../berichten/catalogus';
import type { Domein } from '../woorden';
import type { Regel } from './regel';

const FAMILIES = ['xslt', 'condities', 'constraints', 'berichtoverstijgend', 'externe-bron'] as const;

function laad(): Regel[] {
  const regels: Regel[] = [];
  for (const familie of FAMILIES) {
    const map = path.join(__dirname, familie);
    for (const f of readdirSync(map).sort()) {
      const m = /^((?:TR|CD|CS)\d+)\.js$/.exec(f);
      if (!m) continue;
      const r = (require(path.join(map, f)) as Record<string, Regel>)[m[1]!];
      if (!r) throw new Error(`${familie}/${f} exporteert geen regel ${m[1]}`);
      regels.push(r);
    }
  }
  return regels.sort((a, b) => a.code.localeCompare(b.code));
}

export const ALLE_REGELS: readonly Regel[] = laad();
const PER_CODE = new Map(ALLE_REGELS.map((r) => [r.code, r]));

export function regelMetCode(code: string): Regel | undefined {
  return PER_CODE.get(code);
}

const PER_BERICHT = new Map<string, readonly Regel[]>();

/** The rules that apply to a message type, looked up once per type instead of filtered per message. */
export function regelsVoor(domein: Domein, nummer: Berichtnummer): readonly Regel[] {
  const k = `${domein}${nummer}`;
  let regels = PER_BERICHT.get(k);
  if (!regels) PER_BERICHT.set(k, (regels = ALLE_REGELS.filter((r) => r.geldtVoor(domein, nummer))));
  return regels;
}
