/**
 * The StUF-GGk envelope (specification StUF-envelop 2.1.04, schema ggk0310_msg.xsd on StUF 03.01) in
 * the project's own form: the few messages the ISD-keten uses between a gemeente and the switch
 * (ggk_Di01 with a heenbericht, ggk_Du01 with its retourbericht, the Fo01 error message, the Bv03
 * receipt and the Fo03 fault) as plain objects, written as SOAP 1.1 and read back with the
 * project's hostile-input XML reader (no DOCTYPE, size and depth limits).
 */
import { randomUUID } from 'node:crypto';
import { LeesFout, leesXml, type Leesgrenzen, type XmlElement } from '../../../standaard/xml/lezer';

export const SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';
export const STUF = 'http://www.egem.nl/StUF/StUF0301';
export const GGK = 'http://www.stufstandaarden.nl/sectormodel/ggk/0210';
export const XMIME = 'http://www.w3.org/2005/05/xmlmime';

/** The operations of the published WSDL (ggk0310_OntvangAsynchroon.wsdl) with their soapActions. */
export const SOAPACTIONS = {
  Di01: 'http://www.stufstandaarden.nl/sectormodel/ggk/0210/ggk_Di01',
  Du01: 'http://www.stufstandaarden.nl/sectormodel/ggk/0210/ggk_Du01',
  Fo01: 'http://www.egem.nl/StUF/StUF0301/Fo01',
} as const;

/** The body element of each operation's message. */
export const ELEMENTEN = { Di01: 'envelopHeenbericht-ggk_Di01', Du01: 'envelopRetourbericht-ggk_Du01', Fo01: 'Fo01Bericht' } as const;

/** The largest Di01/Du01 the keten accepts, base64 content included (specification 3.2/3.3; IB007). */
export const MAX_ENVELOP_BYTES = 25 * 1024 * 1024;

export type Berichtcode = keyof typeof SOAPACTIONS;

/** StUF:Systeem: organisatie (CBS code, AGB code, 'IB', 'VECOZO'), applicatie (3–50 characters). */
export interface Systeem {
  readonly organisatie?: string;
  readonly applicatie: string;
  readonly administratie?: string;
  readonly gebruiker?: string;
}

export interface Stuurgegevens {
  readonly berichtcode: Berichtcode;
  readonly zender: Systeem;
  readonly ontvanger: Systeem;
  /** A UUID (version 4 in the ISD-keten, IB009). */
  readonly referentienummer: string;
  /** yyyyMMddHHmmssSSS (StUF:Tijdstip, 8–17 digits). */
  readonly tijdstipBericht: string;
  /** Du01 and Fo01: the referentienummer of the message this one answers. */
  readonly crossRefnummer?: string;
  /** Di01 and Du01: the message type, e.g. WMO301. */
  readonly functie?: string;
}

/** A ggk_Di01 or ggk_Du01: the iWmo/iJw message travels base64-encoded in `bericht`. */
export interface Envelopbericht {
  readonly stuurgegevens: Stuurgegevens & { readonly berichtcode: 'Di01' | 'Du01'; readonly functie: string };
  readonly applicatieVersie: string;
  readonly applicatieSubversie: string;
  readonly functieVersie: string;
  readonly functieSubversie: string;
  readonly bestandsnaam?: string;
  readonly contentType: string;
  /** The payload, decoded. */
  readonly inhoud: Buffer;
}

/** The body of a Fo01 or Fo03 (StUF:Foutbericht). */
export interface Fout {
  /** At most 7 characters: StUF055, IB210, RIN001. */
  readonly code: string;
  readonly plek: 'client' | 'server';
  /** At most 200 characters. */
  readonly omschrijving: string;
  /** At most 1000 characters: functie-applicatieVersie+applicatieSubversie of the message it is about. */
  readonly details?: string;
}

export interface Foutbericht {
  readonly stuurgegevens: Stuurgegevens & { readonly berichtcode: 'Fo01' };
  readonly fout: Fout;
}

/** What our applications are called in the stuurgegevens; the keten's own parties use fixed names (specification 2.5). */
export const APPLICATIE = { naam: 'ketentest', versie: '0001', subversie: '0000' } as const;
export const KETEN = { IB: { organisatie: 'IB', applicatie: 'GGKWebservice' } } as const;

// -----------------------------------------------------------------------------------------------
// Writing

const CRLF = '\r\n';

