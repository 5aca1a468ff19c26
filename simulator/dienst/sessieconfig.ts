/** A session's configuration: the party it plays, where its counterpart is reached, the outside sources. */
import { inHetNederlands } from '../partij/acties';
import { FOUTEN } from '../partij/fouten';
import type { PartijConfig } from '../partij/partij';
import { STANDAARD_CLIENT, STANDAARD_PARTIJEN } from '../standaard/berichten/bouwers';
import { BRONNEN_SCHEMA, type BronnenConfig } from '../standaard/bronnen/bronnen';
import { DOMEINEN, ROLLEN } from '../standaard/woorden';
import { ajv } from './jsonschema';
import type { Bestemming } from './transport/contract';
import { KETENSTORINGEN } from './transport/keten';

export interface SessieConfig extends PartijConfig, Bestemming {
  fouten: string[];
  bronnen?: BronnenConfig;
}

/** A configuration with the standard test parties and client for what is not given. */
export function sessieConfig(c: Pick<SessieConfig, 'rol' | 'domein'> & Partial<SessieConfig>): SessieConfig {
  const { rol, domein, gemeente = STANDAARD_PARTIJEN.gemeente, aanbieder = STANDAARD_PARTIJEN.aanbieder, bsn = STANDAARD_CLIENT.Bsn, fouten = [], ...rest } = c;
  return { rol, domein, gemeente, aanbieder, bsn, fouten, ...rest };
}

/** What a session's configuration holds besides role and domain: set on creation, changed with PUT /instellingen. */
export const INSTELBAAR = {
  sutUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2000 },
  transport: { enum: ['http', 'bestand', 'stuf-ggk', 'vsp'], description: 'de koppeling waarover onze berichten gaan' },
  ggkUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2000, description: 'stuf-ggk: het SOAP-endpoint van de tegenpartij' },
  vspUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2000, description: 'vsp, als aanbieder: de VSP-dienst waarnaar we pushen en waar we ophalen' },
  keten: { type: 'array', items: { enum: Object.keys(KETENSTORINGEN) }, uniqueItems: true, description: 'storingen van de keten die onze kant speelt' },
  gemeente: { type: 'string', pattern: '^\\d{4}$' },
  aanbieder: { type: 'string', pattern: '^\\d{8}$' },
  bsn: { type: 'string', pattern: '^\\d{9}$' },
  fouten: { type: 'array', items: { enum: FOUTEN.map((f) => f.naam) }, uniqueItems: true },
  gi: { type: 'boolean' },
  declaratieAntwoord: { enum: ['automatisch', 'handmatig'] },
  bronnen: BRONNEN_SCHEMA,
} as const;

/** A whole configuration as stored: what the API accepts, and the outbox the command line sets. */
const SESSIECONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['rol', 'domein', 'gemeente', 'aanbieder', 'bsn', 'fouten'],
  properties: { rol: { enum: ROLLEN }, domein: { enum: DOMEINEN }, ...INSTELBAAR, outbox: { type: 'string', minLength: 1 } },
} as const;

const valideerConfig = ajv.compile(SESSIECONFIG_SCHEMA);
const valideerBronnen = ajv.compile(BRONNEN_SCHEMA);

/**
 * Checks a configuration from outside (an API body merged with the defaults, or one read back from
 * the store): a configuration is only used, and only stored, when it passes.
 */
export function leesSessieConfig(w: unknown): { config: SessieConfig } | { fouten: string[] } {
  if (!valideerConfig(w)) return { fouten: inHetNederlands(valideerConfig.errors, '(configuratie)') };
  const config = w as SessieConfig;
  if (config.sutUrl && !URL.canParse(config.sutUrl)) return { fouten: [`/sutUrl: '${config.sutUrl}' is geen bruikbare URL`] };
  return { config };
}

/** Checks outside sources (a --bronnen file); the findings in Dutch. */
export function leesBronnen(w: unknown): { bronnen: BronnenConfig } | { fouten: string[] } {
  if (!valideerBronnen(w)) return { fouten: inHetNederlands(valideerBronnen.errors, '(bronnen)') };
  return { bronnen: w as BronnenConfig };
}
