/**
 * The simulator's sessions: the default one for local use (from the command line) and any number of
 * sessions created over the API, each with its own state, clock, log and bearer token.
 *
 * A stored session whose configuration cannot load is reported and skipped; it never stops a start.
 * With a shared store (several processes on one database), a session another process created is
 * loaded on its first request, and a sweep picks up work no process is doing (messages not yet
 * processed, deliveries that are due), including what a process that died left behind.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';
import type { OpgeslagenSessie, Opslag } from './opslag/contract';
import { Sessie, type SessieConfig } from './sessie';
import { leesSessieConfig } from './sessieconfig';
import type { Transport } from './transport/contract';

export const STANDAARD_SESSIE = 'standaard';

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A configuration that does not pass its checks: the findings in Dutch (the API answers 400 with them). */
export class OngeldigeConfig extends Error {
  constructor(readonly fouten: string[]) {
    super(fouten.join('; '));
  }
}

export interface SimulatorOpties {
  readonly grenzen?: Leesgrenzen;
  /** Where reports go (a skipped session, a failed turn); default stderr. */
  readonly meld?: (tekst: string) => void;
  /** How long a delivery attempt holds its message against other processes (default 60 s). */
  readonly leaseMs?: number;
}

export class Simulator {
  private readonly sessies = new Map<string, Sessie>();
  private readonly tokens = new Map<string, string | null>();
  /** Stored sessions that could not be loaded (each reported once). */
  readonly overgeslagen = new Set<string>();
  readonly grenzen: Leesgrenzen;
  private readonly meld: (tekst: string) => void;
  private vegen: Promise<void> | undefined;
  private readonly leaseMs: number | undefined;

  private constructor(
    readonly opslag: Opslag,
    readonly transporten: readonly Transport[],
    o: SimulatorOpties,
  ) {
    this.grenzen = o.grenzen ?? STANDAARD_GRENZEN;
    this.meld = o.meld ?? ((t) => console.error(t));
    this.leaseMs = o.leaseMs;
  }

  /** Opens the simulator on a store: every stored session that loads, and a first sweep for the work they left. */
  static async open(opslag: Opslag, transporten: readonly Transport[], o: SimulatorOpties = {}): Promise<Simulator> {
    const sim = new Simulator(opslag, transporten, o);
    for (const rij of await opslag.sessies()) sim.laad(rij);
    return sim;
  }

  /** A stored session in memory; its state is read from the store on its first turn. */
  private laad(rij: OpgeslagenSessie): Sessie | undefined {
    const c = leesSessieConfig(rij.config);
    if ('fouten' in c) {
      if (!this.overgeslagen.has(rij.id)) this.meld(`ketentest-simulator: sessie ${rij.id} wordt overgeslagen: de opgeslagen configuratie is onbruikbaar: ${c.fouten.join('; ')}`);
      this.overgeslagen.add(rij.id);
      return undefined;
    }
    this.overgeslagen.delete(rij.id);
    const s = new Sessie(rij.id, c.config, this.opslag, this.transporten, rij.systeemdatum, {
      grenzen: this.grenzen,
      meld: this.meld,
      ...(this.leaseMs !== undefined && { leaseMs: this.leaseMs }),
    });
    this.sessies.set(rij.id, s);
    this.tokens.set(rij.id, rij.token_hash);
    return s;
  }

  /** Checks a configuration before anything is stored. */
  private static controleer(config: unknown): SessieConfig {
    const c = leesSessieConfig(config);
    if ('fouten' in c) throw new OngeldigeConfig(c.fouten);
    return c.config;
  }

