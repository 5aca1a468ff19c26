/** Starting a simulator in this process: storage, default session, the transports (HTTP(S) server, inbox, pull), the sweep. */
import { createServer, type Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import express from 'express';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';
import { maakApp } from './api/server';
import { OpslagFout, type Opslag } from './opslag/contract';
import { isPostgresUrl, PostgresOpslag } from './opslag/postgres';
import { SqliteOpslag } from './opslag/sqlite';
import type { Sessie, SessieConfig } from './sessie';
import { OngeldigeConfig, Simulator, STANDAARD_SESSIE } from './simulator';
import { StartFout } from './startfout';
import { bestandenTransport } from './transport/bestanden';
import { Inbox } from './transport/bestanden/inbox';
import type { Luisteraar, Transport } from './transport/contract';
import { httpTransport } from './transport/http';
import { stufGgkTransport } from './transport/stuf-ggk';
import { vspTransport } from './transport/vsp';
import type { TlsOpties } from './transport/verzoek';

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
  /** Where reports go (a skipped session, a failed turn, a client refused by the TLS listener); default stderr. */
  readonly meld?: (tekst: string) => void;
  /** How long a delivery attempt holds its message against other processes (default 60 s; tests of a takeover shorten it). */
  readonly afleverLeaseMs?: number;
  /**
   * Mutual TLS as production uses it: the server listens with HTTPS and refuses a client without a
   * certificate signed by `ca`; the same certificate is ours when we call the counterpart's service.
   */
  readonly tls?: TlsOpties;
  /**
   * Also serve the same API on plain HTTP on loopback at this port (0: a free one), for the suite's own
   * use beside a TLS listener (its client does not present certificates). Absent: no such listener.
   */
  readonly beheerPoort?: number;
  /** How often the VSP client asks the service for waiting messages (ms). */
  readonly vspIntervalMs?: number;
}

export interface DraaiendeSimulator {
  /** Where the SUT reaches us (https:// with TLS). */
  readonly url: string | undefined;
  /** The loopback plain-HTTP address of the same API (with `beheerPoort`). */
  readonly beheerUrl: string | undefined;
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
    // Clients keep connections open for reuse (undici: about 4 s). The server must not close an idle one
    // first: a request sent as it closes fails with ECONNRESET, which a loaded machine makes likely.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
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
    stufGgkTransport({ ...(o.tls && { tls: o.tls }) }),
    vspTransport({ ...(o.tls && { tls: o.tls }), ...(o.vspIntervalMs !== undefined && { intervalMs: o.vspIntervalMs }) }),
    ...(o.transporten ?? []),
  ];
  const servers: Server[] = [];
  let simulator: Simulator | undefined;
  let veger: NodeJS.Timeout | undefined;
  const luisteraars: Luisteraar[] = [];
  const stop = async () => {
    if (veger) clearInterval(veger);
    for (const l of luisteraars) l.stop();
    simulator?.stop();
    for (const server of servers) {
      if (!server.listening) continue;
      const gesloten = new Promise<void>((resolve) => server.close(() => resolve()));
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
    let beheerUrl: string | undefined;
    if (o.poort !== undefined) {
      const host = o.host ?? '127.0.0.1';
      const api = maakApp(simulator);
      let server: Server;
      if (o.tls) {
        const meld = o.meld ?? ((r: string) => process.stderr.write(`${r}\n`));
        // The handshake asks for a certificate; a request without one signed by our CA is refused here, with a reason the client can read.
        const app = express();
        app.disable('x-powered-by');
        app.use((req, res, next) => {
          const sock = req.socket as TLSSocket;
          if (!sock.encrypted || sock.authorized) return next();
          const peer = sock.getPeerCertificate?.();
          const reden = !peer || !Object.keys(peer).length ? 'geen clientcertificaat' : `clientcertificaat niet ondertekend door onze CA (${String(sock.authorizationError)})`;
          meld(`ketentest: ${req.method} ${req.originalUrl} van ${req.ip} geweigerd: ${reden} (een clientcertificaat ondertekend door de CA van --tls-ca is vereist)`);
          res.status(403).json({ fout: `geweigerd: ${reden}; een clientcertificaat ondertekend door de CA van deze simulator is vereist` });
        });
        app.use(api);
        server = https.createServer({ cert: o.tls.cert, key: o.tls.key, ca: o.tls.ca, requestCert: true, rejectUnauthorized: false }, app);
      } else server = createServer(api);
      servers.push(server);
      await luister(server, o.poort, host);
      const adres = server.address() as AddressInfo;
      url = `${o.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${adres.port}`;
      if (o.beheerPoort !== undefined) {
        const beheer = createServer(api);
        servers.push(beheer);
        await luister(beheer, o.beheerPoort, '127.0.0.1');
        beheerUrl = `http://127.0.0.1:${(beheer.address() as AddressInfo).port}`;
      }
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
      beheerUrl,
      simulator: sim,
      get sessie() {
        return huidige();
      },
      inbox: luisteraars.find((l) => l instanceof Inbox),
      stop,
    };
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
}
