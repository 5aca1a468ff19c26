/** Starting a simulator in this process: storage, default session, HTTP server and file transport. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Opslag } from './opslag/sqlite';
import type { SessieConfig, Sessie } from './sessie';
import { bestandVerzender, Inbox } from './transport/bestanden/bestanden';
import { httpVerzender } from './transport/http/uitgaand';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';
import { maakApp } from './api/server';
import { Simulator, STANDAARD_SESSIE } from './simulator';

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
}

export interface DraaiendeSimulator {
  readonly url: string | undefined;
  readonly simulator: Simulator;
  readonly sessie: Sessie;
  readonly inbox: Inbox | undefined;
  stop(): Promise<void>;
}

export async function startSimulator(o: StartOpties): Promise<DraaiendeSimulator> {
  const opslag = new Opslag(o.data);
  const simulator = new Simulator(opslag, [httpVerzender(), bestandVerzender()], o.grenzen ?? STANDAARD_GRENZEN);
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
    const adres = server.address() as AddressInfo;
    url = `http://${o.host ?? '127.0.0.1'}:${adres.port}`;
  }
  // After POST /reset the default session is a new object: always look it up.
  const huidige = () => simulator.sessie(STANDAARD_SESSIE)!;
  const inbox = o.inbox ? new Inbox(o.inbox, huidige, opslag, o.inboxIntervalMs) : undefined;
  inbox?.start();
  return {
    url,
    simulator,
    get sessie() {
      return huidige();
    },
    inbox,
    stop: async () => {
      inbox?.stop();
      simulator.stop();
      if (server) {
        const gesloten = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeAllConnections();
        await gesloten;
      }
      await inbox?.klaar();
      await simulator.afsluiten();
      opslag.sluit();
    },
  };
}
