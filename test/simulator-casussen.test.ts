/**
 * Two simulators, a gemeente and an aanbieder, play every case of the casuïstiek over real HTTP on
 * loopback, for Wmo and for Jw: one plays the counterpart, the other the system under test (driven
 * through its `/acties` trigger), and every step ends as the standard requires.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALLE_CASUSSEN } from '../scenarios/casussen';
import { domeinwaarden } from '../scenarios/model';
import { speelTweeSimulatoren } from './tweesimulatoren';

describe('twee simulatoren over HTTP spelen elke casus', () => {
  for (const casus of ALLE_CASUSSEN) {
    for (const d of casus.domeinen) {
      const sutRol = casus.sutRollen[0]!;
      it(`${d}: ${casus.titel} (SUT ${sutRol})`, async () => {
        const resultaten = await speelTweeSimulatoren(casus, d, sutRol);
        const fouten = resultaten.flatMap((r, i) => r.fouten.map((f) => `stap ${i + 1} (${r.titel}): ${f} [gezien: ${r.gezien.join(' | ')}]`));
        assert.deepEqual(fouten, []);
        assert.equal(resultaten.length, casus.stappen(domeinwaarden(d)).length, 'alle stappen gespeeld');
      });
    }
  }
});