/** Text or an attribute value as XML. */
export function esc(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A fresh referentienummer: a version 4 UUID, as the keten requires (IB009). */
export function nieuweReferentie(): string {
  return randomUUID();
}

/** Dutch time to the second, for tijdstip(): built once, as a formatter is costly to make. */
const NL_TIJD = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** StUF:Tijdstip of a moment: yyyyMMddHHmmssSSS in Dutch time, as the examples are. */
export function tijdstip(d: Date = new Date()): string {
  const p = NL_TIJD.formatToParts(d);
  const v = (t: string) => p.find((x) => x.type === t)!.value;
  return `${v('year')}${v('month')}${v('day')}${v('hour')}${v('minute')}${v('second')}${String(d.getMilliseconds()).padStart(3, '0')}`;
}

/** The moment of a StUF:Tijdstip (read as Dutch time, close enough for deciding whether an envelope is days old). */
export function moment(t: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?/.exec(t);
  if (!m) return undefined;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}+01:00`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function systeem(naam: string, s: Systeem): string {
  const veld = (n: keyof Systeem) => (s[n] !== undefined ? `<StUF:${n}>${esc(s[n]!)}</StUF:${n}>` : '');
  return `<StUF:${naam}>${veld('organisatie')}${veld('applicatie')}${veld('administratie')}${veld('gebruiker')}</StUF:${naam}>`;
}

function stuurgegevens(element: string, s: Stuurgegevens): string {
  return [
    `<${element}>`,
    `<StUF:berichtcode>${s.berichtcode}</StUF:berichtcode>`,
    systeem('zender', s.zender),
    systeem('ontvanger', s.ontvanger),
    `<StUF:referentienummer>${esc(s.referentienummer)}</StUF:referentienummer>`,
    `<StUF:tijdstipBericht>${s.tijdstipBericht}</StUF:tijdstipBericht>`,
    ...(s.crossRefnummer !== undefined ? [`<StUF:crossRefnummer>${esc(s.crossRefnummer)}</StUF:crossRefnummer>`] : []),
    ...(s.functie !== undefined ? [`<StUF:functie>${esc(s.functie)}</StUF:functie>`] : []),
    `</${element}>`,
  ].join(CRLF);
}

function inSoap(body: string): string {
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<soapenv:Envelope xmlns:soapenv="${SOAP}">`, '<soapenv:Body>', body, '</soapenv:Body>', '</soapenv:Envelope>', ''].join(CRLF);
}

/** The Di01 or Du01 element itself (what ggk0310_msg.xsd describes). */
function envelopElement(e: Envelopbericht): string {
  const element = `GGK:${ELEMENTEN[e.stuurgegevens.berichtcode]}`;
  const bestandsnaam = e.bestandsnaam !== undefined ? ` StUF:bestandsnaam="${esc(e.bestandsnaam)}"` : '';
  return [
    `<${element} xmlns:StUF="${STUF}" xmlns:GGK="${GGK}" xmlns:xmime="${XMIME}">`,
    stuurgegevens('GGK:stuurgegevens', e.stuurgegevens),
    '<GGK:parameters>',
    `<GGK:applicatieVersie>${e.applicatieVersie}</GGK:applicatieVersie>`,
    `<GGK:applicatieSubversie>${e.applicatieSubversie}</GGK:applicatieSubversie>`,
    `<GGK:functieVersie>${e.functieVersie}</GGK:functieVersie>`,
    `<GGK:functieSubversie>${e.functieSubversie}</GGK:functieSubversie>`,
    `<GGK:bericht${bestandsnaam} xmime:contentType="${esc(e.contentType)}">${e.inhoud.toString('base64')}</GGK:bericht>`,
    '</GGK:parameters>',
    `</${element}>`,
  ].join(CRLF);
}

function foutbody(f: Fout): string {
  return [
    '<StUF:body>',
    `<StUF:code>${esc(f.code.slice(0, 7))}</StUF:code>`,
    `<StUF:plek>${f.plek}</StUF:plek>`,
    `<StUF:omschrijving>${esc(f.omschrijving.slice(0, 200))}</StUF:omschrijving>`,
    ...(f.details !== undefined ? [`<StUF:details>${esc(f.details.slice(0, 1000))}</StUF:details>`] : []),
    '</StUF:body>',
  ].join(CRLF);
}

