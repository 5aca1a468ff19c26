/**
 * The action contract: the JSON a client POSTs to `/acties` to make the simulated party take a
 * business step. The conformance suite uses the same contract to ask a system under test to act
 * (the SUT trigger), so it is described once here, as JSON Schema, and validated with ajv.
 */
import Ajv, { type ErrorObject } from 'ajv';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { isDatum } from '../standaard/berichten/datum';

/** An existing calendar date (the format 'datum': 2026-02-30 and 9999-99-99 are refused, not only the shape). */
const datum = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'datum', description: 'JJJJ-MM-DD' } as const;
const maand = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'JJJJ-MM' } as const;
const product = {
  type: 'object',
  additionalProperties: false,
  required: ['categorie'],
  properties: { categorie: { type: 'string', pattern: '^\\d{2}$' }, code: { type: 'string', minLength: 1, maxLength: 5 } },
} as const;
const omvang = {
  type: 'object',
  additionalProperties: false,
  required: ['volume', 'eenheid', 'frequentie'],
  properties: {
    volume: { type: 'integer', minimum: 0, maximum: 99999999 },
    eenheid: { type: 'string', enum: ['01', '04', '14', '16', '82', '83', '84'] },
    frequentie: { type: 'string', enum: ['1', '2', '4', '6'] },
  },
} as const;
const toewijzingNummer = { type: 'integer', minimum: 0, maximum: 999999999 } as const;
const bsn = { type: 'string', pattern: '^\\d{9}$' } as const;
const gemeenschappelijk = {
  bsn: { ...bsn, description: 'de cliënt; standaard de cliënt van de sessie' },
  dagtekening: { ...datum, description: 'de datum waarop de partij handelt: de Dagtekening van het bericht en de peildatum van haar beslissingen; standaard de systeemdatum' },
} as const;

const toewijzing = {
  type: 'object',
  additionalProperties: false,
  required: ['ingangsdatum'],
  properties: {
    nummer: { ...toewijzingNummer, description: 'standaard een nieuw, uniek nummer' },
    product: { oneOf: [product, { type: 'null' }], description: 'null: generieke toewijzing zonder product' },
    ingangsdatum: datum,
    einddatum: datum,
    omvang,
    budget: { type: 'integer', minimum: 0, maximum: 99999999 },
    redenWijziging: { type: 'string', pattern: '^\\d{2}$' },
    referentieAanbieder: { type: 'string', minLength: 1, maxLength: 36 },
    commentaar: { type: 'string', minLength: 1 },
  },
} as const;

const regieProduct = {
  toewijzingNummer,
  product,
  toewijzingIngangsdatum: datum,
  begindatum: datum,
} as const;

const reden = {
  type: 'string',
  description: "'tijdelijk', 'definitief' of een code uit de lijst Reden beëindiging van het domein",
  pattern: '^(tijdelijk|definitief|overlijden|volgensPlan|doorClient|doorAanbieder|inOverleg|verhuizing|\\d{2})$',
} as const;

function actie<const N extends string, const P extends Record<string, JSONSchema>, const R extends readonly string[]>(naam: N, uitleg: string, properties: P, required: R) {
  return {
    type: 'object',
    description: uitleg,
    additionalProperties: false,
    required: ['actie', ...required],
    properties: { actie: { const: naam }, ...gemeenschappelijk, ...properties },
  } as const;
}

