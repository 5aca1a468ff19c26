/**
 * Generates mutated messages from valid ones, for the XSD parity test: deleted, duplicated, swapped,
 * moved and unknown elements, wrong namespaces, attributes, character content where only elements
 * may be, elements where only a value may be, and text values of many kinds per datatype.
 * Deterministic for a given seed.
 */
import { berichtInfo, CATALOGUS, type BerichtInfo, type Berichttype } from '../simulator/standaard/berichten/catalogus';
import { delenIn, isSamengesteld, voorDomein, type Type } from '../simulator/standaard/berichten/model';
import { leesTekst, type XmlElement } from '../simulator/standaard/xml/lezer';

interface Knoop {
  ns: string;
  naam: string;
  kinderen: Knoop[];
  /** Leaf content as XML source (already escaped; may hold markup such as CDATA or comments). */
  tekstXml: string;
  /** Raw XML placed at the start of a complex element's content. */
  voorXml: string;
  attributen: string[];
  type?: Type;
}

export interface Mutant {
  soort: string;
  beschrijving: string;
  xml: string;
}

function ontsnap(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function naarKnoop(el: XmlElement, type: Type | undefined, info: BerichtInfo): Knoop {
  const k: Knoop = { ns: el.ns, naam: el.naam, kinderen: [], tekstXml: '', voorXml: '', attributen: [], ...(type && { type }) };
  if (el.kinderen.length === 0) k.tekstXml = ontsnap(el.tekst);
  const delen = type && isSamengesteld(type) ? delenIn(type, info.domein) : [];
  for (const kind of el.kinderen) {
    k.kinderen.push(naarKnoop(kind, delen.find((d) => d.naam === kind.naam)?.type, info));
  }
  return k;
}

function kopie(k: Knoop): Knoop {
  return { ...k, kinderen: k.kinderen.map(kopie), attributen: [...k.attributen] };
}

/** Serializes with prefixes (p0, p1, ...) declared on the root, or with default namespaces per element. */
function schrijf(root: Knoop, stijl: 'prefix' | 'standaard'): string {
  const uit: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  if (stijl === 'prefix') {
    const prefixen = new Map<string, string>();
    const verzamel = (k: Knoop): void => {
      if (k.ns && !prefixen.has(k.ns)) prefixen.set(k.ns, `p${prefixen.size}`);
      k.kinderen.forEach(verzamel);
    };
    verzamel(root);
    const decl = [...prefixen].map(([ns, p]) => ` xmlns:${p}="${ns}"`).join('');
    const s = (k: Knoop, diepte: number): void => {
      const naam = k.ns ? `${prefixen.get(k.ns)}:${k.naam}` : k.naam;
      const attrs = (diepte === 0 ? decl : '') + k.attributen.map((a) => ` ${a}`).join('');
      schrijfKnoop(uit, k, naam, attrs, diepte, s);
    };
    s(root, 0);
  } else {
    const s = (k: Knoop, diepte: number, ouderNs: string): void => {
      const decl = k.ns !== ouderNs ? ` xmlns="${k.ns}"` : '';
      const attrs = decl + k.attributen.map((a) => ` ${a}`).join('');
      schrijfKnoop(uit, k, k.naam, attrs, diepte, (kind, d) => s(kind, d, k.ns));
    };
    s(root, 0, '');
  }
  return uit.join('');
}

function schrijfKnoop(uit: string[], k: Knoop, naam: string, attrs: string, diepte: number, kind: (k: Knoop, d: number) => void): void {
  const in_ = '  '.repeat(diepte);
  if (k.kinderen.length === 0 && k.voorXml === '') {
    uit.push(k.tekstXml === '' ? `${in_}<${naam}${attrs}/>\n` : `${in_}<${naam}${attrs}>${k.tekstXml}</${naam}>\n`);
    return;
  }
  uit.push(`${in_}<${naam}${attrs}>${k.voorXml}${k.tekstXml}\n`);
  for (const c of k.kinderen) kind(c, diepte + 1);
  uit.push(`${in_}</${naam}>\n`);
}

// ---------------------------------------------------------------------------------------------
// Values per datatype, as XML source.

const DATUMS = [
  '2026-02-28',
  '2024-02-29',
  '2026-02-29',
  '1900-02-29',
  '2000-02-29',
  '2027-06-31',
  '2026-04-31',
  '2026-12-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-01-32',
  '0000-01-01',
  '-0001-01-01',
  '-0004-02-29',
  '-0001-02-29',
  '12026-01-01',
  '012026-01-01',
  '0999-01-01',
  '2026-1-01',
  '2026-01-1',
  '26-01-01',
  ' 2026-01-01 ',
  '\n\t2026-01-01\n',
  '2026-01-01Z',
  '2026-01-01+01:00',
  '2026-01-01-05:00',
  '2026-01-01T00:00:00',
  '+2026-01-01',
  '',
  ' ',
  '2026/01/01',
  '2026-01-01 x',
  '99999999999-12-31',
  '999999999999999999999-01-01',
  '٢٠٢٦-٠١-٠١',
  '2026-01-01<!--c-->',
  '<![CDATA[2026-01-01]]>',
  '20&#50;6-01-01',
];

const TIJDEN = [
  '12:34:56',
  '00:00:00',
  '23:59:59',
  '24:00:00',
  '24:00:00.000',
  '24:00:00.5',
  '24:00:01',
  '23:59:60',
  '12:34:56.789',
  '12:34:56.',
  '12:34',
  '1:02:03',
  '12:34:56Z',
  '12:34:56+01:00',
  '12:34:56-01:00',
  '12:34:56-14:00',
  '12:34:56-14:30',
  '12:34:56-15:00',
  '12:34:56-00:00',
  ' 12:34:56 ',
  '',
  '12:60:00',
  'twaalf',
  '12:34:56.5-05:00',
  '12-34-56',
  '123456',
];

function gehelen(min: number, max: number, vast?: string): string[] {
  const w = [
    String(min),
    String(max),
    String(max + 1),
    String(min - 1),
    '-0',
    '+0',
    '+1',
    '007',
    ' 5 ',
    '\t5\n',
    '5.0',
    '5.',
    '1e3',
    '0x1A',
    '',
    ' ',
    'abc',
    '1 000',
    '١',
    '99999999999999999999999999',
    '00000000000000000000000000001',
    '+',
    '-',
    '--1',
    '1,5',
    `${max}<!--c-->`,
    '<![CDATA[7]]>',
  ];
  if (vast !== undefined) w.push(vast, ` ${vast} `, `0${vast}`, `+${vast}`, String(Number(vast) + 1));
  return w;
}

function teksten(t: Extract<Type, { soort: 'tekst' }>, info: BerichtInfo): string[] {
  const w: string[] = ['', ' ', '\t', 'x', ' x', 'x ', 'a\nb', 'a&#13;b', '&#160;', '&amp;&lt;&gt;', '<![CDATA[x]]>', 'x<!--c-->y', '<!--c-->', 'x<?pi ok?>', 'é'];
  const max = t.maxLengte;
  if (max !== undefined) w.push('x'.repeat(max), 'x'.repeat(max + 1), 'é'.repeat(max), '😀'.repeat(max), '😀'.repeat(max + 1));
  else w.push('x'.repeat(5000), 'lange tekst '.repeat(500));
  if (t.minLengte) w.push('x'.repeat(Math.max(0, t.minLengte - 1)));
  const enumWaarden = t.waarden ? voorDomein(t.waarden, info.domein) : undefined;
  if (enumWaarden) {
    w.push(...enumWaarden, ` ${enumWaarden[0]}`, `${enumWaarden[0]} `, '00', '99', '0', 'ZZ', enumWaarden[0]!.toLowerCase());
    const ander = info.domein === 'wmo' ? 'jw' : 'wmo';
    if (t.waarden && typeof t.waarden === 'object' && 'wmo' in t.waarden) w.push(...voorDomein(t.waarden, ander).slice(0, 6));
  }
  const p = t.patroon?.regex ?? '';
  const cijfers = /\{(\d+)\}/.exec(p);
  if (cijfers) {
    const n = Number(cijfers[1]);
    w.push('1'.repeat(n), '1'.repeat(n - 1), '1'.repeat(n + 1), '١'.repeat(n), `${'1'.repeat(n - 1)}a`, ` ${'1'.repeat(n - 1)}`);
  }
  if (p.includes('(0|[1-9]')) w.push('1.0.0', '01.0.0', '1.0', '1.0.0.0', '10.20.30', ' 1.0.0', 'a.b.c', '1..0');
  if (p.includes('u00C0')) w.push('AB', 'A.B', 'A B', 'ÀỳZ', 'Ỵ', 'ß', 'ab1', 'ÀÁ×');
  if (p === '^[a-zA-Z0-9]+$') w.push('DN001', 'DN-001', 'DN 001', 'ÄB');
  if (p === '^[0-9]*$') w.push('0201234567', '+31201234567', '020-1234567');
  if (p.startsWith('^[ \\t\\n\\r]*')) w.push('\n\n', 'a\nb', ' . ', '...', '\n.\n');
  return w;
}

function waardenVoor(t: Type, info: BerichtInfo): string[] {
  switch (t.soort) {
    case 'datum':
      return DATUMS;
    case 'tijd':
      return TIJDEN;
    case 'geheel':
      return gehelen(t.min, t.max, t.vast);
    case 'tekst':
      return teksten(t, info);
    default:
      return [];
  }
}

function xmlWaarde(w: string): string {
  // Values holding markup or references are XML source already; plain ones need escaping of nothing but '<' and '&'.
  return /<|&#|&amp;|&lt;|&gt;/.test(w) ? w : ontsnap(w);
}

// ---------------------------------------------------------------------------------------------

/** A small seeded PRNG (mulberry32), so the mutant set is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plek {
  knoop: Knoop;
  ouder?: Knoop;
  index: number;
  pad: string;
}

function plekken(root: Knoop): Plek[] {
  const uit: Plek[] = [];
  const loop = (k: Knoop, ouder: Knoop | undefined, index: number, pad: string): void => {
    uit.push({ knoop: k, ...(ouder && { ouder }), index, pad });
    k.kinderen.forEach((c, i) => loop(c, k, i, `${pad}/${c.naam}`));
  };
  loop(root, undefined, 0, '/Bericht');
  return uit;
}

/** Applies `f` to a copy of the tree at the place with the same index in document order. */
function opKopie(root: Knoop, plekIndex: number, f: (p: Plek, root: Knoop) => boolean | undefined): Knoop | undefined {
  const r = kopie(root);
  const p = plekken(r)[plekIndex]!;
  return f(p, r) === false ? undefined : r;
}

/** All mutants of one valid message; the caller samples. */
export function mutanten(basisXml: string, type: Berichttype): Mutant[] {
  const info = berichtInfo(type);
  const root = naarKnoop(leesTekst(basisXml), info.model, info);
  const alle = plekken(root);
  const uit: Mutant[] = [];
  const anderDomein = [...CATALOGUS.values()].find((i) => i.domein !== info.domein && i.nummer === info.nummer)!;
  const anderBericht = [...CATALOGUS.values()].find((i) => i.domein === info.domein && i.nummer !== info.nummer)!;
  const voeg = (soort: string, beschrijving: string, r: Knoop | undefined, i: number): void => {
    if (r) uit.push({ soort, beschrijving, xml: schrijf(r, i % 3 === 0 ? 'standaard' : 'prefix') });
  };

  alle.forEach((p, i) => {
    const pad = p.pad;
    const isBlad = p.knoop.kinderen.length === 0 && !(p.knoop.type && isSamengesteld(p.knoop.type));
    if (p.ouder) {
      voeg(
        'verwijderd',
        `${pad} verwijderd`,
        opKopie(root, i, (q) => void q.ouder!.kinderen.splice(q.index, 1)),
        i,
      );
      voeg(
        'gedupliceerd',
        `${pad} twee keer`,
        opKopie(root, i, (q) => void q.ouder!.kinderen.splice(q.index + 1, 0, kopie(q.knoop))),
        i,
      );
      voeg(
        'verwisseld',
        `${pad} met volgende verwisseld`,
        opKopie(root, i, (q) => {
          const b = q.ouder!.kinderen;
          if (q.index + 1 >= b.length || b[q.index + 1]!.naam === q.knoop.naam) return false;
          [b[q.index], b[q.index + 1]] = [b[q.index + 1]!, b[q.index]!];
        }),
        i,
      );
      voeg(
        'verplaatst',
        `${pad} naar het begin van de ouder`,
        opKopie(root, i, (q) => {
          if (q.index === 0) return false;
          const [k] = q.ouder!.kinderen.splice(q.index, 1);
          q.ouder!.kinderen.unshift(k!);
        }),
        i,
      );
      voeg(
        'verplaatst',
        `${pad} een niveau omhoog`,
        opKopie(root, i, (q, r) => {
          const grootouder = plekken(r).find((x) => x.knoop === q.ouder);
          if (!grootouder?.ouder) return false;
          q.ouder!.kinderen.splice(q.index, 1);
          grootouder.ouder.kinderen.splice(grootouder.index + 1, 0, q.knoop);
        }),
        i,
      );
      const nsVarianten: [string, string][] = [
        ['basis', info.basisNamespace],
        ['bericht', info.namespace],
        ['ander domein', p.knoop.ns === info.namespace ? anderDomein.namespace : anderDomein.basisNamespace],
        ['ander bericht', anderBericht.namespace],
        ['versie 3.1', p.knoop.ns.replace('3_2', '3_1')],
        ['geen', ''],
      ];
      for (const [naam, ns] of nsVarianten) {
        if (ns === p.knoop.ns) continue;
        voeg(
          'namespace',
          `${pad} in namespace ${naam}`,
          opKopie(root, i, (q) => void (q.knoop.ns = ns)),
          i,
        );
      }
    }
    if (!isBlad) {
      const onbekend: [string, Knoop][] = [
        ['bericht-ns', { ns: info.namespace, naam: 'Onbekend', kinderen: [], tekstXml: 'x', voorXml: '', attributen: [] }],
        ['basis-ns', { ns: info.basisNamespace, naam: 'Extra', kinderen: [], tekstXml: '1', voorXml: '', attributen: [] }],
        ['geen ns', { ns: '', naam: 'Bsn', kinderen: [], tekstXml: '999900006', voorXml: '', attributen: [] }],
        ['vreemde ns', { ns: 'urn:vreemd', naam: 'Commentaar', kinderen: [], tekstXml: 'x', voorXml: '', attributen: [] }],
      ];
      for (const [naam, k] of onbekend) {
        voeg(
          'onbekend element',
          `onbekend element (${naam}) in ${pad}`,
          opKopie(root, i, (q) => void q.knoop.kinderen.splice(Math.min(1, q.knoop.kinderen.length), 0, k)),
          i,
        );
        voeg(
          'onbekend element',
          `onbekend element (${naam}) aan het eind van ${pad}`,
          opKopie(root, i, (q) => void q.knoop.kinderen.push(k)),
          i,
        );
      }
      for (const x of ['x', '  \n\t', '&#160;', '&#32;', '<![CDATA[ ]]>', '<![CDATA[x]]>', '<!-- opmerking -->', '<?pi data?>', '&amp;']) {
        voeg(
          'tekst in samengesteld',
          `${JSON.stringify(x)} in ${pad}`,
          opKopie(root, i, (q) => void (q.knoop.voorXml = x)),
          i,
        );
      }
      voeg(
        'leeg',
        `${pad} zonder inhoud`,
        opKopie(root, i, (q) => void (q.knoop.kinderen = [])),
        i,
      );
    } else {
      const t = p.knoop.type;
      for (const w of t ? waardenVoor(t, info) : []) {
        voeg(
          'waarde',
          `${pad} = ${JSON.stringify(w.slice(0, 40))}`,
          opKopie(root, i, (q) => void (q.knoop.tekstXml = xmlWaarde(w))),
          i,
        );
      }
      voeg(
        'element in waarde',
        `element in ${pad}`,
        opKopie(root, i, (q) => void q.knoop.kinderen.push({ ns: q.knoop.ns, naam: 'Kind', kinderen: [], tekstXml: '', voorXml: '', attributen: [] })),
        i,
      );
    }
    const xsi = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
    const typeNaam = p.knoop.type?.naam;
    const attrs = [
      'id="1"',
      'xml:lang="nl"',
      `${xsi} xsi:nil="true"`,
      `${xsi} xsi:schemaLocation="urn:a b.xsd"`,
      `${xsi} xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:type="xs:string"`,
      `${xsi} xsi:onbekend="1"`,
      ...(typeNaam ? [`${xsi} xmlns:t="${p.knoop.type!.plaats === 'basis' ? info.basisNamespace : info.namespace}" xsi:type="t:${typeNaam}"`] : []),
    ];
    if (i % 4 === 0 || !p.ouder) {
      for (const a of attrs)
        voeg(
          'attribuut',
          `${pad} met ${a.split(' ').pop()}`,
          opKopie(root, i, (q) => void q.knoop.attributen.push(a)),
          i,
        );
    }
  });

  // The root namespace decides the message type.
  for (const [naam, ns] of [
    ['ander domein', anderDomein.namespace],
    ['ander bericht', anderBericht.namespace],
    ['versie 3.1', info.namespace.replace('3_2', '3_1')],
    ['geen', ''],
  ] as const) {
    const r = kopie(root);
    r.ns = ns;
    uit.push({ soort: 'root-namespace', beschrijving: `Bericht in namespace ${naam}`, xml: schrijf(r, 'prefix') });
  }
  return uit;
}

/** A deterministic sample of at least `n` mutants, keeping every kind represented. */
export function steekproef(alle: Mutant[], n: number, seed: number): Mutant[] {
  if (alle.length <= n) return alle;
  const r = rng(seed);
  const perSoort = new Map<string, Mutant[]>();
  for (const m of alle) (perSoort.get(m.soort) ?? perSoort.set(m.soort, []).get(m.soort)!).push(m);
  const gekozen = new Set<Mutant>();
  for (const lijst of perSoort.values()) {
    for (let i = 0; i < Math.min(lijst.length, 20); i++) gekozen.add(lijst[Math.floor(r() * lijst.length)]!);
  }
  const rest = alle.filter((m) => !gekozen.has(m));
  while (gekozen.size < n && rest.length) {
    const i = Math.floor(r() * rest.length);
    gekozen.add(rest[i]!);
    rest[i] = rest[rest.length - 1]!;
    rest.pop();
  }
  return [...gekozen];
}
