/**
 * A simulated party: its role, domain and codes, the exchange state as it sees it, its clock and
 * outside sources, its faults, and counters for fresh numbers. `context()` is what the role
 * behaviour (gemeente, aanbieder) gets when it takes a business step or reacts to a message.
 */
import { STANDAARD_CLIENT, type VolledigeClient } from '../standaard/berichten/bouwers';
import type { Genummerd } from '../standaard/berichten/catalogus';
import type { Bronnen } from '../standaard/bronnen/bronnen';
import { Toestand } from '../standaard/toestand/toestand';
import type { Domein, Rol } from '../standaard/woorden';
import type { Actie, OmvangJson, ProductJson } from './acties';

/** What a party is, apart from its state: the part of a session's configuration the party itself uses. */
export interface PartijConfig {
  readonly rol: Rol;
  readonly domein: Domein;
  readonly gemeente: string;
  readonly aanbieder: string;
  /** Faults this party runs with (`fouten.ts`). */
  readonly fouten: readonly string[];
  /** Jw: this aanbieder is a gecertificeerde instelling (start and stop reported by itself). */
  readonly gi?: boolean;
  /** The client actions are about when they do not name one. */
  readonly bsn: string;
  /** 'handmatig': a 323 is answered only on the action 'declaratie-beantwoorden'. */
  readonly declaratieAntwoord?: 'automatisch' | 'handmatig';
}

/** A heenbericht a party produces: its number and its typed content. */
export type Uitgaand = Genummerd;

/** A business step that cannot be taken now: 404 (unknown object) or 409 (not allowed in this state). */
export class ActieFout extends Error {
  constructor(
    message: string,
    readonly status: 404 | 409 = 409,
  ) {
    super(message);
  }
}

export interface PartijContext {
  readonly domein: Domein;
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly toestand: Toestand;
  readonly bronnen: Bronnen;
  readonly systeemdatum: string;
  heeftFout(naam: string): boolean;
  /** The client's details as known to this party (default: the standard test client with this Bsn). */
  client(bsn: string): VolledigeClient;
  readonly standaardBsn: string;
  nieuwToewijzingNummer(): number;
  nieuweReferentie(soort: string): string;
  nieuweIdentificatie(): string;
}

export class Partij {
  private laatsteToewijzingNummer = 0;

  /**
   * `toestand`: the party's own exchange state, unless it shares one (a party that only judges, as
   * in `ketentest valideer`, shares the one state of the exchange it observes).
   */
  constructor(
    readonly config: PartijConfig,
    readonly bronnen: Bronnen,
    readonly toestand: Toestand = new Toestand(),
  ) {}

  get rol(): Rol {
    return this.config.rol;
  }

  get domein(): Domein {
    return this.config.domein;
  }

  get systeemdatum(): string {
    return this.bronnen.systeemdatum();
  }

  heeftFout(naam: string): boolean {
    return this.config.fouten.includes(naam);
  }

  /** `nu`: the date the party acts on (an action's dagtekening), by default the system date. */
  context(nu = this.systeemdatum): PartijContext {
    return {
      domein: this.config.domein,
      gemeente: this.config.gemeente,
      aanbieder: this.config.aanbieder,
      toestand: this.toestand,
      bronnen: this.bronnen,
      systeemdatum: nu,
      heeftFout: (n) => this.heeftFout(n),
      client: (bsn) => ({ ...STANDAARD_CLIENT, Bsn: bsn }),
      standaardBsn: this.config.bsn,
      nieuwToewijzingNummer: () => this.nieuwToewijzingNummer(),
      nieuweReferentie: (soort) => `${soort}${uniekeIdentificatie()}`.slice(0, 20),
      nieuweIdentificatie: uniekeIdentificatie,
    };
  }

  private nieuwToewijzingNummer(): number {
    // Above the last one handed out: several new toewijzingen in one action are not in the state yet.
    let n = Math.max((Date.now() % 10_000_000) + 100_000, this.laatsteToewijzingNummer + 1);
    while (this.toestand.toewijzingen.toewijzing(n)) n++;
    this.laatsteToewijzingNummer = n;
    return n;
  }
}

// A random start per process: simulator processes sharing one database (PostgreSQL) do not hand out the same identifications.
let teller = Math.floor(Math.random() * 1296);
/** A BerichtIdentificatie unique per sender and message type (TR056), at most 12 characters. */
function uniekeIdentificatie(): string {
  teller = (teller + 1) % 1296;
  return `${Date.now().toString(36).toUpperCase()}${teller.toString(36).toUpperCase().padStart(2, '0')}`.slice(-12);
}

export function product(p: ProductJson | null | undefined): { Categorie: string; Code?: string } | undefined {
  return p ? { Categorie: p.categorie, ...(p.code && { Code: p.code }) } : undefined;
}

export function omvang(o: OmvangJson | undefined): { Volume: number; Eenheid: string; Frequentie: string } | undefined {
  return o && { Volume: o.volume, Eenheid: o.eenheid, Frequentie: o.frequentie };
}

/** The header fields of a heenbericht this party sends now. */
export function kop(ctx: PartijContext, a: Pick<Actie, 'dagtekening'>) {
  return {
    partijen: { domein: ctx.domein, gemeente: ctx.gemeente, aanbieder: ctx.aanbieder },
    dagtekening: a.dagtekening ?? ctx.systeemdatum,
    identificatie: ctx.nieuweIdentificatie(),
  };
}
