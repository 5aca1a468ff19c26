/**
 * The casuïstiek as data: each case is a sequence of steps between a gemeente and an aanbieder, in
 * the words of the case descriptions (dates, products, volumes), with what the standard requires to
 * happen after each step. One description drives three things: the in-process replay that proves
 * the rules (test), two simulators talking over HTTP (test), and the Dutch conformance scenarios
 * against a system under test (features/).
 */
import { STANDAARD_CLIENT } from '../simulator/berichten/bouwers';
import type { Berichtnummer } from '../simulator/berichten/catalogus';
import { DOMEINEN, type Domein } from '../simulator/berichten/model';
import { DOMEINCODES, type Product, type Sjablonen, type Stap as Berichtstap } from '../simulator/berichten/sjablonen';
import type { Actie, OmvangJson } from '../simulator/rollen/acties';
import type { Rol } from '../simulator/rollen/fouten';

/** Domain values a case uses by meaning (the case texts mix Wmo and Jw codes). */
export interface Domeinwaarden {
  readonly domein: Domein;
  readonly product: Product;
  readonly ander: Product;
  /** A Reden beëindiging by meaning: 'tijdelijk', 'volgensPlan', 'inOverleg', 'doorAanbieder', ... */
  reden(betekenis: keyof (typeof DOMEINCODES)['wmo']['reden']): string;
  productJson(p?: Product): { categorie: string; code?: string };
}

export function domeinwaarden(domein: Domein): Domeinwaarden {
  const c = DOMEINCODES[domein];
  return {
    domein,
    product: c.product,
    ander: c.ander,
    reden: (b) => c.reden[b],
    productJson: (p = c.product) => ({ categorie: p.Categorie, ...(p.Code && { code: p.Code }) }),
  };
}

/** The client of every case whose description does not name one: the builders' standard client (a test BSN). */
export const BSN = STANDAARD_CLIENT.Bsn;

/** The volume most cases assign: 3 hours (eenheid 04) a week (frequentie 2). */
export const UUR_PER_WEEK: OmvangJson = { volume: 3, eenheid: '04', frequentie: '2' };

/** What the heenbericht of a step must contain (checked on the message the actor sent). */
export type Inhoud =
  | { readonly soort: 'toewijzing'; readonly nummer: number | 'nieuw'; readonly velden?: Record<string, unknown> }
  | { readonly soort: 'geen-nieuwe-toewijzing' }
  | { readonly soort: 'antwoord'; readonly antwoord: '1' | '2'; readonly reden?: string; readonly woonplaatsbeginsel?: string }
  | { readonly soort: 'referentie-overgenomen' }
  | { readonly soort: 'start'; readonly nummer: number; readonly begindatum?: string }
  | { readonly soort: 'stop'; readonly nummer: number; readonly reden?: string; readonly einddatum?: string }
  | { readonly soort: 'prestaties-afgewezen'; readonly aantal: number }
  | { readonly soort: 'declaratie-antwoord'; readonly codes: readonly string[] };

export interface Verwachting {
  /** The heenbericht the step produces. */
  readonly bericht?: Berichtnummer;
  readonly inhoud?: readonly Inhoud[];
  /** The receiver's retourbericht: fully approved, codes on classes (0001 on the Header: rejected as a whole), or none at all (schema). */
  readonly retour?: 'goedgekeurd' | 'geen' | { readonly klasse: string; readonly code: string }[];
  /** What the receiver's retourbericht must contain besides its codes (a 325 lists only rejected prestaties). */
  readonly retourInhoud?: readonly Inhoud[];
  /** The reference party refuses this step (the standard does not allow it now). */
  readonly geweigerd?: boolean;
  /** Messages the receiving party sends by itself in reply (a GI's start), besides the retourbericht. */
  readonly volgt?: readonly { readonly door: Rol; readonly bericht: Berichtnummer; readonly inhoud?: readonly Inhoud[] }[];
}

export interface Stap {
  readonly titel: string;
  readonly door: Rol;
  /** The date of the step: the sender's Dagtekening and both parties' clock. */
  readonly datum: string;
  /** A business step (the simulator's /acties, or the trigger of a system under test)... */
  readonly actie?: Actie;
  /** ...or exactly this message, sent as it is by the counterpart (negative cases)... */
  readonly bericht?: (s: Sjablonen) => Berichtstap;
  /** ...or these bytes (technical rejection: schema, not XML). */
  readonly xml?: (s: Sjablonen) => string;
  readonly verwacht: Verwachting;
}

export interface Casus {
  readonly id: string;
  readonly titel: string;
  /** The domain whose case description it comes from. */
  readonly herkomst: Domein;
  readonly domeinen: readonly Domein[];
  /** The rules the case proves (tags of its scenarios). */
  readonly regels: readonly string[];
  /** The roles a system under test can have in this case. */
  readonly sutRollen: readonly Rol[];
  /** The session setup it needs: a GI, a tariff. */
  readonly opzet?: {
    readonly gi?: boolean;
    readonly tarieven?: boolean;
    readonly gemeente?: string;
    /** The case is tied to a historical fact (this one): in a run against a system under test it keeps its own dates. */
    readonly vasteDatums?: string;
  };
  /** Feature file and scenario name that implement it. */
  readonly feature: string;
  readonly stappen: (d: Domeinwaarden) => readonly Stap[];
}

/** A case as written in a group of cases that share their feature file, origin and (by default) both domains. */
export type Casusdeel = Omit<Casus, 'feature' | 'herkomst' | 'domeinen'> & Partial<Pick<Casus, 'herkomst' | 'domeinen'>>;

/** The cases of one feature file: what they share is said once, a case may still override herkomst and domeinen. */
export function casussenIn(feature: string, herkomst: Domein, casussen: readonly Casusdeel[]): Casus[] {
  return casussen.map((c) => ({ herkomst, domeinen: DOMEINEN, ...c, feature }));
}
