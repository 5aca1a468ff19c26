/**
 * The HTTP face of the simulator: the admin API (log, clock, reset, health, actions) and the routes
 * the transports register (`POST /berichten` of bare HTTP), for the default session at the root and
 * for every other session under `/sessies/{id}` behind its bearer token. Every request body is read
 * with a limit while it streams and validated (ajv, against the schemas the OpenAPI document
 * `GET /openapi.json` publishes) before anything is stored; what does not pass is a 400 in Dutch.
 * Under `/web/` the web view (`../web`), which reads this API like any client.
 */
import type { ValidateFunction } from 'ajv';
import express, { type NextFunction, type Request, type Response } from 'express';
import { controleerActie, inHetNederlands } from '../../partij/acties';
import { ActieFout } from '../../partij/partij';
import { ajv } from '../jsonschema';
import type { Berichtfilter, Logregel } from '../opslag/contract';
import { sessieConfig, SessieKapot, type Sessie, type SessieConfig } from '../sessie';
import { OngeldigeConfig, STANDAARD_SESSIE, type Simulator } from '../simulator';
import { jsonBody, ruweBody } from '../transport/http/lichaam';
import type { Gezondheid, Klok, LogBericht, LogBerichtMetXml, Verstuurde } from './antwoorden';
import { LOG_STANDAARD_LIMIET, LOG_MAX_LIMIET, openapi, SCHEMAS } from './openapi';
import { SIMULATOR_OMGEVING, webweergave } from '../web';

const valideerKlok = ajv.compile(SCHEMAS.Klok);
const valideerSessie = ajv.compile(SCHEMAS.SessieAanvraag);
const valideerInstellingen = ajv.compile(SCHEMAS.Instellingen);
const valideerLogvraag = ajv.compile(SCHEMAS.Logvraag);

/** About this many characters of XML per page of the log at most (one message more when a single one is larger). */
const LOG_XML_BUDGET = 8 * 1048576;

/**
 * Whether the body fits its schema; otherwise answers 400. The schemas' enum of fault names also
 * refuses unknown faults.
 */
function geldigeBody(valideer: ValidateFunction, req: Request, res: Response, fout: string): boolean {
  if (valideer(req.body)) return true;
  const details = inHetNederlands(valideer.errors, '(body)');
  res.status(400).json({ fout, details });
  return false;
}

/** Runs a business step; a step that cannot be taken now answers with its status (404, 409). */
async function alsStap(res: Response, stap: () => Promise<{ id: string; berichttype: string | null; identificatie: string | null }[]>): Promise<void> {
  try {
    const berichten = await stap();
    const antwoord = { berichten: berichten.map((b) => ({ id: b.id, berichttype: b.berichttype, identificatie: b.identificatie })) } as Verstuurde;
    res.status(202).json(antwoord);
  } catch (e) {
    if (!(e instanceof ActieFout)) throw e;
    res.status(e.status).json({ fout: e.message });
  }
}

function bearer(req: Request): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
}

/** Log entry without the XML (the list), or with it when asked. */
function metadata(r: Logregel): LogBericht {
  return {
    id: r.id,
    volgnr: r.volgnr,
    richting: r.richting,
    transport: r.transport,
    berichttype: r.berichttype,
    bsn: r.bsn,
    identificatie: r.identificatie,
    status: r.status,
    afleverstatus: r.afleverstatus,
    pogingen: r.pogingen,
    laatsteFout: r.laatste_fout,
    gerelateerd: r.gerelateerd,
    tijdstip: r.tijdstip,
    bevindingen: r.bevindingen ?? [],
    retourcodes: r.retourcodes ?? null,
    ...(r.xml !== undefined && { xml: r.xml }),
  };
}

type SessieRequest = Request & { sessie?: Sessie };

