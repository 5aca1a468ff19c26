/**
 * XML ⇄ message objects, by namespace and never by prefix.
 *
 * Reading walks the element tree along the model: it checks what a JSON object cannot carry
 * (element order, namespaces, attributes, character content in element-only content) and
 * produces the raw form (`Ruw`): the same shape as the typed message, every simple value still
 * the text from the XML. `naarTyped` turns a raw form that passed validation into the typed message;
 * `naarRuw` and `schrijfXml` go the other way.
 */
import { berichtInfo, type BerichtInfo, type Berichttype } from './catalogus';
import { delenIn, isHerhaald, isSamengesteld, type Deel, type Ruw, type Samengesteld, type Type } from './model';
import type { Bevinding } from './schema';
import { collapse } from './waarden';
import { XSI, type XmlElement } from '../xml/lezer';

interface Context {
  readonly info: BerichtInfo;
  readonly bevindingen: Bevinding[];
}

function nsVan(t: Samengesteld, info: BerichtInfo): string {
  return t.plaats === 'basis' ? info.basisNamespace : info.namespace;
}

function naamMetNs(ns: string, naam: string): string {
  return ns ? `{${ns}}${naam}` : naam;
}

function fout(ctx: Context, pad: string, melding: string): void {
  ctx.bevindingen.push({ pad, melding, regel: 'XSD' });
}

function controleerAttributen(el: XmlElement, type: Type, pad: string, ctx: Context): void {
  for (const a of el.attributen) {
    if (a.ns === XSI) {
      if (a.naam === 'schemaLocation' || a.naam === 'noNamespaceSchemaLocation') continue;
      if (a.naam === 'nil') {
        fout(ctx, pad, `attribuut ${a.qnaam} is niet toegestaan: het element mag niet leeg (nil) zijn`);
        continue;
      }
      if (a.naam === 'type') {
        const lokaal = a.waarde.trim().split(':').pop();
        const typeNs = type.plaats === 'basis' ? ctx.info.basisNamespace : ctx.info.namespace;
        if (type.naam && lokaal === type.naam && a.waardeNs === typeNs) continue;
        fout(ctx, pad, `xsi:type '${a.waarde}' is niet toegestaan: het element heeft type ${type.naam ?? '(anoniem)'}`);
        continue;
      }
    }
    fout(ctx, pad, `attribuut ${a.qnaam} is niet toegestaan`);
  }
}

function leesWaarde(el: XmlElement, type: Type, pad: string, ctx: Context): string | Ruw {
  if (el.attributen.length > 0) controleerAttributen(el, type, pad, ctx);
  if (!isSamengesteld(type)) {
    if (el.kinderen.length > 0) {
      fout(ctx, pad, `bevat element ${el.kinderen[0]!.naam}, maar mag alleen een waarde bevatten`);
    }
    return el.tekst;
  }
  if (el.tekenInhoud) fout(ctx, pad, 'bevat tekst, maar mag alleen elementen bevatten');
  return leesSequence(el, type, pad, ctx);
}

/**
 * Matches the children against the type's sequence. All sequences in the standard have distinct
 * element names, so a greedy match is exact: a child must name a part at or after the current one.
 */
function leesSequence(el: XmlElement, type: Samengesteld, pad: string, ctx: Context): Ruw {
  const delen = delenIn(type, ctx.info.domein);
  const ns = nsVan(type, ctx.info);
  const uit: Ruw = {};
  let huidig = 0;
  let aantal = 0;
  for (const kind of el.kinderen) {
    let j = -1;
    if (kind.ns === ns) {
      for (let k = huidig; k < delen.length; k++) {
        if (delen[k]!.naam === kind.naam) {
          j = k;
          break;
        }
      }
    }
    if (j === -1) {
      const volgende = aantal > 0 && !isHerhaald(delen[huidig]!) ? huidig + 1 : huidig;
      onverwacht(kind, delen, volgende, ns, pad, ctx);
      continue;
    }
    const p = delen[j]!;
    if (j === huidig && aantal > 0 && !isHerhaald(p)) {
      fout(ctx, `${pad}/${kind.naam}`, 'komt vaker voor dan toegestaan (hoogstens één keer)');
      continue;
    }
    if (j !== huidig) {
      huidig = j;
      aantal = 0;
    }
    aantal++;
    if (isHerhaald(p)) {
      const waarde = leesWaarde(kind, p.type, `${pad}/${kind.naam}[${aantal}]`, ctx);
      ((uit[p.naam] ??= []) as (string | Ruw)[]).push(waarde);
    } else {
      uit[p.naam] = leesWaarde(kind, p.type, `${pad}/${kind.naam}`, ctx);
    }
  }
  return uit;
}

function onverwacht(kind: XmlElement, delen: readonly Deel[], volgende: number, ns: string, pad: string, ctx: Context): void {
  const p = `${pad}/${kind.naam}`;
  const bekend = delen.findIndex((d) => d.naam === kind.naam);
  const verwacht = delen.slice(volgende).map((d) => d.naam);
  const verwachtTekst = verwacht.length ? `verwacht hier ${verwacht.slice(0, 4).join(', ')}${verwacht.length > 4 ? ', ...' : ''}` : 'hier wordt geen element meer verwacht';
  if (bekend >= 0 && kind.ns !== ns) {
    fout(ctx, p, `element heeft namespace '${kind.ns}', verwacht '${ns}'`);
  } else if (bekend >= 0) {
    fout(ctx, p, `element staat op de verkeerde plaats of komt te vaak voor; ${verwachtTekst}`);
  } else {
    fout(ctx, p, `onbekend element ${naamMetNs(kind.ns, kind.naam)}; ${verwachtTekst}`);
  }
}