/** The Fo01Bericht element. */
function fo01Element(f: Foutbericht): string {
  return [`<StUF:Fo01Bericht xmlns:StUF="${STUF}">`, stuurgegevens('StUF:stuurgegevens', f.stuurgegevens), foutbody(f.fout), '</StUF:Fo01Bericht>'].join(CRLF);
}

/** The Bv03Bericht element: the receipt for a stored envelope. */
function bv03Element(s: Omit<Stuurgegevens, 'berichtcode' | 'functie'>): string {
  return [`<StUF:Bv03Bericht xmlns:StUF="${STUF}">`, stuurgegevens('StUF:stuurgegevens', { ...s, berichtcode: 'Bv03' as Berichtcode }), '</StUF:Bv03Bericht>'].join(CRLF);
}

/** The Fo03Bericht element: why an envelope could not be taken. */
function fo03Element(s: Omit<Stuurgegevens, 'berichtcode' | 'functie'>, f: Fout): string {
  return [`<StUF:Fo03Bericht xmlns:StUF="${STUF}">`, stuurgegevens('StUF:stuurgegevens', { ...s, berichtcode: 'Fo03' as Berichtcode }), foutbody(f), '</StUF:Fo03Bericht>'].join(
    CRLF,
  );
}

export function schrijfEnvelop(e: Envelopbericht): string {
  return inSoap(envelopElement(e));
}

export function schrijfFo01(f: Foutbericht): string {
  return inSoap(fo01Element(f));
}

export function schrijfBv03(s: Omit<Stuurgegevens, 'berichtcode' | 'functie'>): string {
  return inSoap(bv03Element(s));
}

/** A SOAP 1.1 Fault carrying a Fo03 in its detail (the WSDL's fault message). */
export function schrijfFo03(s: Omit<Stuurgegevens, 'berichtcode' | 'functie'>, f: Fout): string {
  return inSoap(
    [
      '<soapenv:Fault>',
      `<faultcode>soapenv:${f.plek === 'client' ? 'Client' : 'Server'}</faultcode>`,
      `<faultstring>${esc(`${f.code}: ${f.omschrijving}`)}</faultstring>`,
      '<detail>',
      fo03Element(s, f),
      '</detail>',
      '</soapenv:Fault>',
    ].join(CRLF),
  );
}

// -----------------------------------------------------------------------------------------------
// Reading

/** Why an envelope cannot be taken: answered with a SOAP Fault carrying a Fo03. */
export class Envelopfout extends Error {
  constructor(
    message: string,
    /** What is known of the envelope, for the Fo03's crossRefnummer and the log. */
    readonly stuurgegevens?: Partial<Stuurgegevens>,
  ) {
    super(message);
  }
}

/** What arrived at the endpoint, once read. */
export type Inkomend = { readonly soort: 'Di01' | 'Du01'; readonly bericht: Envelopbericht } | { readonly soort: 'Fo01'; readonly bericht: Foutbericht };

/** A SOAP answer to our request: a Bv03, or a Fault with (perhaps) a Fo03. */
export type Antwoord = { readonly soort: 'Bv03'; readonly crossRefnummer: string } | { readonly soort: 'Fault'; readonly melding: string };

function kind(el: XmlElement, ns: string, naam: string): XmlElement | undefined {
  return el.kinderen.find((k) => k.ns === ns && k.naam === naam);
}

function tekstVan(el: XmlElement | undefined): string | undefined {
  return el?.tekst.trim();
}

function soapBody(bytes: Buffer, grenzen: Leesgrenzen): XmlElement {
  let root: XmlElement;
  try {
    root = leesXml(bytes, grenzen);
  } catch (e) {
    if (e instanceof LeesFout) throw new Envelopfout(`geen bruikbare SOAP: ${e.message}`);
    throw e;
  }
  if (root.ns !== SOAP || root.naam !== 'Envelope') {
    throw new Envelopfout(`geen SOAP 1.1-envelop: het hoofdelement is ${root.naam}${root.ns ? ` in namespace '${root.ns}'` : ' zonder namespace'}`);
  }
  const body = kind(root, SOAP, 'Body');
  if (!body) throw new Envelopfout('de SOAP-envelop heeft geen Body');
  const inhoud = body.kinderen;
  if (inhoud.length !== 1) throw new Envelopfout(`de SOAP-Body bevat ${inhoud.length} elementen; verwacht precies één bericht`);
  return inhoud[0]!;
}

