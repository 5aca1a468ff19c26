/**
 * The 28 message types of iWmo 3.2 and iJw 3.2: name, domain, namespaces and model, and the pairing
 * of each heenbericht with its retourbericht.
 */
import { BERICHTCODES, definities, type Berichtnummer, type Definities } from './definities';
import type { Samengesteld, WaardeVan } from './model';
import { DOMEINEN, tegenrol, type Domein, type Rol } from '../woorden';

export const BERICHTNUMMERS = ['301', '302', '305', '306', '307', '308', '315', '316', '317', '318', '319', '320', '323', '325'] as const satisfies readonly Berichtnummer[];
export type { Berichtnummer };

export type Berichttype = `WMO${Berichtnummer}` | `JW${Berichtnummer}`;

/** The typed value of a message, inferred from the model: `Bericht<'307'>` is a Stop zorg. */
export type Bericht<N extends Berichtnummer = Berichtnummer> = WaardeVan<Definities[N]>;

/**
 * A message together with its number, so the number tells the compiler its shape:
 * `{ nummer: '305'; bericht: Bericht<'305'> } | { nummer: '307'; bericht: Bericht<'307'> } | …`.
 * Switch on `nummer` and `bericht` is typed; no casts.
 */
export type Genummerd = { [N in Berichtnummer]: { readonly nummer: N; readonly bericht: Bericht<N> } }[Berichtnummer];

/** A numbered message with its full type (domain and number), as it is received, judged and logged. */
export type Getypt = Genummerd & { readonly type: Berichttype };

/** Heenbericht number → retourbericht number. */
export const RETOUR_VAN: Readonly<Record<string, Berichtnummer>> = {
  '301': '302',
  '305': '306',
  '307': '308',
  '315': '316',
  '317': '318',
  '319': '320',
  '323': '325',
};
export const HEENBERICHTEN = Object.keys(RETOUR_VAN) as Berichtnummer[];

/** The heenbericht a retourbericht answers (325: the 323); undefined for a heenbericht. */
export function heenVan(retour: Berichtnummer): Berichtnummer | undefined {
  return HEENBERICHTEN.find((h) => RETOUR_VAN[h] === retour);
}

/** Who sends each heenbericht (the berichtstromen): the gemeente assigns and answers, the aanbieder reports, asks and declares. */
const VERZENDER: Readonly<Record<string, Rol>> = {
  '301': 'gemeente',
  '305': 'aanbieder',
  '307': 'aanbieder',
  '315': 'aanbieder',
  '317': 'aanbieder',
  '319': 'gemeente',
  '323': 'aanbieder',
};

/** The role that sends a message: a heenbericht's sender, or for a retourbericht (and the 325) the receiver of its heenbericht. */
export function verzenderVan(nummer: Berichtnummer): Rol {
  const heen = heenVan(nummer);
  return heen ? tegenrol(VERZENDER[heen]!) : VERZENDER[nummer]!;
}

/** The role a message is sent to. */
export function ontvangerVan(nummer: Berichtnummer): Rol {
  return tegenrol(verzenderVan(nummer));
}

export interface BerichtInfo {
  readonly type: Berichttype;
  readonly domein: Domein;
  readonly nummer: Berichtnummer;
  readonly berichtcode: string;
  readonly namespace: string;
  readonly basisNamespace: string;
  readonly model: Samengesteld;
  /** A retourbericht (302 ... 320, 325) rather than a heenbericht. */
  readonly isRetour: boolean;
  /** Name of the official XSD file, for tests that use it as an oracle. */
  readonly xsdBestand: string;
}

const STANDAARD: Record<Domein, { standaard: string; prefix: string; type: string }> = {
  wmo: { standaard: 'iwmo', prefix: 'wmo', type: 'WMO' },
  jw: { standaard: 'ijw', prefix: 'jw', type: 'JW' },
};

export function basisNamespace(d: Domein): string {
  return `http://www.istandaarden.nl/${STANDAARD[d].standaard}/3_2/basisschema/schema`;
}
export function berichtNamespace(d: Domein, nummer: string): string {
  return `http://www.istandaarden.nl/${STANDAARD[d].standaard}/3_2/${STANDAARD[d].prefix}${nummer}/schema`;
}
export function berichttype(d: Domein, nummer: Berichtnummer): Berichttype {
  return `${STANDAARD[d].type}${nummer}` as Berichttype;
}

