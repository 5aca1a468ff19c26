/**
 * Derives a JSON Schema per message type from the model and validates the raw form of a message
 * (every simple value still the text found in the XML) with ajv. Cardinality and values are checked
 * here; element order, namespaces and unknown elements are the codec's part (`codec.ts`), since a
 * JSON object has no order.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { berichtInfo, type Berichttype } from './catalogus';
import { delenIn, isHerhaald, isSamengesteld, isVerplicht, voorDomein, type Enkelvoudig, type Ruw, type Type } from './model';
import type { Domein } from '../woorden';
import { checkDatum, checkGeheel, checkTijd } from './waarden';

export type JsonSchema = Record<string, unknown>;

export interface Bevinding {
  /** XPath-like location: /Bericht/Client/StopProducten/StopProduct[2]/Einddatum */
  readonly pad: string;
  /** What was expected and what was found, in Dutch. */
  readonly melding: string;
  /** The rule that produced it: 'XSD' for the message schema. */
  readonly regel: string;
}

function enkelvoudigSchema(t: Enkelvoudig, d: Domein): JsonSchema {
  switch (t.soort) {
    case 'tekst': {
      const s: JsonSchema = { type: 'string' };
      if (t.minLengte !== undefined) s.minLength = t.minLengte;
      if (t.maxLengte !== undefined) s.maxLength = t.maxLengte;
      if (t.patroon) {
        s.pattern = t.patroon.regex;
        s.uitleg = t.patroon.uitleg;
      }
      if (t.waarden) s.enum = [...voorDomein(t.waarden, d)];
      return s;
    }
    case 'geheel':
      return { type: 'string', xsdGeheel: { min: t.min, max: t.max, ...(t.vast !== undefined && { vast: t.vast }) } };
    case 'datum':
      return { type: 'string', xsdDatum: true };
    case 'tijd':
      return { type: 'string', xsdTijd: true };
  }
}

/** The JSON Schema of one message type's raw form. Named XSD types become $defs. */
export function jsonSchema(type: Berichttype): JsonSchema {
  const info = berichtInfo(type);
  const defs: Record<string, JsonSchema> = {};
  const d = info.domein;

  const schemaVan = (t: Type): JsonSchema => {
    const sleutel = t.naam ? `${t.plaats}.${t.naam}` : undefined;
    if (sleutel && defs[sleutel]) return { $ref: `#/$defs/${sleutel}` };
    if (sleutel) defs[sleutel] = {}; // reserve: types do not recurse, but keep the name stable
    let s: JsonSchema;
    if (isSamengesteld(t)) {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const p of delenIn(t, d)) {
        const item = schemaVan(p.type);
        properties[p.naam] = isHerhaald(p) ? { type: 'array', items: item, ...(isVerplicht(p) && { minItems: 1 }) } : item;
        if (isVerplicht(p)) required.push(p.naam);
      }
      s = { type: 'object', properties, required, additionalProperties: false };
    } else {
      s = enkelvoudigSchema(t, d);
    }
    if (!sleutel) return s;
    defs[sleutel] = s;
    return { $ref: `#/$defs/${sleutel}` };
  };

  const root = schemaVan(info.model);
  return { $id: `urn:ketentest:${type}`, $defs: defs, ...root };
}

function maakAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, code: { optimize: 1 } });
  ajv.addKeyword({ keyword: 'uitleg', schemaType: 'string' });
  const lexicaal = <S>(keyword: string, check: (w: string, s: S) => string | undefined) => {
    type V = ((s: S, data: unknown) => boolean) & { errors?: Partial<ErrorObject>[] };
    const validate: V = (s, data) => {
      if (typeof data !== 'string') return true;
      const verwacht = check(data, s);
      if (verwacht === undefined) return true;
      validate.errors = [{ keyword, message: verwacht, params: { verwacht } }];
      return false;
    };
    ajv.addKeyword({ keyword, errors: true, validate: validate as (s: unknown, data: unknown) => boolean });
  };
  lexicaal('xsdGeheel', (w, s: { min: number; max: number; vast?: string }) => checkGeheel(w, s));
  lexicaal('xsdDatum', checkDatum);
  lexicaal('xsdTijd', checkTijd);
  return ajv;
}

const ajv = maakAjv();
const validators = new Map<Berichttype, ValidateFunction>();

export function validatorVoor(type: Berichttype): ValidateFunction {
  let v = validators.get(type);
  if (!v) {
    v = ajv.compile(jsonSchema(type));
    validators.set(type, v);
  }
  return v;
}

/** `/Client/StopProducten/StopProduct/1/Einddatum` → `/Bericht/Client/StopProducten/StopProduct[2]/Einddatum` */
export function xpad(instancePath: string): string {
  let uit = '/Bericht';
  for (const stuk of instancePath.split('/').slice(1)) {
    if (/^[0-9]+$/.test(stuk)) uit += `[${Number(stuk) + 1}]`;
    else uit += `/${stuk.replace(/~1/g, '/').replace(/~0/g, '~')}`;
  }
  return uit;
}

function toon(w: unknown): string {
  const s = typeof w === 'string' ? w : JSON.stringify(w);
  const kort = s.length > 60 ? `${s.slice(0, 57)}...` : s;
  return `'${kort.replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function lijstje(waarden: readonly unknown[]): string {
  return waarden.length > 25 ? `${waarden.slice(0, 25).join(', ')}, ... (${waarden.length} codes)` : waarden.join(', ');
}

function melding(e: ErrorObject): { pad: string; melding: string } {
  const pad = xpad(e.instancePath);
  const gevonden = toon(e.data);
  switch (e.keyword) {
    case 'required':
      return { pad: `${pad}/${(e.params as { missingProperty: string }).missingProperty}`, melding: 'verplicht element ontbreekt' };
    case 'additionalProperties':
      return {
        pad: `${pad}/${(e.params as { additionalProperty: string }).additionalProperty}`,
        melding: 'element hoort hier niet volgens het berichtschema',
      };
    case 'minItems':
      return { pad, melding: 'moet minstens één keer voorkomen' };
    case 'type':
      return { pad, melding: `verwacht ${e.params.type === 'string' ? 'een enkelvoudige waarde' : 'een samengesteld element'}, gevonden ${gevonden}` };
    case 'minLength':
      return { pad, melding: `waarde ${gevonden} is te kort: verwacht minstens ${e.params.limit} teken(s)` };
    case 'maxLength':
      return { pad, melding: `waarde ${gevonden} is te lang: verwacht hoogstens ${e.params.limit} tekens` };
    case 'pattern':
      return { pad, melding: `waarde ${gevonden} heeft een ongeldig formaat: verwacht ${(e.parentSchema as { uitleg?: string })?.uitleg ?? e.params.pattern}` };
    case 'enum':
      return { pad, melding: `waarde ${gevonden} is geen toegestane code: verwacht een van ${lijstje(e.params.allowedValues as unknown[])}` };
    case 'xsdGeheel':
    case 'xsdDatum':
    case 'xsdTijd':
      return { pad, melding: `waarde ${gevonden} is ongeldig: verwacht ${e.message}` };
    default:
      return { pad, melding: `${e.message ?? e.keyword} (gevonden ${gevonden})` };
  }
}

/** Validates the raw form of a message against its derived schema. */
export function valideerRuw(type: Berichttype, ruw: Ruw): Bevinding[] {
  const v = validatorVoor(type);
  if (v(ruw)) return [];
  return (v.errors ?? []).map((e) => ({ ...melding(e), regel: 'XSD' }));
}