export const ACTIES = {
  // Gemeente
  toewijzen: actie(
    'toewijzen',
    'Gemeente: stuurt een toewijzingsbericht (301) met deze en alle andere actuele toewijzingen van de cliënt (OP087).',
    {
      toewijzingen: { type: 'array', minItems: 1, items: toewijzing },
    },
    ['toewijzingen'],
  ),
  verlengen: actie(
    'verlengen',
    'Gemeente: verlengt een toewijzing. Waar OP380 het eist wordt de einddatum opgerekt (zelfde nummer, RedenWijziging 04); anders volgt een nieuwe toewijzing (OP257).',
    {
      toewijzingNummer,
      einddatum: datum,
      omvang,
    },
    ['toewijzingNummer', 'einddatum'],
  ),
  wijzigen: actie(
    'wijzigen',
    'Gemeente: wijzigt de omvang of het budget per een datum: de oude toewijzing eindigt de dag ervoor, een nieuwe begint (OP257).',
    {
      toewijzingNummer,
      ingangsdatum: datum,
      einddatum: datum,
      omvang,
      budget: { type: 'integer', minimum: 0 },
    },
    ['toewijzingNummer', 'ingangsdatum'],
  ),
  intrekken: actie(
    'intrekken',
    'Gemeente: beëindigt een toewijzing per een einddatum.',
    {
      toewijzingNummer,
      einddatum: datum,
      redenWijziging: { type: 'string', pattern: '^\\d{2}$' },
    },
    ['toewijzingNummer', 'einddatum'],
  ),
  verwijderen: actie(
    'verwijderen',
    'Gemeente: verwijdert een toewijzing (einddatum = ingangsdatum, RedenWijziging 13); niet als er goedgekeurde declaraties op zijn (TR385).',
    {
      toewijzingNummer,
    },
    ['toewijzingNummer'],
  ),
  'verzoek-beantwoorden': actie(
    'verzoek-beantwoorden',
    'Gemeente: beantwoordt een verzoek om toewijzing of wijziging: toewijzen (301), in onderzoek nemen (319, antwoord 2) of afwijzen (319, antwoord 1).',
    {
      referentieAanbieder: { type: 'string', minLength: 1 },
      antwoord: { enum: ['toewijzen', 'onderzoek', 'afwijzen'] },
      redenAfwijzing: { type: 'string', pattern: '^\\d$' },
      woonplaatsbeginsel: { type: 'string', pattern: '^\\d{4}$', description: 'Jw: de gemeente volgens het woonplaatsbeginsel (bij reden 8)' },
    },
    ['referentieAanbieder', 'antwoord'],
  ),
  'declaratie-beantwoorden': actie(
    'declaratie-beantwoorden',
    'Gemeente: stuurt het declaratie-antwoord (325) op een ontvangen declaratie; prestaties kunnen inhoudelijk worden afgewezen.',
    {
      declaratieNummer: { type: 'string', minLength: 1 },
      afwijzen: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['referentie', 'retourcode'],
          properties: { referentie: { type: 'string' }, retourcode: { type: 'string', pattern: '^[0-9S]\\d{3}$' } },
        },
      },
    },
    ['declaratieNummer'],
  ),
  // Aanbieder
  start: actie('start', 'Aanbieder: meldt de start van de levering (305).', regieProduct, ['begindatum']),
  stop: actie(
    'stop',
    'Aanbieder: meldt een tijdelijke of definitieve stop (307); na een tijdelijke stop volgt zonder nieuwe start alleen een definitieve (OP377/OP378).',
    {
      ...regieProduct,
      einddatum: datum,
      reden,
    },
    ['einddatum', 'reden'],
  ),
  'start-verwijderen': actie('start-verwijderen', 'Aanbieder: trekt een eerder gemelde start in (StatusAanlevering 3).', regieProduct, ['toewijzingNummer']),
  'stop-verwijderen': actie('stop-verwijderen', 'Aanbieder: trekt de actuele stop van een levering in (StatusAanlevering 3).', regieProduct, ['toewijzingNummer']),
  'start-corrigeren': actie(
    'start-corrigeren',
    'Aanbieder: corrigeert een start: verwijderen en opnieuw aanleveren in één bericht (IV008).',
    {
      ...regieProduct,
      nieuweBegindatum: datum,
    },
    ['toewijzingNummer', 'nieuweBegindatum'],
  ),
  'stop-corrigeren': actie(
    'stop-corrigeren',
    'Aanbieder: corrigeert de actuele stop: verwijderen en opnieuw aanleveren in één bericht (IV008).',
    {
      ...regieProduct,
      einddatum: datum,
      reden,
    },
    ['toewijzingNummer'],
  ),
  'verzoek-om-toewijzing': actie(
    'verzoek-om-toewijzing',
    'Aanbieder: vraagt producten aan (315).',
    {
      producten: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['ingangsdatum'],
          properties: {
            referentieAanbieder: { type: 'string', minLength: 1, maxLength: 36 },
            product: { oneOf: [product, { type: 'null' }] },
            ingangsdatum: datum,
            einddatum: datum,
            omvang,
            budget: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    ['producten'],
  ),
  'verzoek-om-wijziging': actie(
    'verzoek-om-wijziging',
    'Aanbieder: vraagt een gewijzigd pakket aan (317), met alle actuele toewijzingen (TR349).',
    {
      referentieAanbieder: { type: 'string', minLength: 1, maxLength: 36 },
      teWijzigen: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['toewijzingNummer', 'ingangsdatum'],
          properties: { toewijzingNummer, ingangsdatum: datum, einddatum: datum, omvang, budget: { type: 'integer', minimum: 0 } },
        },
      },
      nieuw: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['ingangsdatum'],
          properties: { product: { oneOf: [product, { type: 'null' }] }, ingangsdatum: datum, einddatum: datum, omvang, budget: { type: 'integer', minimum: 0 } },
        },
      },
    },
    [],
  ),
  declareren: actie(
    'declareren',
    'Aanbieder: declareert een kalendermaand (323); zonder prestaties één per actuele toewijzing met de toegewezen omvang.',
    {
      maand,
      declaratieNummer: { type: 'string', pattern: '^[a-zA-Z0-9]{1,12}$' },
      prestaties: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['toewijzingNummer', 'volume'],
          properties: {
            toewijzingNummer,
            volume: { type: 'integer', minimum: 0 },
            product,
            eenheid: { type: 'string', pattern: '^\\d{2}$' },
            tarief: { type: 'integer', minimum: 0 },
            bedrag: { type: 'integer', minimum: 0 },
            referentie: { type: 'string', minLength: 1, maxLength: 20 },
            begindatum: datum,
            einddatum: datum,
          },
        },
      },
    },
    ['maand'],
  ),
  crediteren: actie(
    'crediteren',
    'Aanbieder: crediteert een eerder goedgekeurde prestatie (323 met een creditregel).',
    {
      referentie: { type: 'string', minLength: 1, maxLength: 20 },
      maand,
    },
    ['referentie'],
  ),
} as const;

