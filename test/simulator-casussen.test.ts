/**
 * Two simulators, a gemeente and an aanbieder, play every case over real HTTP on loopback, for Wmo
 * and for Jw: one plays the counterpart, the other the system under test (driven through its
 * `/acties` trigger), and every step ends as the standard requires.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Domein } from '../simulator/berichten/model';
import { startSimulator, type DraaiendeSimulator } from '../simulator/api/starten';
import { SimulatorClient } from '../scenarios/client';
import { ALLE_CASUSSEN } from '../scenarios/casussen';
import { httpDriver, Speler } from '../scenarios/speler';

const paren = new Map<Domein, { gemeente: DraaiendeSimulator; aanbieder: DraaiendeSimulator }>();

before(async () => {
  for (const domein of ['wmo', 'jw'] as const) {
    const basis = { domein, gemeente: '0384', aanbieder: '12345678', bsn: '999900006', fouten: [] };
    const gemeente = await startSimulator({ config: { ...basis, rol: 'gemeente' }, poort: 0, data: ':memory:' });
    const aanbieder = await startSimulator({ config: { ...basis, rol: 'aanbieder', sutUrl: gemeente.url! }, poort: 0, data: ':memory:' });
    gemeente.sessie.config.sutUrl = aanbieder.url!;
    paren.set(domein, { gemeente, aanbieder });
  }
});

after(async () => {
  for (const p of paren.values()) {
    await p.gemeente.stop();
    await p.aanbieder.stop();
  }
});

describe('twee simulatoren over HTTP spelen elke casus', () => {
  for (const casus of ALLE_CASUSSEN) {
    for (const d of casus.domeinen) {
      const sutRol = casus.sutRollen[0]!;
      it(`${d}: ${casus.titel} (SUT ${sutRol})`, async () => {
        const p = paren.get(d)!;
        const g = new SimulatorClient(p.gemeente.url!);
        const a = new SimulatorClient(p.aanbieder.url!);
        await g.reset();
        await a.reset();
        const [tegenpartij, sut] = sutRol === 'gemeente' ? [a, g] : [g, a];
        const speler = new Speler({ domein: d, sutRol, tegenpartij, sut: httpDriver(sut, true), timeoutMs: 5000 });
        const resultaten = await speler.speel(casus);
        const fouten = resultaten.flatMap((r, i) => r.fouten.map((f) => `stap ${i + 1} (${r.titel}): ${f} [gezien: ${r.gezien.join(' | ')}]`));
        assert.deepEqual(fouten, []);
      });
    }
  }
});
