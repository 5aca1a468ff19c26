/**
 * Reading a request body with a limit, while it streams: a body over the limit is refused with 413 as
 * soon as that is known (by its Content-Length, or once the bytes read pass the limit), without
 * waiting for or keeping the rest. The connection is closed behind the answer; what the client still
 * sends is discarded, for a few seconds at most.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { mb } from '../../../standaard/xml/lezer';

/** How long an oversized upload may go on being discarded after the 413 before its connection is cut. */
const UITLOOP_MS = 5000;

/** The answer to a body over the limit, in the form of the interface it comes to (JSON here; a SOAP fault, a problem object). */
export type TeGrootAntwoord = (req: Request, res: Response, limiet: number) => void;

const alsJson: TeGrootAntwoord = (_req, res, limiet) => {
  res.status(413).json({ fout: `het bericht is groter dan de grens van ${mb(limiet)}` });
};

function weigerTeGroot(req: Request, res: Response, limiet: number, antwoord: TeGrootAntwoord): void {
  if (!res.headersSent) {
    res.set('connection', 'close');
    antwoord(req, res, limiet);
  }
  // Discard what is still coming so the client can read the answer, but not for long.
  req.resume();
  const t = setTimeout(() => req.socket.destroy(), UITLOOP_MS);
  t.unref();
  req.once('end', () => clearTimeout(t));
  req.once('close', () => clearTimeout(t));
}

/** The body as bytes, at most `limiet`; undefined when it was refused (the answer is sent). */
export function leesBody(req: Request, res: Response, limiet: number, antwoord: TeGrootAntwoord = alsJson): Promise<Buffer | undefined> {
  const lengte = Number(req.headers['content-length']);
  if (Number.isFinite(lengte) && lengte > limiet) {
    weigerTeGroot(req, res, limiet, antwoord);
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const delen: Buffer[] = [];
    let n = 0;
    const klaar = () => {
      req.off('data', data);
      req.off('end', einde);
      req.off('error', fout);
      req.off('aborted', afgebroken);
    };
    const data = (deel: Buffer) => {
      n += deel.length;
      if (n > limiet) {
        klaar();
        delen.length = 0;
        weigerTeGroot(req, res, limiet, antwoord);
        resolve(undefined);
        return;
      }
      delen.push(deel);
    };
    const einde = () => {
      klaar();
      resolve(Buffer.concat(delen, n));
    };
    const fout = (e: Error) => {
      klaar();
      reject(e);
    };
    const afgebroken = () => {
      klaar();
      resolve(undefined);
    };
    req.on('data', data);
    req.on('end', einde);
    req.on('error', fout);
    req.on('aborted', afgebroken);
  });
}

/** Middleware: `req.body` is the raw body (a Buffer), refused above `limiet` while it streams. */
export function ruweBody(limiet: number, antwoord: TeGrootAntwoord = alsJson): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    leesBody(req, res, limiet, antwoord).then((b) => {
      if (!b) return;
      req.body = b;
      next();
    }, next);
  };
}

/** Middleware: `req.body` is the JSON body, refused above `limiet` while it streams; not JSON: 400. */
export function jsonBody(limiet = 1048576, antwoord: TeGrootAntwoord = alsJson): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    leesBody(req, res, limiet, antwoord).then((b) => {
      if (!b) return;
      const tekst = b.toString('utf8');
      if (!tekst.trim()) {
        req.body = undefined;
        next();
        return;
      }
      try {
        req.body = JSON.parse(tekst);
      } catch {
        res.status(400).json({ fout: 'de body is geen geldige JSON' });
        return;
      }
      next();
    }, next);
  };
}
