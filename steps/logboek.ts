/**
 * What the runner wants done before a scenario empties the simulators' logs: read them for the run's
 * message log (cli/bewijs/berichtenlog.ts). In-process: cucumber runs the world in the runner's
 * process. A module of its own: the world's module registers with cucumber when it loads, so the
 * runner may not import it.
 */
import type { Domein } from '../simulator/standaard/woorden';

export const logboek: { voorReset?: (domein: Domein) => Promise<void> } = {};
