/** Playing a case with two simulators over loopback HTTP: one as counterpart, one as the system under test. */
import type { Domein } from '../simulator/berichten/model';
import { startSimulator } from '../simulator/api/starten';
import type { SessieConfig } from '../simulator/rollen/sessie';
import { SimulatorClient } from '../scenarios/client';
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

