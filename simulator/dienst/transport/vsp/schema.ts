/**
 * Our own JSON Schemas of the VSP-Koppeling bodies, checked with ajv on every request (the shared
 * OpenAPI descriptions are the tests' oracle, not a runtime dependency). UUIDs and date-times are
 * patterns, so no format plugin is needed.
 */
import Ajv, { type ErrorObject } from 'ajv';

const UUID = { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' } as const;
const tekst = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const versie = { type: 'integer', minimum: 0, maximum: 999 } as const;

const Relatie = { type: 'object', additionalProperties: false, required: ['rol'], properties: { rol: tekst(100), code: tekst(100) } } as const;
const Berichtstroom = {
  type: 'object',
  additionalProperties: false,
  required: ['berichttype', 'berichtversie', 'berichtsubversie', 'actie'],
  properties: { berichttype: tekst(60), berichtsubtype: tekst(60), berichtversie: versie, berichtsubversie: versie, actie: tekst(60) },
} as const;
const Routeringgegevens = {
  type: 'object',
  additionalProperties: false,
  required: ['afzender', 'geadresseerden', 'berichtstroom'],
  properties: { afzender: Relatie, geadresseerden: { type: 'array', minItems: 1, maxItems: 100, items: Relatie }, berichtstroom: Berichtstroom },
} as const;
const Referentiegegevens = {
  type: 'object',
  additionalProperties: false,
  required: ['conversatieId', 'traceerId'],
  properties: { conversatieId: UUID, traceerId: UUID, alsAntwoordOp: UUID, referentieId: tekst(150) },
} as const;
const Verwerkingscontext = {
  type: 'array',
  minItems: 1,
  maxItems: 100,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['sleutel', 'waarde'],
    properties: { sleutel: tekst(100), waarde: { type: 'array', minItems: 1, maxItems: 100, items: tekst(250) } },
  },
} as const;

/** The metadata part of a push. */
export const PUSH_METADATA = {
  type: 'object',
  additionalProperties: false,
  required: ['routeringgegevens', 'referentiegegevens'],
  properties: { routeringgegevens: Routeringgegevens, referentiegegevens: Referentiegegevens, verwerkingscontext: Verwerkingscontext },
} as const;

/** The body of POST …/rest-pull/v1/berichten/zoeken: one of three search paths, told apart by zoekpadType. */
export const ZOEKPAD = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['zoekpadType', 'berichttype'],
      properties: {
        zoekpadType: { const: 'ZoekpadOpBerichtstroom' },
        berichttype: tekst(60),
        berichtsubtype: tekst(60),
        berichtversie: versie,
        berichtsubversie: versie,
        actie: tekst(60),
        geadresseerdeRol: tekst(100),
        geadresseerdeCode: tekst(100),
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['zoekpadType', 'conversatieId'],
      properties: { zoekpadType: { const: 'ZoekpadOpConversatieId' }, conversatieId: UUID },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['zoekpadType', 'alsAntwoordOp'],
      properties: { zoekpadType: { const: 'ZoekpadOpAlsAntwoordOp' }, alsAntwoordOp: UUID },
    },
  ],
} as const;

export type Zoekpad =
  | {
      zoekpadType: 'ZoekpadOpBerichtstroom';
      berichttype: string;
      berichtsubtype?: string;
      berichtversie?: number;
      berichtsubversie?: number;
      actie?: string;
      geadresseerdeRol?: string;
      geadresseerdeCode?: string;
    }
  | { zoekpadType: 'ZoekpadOpConversatieId'; conversatieId: string }
  | { zoekpadType: 'ZoekpadOpAlsAntwoordOp'; alsAntwoordOp: string };

export interface Relatie {
  rol: string;
  code?: string;
}
export interface PushMetadata {
  routeringgegevens: {
    afzender: Relatie;
    geadresseerden: Relatie[];
    berichtstroom: { berichttype: string; berichtsubtype?: string; berichtversie: number; berichtsubversie: number; actie: string };
  };
  referentiegegevens: { conversatieId: string; traceerId: string; alsAntwoordOp?: string; referentieId?: string };
  verwerkingscontext?: { sleutel: string; waarde: string[] }[];
}
export interface PullMetadata extends PushMetadata {
  basisgegevens: { ontvangenOp: string; payload: { url: string; grootte: number; checksum: { algoritme: string; waarde: string } } };
}

/** ValidationProblemDetails (RFC 7807 with the errors per field), in Dutch. */
export interface Probleem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: Record<string, string[]>;
}

const ajv = new Ajv({ allErrors: true, strict: false });
export const valideerPushMetadata = ajv.compile<PushMetadata>(PUSH_METADATA);
export const valideerZoekpad = ajv.compile<Zoekpad>(ZOEKPAD);

/** The errors per field, in Dutch, for a ValidationProblemDetails. */
export function foutenPerVeld(errors: ErrorObject[] | null | undefined, wortel: string): Record<string, string[]> {
  const uit: Record<string, string[]> = {};
  for (const e of errors ?? []) {
    if (e.keyword === 'if' || e.keyword === 'oneOf') continue;
    const pad = `${wortel}${e.instancePath.replace(/\//g, '.')}`;
    const melding =
      e.keyword === 'required'
        ? `${(e.params as { missingProperty: string }).missingProperty} ontbreekt`
        : e.keyword === 'additionalProperties'
          ? `onbekend veld ${(e.params as { additionalProperty: string }).additionalProperty}`
          : e.keyword === 'pattern'
            ? 'geen geldige waarde (verwacht een UUID)'
            : e.keyword === 'const'
              ? `verwacht ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`
              : `voldoet niet aan het schema (${e.keyword}: ${e.message ?? ''})`;
    (uit[pad] ??= []).includes(melding) || uit[pad]!.push(melding);
  }
  return uit;
}
