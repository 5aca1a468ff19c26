/**
 * What a rule is: a technical rule (TR), condition (CD) or constraint (CS) of iWmo/iJw 3.2, with its
 * controleniveau, its retourcode, the messages it applies to per domain, its check, and its examples
 * (a breaking and a passing case, run by the rule tests). Each rule lives in its own file under
 * `simulator/standaard/regels/<familie>/`.
 */
import type { Bericht, Berichtnummer, Berichttype } from '../berichten/catalogus';
import type { Domein } from '../woorden';
import type { Sjablonen, Stap } from '../berichten/sjablonen';
import type { Bronnen, BronnenConfig } from '../bronnen/bronnen';
import type { Toestand } from '../toestand/toestand';

/**
 * Controleniveau (IV088): 1 schema (XSD), 2 within the message (xslt, CD/CS; whole message rejected
 * with 0001), 3 across messages, 4 against an outside source.
 */
export type Niveau = 'schema' | 'bericht' | 'berichtoverstijgend' | 'externe-bron';

export type Familie = 'xslt' | 'berichtoverstijgend' | 'externe-bron' | 'conditie' | 'constraint';

export interface Overtreding {
  /** Path of the berichtklasse that gets the retourcode: /Bericht/Client/StopProducten/StopProduct[1] */
  readonly klasse: string;
  /** The element within the class the finding is about, when there is one (Einddatum, Product/Code). */
  readonly element?: string;
  /** What is wrong, in Dutch, with the values found. */
  readonly melding: string;
}

export interface RegelContext<N extends Berichtnummer = Berichtnummer> {
  readonly domein: Domein;
  readonly nummer: N;
  readonly type: Berichttype;
  readonly bericht: Bericht<N>;
  readonly toestand: Toestand;
  readonly bronnen: Bronnen;
  /** The receiving party's system date (TR135 and rules that speak of 'huidige datum'). */
  readonly systeemdatum: string;
}

export interface Voorbeeld {
  readonly naam: string;
  /** Domains the example runs in; default every domain the rule applies to. */
  readonly domeinen?: readonly Domein[];
  readonly systeemdatum?: string;
  readonly bronnen?: BronnenConfig;
  /** Messages exchanged before, each of which must be accepted. */
  readonly geschiedenis?: (s: Sjablonen) => Stap[];
  readonly bericht: (s: Sjablonen) => Stap;
  /** Rules that necessarily fire together with this one on this example (CD077 and CD078 are one condition from two sides). */
  readonly metRegels?: readonly string[];
  /** `goed`: fully approved. Otherwise exactly this class gets exactly this code (default: the rule's). */
  readonly verwacht: 'goed' | { readonly klasse: string; readonly code?: string };
}

type Controles = { [N in Berichtnummer]?: (ctx: RegelContext<N>) => Overtreding[] };

export interface RegelDefinitie {
  readonly code: string;
  readonly familie: Familie;
  /** The official retourcode; null where the standard gives none (schema-level or 'n.v.t.'). */
  readonly retourcode: string | null;
  /** Own Dutch wording of the rule. */
  readonly omschrijving: string;
  /** How an ambiguous text of the standard was read, when it was. */
  readonly lezing?: string;
  /** The messages per domain; default: the keys of `controles`, in both domains. */
  readonly berichten?: { readonly wmo: readonly Berichtnummer[]; readonly jw: readonly Berichtnummer[] };
  readonly controles: Controles;
  readonly voorbeelden: readonly Voorbeeld[];
  /** Schema-level rules: enforced by the XSD; the check runs on the typed message for completeness. */
  readonly viaSchema?: boolean;
}

export interface Regel extends RegelDefinitie {
  readonly soort: 'TR' | 'CD' | 'CS';
  readonly niveau: Niveau;
  readonly berichten: { readonly wmo: readonly Berichtnummer[]; readonly jw: readonly Berichtnummer[] };
  geldtVoor(domein: Domein, nummer: Berichtnummer): boolean;
  controleer(ctx: RegelContext): Overtreding[];
}

export function regel(def: RegelDefinitie): Regel {
  const nummers = Object.keys(def.controles) as Berichtnummer[];
  const berichten = def.berichten ?? { wmo: nummers, jw: nummers };
  const niveau: Niveau = def.viaSchema ? 'schema' : def.familie === 'berichtoverstijgend' || def.familie === 'externe-bron' ? def.familie : 'bericht';
  return {
    ...def,
    soort: def.code.slice(0, 2) as 'TR' | 'CD' | 'CS',
    niveau,
    berichten,
    geldtVoor: (d, n) => berichten[d].includes(n),
    controleer: (ctx) => {
      const f = def.controles[ctx.nummer] as ((c: RegelContext) => Overtreding[]) | undefined;
      return f && berichten[ctx.domein].includes(ctx.nummer) ? f(ctx) : [];
    },
  };
}

/** The retourcode a violation of this rule puts in the retourbericht. */
export function codeVan(r: Regel): string {
  return r.niveau === 'bericht' || r.niveau === 'schema' ? '0001' : (r.retourcode ?? '0001');
}
