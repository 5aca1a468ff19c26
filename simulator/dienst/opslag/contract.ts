/**
 * The store behind a simulator: sessions, the message log (in and out, with processing and delivery
 * state and the transport's envelope) and the state events the exchange state is rebuilt from after a
 * restart. One TypeScript type per stored column; each store (SQLite today, `sqlite.ts`) turns them
 * into its own columns.
 *
 * The interface is synchronous on purpose: a message is durably stored before the transport answers
 * (202, a moved file), and a session processes one message at a time. A PostgreSQL store implements it
 * with synchronous calls (pg-native's `querySync`), or the session's few calls become awaited.
 */
import type { Berichttype } from '../../standaard/berichten/catalogus';
import type { Bevinding } from '../../standaard/berichten/validator';
import type { Retourcode } from '../../standaard/regels/beoordeling';
import type { Gebeurtenis } from '../../standaard/toestand/toestand';
import type { SessieConfig } from '../sessieconfig';
import type { Envelop } from '../transport/contract';

export type Richting = 'in' | 'uit';

/**
 * ontvangen: stored, not yet processed; verwerkt: processed (retour made or linked);
 * afgekeurd: refused (not XML, unknown type, or failing the schema).
 */
export type Verwerkingsstatus = 'ontvangen' | 'verwerkt' | 'afgekeurd';

/**
 * Outbound only: wachtend (not yet delivered, retrying), klaargezet (set out for the counterpart to
 * fetch, not yet acknowledged), afgeleverd, opgegeven (after the last attempt).
 */
export type Afleverstatus = 'wachtend' | 'klaargezet' | 'afgeleverd' | 'opgegeven' | 'niet-van-toepassing';

export interface BerichtRij {
  id: string;
  sessie: string;
  volgnr: number;
  richting: Richting;
  /** The transport that carried it ('http', 'bestand'; outbound without one: 'geen'). */
  transport: string;
  /** What the transport knows besides the bytes: parties, its own reference, what it answers. */
  envelop: Envelop;
  berichttype: Berichttype | null;
  bsn: string | null;
  identificatie: string | null;
  /** The message as text (decoded by its own encoding where it could be). */
  xml: string;
  /** The bytes as received, where they are not that text in UTF-8 (UTF-16, Latin-1, broken bytes): nothing is lost. */
  origineel: Buffer | null;
  status: Verwerkingsstatus;
  /** Schema and rule findings (a refused message: why). */
  bevindingen: readonly Bevinding[] | null;
  /**
   * The retourcodes per berichtklasse: for a heenbericht we received, those of our retourbericht;
   * for a heenbericht we sent, those of the counterpart's answer.
   */
  retourcodes: readonly Retourcode[] | null;
  /** For a retourbericht: the id of the heenbericht it answers; for a heenbericht in: the id of our retour; out: of the answer. */
  gerelateerd: string | null;
  afleverstatus: Afleverstatus;
  pogingen: number;
  laatste_fout: string | null;
  volgende_poging: number | null;
  tijdstip: string;
}

/** A session's configuration as stored: JSON the session reads back after a restart. */
export interface SessieRij {
  id: string;
  token_hash: string | null;
  config: SessieConfig;
  systeemdatum: string | null;
  aangemaakt: string;
}

export interface GebeurtenisRij {
  sessie: string;
  volgnr: number;
  /** The logged message the event takes in. */
  bericht: string;
  gebeurtenis: Gebeurtenis;
}

export interface Berichtfilter {
  berichttype?: string;
  richting?: string;
  bsn?: string;
  status?: string;
  vanaf?: number;
}

export interface Opslag {
  // Sessions
  bewaarSessie(s: SessieRij): void;
  sessies(): SessieRij[];
  zetSysteemdatum(sessie: string, datum: string | null): void;

  // Messages
  voegToe(r: Omit<BerichtRij, 'volgnr' | 'origineel'> & { origineel?: Buffer | null }): BerichtRij;
  bericht(id: string): BerichtRij | undefined;
  werkBij(id: string, velden: Partial<Omit<BerichtRij, 'id' | 'sessie' | 'volgnr'>>): void;
  /** A session's messages, oldest first. */
  berichten(sessie: string, filter?: Berichtfilter): BerichtRij[];
  /** Our outbound messages with this BerichtIdentificatie, to link an answer to its heenbericht. */
  uitgaandMetIdentificatie(sessie: string, identificatie: string): BerichtRij[];
  /** Received and not yet processed, in arrival order. */
  onverwerkt(sessie: string): BerichtRij[];
  /** Outbound with this delivery status, in order. */
  metAfleverstatus(sessie: string, status: Afleverstatus): BerichtRij[];

  // State events
  voegGebeurtenisToe(sessie: string, bericht: string, g: Gebeurtenis): void;
  gebeurtenissen(sessie: string): GebeurtenisRij[];

  /** Forgets a session's messages and state (POST /reset); the session itself stays. */
  wis(sessie: string): void;
  sluit(): void;
}
