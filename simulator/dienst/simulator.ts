/**
 * The simulator's sessions: the default one for local use (from the command line) and any number of
 * sessions created over the API, each with its own state, clock, log and bearer token.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Opslag } from './opslag/contract';
import { Sessie, type SessieConfig } from './sessie';
import type { Transport } from './transport/contract';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';

export const STANDAARD_SESSIE = 'standaard';

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class Simulator {
  private readonly sessies = new Map<string, Sessie>();
  private readonly tokens = new Map<string, string | null>();

  constructor(
    readonly opslag: Opslag,
    readonly transporten: readonly Transport[],
    readonly grenzen: Leesgrenzen = STANDAARD_GRENZEN,
  ) {
    // Sessions survive a restart: rebuild each from its stored events.
    for (const s of opslag.sessies()) {
      this.tokens.set(s.id, s.token_hash);
      this.sessies.set(s.id, new Sessie(s.id, s.config, opslag, transporten, s.systeemdatum, grenzen));
    }
  }

  /** The default session, created or (after a restart) reconfigured from the command line. */
  standaard(config: SessieConfig, token?: string): Sessie {
    const bestaand = this.sessies.get(STANDAARD_SESSIE);
    const rij = this.opslag.sessies().find((s) => s.id === STANDAARD_SESSIE);
    const tokenHash = token ? hash(token) : null;
    if (bestaand && rij && JSON.stringify(rij.config) === JSON.stringify(config) && rij.token_hash === tokenHash) return bestaand;
    bestaand?.stop();
    this.opslag.bewaarSessie({
      id: STANDAARD_SESSIE,
      token_hash: tokenHash,
      config,
      systeemdatum: rij?.systeemdatum ?? null,
      aangemaakt: rij?.aangemaakt ?? new Date().toISOString(),
    });
    const s = new Sessie(STANDAARD_SESSIE, config, this.opslag, this.transporten, rij?.systeemdatum ?? null, this.grenzen);
    this.sessies.set(STANDAARD_SESSIE, s);
    this.tokens.set(STANDAARD_SESSIE, tokenHash);
    return s;
  }

  nieuweSessie(config: SessieConfig): { sessie: Sessie; token: string } {
    const id = randomUUID();
    const token = randomBytes(24).toString('base64url');
    this.opslag.bewaarSessie({ id, token_hash: hash(token), config, systeemdatum: null, aangemaakt: new Date().toISOString() });
    const sessie = new Sessie(id, config, this.opslag, this.transporten, null, this.grenzen);
    this.sessies.set(id, sessie);
    this.tokens.set(id, hash(token));
    return { sessie, token };
  }

  /** The session if the token fits; the same answer for an unknown session as for a wrong token. */
  toegang(id: string, token: string | undefined): Sessie | undefined {
    const s = this.sessies.get(id);
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

  /** Changes a session's configuration (counterpart, codes, faults) and starts it afresh with that configuration. */
  herconfigureer(id: string, wijziging: Partial<SessieConfig>): Sessie {
    const oud = this.sessies.get(id)!;
    oud.stop();
    const config: SessieConfig = { ...oud.config, ...wijziging };
    const rij = this.opslag.sessies().find((x) => x.id === id)!;
    this.opslag.bewaarSessie({ ...rij, config });
    const s = new Sessie(id, config, this.opslag, this.transporten, rij.systeemdatum, this.grenzen);
    this.sessies.set(id, s);
    return s;
  }

  /** Forgets a session's messages and state; its configuration and token stay. */
  reset(id: string): Sessie {
    const oud = this.sessies.get(id)!;
    oud.stop();
    this.opslag.wis(id);
    const s = new Sessie(id, oud.config, this.opslag, this.transporten, null, this.grenzen);
    this.sessies.set(id, s);
    return s;
  }

  stop(): void {
    for (const s of this.sessies.values()) s.stop();
  }

  async afsluiten(): Promise<void> {
    await Promise.all([...this.sessies.values()].map((s) => s.afsluiten()));
  }
}
