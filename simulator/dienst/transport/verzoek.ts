/**
 * One HTTP(S) request for the transports that talk to a counterpart's own service (a SOAP endpoint,
 * the VSP-Koppeling): node's http/https rather than fetch, because production connections present a
 * client certificate (mutual TLS) and trust a private CA, which fetch cannot be told per request.
 */
import http from 'node:http';
import https from 'node:https';

/** Certificates for mutual TLS: ours (presented as client and server) and the CA we trust. */
export interface TlsOpties {
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
  readonly ca: string | Buffer;
}

export interface HttpAntwoord {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Thrown when the counterpart cannot be reached (no answer at all): the reason in Dutch. */
export class Onbereikbaar extends Error {}

export function verzoek(
  url: string,
  o: { methode?: string; headers?: Record<string, string>; body?: Buffer | string; tls?: TlsOpties; timeoutMs?: number; maxBytes?: number } = {},
): Promise<HttpAntwoord> {
  const u = new URL(url);
  const https_ = u.protocol === 'https:';
  const body = o.body === undefined ? undefined : Buffer.isBuffer(o.body) ? o.body : Buffer.from(o.body, 'utf8');
  const headers = { ...(o.headers ?? {}), ...(body && { 'content-length': String(body.length) }) };
  const maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const opties: https.RequestOptions = {
      method: o.methode ?? 'GET',
      headers,
      timeout: o.timeoutMs ?? 10_000,
      ...(https_ && o.tls && { cert: o.tls.cert, key: o.tls.key, ca: o.tls.ca }),
    };
    const req = (https_ ? https : http).request(u, opties, (res) => {
      const delen: Buffer[] = [];
      let lengte = 0;
      res.on('data', (d: Buffer) => {
        lengte += d.length;
        if (lengte > maxBytes) {
          req.destroy(new Onbereikbaar(`${url} antwoordde met meer dan ${maxBytes} bytes`));
          return;
        }
        delen.push(d);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(delen) }));
      res.on('error', (e) => reject(new Onbereikbaar(`${url}: ${e.message}`)));
    });
    req.on('timeout', () => req.destroy(new Onbereikbaar(`${url} antwoordde niet binnen ${(o.timeoutMs ?? 10_000) / 1000} s`)));
    req.on('error', (e: NodeJS.ErrnoException) => reject(e instanceof Onbereikbaar ? e : new Onbereikbaar(`${url} niet bereikbaar (${e.code ?? e.message})`)));
    req.end(body);
  });
}