export type Actienaam = keyof typeof ACTIES;
const GEMEENTE_ACTIES: ReadonlySet<Actienaam> = new Set(['toewijzen', 'verlengen', 'wijzigen', 'intrekken', 'verwijderen', 'verzoek-beantwoorden', 'declaratie-beantwoorden']);

/** Whether the gemeente takes this step (else the aanbieder). */
export function doorGemeente(a: Actie): boolean {
  return GEMEENTE_ACTIES.has(a.actie);
}

/** One action, discriminated on `actie`. */
export const ACTIE_SCHEMA = {
  $id: 'urn:ketentest:actie',
  description: 'Een bedrijfsstap van de gesimuleerde partij (en het trigger-contract voor een systeem onder test).',
  oneOf: Object.values(ACTIES),
  discriminator: { propertyName: 'actie' },
  required: ['actie'],
  properties: { actie: { enum: Object.keys(ACTIES) } },
  type: 'object',
} as const;

type Acties = typeof ACTIES;

/** One action as received, typed from its schema: a union discriminated on `actie`, so schema and type cannot drift. */
export type Actie = { [K in Actienaam]: FromSchema<Acties[K]> }[Actienaam];
/** The action with this name. */
export type ActieVan<K extends Actienaam> = Extract<Actie, { actie: K }>;

/** The ReferentieAanbieder an action names, if it names one (answering or making a request, assigning with one). */
export function referentieVan(a: Actie): string | undefined {
  return 'referentieAanbieder' in a ? a.referentieAanbieder : undefined;
}

export type ProductJson = FromSchema<typeof product>;
export type OmvangJson = FromSchema<typeof omvang>;
export type ToewijzingJson = FromSchema<typeof toewijzing>;

const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true });
ajv.addFormat('datum', { type: 'string', validate: isDatum });
const valideer = ajv.compile(ACTIE_SCHEMA);

/** Validates an action body; Dutch messages for what is wrong. */
export function controleerActie(body: unknown): { actie: Actie } | { fouten: string[] } {
  if (valideer(body)) return { actie: body as Actie };
  return { fouten: inHetNederlands(valideer.errors, '(actie)') };
}

/**
 * ajv's findings on a JSON request body, in Dutch: what the API says to a tester (acties, klok,
 * sessies, instellingen) reads in the user's language, not ajv's English.
 */
export function inHetNederlands(errors: readonly ErrorObject[] | null | undefined, wortel: string): string[] {
  return (errors ?? []).map((e) => {
    const waar = e.instancePath || wortel;
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        return `${waar}: veld '${String(p.missingProperty)}' ontbreekt`;
      case 'additionalProperties':
        return `${waar}: onbekend veld '${String(p.additionalProperty)}'`;
      case 'discriminator':
        return `onbekende of ontbrekende actie; kies uit: ${Object.keys(ACTIES).join(', ')}`;
      case 'format':
        if (p.format === 'datum') return `${waar}: geen bestaande datum (JJJJ-MM-DD)`;
        return `${waar}: ongeldig formaat (${String(p.format)})`;
      case 'pattern':
        return `${waar}: ongeldig formaat (${(e.parentSchema as { description?: string } | undefined)?.description ?? String(p.pattern ?? p.format)})`;
      case 'enum':
        return `${waar}: kies uit ${(p.allowedValues as unknown[]).join(', ')}`;
      case 'const':
        return `${waar}: moet ${JSON.stringify(p.allowedValue)} zijn`;
      case 'type':
        return `${waar}: verwacht ${TYPEN[String(p.type)] ?? String(p.type)}`;
      case 'minimum':
      case 'maximum':
        return `${waar}: moet ${e.keyword === 'minimum' ? 'minstens' : 'hoogstens'} ${String(p.limit)} zijn`;
      case 'minLength':
      case 'maxLength':
        return `${waar}: ${e.keyword === 'minLength' ? 'minstens' : 'hoogstens'} ${String(p.limit)} teken(s)`;
      case 'minItems':
        return `${waar}: minstens ${String(p.limit)} element(en)`;
      case 'oneOf':
      case 'anyOf':
        return `${waar}: past bij geen van de toegestane vormen`;
      default:
        return `${waar}: ${e.message ?? e.keyword}`;
    }
  });
}

const TYPEN: Record<string, string> = {
  string: 'tekst',
  integer: 'een geheel getal',
  number: 'een getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
  null: 'null',
};
