/** A session's configuration: the party it plays, where its counterpart is reached, the outside sources. */
import { STANDAARD_CLIENT, STANDAARD_PARTIJEN } from '../standaard/berichten/bouwers';
import type { BronnenConfig } from '../standaard/bronnen/bronnen';
import type { PartijConfig } from '../partij/partij';
import type { Bestemming } from './transport/contract';

export interface SessieConfig extends PartijConfig, Bestemming {
  fouten: string[];
  bronnen?: BronnenConfig;
}

/** A configuration with the standard test parties and client for what is not given. */
export function sessieConfig(c: Pick<SessieConfig, 'rol' | 'domein'> & Partial<SessieConfig>): SessieConfig {
  const { rol, domein, gemeente = STANDAARD_PARTIJEN.gemeente, aanbieder = STANDAARD_PARTIJEN.aanbieder, bsn = STANDAARD_CLIENT.Bsn, fouten = [], ...rest } = c;
  return { rol, domein, gemeente, aanbieder, bsn, fouten, ...rest };
}
