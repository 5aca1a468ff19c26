/**
 * A scenario as the suite plays it: steps between a gemeente and an aanbieder, each with what the
 * standard requires to happen after it. The step vocabulary (steps/) reads them from the Gherkin of
 * the features; the player (speler.ts) plays them against a system under test over real transports,
 * speelInProces (inproces.ts) in one process against the reference.
 */
import type { Berichtnummer } from '../simulator/standaard/berichten/catalogus';
import { DOMEINCODES, type Product, type Sjablonen, type Stap as Berichtstap } from '../simulator/standaard/berichten/sjablonen';
import type { BronnenConfig } from '../simulator/standaard/bronnen/bronnen';
import type { Domein, Rol } from '../simulator/standaard/woorden';
import type { Actie } from '../simulator/partij/acties';

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

/** A retourcode the receiver must give, on a berichtklasse (its path) or, without one, anywhere. */
export interface Retourverwachting {
  readonly klasse?: string;
  readonly code: string;
}

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
  /** The receiver's retourbericht: fully approved, codes (on classes; 0001 on the Header: rejected as a whole), or none at all (schema). */
  readonly retour?: 'goedgekeurd' | 'geen' | readonly Retourverwachting[];
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
  /** The client the step is about (the scenario's client then): its messages are found by it. */
  readonly client?: string;
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

/** How a scenario is set up besides its steps. */
export interface Opzet {
  /** Jw: the aanbieder is a gecertificeerde instelling (it reports start and stop by itself). */
  readonly gi?: boolean;
  /** Outside sources both parties use: the contract tariffs. */
  readonly bronnen?: BronnenConfig;
  /** CBS code of the gemeente, when not the standard one. */
  readonly gemeente?: string;
  /** Tied to a historical fact: against a real system the scenario keeps its own dates. */
  readonly vasteDatums?: boolean;
}

/** One scenario as the step vocabulary reads it from its Gherkin text: setup, steps, expectations. */
export interface Scenarioplan {
  readonly naam: string;
  readonly domein: Domein;
  readonly sutRol: Rol;
  readonly opzet: Opzet;
  readonly stappen: readonly Stap[];
}

/** One expectation, as one Then sentence states it about the step before it. */
export type Eis =
  | { readonly soort: 'retour'; readonly bericht?: Berichtnummer; readonly retour: 'goedgekeurd' | 'geen' | Retourverwachting }
  | { readonly soort: 'inhoud'; readonly bericht: Berichtnummer; readonly inhoud: Inhoud }
  | { readonly soort: 'retourinhoud'; readonly bericht: Berichtnummer; readonly inhoud: Inhoud }
  | { readonly soort: 'geweigerd' }
  | { readonly soort: 'volgt'; readonly door: Rol; readonly bericht: Berichtnummer; readonly inhoud?: Inhoud };

/** A step's expectations with one more. */
export function metEis(v: Verwachting, e: Eis): Verwachting {
  switch (e.soort) {
    case 'geweigerd':
      return { ...v, geweigerd: true };
    case 'volgt':
      return { ...v, volgt: [...(v.volgt ?? []), { door: e.door, bericht: e.bericht, ...(e.inhoud && { inhoud: [e.inhoud] }) }] };
    case 'inhoud':
      return { ...v, bericht: e.bericht, inhoud: [...(v.inhoud ?? []), e.inhoud] };
    case 'retourinhoud':
      return { ...v, bericht: e.bericht, retourInhoud: [...(v.retourInhoud ?? []), e.inhoud] };
    case 'retour': {
      const bericht = e.bericht ?? v.bericht;
      if (typeof e.retour === 'string') return { ...v, ...(bericht && { bericht }), retour: e.retour };
      const eerder = Array.isArray(v.retour) ? v.retour : [];
      return { ...v, ...(bericht && { bericht }), retour: [...eerder, e.retour] };
    }
  }
}
