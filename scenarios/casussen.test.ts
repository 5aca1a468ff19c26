/**
 * The 3.2 cases replayed in one process, for Wmo and for Jw: the reference parties take the steps,
 * the receivers judge every message with the rules, and each step's outcome is what the case requires
 * (the positive cases fully approved, the negative variants with the rule's code).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALLE_CASUSSEN } from './casussen';
import { speelInProces } from './inproces';
import { domeinwaarden } from './model';
import { MAANDNAMEN } from './omzetting';

describe('de casuïstiek, in één proces', () => {
  for (const casus of ALLE_CASUSSEN) {
    for (const d of casus.domeinen) {
      it(`${d}: ${casus.titel}`, () => {
        const uitkomsten = speelInProces(casus, d);
        const fouten = uitkomsten.flatMap((u, i) => u.fouten.map((f) => `stap ${i + 1} (${u.titel}): ${f}`));
        assert.deepEqual(fouten, []);
      });
    }
  }
});

describe('de zinnen van de casuïstiek', () => {
  // In a run against a real system the dates in a step's sentence move with the step; only these forms are recognised.
  it('schrijven elke datum als 05-01-2026, 2026-01-05 of januari 2026', () => {
    const herkend = new RegExp(`\\b\\d{2}-\\d{2}-\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(${MAANDNAMEN.join('|')}) \\d{4}\\b`, 'g');
    const los = new RegExp(`\\b(19|20)\\d{2}\\b|\\b(${MAANDNAMEN.join('|')})\\b`);
    const fout: string[] = [];
    for (const casus of ALLE_CASUSSEN) {
      for (const d of casus.domeinen) {
        for (const s of casus.stappen(domeinwaarden(d))) if (los.test(s.titel.replace(herkend, ''))) fout.push(`${casus.id}: ${s.titel}`);
      }
    }
    assert.deepEqual(fout, []);
  });
});