  /** The default session, created or (after a restart) reconfigured from the command line. */
  async standaard(config: SessieConfig, token?: string): Promise<Sessie> {
    const geldig = Simulator.controleer(config);
    const rij = await this.opslag.sessie(STANDAARD_SESSIE);
    const tokenHash = token ? hash(token) : null;
    const bestaand = this.sessies.get(STANDAARD_SESSIE);
    if (bestaand && rij && JSON.stringify(rij.config) === JSON.stringify(geldig) && rij.token_hash === tokenHash) return bestaand;
    await this.opslag.bewaarSessie({
      id: STANDAARD_SESSIE,
      token_hash: tokenHash,
      config: geldig,
      systeemdatum: rij?.systeemdatum ?? null,
      aangemaakt: rij?.aangemaakt ?? new Date().toISOString(),
    });
    if (bestaand) {
      this.tokens.set(STANDAARD_SESSIE, tokenHash);
      await bestaand.herconfigureer(geldig);
      return bestaand;
    }
    return this.laad((await this.opslag.sessie(STANDAARD_SESSIE))!)!;
  }

  /** A new session; a configuration that does not pass its checks throws OngeldigeConfig and stores nothing. */
  async nieuweSessie(config: SessieConfig): Promise<{ sessie: Sessie; token: string }> {
    const geldig = Simulator.controleer(config);
    const id = randomUUID();
    const token = randomBytes(24).toString('base64url');
    await this.opslag.bewaarSessie({ id, token_hash: hash(token), config: geldig, systeemdatum: null, aangemaakt: new Date().toISOString() });
    return { sessie: this.laad((await this.opslag.sessie(id))!)!, token };
  }

  /** The session in memory, or loaded from the store (created by another process on the same database). */
  private async gevonden(id: string): Promise<Sessie | undefined> {
    const s = this.sessies.get(id);
    if (s || !this.opslag.gedeeld) return s;
    const rij = await this.opslag.sessie(id);
    return rij && this.laad(rij);
  }

  /** The session if the token fits; the same answer for an unknown session as for a wrong token. */
  async toegang(id: string, token: string | undefined): Promise<Sessie | undefined> {
    const s = await this.gevonden(id);
    const verwacht = this.tokens.get(id);
    if (!s || verwacht === undefined) return undefined;
    if (verwacht === null) return s;
    if (!token) return undefined;
    const a = Buffer.from(hash(token), 'hex');
    const b = Buffer.from(verwacht, 'hex');
    return a.length === b.length && timingSafeEqual(a, b) ? s : undefined;
  }

  sessie(id: string): Sessie | undefined {
    return this.sessies.get(id);
  }

  /** Changes a session's configuration (counterpart, codes, faults); checked first, so a wrong one changes nothing. */
  async herconfigureer(id: string, wijziging: Partial<SessieConfig>): Promise<Sessie> {
    const s = this.sessies.get(id)!;
    await s.herconfigureer(Simulator.controleer({ ...s.config, ...wijziging }));
    return s;
  }

  /** Forgets a session's messages and state; its configuration and token stay. */
  async reset(id: string): Promise<Sessie> {
    const s = this.sessies.get(id)!;
    await s.reset();
    return s;
  }

  /**
   * Starts the work waiting in the store: messages not yet processed and deliveries that are due, of
   * sessions of this process and (a shared store) of others. Runs at start and then now and then.
   */
  veeg(): Promise<void> {
    this.vegen ??= (async () => {
      try {
        const w = await this.opslag.werkvoorraad();
        for (const id of w.verwerken) void (await this.gevonden(id))?.verwerkNu();
        for (const id of w.bezorgen) (await this.gevonden(id))?.bezorg();
      } catch (e) {
        this.meld(`ketentest-simulator: de opslag is niet bereikbaar (${(e as Error).message}); later opnieuw`);
      }
    })().finally(() => {
      this.vegen = undefined;
    });
    return this.vegen;
  }

  stop(): void {
    for (const s of this.sessies.values()) s.stop();
  }

  async afsluiten(): Promise<void> {
    await this.vegen;
    await Promise.all([...this.sessies.values()].map((s) => s.afsluiten()));
  }
}
