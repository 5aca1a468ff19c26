/** Starting a simulator in this process: storage, default session, the transports (HTTP server, inbox), the sweep. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';
import { maakApp } from './api/server';
import { OpslagFout, type Opslag } from './opslag/contract';
import { isPostgresUrl, PostgresOpslag } from './opslag/postgres';
import { SqliteOpslag } from './opslag/sqlite';
import type { Sessie, SessieConfig } from './sessie';
import { OngeldigeConfig, Simulator, STANDAARD_SESSIE } from './simulator';
import { StartFout } from './startfout';
import { bestandenTransport } from './transport/bestanden';
import type { Luisteraar, Transport } from './transport/contract';
import { httpTransport } from './transport/http';

export interface StartOpties {
  readonly config: SessieConfig;
  /** Port to listen on; 0 picks a free one. Absent: no HTTP server (file transport only). */
  readonly poort?: number;
  readonly host?: string;
  /** Directory of the SQLite database, ':memory:', or a PostgreSQL URL (postgres://…) for a store shared by several processes. */
  readonly data: string;
  /** SQLite: fsync every commit (survives a power failure, not only the process dying). */
  readonly synchroon?: boolean;
  readonly inbox?: string;
  readonly systeemdatum?: string;
  readonly token?: string;
  readonly grenzen?: Leesgrenzen;
  readonly inboxIntervalMs?: number;
  /** How often the store is swept for work no process is doing (default 1 s with a shared store, else 5 s). */
  readonly veegIntervalMs?: number;
  /** Transports beside bare HTTP and the file drop (a new transport is added here, or by its caller). */
  readonly transporten?: readonly Transport[];
  /** Where reports go (a skipped session, a failed turn); default stderr. */
  readonly meld?: (tekst: string) => void;
  /** How long a delivery attempt holds its message against other processes (default 60 s; tests of a takeover shorten it). */
  readonly afleverLeaseMs?: number;
}

export interface DraaiendeSimulator {
  readonly url: string | undefined;
  readonly simulator: Simulator;
  readonly sessie: Sessie;
  /** The inbox watcher, when there is an inbox. */
  readonly inbox: Luisteraar | undefined;
  stop(): Promise<void>;
}

export { StartFout };

/** The store `data` names: SQLite in a directory or in memory, or PostgreSQL. */
export async function openOpslag(data: string, o: { synchroon?: boolean } = {}): Promise<Opslag> {
  return isPostgresUrl(data) ? PostgresOpslag.open(data) : new SqliteOpslag(data, o);
}

function luister(server: Server, poort: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fout = (e: NodeJS.ErrnoException) => {
      server.off('listening', klaar);
      if (e.code === 'EADDRINUSE') reject(new StartFout(`poort ${poort} op ${host} is al in gebruik; kies een andere --poort (0 kiest een vrije)`));
      else if (e.code === 'EACCES') reject(new StartFout(`geen rechten om op poort ${poort} te luisteren; kies een poort vanaf 1024`));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') reject(new StartFout(`het adres ${host} bestaat niet op deze machine (--host)`));
      else reject(e);
    };
    const klaar = () => {
      server.off('error', fout);
      resolve();
    };
    server.once('error', fout);
    server.once('listening', klaar);
    server.listen(poort, host);
  });
}

export async function startSimulator(o: StartOpties): Promise<DraaiendeSimulator> {
  const opslag = await openOpslag(o.data, { ...(o.synchroon && { synchroon: true }) }).catch((e: unknown) => {
    throw e instanceof OpslagFout ? new StartFout(e.message) : e;
  });
  const transporten = [
    httpTransport(),
    bestandenTransport({
      ...(o.inbox && { inbox: o.inbox }),
      ...(o.inboxIntervalMs !== undefined && { intervalMs: o.inboxIntervalMs }),
      ...(o.grenzen && { grenzen: o.grenzen }),
      ...(o.meld && { meld: o.meld }),
    }),
    ...(o.transporten ?? []),
  ];
  let server: Server | undefined;
  let simulator: Simulator | undefined;
  let veger: NodeJS.Timeout | undefined;
  const luisteraars: Luisteraar[] = [];
  const stop = async () => {
    if (veger) clearInterval(veger);
    for (const l of luisteraars) l.stop();
    simulator?.stop();
    if (server?.listening) {
      const gesloten = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeAllConnections();
      await gesloten;
    }
    await Promise.all(luisteraars.map((l) => l.klaar()));
    await simulator?.afsluiten();
    await opslag.sluit();
  };
  try {
    simulator = await Simulator.open(opslag, transporten, {
      grenzen: o.grenzen ?? STANDAARD_GRENZEN,
      ...(o.meld && { meld: o.meld }),
      ...(o.afleverLeaseMs !== undefined && { leaseMs: o.afleverLeaseMs }),
    });
    const sessie = await simulator.standaard(o.config, o.token).catch((e: unknown) => {
      throw e instanceof OngeldigeConfig ? new StartFout(`de configuratie is ongeldig: ${e.message}`) : e;
    });
    if (o.systeemdatum) await sessie.zetSysteemdatum(o.systeemdatum);
    let url: string | undefined;
    if (o.poort !== undefined) {
      const host = o.host ?? '127.0.0.1';
      server = createServer(maakApp(simulator));
      await luister(server, o.poort, host);
      const adres = server.address() as AddressInfo;
      url = `http://${host.includes(':') ? `[${host}]` : host}:${adres.port}`;
    }
    const sim = simulator;
    // After POST /reset the default session is the same object; looked up anyway, so a transport never holds a stale one.
    const huidige = () => sim.sessie(STANDAARD_SESSIE)!;
    for (const t of transporten) if (t.luister) luisteraars.push(t.luister(huidige));
    await sim.veeg();
    veger = setInterval(() => void sim.veeg(), o.veegIntervalMs ?? (opslag.gedeeld ? 1000 : 5000));
    veger.unref();
    return {
      url,
      simulator: sim,
      get sessie() {
        return huidige();
      },
      inbox: luisteraars[0],
      stop,
    };
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
}
