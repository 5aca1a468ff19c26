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
import type { Leesgrenzen } from '../../standaard/xml/lezer';

/** What a transport knows of a message besides its bytes; kept with the message in the log, to correlate by later. */
export interface Envelop {
  /** The transport that carried it: 'http', 'bestand' (next: 'stuf-ggk', 'vsp'). */
  readonly transport: string;
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
}

/**
 * A session as a transport sees it. Every call is asynchronous: the store behind a session may be a
 * database server (PostgreSQL) shared by several simulator processes.
 */
export interface Sessiepunt {
  /**
   * Stores the message before anything else happens and queues it. Resolves once the message is
   * durable (the transport may then answer 202, move the file): never before, so a crash after the
   * answer loses nothing.
   */
  ontvang(bytes: Buffer, envelop: Envelop): Promise<Ontvangstbewijs>;
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
  /** http: the SUT receives at `<sutUrl>/berichten`. */
  readonly sutUrl?: string;
  /** bestanden: where our messages are written. */
  readonly outbox?: string;
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
}
