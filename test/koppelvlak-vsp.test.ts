/**
 * The VSP transport between two simulators: every case of the casuïstiek, in Jw (Wmo where a case has
 * no Jw), played between an aanbieder that pushes and pulls and our VECOZO with the gemeente behind it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASUISTIEK } from '../scenarios/casuistiek';
import { scenarioVan } from '../steps/features';
import { speelTweeSimulatoren } from './tweesimulatoren';

describe('twee simulatoren over VSP spelen elke casus (Jw)', () => {
  for (const casus of CASUISTIEK) {
    const d = casus.domeinen.includes('jw') ? 'jw' : casus.domeinen[0]!;
    const sutRol = casus.sutRollen[0]!;
    it(`${d}: ${casus.titel} (SUT ${sutRol})`, async () => {
      const plan = scenarioVan(casus.id, d, sutRol)!;
      const resultaten = await speelTweeSimulatoren(plan, [], { transport: 'vsp' });
      const fouten = resultaten.flatMap((r, i) => r.fouten.map((f) => `stap ${i + 1} (${r.titel}): ${f} [gezien: ${r.gezien.join(' | ')}]`));
      assert.deepEqual(fouten, []);
      assert.equal(resultaten.length, plan.stappen.length, 'alle stappen gespeeld');
    });
  }
});