export const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function leesSysteem(el: XmlElement | undefined, naam: string, fouten: string[]): Systeem {
  if (!el) {
    fouten.push(`stuurgegevens.${naam} ontbreekt`);
    return { applicatie: '' };
  }
  const v = (n: string) => tekstVan(kind(el, STUF, n));
  const s: Systeem = {
    ...(v('organisatie') !== undefined && { organisatie: v('organisatie')! }),
    applicatie: v('applicatie') ?? '',
    ...(v('administratie') !== undefined && { administratie: v('administratie')! }),
    ...(v('gebruiker') !== undefined && { gebruiker: v('gebruiker')! }),
  };
  if (!s.organisatie) fouten.push(`stuurgegevens.${naam}.organisatie ontbreekt`);
  if (s.applicatie.length < 3 || s.applicatie.length > 50) fouten.push(`stuurgegevens.${naam}.applicatie moet 3 tot 50 tekens zijn`);
  return s;
}

function leesStuurgegevens(el: XmlElement | undefined, verwacht: string, metCrossRef: boolean, metFunctie: boolean): Stuurgegevens {
  if (!el) throw new Envelopfout('de stuurgegevens ontbreken');
  const v = (n: string) => tekstVan(kind(el, STUF, n));
  const fouten: string[] = [];
  const berichtcode = v('berichtcode');
  if (berichtcode !== verwacht) fouten.push(`stuurgegevens.berichtcode is '${berichtcode ?? ''}', verwacht ${verwacht}`);
  const zender = leesSysteem(kind(el, STUF, 'zender'), 'zender', fouten);
  const ontvanger = leesSysteem(kind(el, STUF, 'ontvanger'), 'ontvanger', fouten);
  const referentienummer = v('referentienummer') ?? '';
  if (!referentienummer) fouten.push('stuurgegevens.referentienummer ontbreekt');
  else if (referentienummer.length > 40) fouten.push('stuurgegevens.referentienummer is langer dan 40 tekens');
  const tijdstipBericht = v('tijdstipBericht') ?? '';
  if (!/^[0-9]{8,17}$/.test(tijdstipBericht)) fouten.push(`stuurgegevens.tijdstipBericht '${tijdstipBericht}' is geen StUF-tijdstip (8 tot 17 cijfers)`);
  const crossRefnummer = v('crossRefnummer');
  if (metCrossRef && !crossRefnummer) fouten.push('stuurgegevens.crossRefnummer ontbreekt');
  const functie = v('functie');
  if (metFunctie && !functie) fouten.push('stuurgegevens.functie ontbreekt');
  const s = {
    berichtcode: verwacht as Berichtcode,
    zender,
    ontvanger,
    referentienummer,
    tijdstipBericht,
    ...(crossRefnummer !== undefined && { crossRefnummer }),
    ...(functie !== undefined && { functie }),
  };
  if (fouten.length) throw new Envelopfout(`ongeldige stuurgegevens: ${fouten.join('; ')}`, s);
  return s;
}

/** Strict base64 (whitespace allowed between lines, as XML Schema's base64Binary). */
function base64(tekst: string): Buffer | undefined {
  const schoon = tekst.replace(/[ \t\r\n]+/g, '');
  if (schoon.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(schoon)) return undefined;
  return Buffer.from(schoon, 'base64');
}

