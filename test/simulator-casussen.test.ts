/**
 * Two simulators, a gemeente and an aanbieder, play every case of the casuïstiek over real HTTP on
 * loopback, for Wmo and for Jw: one plays the counterpart, the other the system under test (driven
 * through its `/acties` trigger), and every step ends as the standard requires.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Domein } from '../simulator/berichten/model';
import { startSimulator } from '../simulator/api/starten';
import type { SessieConfig } from '../simulator/rollen/sessie';
import { SimulatorClient } from '../scenarios/client';
import { ALLE_CASUSSEN } from '../scenarios/casussen';
import { contracttarieven } from '../scenarios/declareren';
import { domeinwaarden, type Casus } from '../scenarios/model';
import { httpDriver, Speler } from '../scenarios/speler';

export async function speelTweeSimulatoren(casus: Casus, domein: Domein, sutRol: 'gemeente' | 'aanbieder', fouten: string[] = []) {
  const basis: Omit<SessieConfig, 'rol'> = {
    domein,
    gemeente: casus.opzet?.gemeente ?? '0384',
    aanbieder: '12345678',
    bsn: '999900006',
    fouten: [],
    ...(casus.opzet?.tarieven && { bronnen: { tarieven: contracttarieven(domeinwaarden(domein)) } }),
  };
  const gemeente = await startSimulator({ config: { ...basis, rol: 'gemeente', fouten: sutRol === 'gemeente' ? fouten : [] }, poort: 0, data: ':memory:' });
  const aanbieder = await startSimulator({
    config: { ...basis, rol: 'aanbieder', sutUrl: gemeente.url!, fouten: sutRol === 'aanbieder' ? fouten : [], ...(casus.opzet?.gi && { gi: true }) },
    poort: 0,
    data: ':memory:',
  });
  gemeente.sessie.config.sutUrl = aanbieder.url!;
  try {
    const g = new SimulatorClient(gemeente.url!);
    const a = new SimulatorClient(aanbieder.url!);
    const [tegenpartij, sut] = sutRol === 'gemeente' ? [a, g] : [g, a];
    const speler = new Speler({ domein, sutRol, tegenpartij, sut: httpDriver(sut, true), timeoutMs: 4000 });
    return await speler.speel(casus);
  } finally {
    await gemeente.stop();
    await aanbieder.stop();
  }
}

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
