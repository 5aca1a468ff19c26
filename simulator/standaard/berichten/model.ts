/**
 * The message model's vocabulary: simple datatypes (LDT), composite types (CDT and the
 * message classes) and the elements in them. Everything the codec, the JSON Schema
 * derivation and the builders know about a message comes from values built with these.
 *
 * The TypeScript types of messages are inferred from the same values (see `Waarde`), so the
 * model is written once and the compiler keeps code that reads messages in step with it.
 */

import type { Domein } from '../woorden';

/** Where an element or type is declared: the shared basisschema or the message's own schema. */
export type Plaats = 'basis' | 'bericht';

/** A value that may differ per domain (the two code lists that do: ProductCategorie, RedenBeeindiging). */
export type PerDomein<T> = T | { readonly wmo: T; readonly jw: T };

export function voorDomein<T>(v: PerDomein<T>, d: Domein): T {
  if (v !== null && typeof v === 'object' && 'wmo' in (v as object) && 'jw' in (v as object)) {
    return (v as { wmo: T; jw: T })[d];
  }
  return v as T;
}

/**
 * A restriction by pattern. `regex` is a JavaScript regular expression (run with the `u` flag) that
 * accepts exactly the strings the XSD pattern accepts, as libxml2 reads it; written by hand so it
 * runs in linear time. `uitleg` says in Dutch what is expected.
 */
export interface Patroon {
  readonly regex: string;
  readonly uitleg: string;
}

interface TypeBasis {
  /** The XSD type name (LDT_..., CDT_..., or the message's own complex type name); absent for anonymous types. */
  readonly naam?: string;
  readonly plaats: Plaats;
}

/** xs:string restriction; whitespace is preserved, lengths count characters. */
export interface Tekst extends TypeBasis {
  readonly soort: 'tekst';
  readonly minLengte?: number;
  readonly maxLengte?: number;
  readonly patroon?: Patroon;
  readonly waarden?: PerDomein<readonly string[]>;
}

/** xs:integer restriction; whitespace is collapsed. `vast` is a fixed lexical form (BerichtVersie). */
export interface Geheel extends TypeBasis {
  readonly soort: 'geheel';
  readonly min: number;
  readonly max: number;
  readonly vast?: string;
}

/** xs:date without time zone. */
export interface Datum extends TypeBasis {
  readonly soort: 'datum';
}

/** xs:time without 'Z' or '+' (see `tijd.ts`). */
export interface Tijd extends TypeBasis {
  readonly soort: 'tijd';
}

export type Enkelvoudig = Tekst | Geheel | Datum | Tijd;

/** Cardinality as in the XSD: 1..1, 0..1, 1..unbounded, 0..unbounded. */
export type Aantal = '1' | '?' | '+' | '*';

export interface Deel<N extends string = string, T extends Type = Type, A extends Aantal = Aantal> {
  readonly naam: N;
  readonly type: T;
  readonly aantal: A;
  /** Only present in these domains (GezagsdragerBekend, Woonplaatsbeginsel are Jw only). */
  readonly alleen?: Domein;
}

export interface Samengesteld<N extends string = string, D extends readonly Deel[] = readonly Deel[]> extends TypeBasis {
  readonly soort: 'samengesteld';
  readonly naam: N;
  readonly delen: D;
  /**
   * A berichtklasse: a unit that gets its own RetourCodes in the retourbericht (Client,
   * ToegewezenProduct, StopProduct, ...). Containers such as ToegewezenProducten are not.
   */
  readonly klasse: boolean;
}

export type Type = Enkelvoudig | Samengesteld<string, readonly Deel[]>;

// ---------------------------------------------------------------------------------------------
// Constructors

export function deel<N extends string, T extends Type>(naam: N, type: T): Deel<N, T, '1'>;
export function deel<N extends string, T extends Type, A extends Aantal>(naam: N, type: T, aantal: A, opties?: { alleen?: Domein }): Deel<N, T, A>;
export function deel(naam: string, type: Type, aantal: Aantal = '1', opties: { alleen?: Domein } = {}): Deel {
  return { naam, type, aantal, ...opties };
}

/** A composite type declared in the basisschema (CDT_...). */
export function cdt<N extends string, const D extends readonly Deel[]>(naam: N, delen: D): Samengesteld<N, D> {
  return { soort: 'samengesteld', naam, plaats: 'basis', delen, klasse: false };
}

/** A berichtklasse declared in the message schema. */
export function klasse<N extends string, const D extends readonly Deel[]>(naam: N, delen: D): Samengesteld<N, D> {
  return { soort: 'samengesteld', naam, plaats: 'bericht', delen, klasse: true };
}

/** A complex type in the message schema that is not a berichtklasse (Root, containers). */
export function groep<N extends string, const D extends readonly Deel[]>(naam: N, delen: D): Samengesteld<N, D> {
  return { soort: 'samengesteld', naam, plaats: 'bericht', delen, klasse: false };
}

/** A container holding one or more of one klasse: `ToegewezenProducten` holds `ToegewezenProduct`+. */
export function lijst<N extends string, I extends string, T extends Type>(naam: N, item: I, type: T): Samengesteld<N, readonly [Deel<I, T, '+'>]> {
  return groep(naam, [deel(item, type, '+')] as const);
}

// ---------------------------------------------------------------------------------------------
// Types of message values, inferred from the model.

type Vlak<T> = { [K in keyof T]: T[K] } & {};

/** The value of a simple type in a typed message: integers are numbers, all else strings. */
export type WaardeVan<T> = T extends Geheel ? number : T extends Tekst | Datum | Tijd ? string : T extends Samengesteld<string, infer D> ? ObjectVan<D> : never;

type VeldVan<P> = P extends Deel<string, infer T, infer A> ? (A extends '+' | '*' ? WaardeVan<T>[] : WaardeVan<T>) : never;

export type ObjectVan<D extends readonly Deel[]> = Vlak<
  { -readonly [P in D[number] as P['aantal'] extends '?' | '*' ? never : P['naam']]: VeldVan<P> } & {
    -readonly [P in D[number] as P['aantal'] extends '?' | '*' ? P['naam'] : never]?: VeldVan<P>;
  }
>;

/** Raw form: the same shape with every simple value as the text found in the XML. */
export type Ruw = { [naam: string]: string | Ruw | (string | Ruw)[] };

// ---------------------------------------------------------------------------------------------
// Walking the model at run time.

export function isSamengesteld(t: Type): t is Samengesteld {
  return t.soort === 'samengesteld';
}

export function isHerhaald(d: Deel): boolean {
  return d.aantal === '+' || d.aantal === '*';
}

export function isVerplicht(d: Deel): boolean {
  return d.aantal === '1' || d.aantal === '+';
}

/** The parts of a composite type that exist in a domain. */
export function delenIn(t: Samengesteld, d: Domein): readonly Deel[] {
  return t.delen.some((p) => p.alleen) ? t.delen.filter((p) => !p.alleen || p.alleen === d) : t.delen;
}
