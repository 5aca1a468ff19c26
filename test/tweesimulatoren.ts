/** Playing a case with two simulators over loopback HTTP: one as counterpart, one as the system under test. */
import { STANDAARD_SESSIE } from '../simulator/dienst/simulator';
import { startSimulator } from '../simulator/dienst/starten';
import { STANDAARD_CLIENT, STANDAARD_PARTIJEN } from '../simulator/standaard/berichten/bouwers';
import type { Rol, Domein } from '../simulator/standaard/woorden';
import type { SessieConfig } from '../simulator/dienst/sessie';
import type { TlsOpties } from '../simulator/dienst/transport/verzoek';
import { SimulatorClient } from '../scenarios/client';
import type { Scenarioplan } from '../scenarios/model';
import { httpDriver, speelEnControleer, Speler } from '../scenarios/speler';

/** A test simulator's session: the parties and client the builders use, no faults; `o` overrides. */
export function testConfig(rol: Rol, domein: Domein, o: Partial<SessieConfig> = {}): SessieConfig {
  return { rol, domein, gemeente: STANDAARD_PARTIJEN.gemeente, aanbieder: STANDAARD_PARTIJEN.aanbieder, bsn: STANDAARD_CLIENT.Bsn, fouten: [], ...o };
}

export interface Koppeling {
  /** The transport between the two (default bare HTTP). */
  readonly transport?: 'http' | 'stuf-ggk' | 'vsp';
  /** Both listen with mutual TLS and call each other with their client certificate. */
  readonly tls?: TlsOpties;
  /** Chain disturbances our side (the counterpart of the plan's SUT) plays. */
  readonly keten?: string[];
  /** Puts something between a simulator and the address it sends to (a recording proxy): the address to use instead. */
  readonly via?: (doel: string) => string;
}

/** Plays a scenario between two simulators; the one in the plan's SUT role runs with `fouten`. */
export async function speelTweeSimulatoren(plan: Scenarioplan, fouten: string[] = [], k: Koppeling = {}) {
  const { domein, sutRol } = plan;
  const opzet = { ...(plan.opzet.gemeente && { gemeente: plan.opzet.gemeente }), bronnen: plan.opzet.bronnen ?? {} };
  const transport = k.transport ?? 'http';
  const keten = (rol: Rol) => (rol !== sutRol && k.keten ? { keten: k.keten } : {});
  const tls = k.tls && { tls: k.tls, beheerPoort: 0 };
  const via = k.via ?? ((doel: string) => doel);
  const gemeente = await startSimulator({
    config: testConfig('gemeente', domein, { ...opzet, fouten: sutRol === 'gemeente' ? fouten : [], transport, ...keten('gemeente') }),
    poort: 0,
    data: ':memory:',
    ...tls,
  });
  const aanbieder = await startSimulator({
    config: testConfig('aanbieder', domein, {
      ...opzet,
      transport,
      ...(transport === 'http' && { sutUrl: gemeente.url! }),
      ...(transport === 'stuf-ggk' && { ggkUrl: via(`${gemeente.url!}/ggk`) }),
      ...(transport === 'vsp' && { vspUrl: via(gemeente.url!) }),
      fouten: sutRol === 'aanbieder' ? fouten : [],
      ...(plan.opzet.gi && { gi: true }),
      ...keten('aanbieder'),
    }),
    poort: 0,
    data: ':memory:',
    ...tls,
    ...(transport === 'vsp' && { vspIntervalMs: 25 }),
  });
  if (transport === 'http') await gemeente.simulator.herconfigureer(STANDAARD_SESSIE, { sutUrl: aanbieder.url! });
  if (transport === 'stuf-ggk') await gemeente.simulator.herconfigureer(STANDAARD_SESSIE, { ggkUrl: via(`${aanbieder.url!}/ggk`) });
  try {
    const g = new SimulatorClient(gemeente.beheerUrl ?? gemeente.url!);
    const a = new SimulatorClient(aanbieder.beheerUrl ?? aanbieder.url!);
    const [tegenpartij, sut] = sutRol === 'gemeente' ? [a, g] : [g, a];
    const speler = new Speler({ domein, sutRol, tegenpartij, sut: httpDriver(sut, true), timeoutMs: 4000 });
    return await speelEnControleer(speler, plan.stappen, sutRol);
  } finally {
    await gemeente.stop();
    await aanbieder.stop();
  }
}
