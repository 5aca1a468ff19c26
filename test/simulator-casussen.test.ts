/**
 * Two simulators, a gemeente and an aanbieder, play every case of the casuïstiek over real HTTP on
 * loopback, for Wmo and for Jw: one plays the counterpart, the other the system under test (driven
 * through its `/acties` trigger), and every step ends as the standard requires.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASUISTIEK } from '../scenarios/casuistiek';
import { scenarioVan } from '../steps/features';
import { speelTweeSimulatoren } from './tweesimulatoren';

describe('twee simulatoren over HTTP spelen elke casus', () => {
  for (const casus of CASUISTIEK) {
    for (const d of casus.domeinen) {
      const sutRol = casus.sutRollen[0]!;
      it(`${d}: ${casus.titel} (SUT ${sutRol})`, async () => {
        const plan = scenarioVan(casus.id, d, sutRol)!;
        const resultaten = await speelTweeSimulatoren(plan);
        const fouten = resultaten.flatMap((r, i) => r.fouten.map((f) => `stap ${i + 1} (${r.titel}): ${f} [gezien: ${r.gezien.join(' | ')}]`));
        assert.deepEqual(fouten, []);
        assert.equal(resultaten.length, plan.stappen.length, 'alle stappen gespeeld');
      });
    }
  }
});