function leesEnvelopbericht(el: XmlElement, code: 'Di01' | 'Du01'): Envelopbericht {
  const stuurgegevens = leesStuurgegevens(kind(el, GGK, 'stuurgegevens'), code, code === 'Du01', true);
  const p = kind(el, GGK, 'parameters');
  if (!p) throw new Envelopfout('de parameters ontbreken', stuurgegevens);
  const v = (n: string) => tekstVan(kind(p, GGK, n));
  const fouten: string[] = [];
  const versie = (n: string) => {
    const w = v(n) ?? '';
    if (!/^[0-9]{4}$/.test(w)) fouten.push(`parameters.${n} '${w}' is geen versienummer van 4 cijfers`);
    return w;
  };
  const applicatieVersie = versie('applicatieVersie');
  const applicatieSubversie = versie('applicatieSubversie');
  const functieVersie = versie('functieVersie');
  const functieSubversie = versie('functieSubversie');
  const bericht = kind(p, GGK, 'bericht');
  if (!bericht) throw new Envelopfout('parameters.bericht ontbreekt', stuurgegevens);
  const contentType = bericht.attributen.find((a) => a.ns === XMIME && a.naam === 'contentType')?.waarde;
  if (!contentType) fouten.push('parameters.bericht mist xmime:contentType');
  const bestandsnaam = bericht.attributen.find((a) => a.ns === STUF && a.naam === 'bestandsnaam')?.waarde;
  if (bestandsnaam !== undefined && bestandsnaam.length > 255) fouten.push('parameters.bericht/@StUF:bestandsnaam is langer dan 255 tekens');
  const inhoud = base64(bericht.tekst);
  if (!inhoud) fouten.push('parameters.bericht is geen geldige base64');
  else if (inhoud.length === 0) fouten.push('parameters.bericht is leeg');
  if (fouten.length) throw new Envelopfout(`ongeldige envelop: ${fouten.join('; ')}`, stuurgegevens);
  return {
    stuurgegevens: stuurgegevens as Envelopbericht['stuurgegevens'],
    applicatieVersie,
    applicatieSubversie,
    functieVersie,
    functieSubversie,
    ...(bestandsnaam !== undefined && { bestandsnaam }),
    contentType: contentType!,
    inhoud: inhoud!,
  };
}

function leesFout(body: XmlElement | undefined): Fout {
  if (!body) throw new Envelopfout('de body van het foutbericht ontbreekt');
  const v = (n: string) => tekstVan(kind(body, STUF, n));
  const plek = v('plek');
  const code = v('code');
  if (!code) throw new Envelopfout('body.code van het foutbericht ontbreekt');
  return { code, plek: plek === 'server' ? 'server' : 'client', omschrijving: v('omschrijving') ?? '', ...(v('details') !== undefined && { details: v('details')! }) };
}

/**
 * Reads what a client posted to the endpoint: the SOAP envelope, the operation its soapAction names
 * (which must match the body), the stuurgegevens, and for a Di01/Du01 the base64 payload. Throws
 * Envelopfout with a Dutch explanation for everything that cannot be taken.
 */
export function leesVerzoek(bytes: Buffer, soapAction: string | undefined, grenzen: Leesgrenzen): Inkomend {
  const actie = soapAction?.trim().replace(/^"(.*)"$/, '$1');
  const code = (Object.keys(SOAPACTIONS) as Berichtcode[]).find((c) => SOAPACTIONS[c] === actie);
  if (!code) {
    throw new Envelopfout(`onbekende SOAPAction '${actie ?? ''}'; verwacht ${Object.values(SOAPACTIONS).join(', ')}`);
  }
  const el = soapBody(bytes, grenzen);
  const verwachtNs = code === 'Fo01' ? STUF : GGK;
  if (el.ns !== verwachtNs || el.naam !== ELEMENTEN[code]) {
    throw new Envelopfout(`de SOAPAction ${code} hoort bij ${ELEMENTEN[code]}, maar de Body bevat ${el.naam}`);
  }
  if (code === 'Fo01') {
    const stuurgegevens = leesStuurgegevens(kind(el, STUF, 'stuurgegevens'), 'Fo01', true, false) as Foutbericht['stuurgegevens'];
    return { soort: 'Fo01', bericht: { stuurgegevens, fout: leesFout(kind(el, STUF, 'body')) } };
  }
  return { soort: code, bericht: leesEnvelopbericht(el, code) };
}

/** Reads the answer to one of our requests. */
export function leesAntwoord(bytes: Buffer, grenzen: Leesgrenzen): Antwoord {
  const el = soapBody(bytes, grenzen);
  if (el.ns === STUF && el.naam === 'Bv03Bericht') {
    const s = kind(el, STUF, 'stuurgegevens');
    return { soort: 'Bv03', crossRefnummer: tekstVan(s && kind(s, STUF, 'crossRefnummer')) ?? '' };
  }
  if (el.ns === SOAP && el.naam === 'Fault') {
    const fo03 = kind(kind(el, '', 'detail') ?? el, STUF, 'Fo03Bericht');
    const fout = fo03 ? leesFout(kind(fo03, STUF, 'body')) : undefined;
    return { soort: 'Fault', melding: fout ? `Fo03 ${fout.code}: ${fout.omschrijving}` : (tekstVan(kind(el, '', 'faultstring')) ?? 'SOAP Fault') };
  }
  throw new Envelopfout(`verwacht een Bv03Bericht of een SOAP Fault, gevonden ${el.naam}`);
}
