/**
 * What a simulated party knows when it takes a business step: its domain and codes, the exchange
 * state, the clock, its faults, and counters for fresh numbers.
 */
import { STANDAARD_CLIENT, type VolledigeClient } from '../standaard/berichten/bouwers';
import type { Berichtnummer } from '../standaard/berichten/catalogus';
import type { Domein } from '../standaard/woorden';
import type { Bronnen } from '../standaard/bronnen/bronnen';
import type { Toestand } from '../standaard/toestand/toestand';
import type { Actie, OmvangJson, ProductJson } from './acties';

export interface Uitgaand {
  readonly nummer: Berichtnummer;
  readonly bericht: unknown;
}

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

let teller = 0;
/** A BerichtIdentificatie unique per sender and message type (TR056), at most 12 characters. */
export function uniekeIdentificatie(): string {
  teller = (teller + 1) % 1296;
  return `${Date.now().toString(36).toUpperCase()}${teller.toString(36).toUpperCase().padStart(2, '0')}`.slice(-12);
}

export function clientRegister(): (bsn: string) => VolledigeClient {
  return (bsn) => ({ ...STANDAARD_CLIENT, Bsn: bsn });
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
