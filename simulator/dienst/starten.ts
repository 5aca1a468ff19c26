/** Starting a simulator in this process: storage, default session, the transports (HTTP(S) server, inbox, pull). */
import http, { type Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import express from 'express';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';
import { maakApp } from './api/server';
import { SqliteOpslag } from './opslag/sqlite';
import type { Sessie, SessieConfig } from './sessie';
import { Simulator, STANDAARD_SESSIE } from './simulator';
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
  /** Directory of the SQLite database, or ':memory:'. */
  readonly data: string;
  readonly inbox?: string;
  readonly systeemdatum?: string;
  readonly token?: string;
  readonly grenzen?: Leesgrenzen;
  readonly inboxIntervalMs?: number;
  /** Transports beside the built-in ones (a new transport is added here, or by its caller). */
  readonly transporten?: readonly Transport[];
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
  /** Where refusals of the TLS listener are reported (default: stderr). */
  readonly log?: (regel: string) => void;
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

export async function startSimulator(o: StartOpties): Promise<DraaiendeSimulator> {
  const opslag = new SqliteOpslag(o.data);
  const transporten = [
    httpTransport(),
    bestandenTransport({ ...(o.inbox && { inbox: o.inbox }), ...(o.inboxIntervalMs !== undefined && { intervalMs: o.inboxIntervalMs }) }),
    stufGgkTransport({ ...(o.tls && { tls: o.tls }) }),
    vspTransport({ ...(o.tls && { tls: o.tls }), ...(o.vspIntervalMs !== undefined && { intervalMs: o.vspIntervalMs }) }),
    ...(o.transporten ?? []),
  ];
  const simulator = new Simulator(opslag, transporten, o.grenzen ?? STANDAARD_GRENZEN);
  const sessie = simulator.standaard(o.config, o.token);
  if (o.systeemdatum) sessie.zetSysteemdatum(o.systeemdatum);
  const servers: Server[] = [];
  let url: string | undefined;
  let beheerUrl: string | undefined;
  const luister = (s: Server, poort: number, host: string) =>
    new Promise<number>((resolve, reject) => {
      s.listen(poort, host, () => resolve((s.address() as AddressInfo).port));
      s.once('error', reject);
    });
  if (o.poort !== undefined) {
    const api = maakApp(simulator);
    const host = o.host ?? '127.0.0.1';
    if (o.tls) {
      const log = o.log ?? ((r: string) => process.stderr.write(`${r}\n`));
      // The handshake asks for a certificate; a request without one signed by our CA is refused here, with a reason the client can read.
      const app = express();
      app.disable('x-powered-by');
      app.use((req, res, next) => {
        const sock = req.socket as TLSSocket;
        if (!sock.encrypted || sock.authorized) return next();
        const peer = sock.getPeerCertificate?.();
        const reden = !peer || !Object.keys(peer).length ? 'geen clientcertificaat' : `clientcertificaat niet ondertekend door onze CA (${String(sock.authorizationError)})`;
        log(`ketentest: ${req.method} ${req.originalUrl} van ${req.ip} geweigerd: ${reden} (een clientcertificaat ondertekend door de CA van --tls-ca is vereist)`);
        res.status(403).json({ fout: `geweigerd: ${reden}; een clientcertificaat ondertekend door de CA van deze simulator is vereist` });
      });
      app.use(api);
      const server = https.createServer({ cert: o.tls.cert, key: o.tls.key, ca: o.tls.ca, requestCert: true, rejectUnauthorized: false }, app);
      servers.push(server);
      url = `https://${host}:${await luister(server, o.poort, host)}`;
    } else {
      const s = http.createServer(api);
      servers.push(s);
      url = `http://${host}:${await luister(s, o.poort, host)}`;
    }
    if (o.beheerPoort !== undefined) {
      const s = http.createServer(api);
      servers.push(s);
      beheerUrl = `http://127.0.0.1:${await luister(s, o.beheerPoort, '127.0.0.1')}`;
    }
  }
  // After POST /reset the default session is a new object: always look it up.
  const huidige = () => simulator.sessie(STANDAARD_SESSIE)!;
  const luisteraars = transporten.flatMap((t) => (t.luister ? [t.luister(huidige)] : []));
  return {
    url,
    beheerUrl,
    simulator,
    get sessie() {
      return huidige();
    },
    inbox: luisteraars.find((l) => l instanceof Inbox),
    stop: async () => {
      for (const l of luisteraars) l.stop();
      simulator.stop();
      for (const server of servers) {
        const gesloten = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await gesloten;
      }
      await Promise.all(luisteraars.map((l) => l.klaar()));
      await simulator.afsluiten();
      opslag.sluit();
    },
  };
}
