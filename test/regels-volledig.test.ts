/**
 * The rule catalogue against the official rule set: every TR of both domains (with its retourcode and
 * the messages it applies to) and every CD and CS is implemented. Reads the specification at test
 * time only; skips cleanly without it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Berichtnummer } from '../simulator/standaard/berichten/catalogus';
import type { Domein } from '../simulator/standaard/woorden';
import { regelMetCode } from '../simulator/standaard/regels/catalogus';
import { istandaarden } from './bronnen';

const bron = istandaarden();
const MAP: Record<Domein, string> = { wmo: 'iwmo-3.2', jw: 'ijw-3.2' };

interface OfficieleRegel {
  code: string;
  retourcode: string | null;
  berichten: Set<string>;
}

function technischeRegels(d: Domein): OfficieleRegel[] {
  const uit: OfficieleRegel[] = [];
  const basis = path.join(bron!, MAP[d], 'regels', 'technische-regels');
  for (const familie of readdirSync(basis)) {
    for (const f of readdirSync(path.join(basis, familie)).filter((x) => /^TR\d+\.md$/.test(x))) {
      const t = readFileSync(path.join(basis, familie, f), 'utf8');
      const rc = /\|\s*Retourcode\s*\|\s*([^|]*?)\s*\|/.exec(t)?.[1] ?? '';
      const gebruik = t.split(/## Gebruik in berichten/)[1] ?? '';
      const berichten = new Set([...gebruik.matchAll(/^- (?:WMO|JW)(\d{3})/gm)].map((m) => m[1]!));
      uit.push({ code: f.replace('.md', ''), retourcode: /^[0-9S]\d{3}$/.test(rc) ? rc : null, berichten });
    }
  }
  return uit;
}

function cdcsCodes(d: Domein): Map<string, Set<string>> {
  const dir = path.join(bron!, MAP[d], 'regels', 'condities-constraints');
  const t = readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const uit = new Map<string, Set<string>>();
  const noteer = (code: string, bericht: string) => (uit.get(code) ?? uit.set(code, new Set()).get(code)!).add(bericht);
  for (const m of t.matchAll(/^\| (?:WMO|JW)(\d{3}) \|[^\n]*?\| ((?:CD|CS)\d{3}) \|/gm)) noteer(m[2]!, m[1]!);
  for (const sectie of t.split(/\n# Regel /).slice(1)) {
    const code = /^((?:CD|CS)\d{3})/.exec(sectie)?.[1];
    const bericht = /- Bericht: (?:JW|WMO)(\d{3})/.exec(sectie)?.[1];
    if (code && bericht) noteer(code, bericht);
  }
  return uit;
}

describe('regelcatalogus tegen de officiële regels', { skip: bron ? false : 'de officiële regels ontbreken (../shared/istandaarden): overgeslagen' }, () => {
  for (const d of ['wmo', 'jw'] as Domein[]) {
    it(`${d}: elke technische regel is geïmplementeerd met de officiële retourcode en berichten`, () => {
      const fouten: string[] = [];
      const officieel = technischeRegels(d);
      assert.ok(officieel.length >= 75, `${officieel.length} technische regels gevonden`);
      for (const o of officieel) {
        const r = regelMetCode(o.code);
        if (!r) {
          fouten.push(`${o.code}: ontbreekt`);
          continue;
        }
        if (r.retourcode !== o.retourcode) fouten.push(`${o.code}: retourcode ${r.retourcode}, officieel ${o.retourcode}`);
        const ons = new Set<string>(r.berichten[d]);
        for (const n of o.berichten) if (!ons.has(n)) fouten.push(`${o.code}: geldt officieel ook voor ${d}${n}`);
      }
      assert.deepEqual(fouten, []);
    });

    it(`${d}: elke conditie en constraint is geïmplementeerd voor de berichten waarop ze van toepassing is`, () => {
      const fouten: string[] = [];
      const officieel = cdcsCodes(d);
      assert.ok(officieel.size >= 40, `${officieel.size} condities en constraints gevonden`);
      for (const [code, berichten] of officieel) {
        const r = regelMetCode(code);
        if (!r) {
          fouten.push(`${code}: ontbreekt`);
          continue;
        }
        for (const n of berichten) {
          // 'Retour' rows are about retourberichten in general, not a message type.
          if (!/^\d{3}$/.test(n)) continue;
          if (!r.berichten[d].includes(n as Berichtnummer)) fouten.push(`${code}: geldt officieel ook voor ${d}${n}`);
        }
      }
      assert.deepEqual(fouten, []);
    });
  }
});
