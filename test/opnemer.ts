/** A recording proxy for transport tests: forwards every request to its target and keeps both bodies. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

export interface Opname {
  readonly pad: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly verzoek: Buffer;
  readonly status: number;
  readonly antwoord: Buffer;
}

export interface Opnemer {
  readonly opnames: Opname[];
  /** The proxy's address for a target URL (same path). */
  via(doel: string): string;
  stop(): Promise<void>;
}

export async function opnemer(): Promise<Opnemer> {
  const opnames: Opname[] = [];
  const doelen = new Map<string, string>();
  const app = express();
  app.use(express.raw({ type: () => true, limit: '100mb' }));
  app.use(async (req, res) => {
    const [, sleutel, ...rest] = req.originalUrl.split('/');
    const doel = `${doelen.get(sleutel!)}${rest.length ? `/${rest.join('/')}` : ''}`;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v;
    const verzoek = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const r = await fetch(doel, { method: req.method, headers, ...(verzoek.length && { body: verzoek }) });
    const antwoord = Buffer.from(await r.arrayBuffer());
    opnames.push({ pad: new URL(doel).pathname, headers: req.headers, verzoek, status: r.status, antwoord });
    res
      .status(r.status)
      .type(r.headers.get('content-type') ?? 'application/octet-stream')
      .send(antwoord);
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    opnames,
    via(doel) {
      const sleutel = `d${doelen.size}`;
      doelen.set(sleutel, doel);
      return `${basis}/${sleutel}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
