/**
 * Validation of one message as the official XSD would judge it: read the bytes (hostile-input
 * limits), identify the type by the root namespace, check structure (codec) and values (ajv).
 */
import { infoVoorNamespace, type Berichttype } from './catalogus';
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
  return { berichttype: type, geldig: true, bevindingen, ruw, bericht: naarTyped<T>(type, ruw) };
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
