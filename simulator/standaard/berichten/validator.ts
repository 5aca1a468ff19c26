/**
 * Validation of one message as the official XSD would judge it: read the bytes (hostile-input
 * limits), identify the type by the root namespace, check structure (codec) and values (ajv).
 */
import { getypt, infoVoorNamespace, type Berichttype, type Getypt } from './catalogus';
import { leesBericht, naarRuw, naarTyped } from './codec';
import type { Ruw } from './model';
import { valideerRuw, type Bevinding } from './schema';
import { LeesFout, leesXml, STANDAARD_GRENZEN, type Leesgrenzen, type XmlElement } from '../xml/lezer';

export type { Bevinding };

export interface Validatieresultaat<T = unknown> {
  readonly berichttype: Berichttype | null;
  readonly geldig: boolean;
  readonly bevindingen: Bevinding[];
  /** The typed message, when it is valid. */
  readonly bericht?: T;
  /** The same, with its type and number (a `Getypt`), when it is valid. */
  readonly getypt?: Getypt;
  /** The raw form, when the type was recognised (also for an invalid message, for the rules that still look). */
  readonly ruw?: Ruw;
}

/** Identifies the message type of a root element by its namespace; a finding when it is not one of the 28. */
export function herken(root: XmlElement): { type: Berichttype } | { bevinding: Bevinding } {
  const info = infoVoorNamespace(root.ns);
  if (info) return { type: info.type };
  const ns = root.ns ? `namespace '${root.ns}'` : 'geen namespace';
  return {
    bevinding: {
      pad: `/${root.naam}`,
      melding: `onbekend bericht: het hoofdelement ${root.naam} heeft ${ns}; verwacht een iWmo- of iJw-3.2-bericht (bijvoorbeeld http://www.istandaarden.nl/iwmo/3_2/wmo301/schema)`,
      regel: 'XSD',
    },
  };
}

export function valideerElement<T = unknown>(root: XmlElement): Validatieresultaat<T> {
  const herkend = herken(root);
  if ('bevinding' in herkend) return { berichttype: null, geldig: false, bevindingen: [herkend.bevinding] };
  const type = herkend.type;
  const bevindingen: Bevinding[] = [];
  const ruw = leesBericht(root, type, bevindingen);
  bevindingen.push(...valideerRuw(type, ruw));
  if (bevindingen.length > 0) return { berichttype: type, geldig: false, bevindingen, ruw };
  const bericht = naarTyped<T>(type, ruw);
  return { berichttype: type, geldig: true, bevindingen, ruw, bericht, getypt: getypt(type, bericht) };
}

/** Validates XML bytes. Never throws on bad input: every refusal is a finding. */
export function valideerXml<T = unknown>(bytes: Uint8Array, grenzen: Leesgrenzen = STANDAARD_GRENZEN): Validatieresultaat<T> {
  let root: XmlElement;
  try {
    root = leesXml(bytes, grenzen);
  } catch (e) {
    if (!(e instanceof LeesFout)) throw e;
    return { berichttype: null, geldig: false, bevindingen: [{ pad: '/', melding: e.message, regel: 'XSD' }] };
  }
  return valideerElement<T>(root);
}

/** Validates a typed message object (as built in code) against its schema. */
export function valideerBericht(type: Berichttype, bericht: unknown): Bevinding[] {
  return valideerRuw(type, naarRuw(type, bericht));
}

/**
 * What the log keeps of any recognised message, valid or not: the client's Bsn and the
 * BerichtIdentificatie; from the typed message when it is valid, else from the raw form.
 */
export function kenmerken(r: Pick<Validatieresultaat, 'getypt' | 'ruw'>): { bsn: string | null; identificatie: string | null } {
  if (r.getypt) {
    const b = r.getypt.bericht;
    const bsn = 'Client' in b ? (b.Client?.Bsn ?? null) : 'Declaratie' in b ? (b.Declaratie.Clienten.Client[0]?.Bsn ?? null) : null;
    return { bsn, identificatie: b.Header.BerichtIdentificatie.Identificatie };
  }
  type Waarde = Ruw | string | (string | Ruw)[] | undefined;
  const kind = (w: Waarde, naam: string): Waarde => (w !== undefined && typeof w === 'object' && !Array.isArray(w) ? w[naam] : undefined);
  const tekst = (w: Waarde) => (typeof w === 'string' ? w : null);
  const clienten = kind(kind(kind(r.ruw, 'Declaratie'), 'Clienten'), 'Client');
  const client = kind(r.ruw, 'Client') ?? (Array.isArray(clienten) ? clienten[0] : clienten);
  return { bsn: tekst(kind(client, 'Bsn')), identificatie: tekst(kind(kind(kind(r.ruw, 'Header'), 'BerichtIdentificatie'), 'Identificatie')) };
}
