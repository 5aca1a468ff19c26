/**
 * Reads XML bytes into a small element tree, refusing hostile input before it can hurt:
 * a size limit checked before parsing, a depth limit, no DTD (so no external entities and no
 * entity expansion), and strict decoding of the declared character set.
 *
 * saxes does the well-formedness and namespace work: it is a strict, non-validating,
 * namespace-aware XML 1.0 parser that never fetches anything.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlAttribuut {
  readonly ns: string;
  readonly naam: string;
  readonly qnaam: string;
  readonly waarde: string;
  /** For a QName-valued attribute (xsi:type): the namespace its prefix is bound to here. */
  readonly waardeNs?: string;
}

export interface XmlElement {
  readonly ns: string;
  readonly naam: string;
  readonly attributen: readonly XmlAttribuut[];
  /** Written only while parsing (a leaf shares one empty list). */
  kinderen: readonly XmlElement[];
  /**
   * Direct character content of a leaf (text and CDATA, without comments and processing
   * instructions); empty for an element with children, where only `tekenInhoud` matters.
   */
  tekst: string;
  /** Character content other than XML whitespace, or any CDATA section: not allowed in element-only content. */
  tekenInhoud: boolean;
  readonly regel: number;
}

export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface Leesgrenzen {
  /** Largest accepted document in bytes (default 50 MB). */
  readonly maxBytes: number;
  /** Deepest accepted element nesting (default 100). */
  readonly maxDiepte: number;
}

export const STANDAARD_GRENZEN: Leesgrenzen = { maxBytes: 50 * 1024 * 1024, maxDiepte: 100 };

export class LeesFout extends Error {
  constructor(
    message: string,
    readonly regel?: number,
  ) {
    super(message);
  }
}

/** Decodes the bytes by BOM or XML declaration; refuses what cannot be decoded exactly. */
export function decodeer(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new LeesFout('het bestand is leeg');
  const b0 = bytes[0]!;
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  if (b0 === 0x3c && b1 === 0x00) return utf16(bytes, 'utf-16le');
  if (b0 === 0x00 && b1 === 0x3c) return utf16(bytes, 'utf-16be');
  // ASCII-compatible: the declaration, if any, names the encoding.
  const kop = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const decl = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(kop);
  const naam = (decl?.[1] ?? 'UTF-8').toUpperCase();
  if (naam === 'UTF-8' || naam === 'UTF8') return utf8(bytes);
  if (naam === 'ISO-8859-1' || naam === 'LATIN1' || naam === 'ISO_8859-1' || naam === 'US-ASCII' || naam === 'ASCII') {
    if (naam.includes('ASCII') && bytes.some((b) => b > 0x7f)) {
      throw new LeesFout(`het bestand bevat tekens buiten ${naam}`);
    }
    return Buffer.from(bytes).toString('latin1');
  }
  if (naam.startsWith('UTF-16')) throw new LeesFout(`tekenset ${naam} gedeclareerd maar het bestand is niet in UTF-16 gecodeerd`);
  throw new LeesFout(`tekenset ${naam} wordt niet ondersteund (gebruik UTF-8)`);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new LeesFout('het bestand is geen geldige UTF-8 (verkeerde tekenset of beschadigde bytes)');
  }
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw new LeesFout('het bestand is geen geldige UTF-16 (oneven aantal bytes)');
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new LeesFout('het bestand is geen geldige UTF-16');
  }
}

const WIT = /^[ \t\n\r]*$/;
const GEEN_ATTRIBUTEN: readonly XmlAttribuut[] = Object.freeze([]);
const GEEN_KINDEREN: readonly XmlElement[] = Object.freeze([]); // most elements are leaves: no array each

/** Parses a decoded document into its root element; throws LeesFout with a Dutch explanation. */
export function leesXml(bytes: Uint8Array, grenzen: Leesgrenzen = STANDAARD_GRENZEN): XmlElement {
  if (bytes.length > grenzen.maxBytes) {
    throw new LeesFout(`het bestand is ${mb(bytes.length)} groot; de grens is ${mb(grenzen.maxBytes)}`);
  }
  return leesTekst(decodeer(bytes), grenzen);
}

function qnaamNs(parser: SaxesParser<{ xmlns: true }>, waarde: string): string | undefined {
  const t = waarde.trim();
  const i = t.indexOf(':');
  return parser.resolve(i < 0 ? '' : t.slice(0, i));
}

/** A size in bytes as people read it in a message ("1.5 MB"). */
export function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function leesTekst(xml: string, grenzen: Leesgrenzen = STANDAARD_GRENZEN): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stapel: XmlElement[] = [];
  let wortel: XmlElement | undefined;
  let fout: LeesFout | undefined;
  const stop = (f: LeesFout): never => {
    fout ??= f;
    throw f;
  };

  parser.on('error', (e) => stop(new LeesFout(`geen goed gevormde XML: ${e.message.replace(/^\d+:\d+: /, '')}`, parser.line)));
  parser.on('doctype', () => stop(new LeesFout('een DOCTYPE (DTD) is niet toegestaan; entiteiten en externe verwijzingen worden niet verwerkt', parser.line)));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stapel.length >= grenzen.maxDiepte) {
      stop(new LeesFout(`de XML is dieper genest dan de grens van ${grenzen.maxDiepte} niveaus`, parser.line));
    }
    let attributen = GEEN_ATTRIBUTEN;
    for (const sleutel in tag.attributes) {
      const a = tag.attributes[sleutel]!;
      // Namespace declarations are not attributes in the XSD sense.
      if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
      if (attributen === GEEN_ATTRIBUTEN) attributen = [];
      const waardeNs = a.uri === XSI && a.local === 'type' ? qnaamNs(parser, a.value) : undefined;
      (attributen as XmlAttribuut[]).push({ ns: a.uri, naam: a.local, qnaam: a.name, waarde: a.value, ...(waardeNs !== undefined && { waardeNs }) });
    }
    const el: XmlElement = { ns: tag.uri, naam: tag.local, attributen, kinderen: GEEN_KINDEREN, tekst: '', tekenInhoud: false, regel: parser.line };
    const ouder = stapel[stapel.length - 1];
    if (ouder) {
      // Only leaves need their text; element-only content needs just the tekenInhoud flag.
      if (ouder.kinderen === GEEN_KINDEREN) {
        ouder.tekst = '';
        ouder.kinderen = [el];
      } else (ouder.kinderen as XmlElement[]).push(el);
    } else wortel = el;
    stapel.push(el);
  });
  parser.on('closetag', () => {
    stapel.pop();
  });
  parser.on('text', (t) => {
    const el = stapel[stapel.length - 1];
    if (!el) return; // whitespace around the root; saxes rejects anything else there
    if (el.kinderen.length === 0) el.tekst += t;
    if (!el.tekenInhoud && !WIT.test(t)) el.tekenInhoud = true;
  });
  parser.on('cdata', (t) => {
    const el = stapel[stapel.length - 1];
    if (!el) return;
    if (el.kinderen.length === 0) el.tekst += t;
    el.tekenInhoud = true;
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    if (fout) throw fout;
    throw new LeesFout(`geen goed gevormde XML: ${(e as Error).message}`);
  }
  if (fout) throw fout;
  if (!wortel) throw new LeesFout('het bestand bevat geen XML-element');
  return wortel;
}