function sessieRoutes(sim: Simulator): express.Router {
  const r = express.Router({ mergeParams: true });
  const s = (req: Request) => (req as SessieRequest).sessie!;
  /** A logged message of this session (another session's messages do not exist here). */
  const eigen = async (req: Request, id: string) => {
    const rij = await sim.opslag.bericht(id);
    return rij?.sessie === s(req).id ? rij : undefined;
  };

  for (const t of sim.transporten) t.routes?.(r, { sessie: s, grenzen: sim.grenzen });

  r.get('/berichten', async (req, res) => {
    if (!valideerLogvraag(req.query)) {
      res.status(400).json({ fout: 'ongeldige vraag aan het log', details: inHetNederlands(valideerLogvraag.errors, '(query)') });
      return;
    }
    const q = req.query as Record<string, string | undefined>;
    const filter: Berichtfilter = {
      ...(q.type && { berichttype: q.type }),
      ...(q.richting && { richting: q.richting as Berichtfilter['richting'] }),
      ...(q.client && { bsn: q.client }),
      ...(q.status && { status: q.status as Berichtfilter['status'] }),
      ...(q.afleverstatus && { afleverstatus: q.afleverstatus as Berichtfilter['afleverstatus'] }),
      ...(q.vanaf && { vanaf: Number(q.vanaf) }),
    };
    const metXml = q.xml === '1' || q.xml === 'true';
    const limiet = Math.min(Number(q.limit ?? LOG_STANDAARD_LIMIET), LOG_MAX_LIMIET);
    const pagina = { limiet };
    const einde = Date.now() + Math.min(Number(q.wacht ?? 0) || 0, 30_000);
    let rijen: Logregel[] = await sim.opslag.berichten(s(req).id, filter, pagina);
    while (!rijen.length && Date.now() < einde) {
      await s(req).wachtOpWijziging(einde - Date.now());
      rijen = await sim.opslag.berichten(s(req).id, filter, pagina);
    }
    let vol = rijen.length === limiet;
    if (metXml) {
      // The messages themselves one by one, up to a budget: a page never holds more than some MB of XML.
      const metBericht: Logregel[] = [];
      let bytes = 0;
      for (const r of rijen) {
        if (metBericht.length && bytes > LOG_XML_BUDGET) {
          vol = true;
          break;
        }
        const xml = (await sim.opslag.bericht(r.id))?.xml ?? '';
        bytes += xml.length;
        metBericht.push({ ...r, xml });
      }
      rijen = metBericht;
    }
    if (vol) {
      // The next page starts after the last entry: a Link header with the same question from there on.
      const volgende = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'wacht'));
      volgende.set('vanaf', String(rijen.at(-1)!.volgnr + 1));
      res.set('link', `<${req.baseUrl}${req.path}?${volgende}>; rel="next"`);
    }
    res.json(rijen.map(metadata));
  });

  r.get('/berichten/:id', async (req, res) => {
    // ?wacht=ms: wait until the message is processed and answered (long polling), at most that long.
    const einde = Date.now() + Math.min(Number(req.query.wacht ?? 0) || 0, 30_000);
    let rij = await eigen(req, req.params.id!);
    while (rij && (rij.status === 'ontvangen' || !rij.gerelateerd) && Date.now() < einde) {
      await s(req).wachtOpWijziging(einde - Date.now());
      rij = await eigen(req, req.params.id!);
    }
    if (!rij) {
      res.status(404).json({ fout: `bericht ${req.params.id} bestaat niet` });
      return;
    }
    const retour = rij.richting === 'in' && rij.gerelateerd ? await sim.opslag.bericht(rij.gerelateerd) : undefined;
    const antwoord: LogBerichtMetXml = {
      ...metadata(rij),
      envelop: rij.envelop,
      xml: rij.xml,
      retour: retour ? { id: retour.id, berichttype: retour.berichttype, xml: retour.xml } : null,
    };
    res.json(antwoord);
  });

  r.get('/berichten/:id/retour', async (req, res) => {
    const rij = await eigen(req, req.params.id!);
    if (rij?.richting !== 'in') {
      res.status(404).json({ fout: `ontvangen bericht ${req.params.id} bestaat niet` });
      return;
    }
    const retour = rij.gerelateerd ? await sim.opslag.bericht(rij.gerelateerd) : undefined;
    if (retour?.richting !== 'uit') {
      const reden =
        rij.status === 'ontvangen'
          ? 'het bericht wordt nog verwerkt'
          : rij.status === 'afgekeurd'
            ? 'het bericht is afgekeurd op het berichtschema of onbekend: er komt geen retourbericht (zie de bevindingen)'
            : 'er is (nog) geen retourbericht';
      res.status(404).json({ fout: reden });
      return;
    }
    res.type('application/xml').send(retour.xml);
  });

  r.put('/klok', jsonBody(), async (req, res) => {
    if (!geldigeBody(valideerKlok, req, res, 'ongeldige klok')) return;
    await s(req).zetSysteemdatum((req.body as { datum: string | null }).datum);
    const klok: Klok = { systeemdatum: s(req).systeemdatum };
    res.json(klok);
  });

  r.get('/klok', async (req, res) => {
    await s(req).bijgewerkt();
    const klok: Klok = { systeemdatum: s(req).systeemdatum };
    res.json(klok);
  });

  r.put('/instellingen', jsonBody(), async (req, res) => {
    if (!geldigeBody(valideerInstellingen, req, res, 'ongeldige instellingen')) return;
    let nieuw: Sessie;
    try {
      nieuw = await sim.herconfigureer(s(req).id, req.body as Partial<SessieConfig>);
    } catch (e) {
      if (!(e instanceof OngeldigeConfig)) throw e;
      res.status(400).json({ fout: 'ongeldige instellingen', details: e.fouten });
      return;
    }
    res.json({
      rol: nieuw.config.rol,
      domein: nieuw.config.domein,
      gemeente: nieuw.config.gemeente,
      aanbieder: nieuw.config.aanbieder,
      fouten: nieuw.config.fouten,
      gi: nieuw.config.gi ?? false,
      sutUrl: nieuw.config.sutUrl ?? null,
    });
  });

  r.post('/reset', async (req, res) => {
    const nieuw = await sim.reset(s(req).id);
    res.json({ sessie: nieuw.id, gereset: true });
  });

  r.get('/gezondheid', async (req, res) => {
    const sessie = s(req);
    const gezondheid: Gezondheid = {
      status: 'ok',
      sessie: sessie.id,
      rol: sessie.config.rol,
      domein: sessie.config.domein,
      systeemdatum: sessie.systeemdatum,
      wachtendOpAflevering: await sim.opslag.wachtend(sessie.id),
    };
    res.json(gezondheid);
  });

  r.post('/acties', jsonBody(), async (req, res) => {
    const c = controleerActie(req.body);
    if ('fouten' in c) {
      res.status(400).json({ fout: 'ongeldige actie', details: c.fouten });
      return;
    }
    await alsStap(res, () => s(req).actie(c.actie));
  });

  r.post('/verstuur', ruweBody(sim.grenzen.maxBytes), async (req, res) => {
    await alsStap(res, async () => [await s(req).verstuurXml(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0))]);
  });

  r.get('/toestand/toewijzingen', async (req, res) => {
    await s(req).bijgewerkt();
    const bsn = (req.query.client as string | undefined) ?? s(req).config.bsn;
    res.json(
      s(req)
        .toestand.toewijzingen.vanClient(bsn)
        .map((t) => ({ nummer: t.nummer, bsn: t.bsn, versies: t.versies })),
    );
  });

  return r;
}

