/** The OpenAPI 3 description of the simulator's HTTP interface, built from the schemas the server validates with. */
import { FOUTEN } from '../../partij/fouten';
import { ACTIE_SCHEMA, ACTIES } from '../../partij/acties';
import { DOMEINEN, ROLLEN } from '../../standaard/woorden';
import { INSTELBAAR as instelbaar } from '../sessieconfig';
import { AFLEVERSTATUSSEN, VERWERKINGSSTATUSSEN } from '../opslag/contract';
import type { Transport } from '../transport/contract';

const datum = { type: 'string', format: 'datum', description: 'JJJJ-MM-DD, een bestaande datum' };

/** Entries per page of GET /berichten: without `limit`, and at most. */
export const LOG_STANDAARD_LIMIET = 100;
export const LOG_MAX_LIMIET = 1000;

/** What each parameter of GET /berichten means (their schemas are those the server validates with: SCHEMAS.Logvraag). */
const LOGVRAAG_UITLEG: Readonly<Record<string, string>> = {
  type: 'berichttype, bijvoorbeeld JW307',
  richting: 'in: van het systeem onder test; uit: van de simulator',
  client: 'Bsn',
  status: 'verwerkingsstatus',
  afleverstatus: 'afleverstatus van een uitgaand bericht',
  vanaf: 'alleen berichten vanaf dit volgnummer (de cursor van de volgende pagina)',
  limit: `hoeveel berichten per pagina (standaard ${LOG_STANDAARD_LIMIET}, hoogstens ${LOG_MAX_LIMIET})`,
  xml: '1 of true: met de XML van elk bericht',
  wacht: 'wacht tot zoveel ms (hoogstens 30000) op een bericht als er nog geen is',
};

export const SCHEMAS = {
  Klok: {
    type: 'object',
    additionalProperties: false,
    required: ['datum'],
    properties: { datum: { oneOf: [datum, { type: 'null' }], description: 'de systeemdatum (TR135); null: de echte datum' } },
  },
  SessieAanvraag: {
    type: 'object',
    additionalProperties: false,
    required: ['rol', 'domein'],
    properties: {
      rol: { enum: ROLLEN, description: 'de rol die de simulator speelt (het systeem onder test speelt de andere)' },
      domein: { enum: DOMEINEN },
      ...instelbaar,
      sutUrl: { ...instelbaar.sutUrl, description: 'basis-URL van het systeem onder test; berichten gaan naar <sutUrl>/berichten' },
      gi: { ...instelbaar.gi, description: 'Jw: de aanbieder is een gecertificeerde instelling' },
      bronnen: { ...instelbaar.bronnen, description: 'externe bronnen: gemeenten, productcodes, tarieven' },
    },
  },
  /** The query of GET /berichten (every value arrives as text). */
  Logvraag: {
    type: 'object',
    properties: {
      type: { type: 'string', pattern: '^(WMO|JW)\\d{3}$' },
      richting: { enum: ['in', 'uit'] },
      client: { type: 'string', pattern: '^\\d{9}$' },
      status: { enum: VERWERKINGSSTATUSSEN },
      afleverstatus: { enum: AFLEVERSTATUSSEN },
      vanaf: { type: 'string', pattern: '^\\d{1,12}$' },
      limit: { type: 'string', pattern: '^[1-9]\\d{0,6}$' },
      wacht: { type: 'string', pattern: '^\\d{1,9}$' },
      xml: { enum: ['0', '1', 'true', 'false'] },
    },
  },
  Instellingen: {
    type: 'object',
    additionalProperties: false,
    description: 'wijzigt de configuratie van de sessie; de sessie begint daarna opnieuw met de bewaarde toestand',
    properties: instelbaar,
  },
  Bericht: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      volgnr: { type: 'integer' },
      richting: { enum: ['in', 'uit'] },
      transport: { type: 'string' },
      berichttype: { type: ['string', 'null'], example: 'JW307' },
      bsn: { type: ['string', 'null'] },
      identificatie: { type: ['string', 'null'] },
      status: { enum: VERWERKINGSSTATUSSEN },
      afleverstatus: { enum: AFLEVERSTATUSSEN },
      pogingen: { type: 'integer' },
      laatsteFout: { type: ['string', 'null'] },
      gerelateerd: { type: ['string', 'null'], description: 'het retourbericht (bij een ontvangen heenbericht) of het beantwoorde heenbericht' },
      bevindingen: { type: 'array', items: { type: 'object', properties: { pad: { type: 'string' }, melding: { type: 'string' }, regel: { type: 'string' } } } },
      retourcodes: { description: 'per berichtklasse de retourcodes', nullable: true },
      envelop: {
        type: 'object',
        description: 'alleen bij één bericht (GET /berichten/{id}): hoe het transport het droeg',
        properties: { transport: { type: 'string' }, afzender: { type: 'string' }, ontvanger: { type: 'string' }, referentie: { type: 'string' }, antwoordOp: { type: 'string' } },
      },
      xml: { type: 'string', description: 'het bericht zelf: in de lijst alleen met ?xml=1' },
    },
  },
  Fout: { type: 'object', properties: { fout: { type: 'string' }, details: { type: 'array', items: { type: 'string' } } } },
} as const;

function json(schema: string) {
  return { content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } };
}

