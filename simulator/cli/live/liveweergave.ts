/**
 * The live view of `ketentest run`: a small HTTP server (127.0.0.1) that serves the web view
 * (`dienst/web`) with, besides the sessions of the run's simulators, the run itself: its scenarios
 * and their steps as they pass or fail (from cucumber's messages), and with `--handmatig` the
 * tester's instructions with a "gedaan" button.
 *
 *   GET  /web/                                 the page (dienst/web)
 *   GET  /web/omgeving                         { modus: 'run', bronnen: the run's simulators }
 *   GET  /web/run?vanaf=N&wacht=MS             { run, gebeurtenissen (from N on), volgende }; long-polls
 *   POST /web/run/instructies/{id}/gedaan      the tester's "gedaan" (JSON; 404 when nothing waits by that id)
 *   GET  /web/simulatoren/{n}/…                the API of the run's n-th simulator, reading only (GET)
 *
 * The run's simulators listen on ports of their own (0 in reference mode); the view reads them through
 * this server, so the page needs one origin and nothing else.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import type { Envelope } from '@cucumber/messages';
import express, { type NextFunction, type Request, type Response } from 'express';
import { instructies, koppelTester, meldGedaan, type Instructie } from '../../../scenarios/handmatig';
import { maakApp } from '../../dienst/api/server';
import type { Simulator } from '../../dienst/simulator';
import { type Webbron, webweergave } from '../../dienst/web';
import type { Domein, Rol } from '../../standaard/woorden';
import { Gebruiksfout } from '../argumenten';
import { terminalTester } from './terminal';
import { type Gebeurtenis, Verloop } from './verloop';

export interface LiveOpties {
  /** Port to listen on; 0 picks a free one. */
  readonly poort: number;
  readonly host?: string;
  /** Where a tester presses Enter for "gedaan" (`--handmatig`: the terminal); absent: only the button. */
  readonly invoer?: Readable;
  /** Lines for the terminal (the address, "gedaan"). */
  readonly log?: (regel: string) => void;
}

export interface LiveRun {
  readonly omschrijving: string;
  readonly modus: 'referentie' | 'extern';
  readonly handmatig: boolean;
  /** How long a step waits for "gedaan" (the run's --timeout). */
  readonly timeoutMs: number;
  readonly simulatoren: readonly { readonly rol: Rol; readonly domein: Domein; readonly simulator: Simulator }[];
}

