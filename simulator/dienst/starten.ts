/** Starting a simulator in this process: storage, default session, the transports (HTTP server, inbox). */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';
import { maakApp } from './api/server';
import { SqliteOpslag } from './opslag/sqlite';
import type { Sessie, SessieConfig } from './sessie';
import { Simulator, STANDAARD_SESSIE } from './simulator';
import { bestandenTransport } from './transport/bestanden';
import type { Luisteraar, Transport } from './transport/contract';
import { httpTransport } from './transport/http';

export interface StartOpties {
  readonly config: SessieConfig;
  /** Port to listen on; 0 picks a free one. Absent: no HTTP server (file transport only). */
  readonly poort?: number;
  readonly host?: string;
  /** Directory of the SQLite database, or ':memory:'. */
  readonly data: string;
  readonly inbox?: string;
  readonly systeemdatum?: string;
  readonly token?: string;
  readonly grenzen?: Leesgrenzen;
  readonly inboxIntervalMs?: number;
  /** Transports beside bare HTTP and the file drop (a new transport is added here, or by its caller). */
  readonly transporten?: readonly Transport[];
}

export interface DraaiendeSimulator {
  readonly url: string | undefined;
  readonly simulator: Simulator;
  readonly sessie: Sessie;
  /** The inbox watcher, when there is an inbox. */
  readonly inbox: Luisteraar | undefined;
  stop(): Promise<void>;
}

export async function startSimulator(o: StartOpties): Promise<DraaiendeSimulator> {
  const opslag = new SqliteOpslag(o.data);
  const transporten = [
    httpTransport(),
    bestandenTransport({ ...(o.inbox && { inbox: o.inbox }), ...(o.inboxIntervalMs !== undefined && { intervalMs: o.inboxIntervalMs }) }),
    ...(o.transporten ?? []),
  ];
  const simulator = new Simulator(opslag, transporten, o.grenzen ?? STANDAARD_GRENZEN);
  const sessie = simulator.standaard(o.config, o.token);
  if (o.systeemdatum) sessie.zetSysteemdatum(o.systeemdatum);
  let server: Server | undefined;
  let url: string | undefined;
  if (o.poort !== undefined) {
    const app = maakApp(simulator);
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(o.poort!, o.host ?? '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
    // Clients keep connections open for reuse (undici: about 4 s). The server must not close an idle one
    // first: a request sent as it closes fails with ECONNRESET, which a loaded machine makes likely.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const adres = server.address() as AddressInfo;
    url = `http://${o.host ?? '127.0.0.1'}:${adres.port}`;
  }
  // After POST /reset the default session is a new object: always look it up.
  const huidige = () => simulator.sessie(STANDAARD_SESSIE)!;
  const luisteraars = transporten.flatMap((t) => (t.luister ? [t.luister(huidige)] : []));
  return {
    url,
    simulator,
    get sessie() {
      return huidige();
    },
    inbox: luisteraars[0],
    stop: async () => {
      for (const l of luisteraars) l.stop();
      simulator.stop();
      if (server) {
        const gesloten = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeAllConnections();
        await gesloten;
      }
      await Promise.all(luisteraars.map((l) => l.klaar()));
      await simulator.afsluiten();
      opslag.sluit();
    },
  };
}