/** The paths of a session's base path: the transports' routes (their operations first on a shared path), then the admin API. */
function sessiePaden(prefix: string, beveiligd: boolean, transporten: readonly Transport[]) {
  const security = beveiligd ? { security: [{ bearer: [] }] } : {};
  const p = (pad: string) => `${prefix}${pad}`;
  const fouten = { '401': { description: 'ontbrekend of verkeerd token', ...json('Fout') } };
  const vanTransporten: Record<string, Record<string, unknown>> = {};
  for (const t of transporten) {
    for (const [pad, item] of Object.entries(t.openapi?.({ pad: p, beveiliging: security, json, fouten }) ?? {})) vanTransporten[pad] = { ...vanTransporten[pad], ...item };
  }
  const beheer: Record<string, Record<string, unknown>> = {
    [p('/berichten')]: {
      get: {
        summary: `Het berichtenlog, per pagina: oudste eerst, zonder de XML (tenzij xml=1). Een volle pagina heeft een Link-header (rel="next") met dezelfde vraag vanaf het volgende volgnummer.`,
        ...security,
        parameters: Object.entries(SCHEMAS.Logvraag.properties).map(([name, schema]) => ({ name, in: 'query', schema, description: LOGVRAAG_UITLEG[name] })),
        responses: {
          '200': {
            description: 'berichten, oudste eerst',
            headers: { Link: { schema: { type: 'string' }, description: '<…?vanaf=N>; rel="next" als er een volgende pagina kan zijn' } },
            content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Bericht' } } } },
          },
          '400': { description: 'ongeldige vraag', ...json('Fout') },
          ...fouten,
        },
      },
    },
    [p('/berichten/{id}')]: {
      get: {
        summary: 'Eén bericht: gegevens, XML, retourbericht en retourcodes',
        ...security,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': json('Bericht'), '404': json('Fout'), '503': { description: 'de sessie kan niet geladen worden', ...json('Fout') }, ...fouten },
      },
    },
    [p('/berichten/{id}/retour')]: {
      get: {
        summary: 'Het retourbericht op een ontvangen bericht (404 zolang er geen is)',
        ...security,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'XML', content: { 'application/xml': { schema: { type: 'string' } } } }, '404': json('Fout'), ...fouten },
      },
    },
    [p('/klok')]: {
      put: {
        summary: 'De systeemdatum zetten (TR135)',
        ...security,
        requestBody: { required: true, ...json('Klok') },
        responses: { '200': { description: 'gezet' }, '400': json('Fout'), ...fouten },
      },
      get: { summary: 'De systeemdatum', ...security, responses: { '200': { description: 'systeemdatum' }, ...fouten } },
    },
    [p('/verstuur')]: {
      post: {
        summary: 'Een bericht precies zo naar de SUT sturen (ook een fout bericht), voor negatieve testgevallen',
        ...security,
        requestBody: { required: true, content: { 'application/xml': { schema: { type: 'string' } } } },
        responses: { '202': { description: 'verstuurd' }, '409': { description: 'geen bericht dat deze rol verstuurt', ...json('Fout') }, ...fouten },
      },
    },
    [p('/instellingen')]: {
      put: {
        summary: 'De configuratie van de sessie wijzigen (SUT-adres, codes, GI, bronnen, fouten)',
        ...security,
        requestBody: { required: true, ...json('Instellingen') },
        responses: { '200': { description: 'de nieuwe configuratie' }, '400': json('Fout'), ...fouten },
      },
    },
    [p('/reset')]: { post: { summary: 'Log en toestand van de sessie wissen', ...security, responses: { '200': { description: 'gewist' }, ...fouten } } },
    [p('/gezondheid')]: {
      get: { summary: 'Leeft de simulator? Rol, domein, systeemdatum, wachtende aflevering', ...security, responses: { '200': { description: 'ok' }, ...fouten } },
    },
    [p('/acties')]: {
      post: {
        summary: 'De gesimuleerde partij een bedrijfsstap laten zetten. Hetzelfde contract gebruikt de suite om een systeem onder test te laten handelen (trigger).',
        ...security,
        requestBody: { required: true, ...json('Actie') },
        responses: {
          '202': { description: 'de verstuurde berichten' },
          '400': { description: 'ongeldige actie', ...json('Fout') },
          '404': json('Fout'),
          '409': { description: 'de stap kan nu niet', ...json('Fout') },
          ...fouten,
        },
      },
    },
  };
  const paden = Object.fromEntries(Object.entries(beheer).map(([pad, item]) => [pad, { ...vanTransporten[pad], ...item }]));
  return { ...paden, ...Object.fromEntries(Object.entries(vanTransporten).filter(([pad]) => !(pad in beheer))) };
}

export function openapi(transporten: readonly Transport[]) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'ketentest simulator',
      version: '0.1.0',
      description:
        'Een gesimuleerde gemeente of aanbieder voor iWmo 3.2 en iJw 3.2. De paden zonder /sessies/{sessie} horen bij de standaardsessie ' +
        '(lokaal gebruik); POST /sessies maakt een eigen sessie met eigen toestand, klok, log en token. ' +
        `Fouten (--fout): ${FOUTEN.map((f) => `${f.naam} (${f.regel})`).join(', ')}.`,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ...SCHEMAS, Actie: { ...ACTIE_SCHEMA, $id: undefined }, ...Object.fromEntries(Object.entries(ACTIES).map(([n, s]) => [`Actie_${n}`, s])) },
    },
    paths: {
      '/openapi.json': { get: { summary: 'Dit document', responses: { '200': { description: 'OpenAPI 3' } } } },
      '/sessies': {
        post: {
          summary: 'Een sessie maken; antwoordt met id en token',
          requestBody: { required: true, ...json('SessieAanvraag') },
          responses: { '201': { description: 'id, token en basispad' }, '400': json('Fout') },
        },
      },
      ...sessiePaden('', false, transporten),
      ...sessiePaden('/sessies/{sessie}', true, transporten),
    },
  };
}
