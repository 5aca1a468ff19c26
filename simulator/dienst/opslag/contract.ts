/**
 * The store behind a simulator: sessions, the message log (in and out, with processing and delivery
 * state and the transport's envelope) and the state events the exchange state is rebuilt from. One
 * TypeScript type per stored column; each store turns them into its own columns: SQLite embedded
 * (`sqlite.ts`, one process per `--data`), PostgreSQL (`postgres.ts`, several processes behind a load
 * balancer on one database).
 *
 * Every call is asynchronous (a database server answers later). Three guarantees carry the
 * simulator's promises:
 * - `ontvang` resolves once the message is durable: only then does a transport answer 202;
 * - a `beurt` (turn) of a session is one transaction, and only one turn per session runs at a time,
 *   across processes: receiving's follow-up (judging, the retour, its delivery mark, the state events,
 *   the message's new status) commits together or not at all, so a message in flight when the
 *   process dies is processed exactly once after a restart;
 * - delivery takes the oldest waiting message of a session under a lease (`neemAflevering`), so one
 *   process at a time delivers a session's messages, in order, and another takes over when it dies.
 *
 * No call reads a session's whole log: every lookup on the hot path is by key or by an index
 * (waiting, unprocessed, set out), so the cost per message does not grow with the log.
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
export const VERWERKINGSSTATUSSEN = ['ontvangen', 'verwerkt', 'afgekeurd'] as const;
export type Verwerkingsstatus = (typeof VERWERKINGSSTATUSSEN)[number];

/**
 * Outbound only: wachtend (not yet delivered, retrying), klaargezet (set out for the counterpart to
 * fetch, not yet acknowledged), afgeleverd, opgegeven (after the last attempt).
 */
export const AFLEVERSTATUSSEN = ['wachtend', 'klaargezet', 'afgeleverd', 'opgegeven', 'niet-van-toepassing'] as const;
export type Afleverstatus = (typeof AFLEVERSTATUSSEN)[number];

export interface BerichtRij {
  id: string;
  sessie: string;
  /** The place in the session's log: increasing in the order messages were stored. */
  volgnr: number;
  richting: Richting;
  /** The transport that carried it ('http', 'bestand'; outbound without one: 'geen'). */
  transport: string;
  /** What the transport knows besides the bytes: parties, its own reference, what it answers. */
  envelop: Envelop;
  berichttype: Berichttype | null;
  bsn: string | null;
  identificatie: string | null;
  /** The key a later step finds a received message by: the DeclaratieNummer of a 323. */
  sleutel: string | null;
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
  /** When the next delivery attempt is due (ms since the epoch); null: now. */
  volgende_poging: number | null;
  tijdstip: string;
}

/** A message to store: the store gives it its place in the log. */
export type NieuwBericht = Omit<BerichtRij, 'volgnr' | 'origineel' | 'sleutel'> & { origineel?: Buffer | null; sleutel?: string | null };

/** The fields processing and delivery change. */
export type Berichtwijziging = Partial<Omit<BerichtRij, 'id' | 'sessie' | 'volgnr' | 'richting' | 'xml' | 'origineel' | 'tijdstip'>>;

/** A log entry without the message itself (the list), or with it when asked. */
export type Logregel = Omit<BerichtRij, 'xml' | 'origineel'> & { xml?: string };

/** A session as stored. */
export interface SessieRij {
  id: string;
  token_hash: string | null;
  config: SessieConfig;
  systeemdatum: string | null;
  aangemaakt: string;
  /** Raised by every change of configuration and by a reset: a process holding the session in memory rebuilds it. */
  versie: number;
}

/**
 * A session as read back: its configuration is whatever was stored, and is checked before use (a
 * stored configuration that cannot load is reported and skipped, never fatal).
 */
export type OpgeslagenSessie = Omit<SessieRij, 'config'> & { config: unknown };

/** A state event with the message it takes in, as the session replays it. */
export interface GebeurtenisRij {
  volgnr: number;
  /** The logged message the event takes in. */
  bericht: string;
  gebeurtenis: Gebeurtenis;
  /** That message as stored (to read it again). */
  xml: string;
  origineel: Buffer | null;
}

/** Filters of the log; each is on an indexed column. */
export interface Berichtfilter {
  berichttype?: string;
  richting?: Richting;
  bsn?: string;
  status?: Verwerkingsstatus;
  afleverstatus?: Afleverstatus;
  transport?: string;
  /** The transport's own reference of the message (its envelope's `referentie`); with `transport`. */
  referentie?: string;
  /** Only messages from this place in the log on (the cursor of the next page). */
  vanaf?: number;
}