/** The most events one answer carries (the page asks again from where it stopped). */
const PER_ANTWOORD = 1000;
/** A run of every scenario has some thousands of events; beyond this the oldest steps are not kept. */
const MAX_GEBEURTENISSEN = 200_000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class Liveweergave {
  private runId: string | null = null;
  private gebeurtenissen: Gebeurtenis[] = [];
  private verloop = new Verloop();
  private bronnen: Webbron[] = [];
  private apps: express.Express[] = [];
  private wachtenden = new Set<() => void>();
  /** What this run attached and detaches at its end: instruction listeners, the places that say "gedaan". */
  private losmaken: (() => void)[] = [];
  private terminal = false;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly o: LiveOpties,
  ) {}

  static async start(o: LiveOpties): Promise<Liveweergave> {
    const host = o.host ?? '127.0.0.1';
    const app = express();
    app.disable('x-powered-by');
    const server = createServer(app);
    await new Promise<void>((resolve, reject) => {
      const mislukt = (e: NodeJS.ErrnoException) =>
        reject(new Gebruiksfout(`de live weergave kan niet luisteren op ${host}:${o.poort} (${e.code === 'EADDRINUSE' ? 'de poort is bezet' : (e.code ?? e.message)})`));
      server.once('error', mislukt);
      server.listen(o.poort, host, () => {
        server.off('error', mislukt);
        resolve();
      });
    });
    // As the simulator's server: an idle connection is not closed before the client's keep-alive (ECONNRESET).
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const poort = (server.address() as AddressInfo).port;
    const weergave = new Liveweergave(server, `http://${host}:${poort}/web/`, o);
    weergave.routes(app);
    o.log?.(`ketentest: live weergave op ${weergave.url}`);
    return weergave;
  }

  private routes(app: express.Express): void {
    // Only for this machine by its own name: a page elsewhere whose name was pointed at 127.0.0.1 (DNS rebinding) gets nothing.
    const poort = new URL(this.url).port;
    const namen = new Set([`127.0.0.1:${poort}`, `localhost:${poort}`, `[::1]:${poort}`, new URL(this.url).host]);
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (namen.has(String(req.headers.host ?? '').toLowerCase())) next();
      else res.status(421).json({ fout: `de live weergave antwoordt alleen op ${this.url}` });
    });
    app.get('/', (_req, res) => {
      res.redirect(302, '/web/');
    });
    app.get('/web/run', (req, res) => {
      const vanaf = getal(req.query.vanaf, 0);
      const wacht = getal(req.query.wacht, 0);
      if (vanaf === undefined || wacht === undefined) {
        res.status(400).json({ fout: 'vanaf en wacht zijn gehele getallen vanaf 0' });
        return;
      }
      const antwoord = () => {
        const lijst = this.gebeurtenissen.slice(vanaf, vanaf + PER_ANTWOORD);
        res.set('cache-control', 'no-store').json({ run: this.runId, gebeurtenissen: lijst, volgende: Math.min(vanaf, this.gebeurtenissen.length) + lijst.length });
      };
      if (vanaf < this.gebeurtenissen.length || wacht === 0) {
        antwoord();
        return;
      }
      const run = this.runId;
      let timer: NodeJS.Timeout | undefined;
      const klaar = () => {
        clearTimeout(timer);
        this.wachtenden.delete(klaar);
        res.off('close', klaar);
        if (res.writableEnded || res.destroyed) return;
        // A new run began meanwhile: the page starts again from its first event.
        if (run !== this.runId) res.json({ run: this.runId, gebeurtenissen: [], volgende: 0 });
        else antwoord();
      };
      timer = setTimeout(klaar, Math.min(wacht, 25_000));
      this.wachtenden.add(klaar);
      // The page went away (res 'close'; a request's own 'close' only says its body was read).
      res.on('close', klaar);
    });
    app.post('/web/run/instructies/:id/gedaan', (req, res) => {
      // JSON only: a page of another origin cannot send that without asking first (CORS), and we never answer that.
      if (!req.is('application/json')) {
        res.status(415).json({ fout: "'gedaan' komt als JSON (content-type: application/json)" });
        return;
      }
      const id = req.params.id;
      const i = ID.test(id) ? meldGedaan(id, 'web') : undefined;
      if (!i) {
        res.status(404).json({ fout: "deze stap wacht niet (meer) op 'gedaan'" });
        return;
      }
      res.json({ gedaan: true, stap: i.stap });
    });
    app.use('/web/simulatoren/:n', (req: Request, res: Response, next: NextFunction) => {
      const n = /^\d{1,3}$/.test(String(req.params.n)) ? Number(req.params.n) : -1;
      const sim = this.apps[n];
      if (!sim) {
        res.status(404).json({ fout: this.runId ? 'deze simulator hoort niet (meer) bij de run' : 'er loopt geen run' });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.status(405).set('allow', 'GET, HEAD').json({ fout: 'de live weergave leest alleen' });
        return;
      }
      sim(req, res, next);
    });
    app.use(
      '/web',
      webweergave(() => ({ modus: 'run', bronnen: this.bronnen, sessies: false })),
    );
    app.use((_req: Request, res: Response) => {
      res.status(404).json({ fout: 'onbekend pad; de live weergave staat op /web/' });
    });
    app.use((e: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
      if (res.headersSent) return;
      res.status(e.status && e.status >= 400 && e.status < 500 ? e.status : 500).json({ fout: e.status && e.status < 500 ? e.message : `interne fout: ${e.message}` });
    });
  }

  /** How the tester says "gedaan" in this run, for the instruction in the terminal. */
  hoeGedaan(): string {
    return `${this.terminal ? 'druk op Enter of ' : ''}klik 'Gedaan' op ${this.url} als de stap gedaan is`;
  }

  /** A run begins on this view: its simulators, and with `handmatig` the places where the tester says "gedaan". */
  begin(run: LiveRun): void {
    this.einde();
    this.runId = randomUUID();
    this.gebeurtenissen = [];
    this.verloop = new Verloop();
    this.apps = run.simulatoren.map((s) => maakApp(s.simulator));
    this.bronnen = run.simulatoren.map((s, n) => ({ naam: `${s.domein} · ${s.rol}`, basis: `/web/simulatoren/${n}`, rol: s.rol, domein: s.domein }));
    this.voegToe([{ soort: 'run', omschrijving: run.omschrijving, modus: run.modus, handmatig: run.handmatig, bronnen: this.bronnen }]);
    if (!run.handmatig) return;
    const instructie = (i: Instructie) => this.voegToe([{ soort: 'instructie', id: i.id, rol: i.rol, domein: i.domein, stap: i.stap, regels: i.regels, wachtOpGedaan: true }]);
    const gedaan = (i: Instructie, door: string) => {
      this.voegToe([{ soort: 'gedaan', id: i.id, door }]);
      if (door !== 'terminal') this.o.log?.(`    gedaan (${door === 'web' ? 'in de webweergave' : door}): de suite wacht nu op het bericht`);
    };
    const verlopen = (i: Instructie) => this.voegToe([{ soort: 'verlopen', id: i.id }]);
    instructies.on('instructie', instructie);
    instructies.on('gedaan', gedaan);
    instructies.on('verlopen', verlopen);
    this.losmaken.push(
      () => instructies.off('instructie', instructie),
      () => instructies.off('gedaan', gedaan),
      () => instructies.off('verlopen', verlopen),
      koppelTester(run.timeoutMs),
    );
    if (this.o.invoer) {
      this.terminal = true;
      this.losmaken.push(
        terminalTester(this.o.invoer, run.timeoutMs, this.o.log ?? (() => {}), () => {
          this.terminal = false;
        }),
      );
    }
  }

  /** One of cucumber's messages (the runner's onMessage). */
  bericht(m: Envelope): void {
    if (!this.runId) return;
    const nieuw = this.verloop.neem(m);
    if (nieuw.length) this.voegToe(nieuw);
  }

  /** The run ended: its simulators stop, nothing waits for "gedaan" here any more. The page keeps what it read. */
  einde(): void {
    for (const f of this.losmaken.splice(0).reverse()) f();
    this.terminal = false;
    if (!this.runId || !this.apps.length) return;
    this.apps = [];
    this.voegToe([{ soort: 'einde', ...this.verloop.telling }]);
  }

  async stop(): Promise<void> {
    this.einde();
    for (const w of [...this.wachtenden]) w();
    const gesloten = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await gesloten;
  }

  private voegToe(g: Gebeurtenis[]): void {
    this.gebeurtenissen.push(...g);
    if (this.gebeurtenissen.length > MAX_GEBEURTENISSEN) {
      // Keep the run's start and the latest; a page that was further on begins again.
      this.gebeurtenissen = [this.gebeurtenissen[0]!, ...this.gebeurtenissen.slice(-MAX_GEBEURTENISSEN / 2)];
      this.runId = randomUUID();
    }
    for (const w of [...this.wachtenden]) w();
  }
}

/** A non-negative whole number from the query string (absent: `standaard`); undefined when it is something else. */
function getal(waarde: unknown, standaard: number): number | undefined {
  if (waarde === undefined) return standaard;
  if (typeof waarde !== 'string' || !/^\d{1,9}$/.test(waarde)) return undefined;
  return Number(waarde);
}
