/**
 * The meanings of the OP, IV and UP rules stay in step with the feature files: every such tag a scenario
 * carries has an entry, every entry is a tag some scenario carries, and every description is a short Dutch sentence.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BEDRIJFSREGELS, bedrijfsregel } from './bedrijfsregels';

/** Compiled, this file runs from dist/simulator/standaard/regels/: four levels up is the project root. */
const FEATURES = path.resolve(__dirname, '..', '..', '..', '..', 'features');

const TAG = /^@((OP|IV|UP)\d+(?:x\d+)?)$/;
const SOORT = { OP: 'bedrijfsregel', IV: 'invulinstructie', UP: 'uitgangspunt' } as const;

function featureBestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(map, e.name);
    return e.isDirectory() ? featureBestanden(p) : e.name.endsWith('.feature') ? [p] : [];
  });
}

/** The OP/IV/UP codes among the tags (lines starting with @) of every feature file, with the files that use them. */
function gebruikteCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const f of featureBestanden(FEATURES)) {
    for (const regel of readFileSync(f, 'utf8').split('\n')) {
      if (!regel.trim().startsWith('@')) continue;
      for (const tag of regel.trim().split(/\s+/)) {
        const code = TAG.exec(tag)?.[1];
        if (code) codes.set(code, [...(codes.get(code) ?? []), path.relative(FEATURES, f)]);
      }
    }
  }
  return codes;
}

/** Dutch-looking: at least two common Dutch words, and none of the common English ones. */
const NEDERLANDS = /\b(de|het|een|van|en|is|niet|wordt|mag|dan|met|op|bij|voor|alleen)\b/gi;
const ENGELS = /\b(the|and|must|should|with|when|which|message)\b/i;

describe('bedrijfsregels: de betekenis van de OP-, IV- en UP-tags', () => {
  it('leest de features van het project', () => {
    assert.ok(existsSync(FEATURES), `geen features-map op ${FEATURES}`);
    assert.ok(gebruikteCodes().size > 0, `geen OP-, IV- of UP-tags gevonden onder ${FEATURES}`);
  });

  it('elke OP-, IV- en UP-tag in de features heeft een omschrijving', () => {
    const ontbreekt = [...gebruikteCodes()].filter(([code]) => !bedrijfsregel(code)).map(([code, bestanden]) => `${code} (${[...new Set(bestanden)].join(', ')})`);
    assert.deepEqual(ontbreekt, [], `zonder omschrijving in bedrijfsregels.ts: ${ontbreekt.join('; ')}`);
  });

  it('elke omschrijving hoort bij een tag die een feature gebruikt', () => {
    const gebruikt = gebruikteCodes();
    const dood = Object.keys(BEDRIJFSREGELS).filter((code) => !gebruikt.has(code));
    assert.deepEqual(dood, [], `geen feature gebruikt: ${dood.join(', ')}`);
  });

  it('de codes staan gesorteerd en hun soort past bij het voorvoegsel', () => {
    const codes = Object.keys(BEDRIJFSREGELS);
    assert.deepEqual(codes, [...codes].sort());
    for (const [code, r] of Object.entries(BEDRIJFSREGELS)) {
      const m = TAG.exec(`@${code}`);
      assert.ok(m, `${code} is geen OP-, IV- of UP-code`);
      assert.equal(r.soort, SOORT[m[2] as keyof typeof SOORT], code);
    }
  });

  it('elke omschrijving is een korte Nederlandse zin', () => {
    for (const [code, r] of Object.entries(BEDRIJFSREGELS)) {
      const t = r.omschrijving;
      assert.ok(t.trim().length > 0, `${code}: leeg`);
      assert.ok(t.length <= 240, `${code}: ${t.length} tekens (ten hoogste 240)`);
      assert.match(t, /^[A-ZÀ-Ý]/, `${code}: begint niet met een hoofdletter`);
      assert.match(t, /\.$/, `${code}: eindigt niet met een punt`);
      const woorden = new Set((t.match(NEDERLANDS) ?? []).map((w) => w.toLowerCase()));
      assert.ok(woorden.size >= 2, `${code}: lijkt geen Nederlands: ${t}`);
      assert.doesNotMatch(t, ENGELS, `${code}: bevat Engels: ${t}`);
    }
  });

  it('bedrijfsregel() geeft de omschrijving, of undefined voor een onbekende code', () => {
    assert.equal(bedrijfsregel('OP380')?.soort, 'bedrijfsregel');
    assert.equal(bedrijfsregel('IV028')?.soort, 'invulinstructie');
    assert.equal(bedrijfsregel('OP999'), undefined);
    assert.equal(bedrijfsregel('toString'), undefined);
  });
});