/** Reads the root element of a known message type into its raw form; findings go to `bevindingen`. */
export function leesBericht(root: XmlElement, type: Berichttype, bevindingen: Bevinding[]): Ruw {
  const info = berichtInfo(type);
  const ctx: Context = { info, bevindingen };
  if (root.naam !== 'Bericht') {
    fout(ctx, `/${root.naam}`, `het hoofdelement heet '${root.naam}', verwacht 'Bericht'`);
  }
  const ruw = leesWaarde(root, info.model, '/Bericht', ctx);
  return typeof ruw === 'string' ? {} : ruw;
}

// ---------------------------------------------------------------------------------------------
// Raw ⇄ typed

/** Typed value of a validated raw form: integers become numbers, dates and times are collapsed. */
export function naarTyped<T>(type: Berichttype, ruw: Ruw): T {
  const info = berichtInfo(type);
  const omzetten = (t: Type, w: string | Ruw): unknown => {
    if (isSamengesteld(t)) {
      const o = w as Ruw;
      const uit: Record<string, unknown> = {};
      for (const p of delenIn(t, info.domein)) {
        const v = o[p.naam];
        if (v === undefined) continue;
        uit[p.naam] = isHerhaald(p) ? (v as (string | Ruw)[]).map((x) => omzetten(p.type, x)) : omzetten(p.type, v as string | Ruw);
      }
      return uit;
    }
    const s = w as string;
    switch (t.soort) {
      case 'geheel':
        return Number(collapse(s)) + 0; // + 0 turns -0 into 0
      case 'datum':
      case 'tijd':
        return collapse(s);
      case 'tekst':
        return s;
    }
  };
  return omzetten(info.model, ruw) as T;
}

/** Raw form of a typed message (numbers to text); parts unknown to the model are kept so validation reports them. */
export function naarRuw(type: Berichttype, bericht: unknown): Ruw {
  const info = berichtInfo(type);
  const omzetten = (t: Type, w: unknown): unknown => {
    if (isSamengesteld(t)) {
      if (w === null || typeof w !== 'object' || Array.isArray(w)) return w;
      const o = w as Record<string, unknown>;
      const uit: Record<string, unknown> = {};
      const delen = new Map(delenIn(t, info.domein).map((p) => [p.naam, p]));
      for (const [k, v] of Object.entries(o)) {
        if (v === undefined) continue;
        const p = delen.get(k);
        if (!p) uit[k] = v;
        else if (isHerhaald(p) && Array.isArray(v)) uit[k] = v.map((x) => omzetten(p.type, x));
        else uit[k] = omzetten(p.type, v);
      }
      return uit;
    }
    return typeof w === 'number' ? String(w) : w;
  };
  return omzetten(info.model, bericht) as Ruw;
}

// ---------------------------------------------------------------------------------------------
// Writing

function ontsnap(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** The prefixes used when writing: as in the published examples (wmo301 / iwmo, jw301 / ijw). */
function prefixen(info: BerichtInfo): { bericht: string; basis: string } {
  return info.domein === 'wmo' ? { bericht: `wmo${info.nummer}`, basis: 'iwmo' } : { bericht: `jw${info.nummer}`, basis: 'ijw' };
}

/** Serializes a raw form as XML, parts in model order. */
export function schrijfRuw(type: Berichttype, ruw: Ruw): string {
  const info = berichtInfo(type);
  const px = prefixen(info);
  const uit: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const schrijf = (t: Type, naam: string, prefix: string, w: string | Ruw, inspring: string): void => {
    if (!isSamengesteld(t)) {
      uit.push(`${inspring}<${prefix}:${naam}>${ontsnap(w as string)}</${prefix}:${naam}>\n`);
      return;
    }
    const o = w as Ruw;
    const kindPrefix = t.plaats === 'basis' ? px.basis : px.bericht;
    const kop = inspring === '' ? `<${prefix}:${naam} xmlns:${px.bericht}="${info.namespace}" xmlns:${px.basis}="${info.basisNamespace}">` : `${inspring}<${prefix}:${naam}>`;
    uit.push(`${kop}\n`);
    for (const p of delenIn(t, info.domein)) {
      const v = o[p.naam];
      if (v === undefined) continue;
      for (const item of isHerhaald(p) ? (v as (string | Ruw)[]) : [v as string | Ruw]) {
        schrijf(p.type, p.naam, kindPrefix, item, `${inspring}  `);
      }
    }
    uit.push(`${inspring}</${prefix}:${naam}>\n`);
  };
  schrijf(info.model, 'Bericht', px.bericht, ruw, '');
  return uit.join('');
}

export function schrijfXml(type: Berichttype, bericht: unknown): string {
  return schrijfRuw(type, naarRuw(type, bericht));
}
