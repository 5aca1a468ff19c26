/**
 * The StUF-GGk transport between two simulators: every case of the casuïstiek, in Wmo, played between
 * a gemeente that speaks StUF-GGk and our switch with the aanbieder behind it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASUISTIEK } from '../scenarios/casuistiek';
import { scenarioVan } from '../steps/features';
import { speelTweeSimulatoren } from './tweesimulatoren';

describe('twee simulatoren over StUF-GGk spelen elke casus (Wmo)', () => {
  for (const casus of CASUISTIEK) {
    const d = casus.domeinen.includes('wmo') ? 'wmo' : casus.domeinen[0]!;
    const sutRol = casus.sutRollen[0]!;
    it(`${d}: ${casus.titel} (SUT ${sutRol})`, async () => {
      const plan = scenarioVan(casus.id, d, sutRol)!;
      const resultaten = await speelTweeSimulatoren(plan, [], { transport: 'stuf-ggk' });
      const fouten = resultaten.flatMap((r, i) => r.fouten.map((f) => `stap ${i + 1} (${r.titel}): ${f} [gezien: ${r.gezien.join(' | ')}]`));
      assert.deepEqual(fouten, []);
      assert.equal(resultaten.length, plan.stappen.length, 'alle stappen gespeeld');
    });
  }
});
