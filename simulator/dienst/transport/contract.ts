/**
 * The transport contract: how messages come into a session and leave it, whatever carries them. Today
 * bare HTTP (`http/`) and a file drop (`bestanden/`); a SOAP envelope service or a REST push/pull
 * service is a new folder beside them that implements `Transport`, not an edit of the session, the
 * pipeline or the API. The pipeline and the roles never see a transport: they see bytes and, in the
 * log, the envelope.
 */
import type { Router, Request } from 'express';
import type { Berichttype } from '../../standaard/berichten/catalogus';
import type { Bevinding } from '../../standaard/berichten/validator';
import type { Domein, Rol } from '../../standaard/woorden';
import type { Leesgrenzen } from '../../standaard/xml/lezer';

/** What a transport knows of a message besides its bytes; kept with the message in the log, to correlate by later. */
export interface Envelop {
  /** The transport that carried it: 'http', 'bestand', 'stuf-ggk', 'vsp'. */
  readonly transport: string;
  /**
   * A message of the transport itself, not an iWmo/iJw message: 'Fo01' (a StUF error message), or
   * 'envelop' (an envelope refused before its payload reached the pipeline). Absent: an iWmo/iJw message.
   */
  readonly soort?: string;
  /** The conversation a transport groups messages in (a VSP conversatieId). */
  readonly conversatie?: string;
  /** The sending party as the transport names it (AGB code, CBS code, OIN), when it says. */
  readonly afzender?: string;
  /** The receiving party as the transport names it. */
  readonly ontvanger?: string;
  /** The transport's own reference of this message: a file name, a StUF referentienummer, a VSP message id. */
  readonly referentie?: string;
  /** The transport reference of the message this one answers (a StUF crossRefnummer). */
  readonly antwoordOp?: string;
}

// -----------------------------------------------------------------------------------------------
// Inbound

/** The session's receipt for a message a transport hands it: logged, or refused on arrival. */
export interface Ontvangstbewijs {
  /** The id under which the message is in the log (also when refused). */
  readonly id: string;
  /** Why it was refused (not XML, not a 3.2 message, not for this party): the transport's error answer. */
  readonly fout?: string;
}

/** What became of a message once processed: for transports that report it back (a file moves to verwerkt/ or afgekeurd/). */
export interface Uitslag {
  readonly status: 'verwerkt' | 'afgekeurd';
  readonly bevindingen: readonly Bevinding[];
}

/** A message waiting for the counterpart to fetch it (pull transports). */
export interface UitgaandBericht {
  readonly id: string;
  readonly volgnr: number;
  readonly berichttype: Berichttype | null;
  readonly identificatie: string | null;
  readonly xml: string;
  readonly envelop: Envelop;
  /** When it was stored (ISO 8601): a pull service's `ontvangenOp`. */
  readonly tijdstip?: string;
}

/** A message of the transport itself (a StUF Fo01, a refused envelope): logged beside the iWmo/iJw messages, never processed. */
export interface Transportbericht {
  readonly richting: 'in' | 'uit';
  /** The message as text (for 'uit': what the transport sends, e.g. a Fo01Bericht). */
  readonly xml: string;
  /** `soort` says what it is; `transport` which transport carries it (only that one delivers an outbound one). */
  readonly envelop: Envelop & { readonly soort: string };
  /** Why an inbound message was refused, or what an error message reports: logged as its finding. */
  readonly reden?: string;
  /** The code of that finding (a StUF or chain error code: StUF055, IB210). */
  readonly code?: string;
  /** The logged message it is about (the refused Di01, our message a Fo01 reports on). */
  readonly gerelateerd?: string;
}

/** One message of a session's log as a transport sees it: to find a message by its transport reference, and report its state. */
export interface Logregel {
  readonly id: string;
  readonly richting: 'in' | 'uit';
  readonly berichttype: Berichttype | null;
  readonly envelop: Envelop;
  readonly status: 'ontvangen' | 'verwerkt' | 'afgekeurd';
  readonly afleverstatus: string;
  readonly bevindingen: readonly Bevinding[];
  readonly tijdstip: string;
  readonly laatsteFout: string | null;
}

/** What a transport may know of the session it serves: the parties, the counterpart's addresses, its faults. */
export interface Sessiegegevens extends Bestemming {
  readonly rol: Rol;
  readonly domein: Domein;
  readonly gemeente: string;
  readonly aanbieder: string;
  /** Known faults of this party; a transport fault (partij/fouten.ts) changes the transport's own behaviour. */
  readonly fouten: readonly string[];
}

/**
 * A session as a transport sees it. Every call is asynchronous: the store behind a session may be a
 * database server (PostgreSQL) shared by several simulator processes.
 */