export interface Pagina {
  /** At most this many, oldest first. */
  limiet: number;
}

/** What delivery takes from the queue of a session. */
export type Aflevertaak =
  /** The oldest waiting message, leased to the caller until `tot`. */
  | { readonly soort: 'bericht'; readonly rij: BerichtRij }
  /** The oldest waiting message is due later (after a failed attempt), or leased by another process until then. */
  | { readonly soort: 'later'; readonly om: number }
  | { readonly soort: 'leeg' };

/** Work waiting in the store, for the sweep that picks up what a process left (or another did). */
export interface Werkvoorraad {
  /** Sessions with received messages not yet processed. */
  readonly verwerken: readonly string[];
  /** Sessions whose oldest waiting message is due and not leased. */
  readonly bezorgen: readonly string[];
}

/**
 * One turn of one session: the reads see everything committed before it and what it wrote itself;
 * its writes commit together when the turn's function resolves, and none of them when it throws.
 */
export interface Beurt {
  sessie(): Promise<OpgeslagenSessie | undefined>;
  /** The session's state events after this one (0: all), in order, with their messages. */
  gebeurtenissen(na: number): Promise<GebeurtenisRij[]>;
  /** Received and not yet processed, in arrival order, at most `max`. */
  onverwerkt(max: number): Promise<BerichtRij[]>;
  bericht(id: string): Promise<BerichtRij | undefined>;
  /** Our outbound messages with this BerichtIdentificatie, to link an answer to its heenbericht. */
  uitgaandMetIdentificatie(identificatie: string): Promise<BerichtRij[]>;
  /** The last received message of this type with this key (`BerichtRij.sleutel`). */
  laatsteOntvangen(berichttype: Berichttype, sleutel: string): Promise<BerichtRij | undefined>;
  voegToe(r: NieuwBericht): Promise<BerichtRij>;
  werkBij(id: string, velden: Berichtwijziging): Promise<void>;
  /** The session numbers its events itself: it holds the turn and has read every earlier one. */
  voegGebeurtenisToe(volgnr: number, bericht: string, g: Gebeurtenis): Promise<void>;
  /** Changes the session's configuration (raises its version). */
  bewaarConfig(config: SessieConfig): Promise<void>;
  /** Forgets the session's messages, events and clock (raises its version); the session itself stays. */
  wis(): Promise<void>;
}

export interface Opslag {
  /** For messages: where the data is ('SQLite in /pad', 'PostgreSQL op host/db'). */
  readonly naam: string;
  /** Whether other processes may serve the same sessions at the same time (a database server). */
  readonly gedeeld: boolean;

  // Sessions
  /** Creates a session or changes its token and configuration (raising its version when the configuration changes). */
  bewaarSessie(s: Omit<SessieRij, 'versie'>): Promise<void>;
  sessies(): Promise<OpgeslagenSessie[]>;
  sessie(id: string): Promise<OpgeslagenSessie | undefined>;
  zetSysteemdatum(sessie: string, datum: string | null): Promise<void>;

  // Receiving: durable when it resolves.
  ontvang(r: NieuwBericht): Promise<BerichtRij>;

  // The log
  bericht(id: string): Promise<BerichtRij | undefined>;
  berichten(sessie: string, filter: Berichtfilter, pagina: Pagina): Promise<Logregel[]>;
  /** How many messages wait for delivery. */
  wachtend(sessie: string): Promise<number>;

  // Delivery
  /** The oldest waiting message of the session, when due and not leased: leased to the caller for `leaseMs`. */
  neemAflevering(sessie: string, leaseMs: number): Promise<Aflevertaak>;
  /** The outcome of an attempt on a leased message; the lease ends. */
  legAfleveringVast(id: string, velden: Pick<BerichtRij, 'afleverstatus' | 'pogingen' | 'laatste_fout' | 'volgende_poging' | 'envelop'>): Promise<void>;
  /** Set out for a pull transport, not yet acknowledged, oldest first. */
  klaargezet(sessie: string, transport: string, max: number): Promise<BerichtRij[]>;
  /** A set-out message was fetched and acknowledged: delivered. False when no such message was set out. */
  bevestig(sessie: string, id: string): Promise<boolean>;

  werkvoorraad(): Promise<Werkvoorraad>;

  /** A turn of one session (see `Beurt`); turns of one session never overlap, in any process. */
  beurt<T>(sessie: string, f: (b: Beurt) => Promise<T>): Promise<T>;

  sluit(): Promise<void>;
}

/** A store that cannot be opened for a reason its user can remedy (a directory in use, unreadable, a server not reachable): said in Dutch. */
export class OpslagFout extends Error {}