export function maakApp(sim: Simulator): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: hashing every answer costs time on the hot path, and the log's answers change anyway.
  app.disable('etag');

  app.get('/openapi.json', (_req, res) => {
    res.json(openapi(sim.transporten));
  });

  // The web view (dienst/web): the page reads this same API, with the token the user enters.
  app.use(
    '/web',
    webweergave(() => SIMULATOR_OMGEVING),
  );

  app.post('/sessies', jsonBody(), async (req, res) => {
    if (!geldigeBody(valideerSessie, req, res, 'ongeldige sessie-aanvraag')) return;
    try {
      const { sessie, token } = await sim.nieuweSessie(sessieConfig(req.body as Partial<SessieConfig> & Pick<SessieConfig, 'rol' | 'domein'>));
      res.status(201).json({ id: sessie.id, token, basis: `/sessies/${sessie.id}` });
    } catch (e) {
      if (!(e instanceof OngeldigeConfig)) throw e;
      res.status(400).json({ fout: 'ongeldige sessie-aanvraag', details: e.fouten });
    }
  });

  /** A session whose stored state cannot load answers 503 with the reason; it is reported at start and left alone. */
  const toegelaten = (req: Request, res: Response, next: NextFunction, sessie: Sessie) => {
    if (sessie.kapot) {
      res.status(503).json({ fout: `de sessie kan niet geladen worden: ${sessie.kapot}` });
      return;
    }
    (req as SessieRequest).sessie = sessie;
    next();
  };

  app.use(
    '/sessies/:sessie',
    async (req: Request, res: Response, next: NextFunction) => {
      const sessie = await sim.toegang(String(req.params.sessie), bearer(req));
      if (!sessie) {
        res.status(401).set('www-authenticate', 'Bearer').json({ fout: 'niet geautoriseerd' });
        return;
      }
      toegelaten(req, res, next, sessie);
    },
    sessieRoutes(sim),
  );

  app.use(
    '/',
    async (req: Request, res: Response, next: NextFunction) => {
      const sessie = await sim.toegang(STANDAARD_SESSIE, bearer(req));
      if (!sessie) {
        const bestaat = !!sim.sessie(STANDAARD_SESSIE);
        res.status(bestaat ? 401 : 404).json({ fout: bestaat ? 'niet geautoriseerd' : 'geen standaardsessie; maak een sessie met POST /sessies' });
        return;
      }
      toegelaten(req, res, next, sessie);
    },
    sessieRoutes(sim),
  );

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ fout: 'onbekend pad; zie /openapi.json' });
  });
  app.use((e: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return;
    if (e instanceof SessieKapot) res.status(503).json({ fout: `de sessie kan niet geladen worden: ${e.message}` });
    else res.status(500).json({ fout: `interne fout: ${e.message}` });
  });
  return app;
}