export interface Sessiepunt {
  readonly config: Sessiegegevens;
  /**
   * Stores the message before anything else happens and queues it. Resolves once the message is
   * durable (the transport may then answer 202, move the file): never before, so a crash after the
   * answer loses nothing.
   */
  ontvang(bytes: Buffer, envelop: Envelop): Promise<Ontvangstbewijs>;
  /**
   * Logs a message of the transport itself; an outbound one is delivered like our other messages (in
   * order, retried), by the transport its envelope names only. Resolves with its log id once stored.
   */
  registreer(b: Transportbericht): Promise<string>;
  /**
   * The chain reports that our message did not reach the counterpart (a StUF Fo01): it is no longer
   * delivered; `opnieuw`: deliver it again (the transport gives it a new envelope), else it is given up.
   * False when the session sent no such message.
   */
  nietAfgeleverd(id: string, reden: string, opnieuw: boolean): Promise<boolean>;
  /**
   * The messages of this transport in the session's log, oldest first (status reports); with `referentie`
   * only those with that transport reference, looked up by index (a duplicate check on every message).
   */
  berichten(transport: string, referentie?: string): Promise<readonly Logregel[]>;
  /** Resolves once the message is processed (one at a time, in arrival order). */
  uitslag(id: string): Promise<Uitslag>;
  /** Messages a pull transport has set out for the counterpart and that it has not acknowledged yet, oldest first. */
  klaargezet(transport: string): Promise<UitgaandBericht[]>;
  /** The counterpart acknowledged a message it fetched: it is delivered. False when no such message waits. */
  bevestig(id: string): Promise<boolean>;
}

// -----------------------------------------------------------------------------------------------
// Outbound

/** Where a session's counterpart is reached: each transport reads its own settings and ignores the rest. */
export interface Bestemming {
  /**
   * The one transport that carries our messages ('http', 'bestand', 'stuf-ggk', 'vsp'). Absent: every
   * transport whose address is set (bare HTTP and/or the file drop), as before there was a choice.
   */
  readonly transport?: string;
  /** http: the SUT receives at `<sutUrl>/berichten`. */
  readonly sutUrl?: string;
  /** bestanden: where our messages are written. */
  readonly outbox?: string;
  /** stuf-ggk: the counterpart's SOAP endpoint (ggk_Di01, ggk_Du01, Fo01), exactly as given. */
  readonly ggkUrl?: string;
  /**
   * vsp: the VSP-Koppeling service we connect to as an aanbieder (its host: we push to
   * `<vspUrl>/berichtenservice/berichten/rest-push/v1/berichten` and pull from its rest-pull service).
   * Absent: we are the VSP service ourselves, and set our messages out for the counterpart to pull.
   */
  readonly vspUrl?: string;
  /**
   * Disturbances of the chain our side plays for the transport scenarios (transport/keten.ts): 'laat'
   * (our envelopes are days old), 'fo01' (the switch refuses the SUT's first delivery with a Fo01 IB103),
   * '422' (the push service refuses the SUT's first push), 'venster-1' (the pull list shows one message).
   */
  readonly keten?: readonly string[];
}

/**
 * The outcome of one attempt: delivered; set out for the counterpart to fetch (delivered once it
 * acknowledges, `Sessiepunt.bevestig`); or failed, to be tried again with backoff.
 */
export type Aflevering =
  | { readonly uitslag: 'afgeleverd'; readonly referentie?: string }
  | { readonly uitslag: 'klaargezet'; readonly referentie?: string }
  | { readonly uitslag: 'mislukt'; readonly fout: string };

export interface Verzender {
  /** Whether this transport delivers for a session with this destination. */
  bedient(b: Bestemming): boolean;
  /** One attempt; the session keeps the order (a later message waits while an earlier one fails). */
  verstuur(bericht: UitgaandBericht, b: Bestemming): Promise<Aflevering>;
}

// -----------------------------------------------------------------------------------------------
// A transport

/** What the simulator gives a transport to hang its listeners on. */
export interface Aansluiting {
  /** The session a request is about (the default one, or `/sessies/{id}` behind its token). */
  sessie(req: Request): Sessiepunt;
  readonly grenzen: Leesgrenzen;
}

/** A running listener outside HTTP (a watched directory): stopped with the simulator. */
export interface Luisteraar {
  stop(): void;
  /** Resolves when no work is under way. */
  klaar(): Promise<void>;
}

/** What the OpenAPI document gives a transport to describe its routes within a session's base path. */
export interface OpenApiContext {
  /** The path within the base path: `pad('/berichten')`. */
  pad(p: string): string;
  /** The security requirement of the base path (empty for the default session). */
  readonly beveiliging: object;
  /** A JSON body of a schema of the document (`json('Fout')`). */
  json(schema: string): object;
  /** The responses every path of the base path can give (401). */
  readonly fouten: object;
}

/** OpenAPI path items of a transport's routes. */
export type OpenApiPaden = (o: OpenApiContext) => Record<string, Record<string, unknown>>;

export interface Transport {
  /** The name in the log's `transport` column and the envelope. */
  readonly naam: string;
  /** Outbound delivery, when this transport sends. */
  readonly uitgaand?: Verzender;
  /** Inbound HTTP routes, registered within every session's base path. */
  routes?(router: Router, aansluiting: Aansluiting): void;
  /** The OpenAPI description of those routes. */
  readonly openapi?: OpenApiPaden;
  /** Listeners outside HTTP (a watched inbox), for the default session; started with the simulator. */
  luister?(sessie: () => Sessiepunt): Luisteraar;
  /**
   * Before the party takes a business step: a pull transport fetches now what waits for this session
   * (an answer it has not pulled yet changes what the party may do), instead of at its next round.
   */
  bijwerken?(sessie: Sessiepunt): Promise<void>;
}
