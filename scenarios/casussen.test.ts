/**
 * The 3.2 cases replayed in one process, for Wmo and for Jw: the reference parties take the steps,
 * the receivers judge every message with the rules, and each step's outcome is what the case requires
 * (the positive cases fully approved, the negative variants with the rule's code).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASUSSEN_32 } from './casussen-32';
import { speelInProces } from './inproces';

describe('de casussen van 3.2, in één proces', () => {
  for (const casus of CASUSSEN_32) {
    for (const d of casus.domeinen) {
      it(`${d}: ${casus.titel}`, () => {
        const uitkomsten = speelInProces(casus, d);
        const fouten = uitkomsten.flatMap((u, i) => u.fouten.map((f) => `stap ${i + 1} (${u.titel}): ${f}`));
        assert.deepEqual(fouten, []);
        assert.ok(uitkomsten.every((u) => u.berichten.length > 0 || u.geweigerd), 'elke stap levert een bericht op');
      });
    }
  }
});
