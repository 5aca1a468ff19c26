/** Playing a case with two simulators over loopback HTTP: one as counterpart, one as the system under test. */
import { STANDAARD_SESSIE } from '../simulator/dienst/simulator';
import { startSimulator } from '../simulator/dienst/starten';
import { STANDAARD_CLIENT, STANDAARD_PARTIJEN } from '../simulator/standaard/berichten/bouwers';
import type { Rol, Domein } from '../simulator/standaard/woorden';
import type { SessieConfig } from '../simulator/dienst/sessie';
import { SimulatorClient } from '../scenarios/client';
import type { Scenarioplan } from '../scenarios/model';
import { httpDriver, speelEnControleer, Speler } from '../scenarios/speler';

/** A test simulator's session: the parties and client the builders use, no faults; `o` overrides. */
export function testConfig(rol: Rol, domein: Domein, o: Partial<SessieConfig> = {}): SessieConfig {
  return { rol, domein, gemeente: STANDAARD_PARTIJEN.gemeente, aanbieder: STANDAARD_PARTIJEN.aanbieder, bsn: STANDAARD_CLIENT.Bsn, fouten: [], ...o };
}

/** Plays a scenario between two simulators; the one in the plan's SUT role runs with `fouten`. */
export async function speelTweeSimulatoren(plan: Scenarioplan, fouten: string[] = []) {
  const { domein, sutRol } = plan;
  const opzet = { ...(plan.opzet.gemeente && { gemeente: plan.opzet.gemeente }), bronnen: plan.opzet.bronnen ?? {} };
  const gemeente = await startSimulator({ config: testConfig('gemeente', domein, { ...opzet, fouten: sutRol === 'gemeente' ? fouten : [] }), poort: 0, data: ':memory:' });
  const aanbieder = await startSimulator({
    config: testConfig('aanbieder', domein, { ...opzet, sutUrl: gemeente.url!, fouten: sutRol === 'aanbieder' ? fouten : [], ...(plan.opzet.gi && { gi: true }) }),
    poort: 0,
    data: ':memory:',
  });
  gemeente.simulator.herconfigureer(STANDAARD_SESSIE, { sutUrl: aanbieder.url! });
  try {
    const g = new SimulatorClient(gemeente.url!);
    const a = new SimulatorClient(aanbieder.url!);
    const [tegenpartij, sut] = sutRol === 'gemeente' ? [a, g] : [g, a];
    const speler = new Speler({ domein, sutRol, tegenpartij, sut: httpDriver(sut, true), timeoutMs: 4000 });
    return await speelEnControleer(speler, plan.stappen, sutRol);
  } finally {
    await gemeente.stop();
    await aanbieder.stop();
  }
}