function bouw(): Map<Berichttype, BerichtInfo> {
  const m = new Map<Berichttype, BerichtInfo>();
  for (const d of DOMEINEN) {
    const defs = definities(d);
    for (const nummer of BERICHTNUMMERS) {
      const type = berichttype(d, nummer);
      m.set(type, {
        type,
        domein: d,
        nummer,
        berichtcode: BERICHTCODES[d][nummer]!,
        namespace: berichtNamespace(d, nummer),
        basisNamespace: basisNamespace(d),
        model: defs[nummer] as Samengesteld,
        isRetour: !(nummer in RETOUR_VAN),
        xsdBestand: `${STANDAARD[d].standaard}-3.2/xsd/${type}.xsd`,
      });
    }
  }
  return m;
}

export const CATALOGUS: ReadonlyMap<Berichttype, BerichtInfo> = bouw();
const PER_NAMESPACE = new Map([...CATALOGUS.values()].map((i) => [i.namespace, i]));

export function berichtInfo(type: Berichttype): BerichtInfo {
  const i = CATALOGUS.get(type);
  if (!i) throw new Error(`onbekend berichttype ${type}`);
  return i;
}

/** The message type a root namespace identifies, or undefined when it is not one of the 28. */
export function infoVoorNamespace(ns: string): BerichtInfo | undefined {
  return PER_NAMESPACE.get(ns);
}

/**
 * A value built or read by the model-driven code (the codec, the retour mirror), with the type the
 * model guarantees for it: the one place where such a value gets its TypeScript type.
 */
export function getypt(type: Berichttype, bericht: unknown): Getypt {
  return { type, nummer: berichtInfo(type).nummer, bericht } as Getypt;
}

/** The messages by the name a tester uses, with their number. */
export const BERICHTNAMEN: Readonly<Record<Berichtnummer, string>> = {
  '301': 'toewijzingsbericht',
  '302': 'retourbericht op de toewijzing',
  '305': 'startbericht',
  '306': 'retourbericht op de start',
  '307': 'stopbericht',
  '308': 'retourbericht op de stop',
  '315': 'verzoek om toewijzing',
  '316': 'retourbericht op het verzoek om toewijzing',
  '317': 'verzoek om wijziging',
  '318': 'retourbericht op het verzoek om wijziging',
  '319': 'antwoordbericht',
  '320': 'retourbericht op het antwoord',
  '323': 'declaratiebericht',
  '325': 'declaratie-antwoord',
};
export function berichtnaam(n: Berichtnummer): string {
  return `${BERICHTNAMEN[n]} (${n})`;
}

/** Berichtklassen as a tester names them, with the path the retourcodes are reported on. */
export const KLASSEN: Readonly<Record<string, string>> = {
  'de Header': '/Bericht/Header',
  'de Client': '/Bericht/Client',
  'het Verzoek': '/Bericht/Client/Verzoek',
  'het Antwoord': '/Bericht/Antwoord',
  'de Declaratie': '/Bericht/Declaratie',
};
export const GENUMMERDE_KLASSEN: Readonly<Record<string, string>> = {
  ToegewezenProduct: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct',
  StartProduct: '/Bericht/Client/StartProducten/StartProduct',
  StopProduct: '/Bericht/Client/StopProducten/StopProduct',
  AangevraagdProduct: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct',
  TeWijzigenProduct: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct',
  OngewijzigdProduct: '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct',
  NieuwProduct: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct',
  Prestatie: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie',
};
export function klassePad(t: string): string {
  if (KLASSEN[t]) return KLASSEN[t];
  const [naam, n] = t.split(' ');
  return `${GENUMMERDE_KLASSEN[naam!]}[${n}]`;
}
/** The other way round, for what a tester reads: a path without a name stays the path. */
export function klasseNaam(pad: string): string {
  const vast = Object.entries(KLASSEN).find(([, p]) => p === pad);
  if (vast) return vast[0];
  const m = /^(.*)\[(\d+)\]$/.exec(pad);
  const naam = m && Object.entries(GENUMMERDE_KLASSEN).find(([, p]) => p === m[1]);
  return naam ? `${naam[0]} ${m![2]}` : pad;
}
