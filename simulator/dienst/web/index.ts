/**
 * The web view: our own HTML, CSS and JavaScript (`bestanden/`), served under `/web/` by the
 * simulator's HTTP server (and by `ketentest run` while it runs, `cli/live/`). The page reads
 * everything it shows from the API as any client does (`GET /berichten` in pages, `GET
 * /berichten/{id}`, `GET /gezondheid`), with the session's bearer token when the user entered one:
 * the API decides what a token may see, the view adds no door of its own.
 *
 * Served from a fixed list read once into memory: no path from a request ever reaches the file system.
 * No external assets: the Content-Security-Policy allows this origin only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import type { Domein, Rol } from '../../standaard/woorden';

/** Where the page reads a session: the API base on this origin ('' is the default session at the root). */
export interface Webbron {
  readonly naam: string;
  readonly basis: string;
  readonly rol?: Rol;
  readonly domein?: Domein;
}

/** What the page needs to know of the server it runs on (`GET /web/omgeving`). */
export interface Webomgeving {
  /** 'simulator': a simulator's own view; 'run': the view of `ketentest run` (with the run's progress). */
  readonly modus: 'simulator' | 'run';
  readonly bronnen: readonly Webbron[];
  /** Whether other sessions of the simulator can be opened with their id and token (under `<basis>/sessies/{id}`). */
  readonly sessies: boolean;
}

const MAP = path.resolve(__dirname, '..', '..', '..', '..', 'simulator', 'dienst', 'web', 'bestanden');

/** The files of the view: request path → file and its type. Nothing else is served. */
const BESTANDEN: Readonly<Record<string, { readonly bestand: string; readonly type: string }>> = {
  '/': { bestand: 'index.html', type: 'text/html; charset=utf-8' },
  '/weergave.css': { bestand: 'weergave.css', type: 'text/css; charset=utf-8' },
  '/weergave.js': { bestand: 'weergave.js', type: 'text/javascript; charset=utf-8' },
};

let inhoud: Map<string, Buffer> | undefined;

function bestanden(): Map<string, Buffer> {
  return (inhoud ??= new Map(Object.entries(BESTANDEN).map(([pad, b]) => [pad, readFileSync(path.join(MAP, b.bestand))])));
}

const KOPPEN = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
  'x-frame-options': 'DENY',
};

/** The view's router, to mount at `/web`. `omgeving` is asked on every page load (a run's sources change). */
export function webweergave(omgeving: () => Webomgeving): express.Router {
  const r = express.Router({ strict: true, caseSensitive: true });
  const b = bestanden();
  r.use((req: Request, res: Response) => {
    res.set(KOPPEN);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.status(405).set('allow', 'GET, HEAD').json({ fout: 'de webweergave leest alleen' });
      return;
    }
    if (req.path === '/omgeving') {
      res.json(omgeving());
      return;
    }
    // /web without the slash: the page's relative addresses need it.
    if (req.path === '/' && !req.originalUrl.split('?')[0]!.endsWith('/')) {
      res.redirect(301, `${req.baseUrl}/`);
      return;
    }
    const bestand = Object.hasOwn(BESTANDEN, req.path) ? BESTANDEN[req.path] : undefined;
    if (!bestand) {
      res.status(404).json({ fout: 'dit deel van de webweergave bestaat niet' });
      return;
    }
    res.type(bestand.type).send(b.get(req.path));
  });
  return r;
}

/** The view of a simulator on its own: its default session at the root, other sessions by id and token. */
export const SIMULATOR_OMGEVING: Webomgeving = { modus: 'simulator', bronnen: [{ naam: 'standaard', basis: '' }], sessies: true };
