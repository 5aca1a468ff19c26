/**
 * The HTTP face of the simulator: the admin API (log, clock, reset, health, actions) and the routes
 * the transports register (`POST /berichten` of bare HTTP), for the default session at the root and
 * for every other session under `/sessies/{id}` behind its bearer token. Request bodies are validated
 * with ajv against the schemas the OpenAPI document (`GET /openapi.json`) publishes. Under `/web/`
 * the web view (`../web`), which reads this API like any client.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import express, { type NextFunction, type Request, type Response } from 'express';
import { controleerActie, inHetNederlands } from '../../partij/acties';
import { ActieFout } from '../../partij/partij';
import { sessieConfig, type Sessie, type SessieConfig } from '../sessie';
import type { BerichtRij } from '../opslag/contract';
import type { Gezondheid, Klok, LogBericht, LogBerichtMetXml, Verstuurde } from './antwoorden';
import { openapi, SCHEMAS } from './openapi';
import { STANDAARD_SESSIE, type Simulator } from '../simulator';
import { SIMULATOR_OMGEVING, webweergave } from '../web';

const ajv = new Ajv({ allErrors: true, strict: false });
const valideerKlok = ajv.compile(SCHEMAS.Klok);
const valideerSessie = ajv.compile(SCHEMAS.SessieAanvraag);
const valideerInstellingen = ajv.compile(SCHEMAS.Instellingen);

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
async function alsStap(res: Response, stap: () => BerichtRij[] | Promise<BerichtRij[]>): Promise<void> {
  try {
    const berichten = await stap();
    const antwoord: Verstuurde = { berichten: berichten.map((b) => ({ id: b.id, berichttype: b.berichttype, identificatie: b.identificatie })) };
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

/** Log entry without the XML (the list), or with it (one message). */
function metadata(r: BerichtRij): LogBericht {
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
  };
}

type SessieRequest = Request & { sessie?: Sessie };

function sessieRoutes(sim: Simulator): express.Router {
  const r = express.Router({ mergeParams: true });
  const s = (req: Request) => (req as SessieRequest).sessie!;
  /** A logged message of this session (another session's messages do not exist here). */
  const eigen = (req: Request, id: string) => {
    const rij = sim.opslag.bericht(id);
    return rij?.sessie === s(req).id ? rij : undefined;
  };

  for (const t of sim.transporten) t.routes?.(r, { sessie: s, grenzen: sim.grenzen });

  r.get('/berichten', async (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const filter = {
      ...(q.type && { berichttype: q.type }),
      ...(q.richting && { richting: q.richting }),
      ...(q.client && { bsn: q.client }),
      ...(q.status && { status: q.status }),
      ...(q.vanaf && { vanaf: Number(q.vanaf) }),
    };
    const wacht = Math.min(Number(q.wacht ?? 0) || 0, 30_000);
    let rijen = sim.opslag.berichten(s(req).id, filter);
    if (!rijen.length && wacht > 0) {
      await s(req).wachtOpWijziging(wacht);
      rijen = sim.opslag.berichten(s(req).id, filter);
    }
    res.json(rijen.map(metadata));
  });

  r.get('/berichten/:id', async (req, res) => {
    // ?wacht=ms: wait until the message is processed and answered (long polling), at most that long.
    const einde = Date.now() + Math.min(Number(req.query.wacht ?? 0) || 0, 30_000);
    let rij = eigen(req, req.params.id!);
    while (rij && (rij.status === 'ontvangen' || !rij.gerelateerd) && Date.now() < einde) {
      await s(req).wachtOpWijziging(einde - Date.now());
      rij = eigen(req, req.params.id!);
    }
    if (!rij) {
      res.status(404).json({ fout: `bericht ${req.params.id} bestaat niet` });
      return;
    }
    const retour = rij.richting === 'in' && rij.gerelateerd ? sim.opslag.bericht(rij.gerelateerd) : undefined;
    const antwoord: LogBerichtMetXml = {
      ...metadata(rij),
      envelop: rij.envelop,
      xml: rij.xml,
      retour: retour ? { id: retour.id, berichttype: retour.berichttype, xml: retour.xml } : null,
    };
    res.json(antwoord);
  });

  r.get('/berichten/:id/retour', (req, res) => {
    const rij = eigen(req, req.params.id!);
    if (rij?.richting !== 'in') {
      res.status(404).json({ fout: `ontvangen bericht ${req.params.id} bestaat niet` });
      return;
    }
    const retour = rij.gerelateerd ? sim.opslag.bericht(rij.gerelateerd) : undefined;
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

  r.put('/klok', express.json(), (req, res) => {
    if (!geldigeBody(valideerKlok, req, res, 'ongeldige klok')) return;
    s(req).zetSysteemdatum((req.body as { datum: string | null }).datum);
    const klok: Klok = { systeemdatum: s(req).systeemdatum };
    res.json(klok);
  });

  r.get('/klok', (req, res) => {
    const klok: Klok = { systeemdatum: s(req).systeemdatum };
    res.json(klok);
  });

  r.put('/instellingen', express.json(), (req, res) => {
    if (!geldigeBody(valideerInstellingen, req, res, 'ongeldige instellingen')) return;
    const nieuw = sim.herconfigureer(s(req).id, req.body as Partial<SessieConfig>);
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

  r.post('/reset', (req, res) => {
    const nieuw = sim.reset(s(req).id);
    res.json({ sessie: nieuw.id, gereset: true });
  });

  r.get('/gezondheid', (req, res) => {
    const sessie = s(req);
    const wachtend = sim.opslag.metAfleverstatus(sessie.id, 'wachtend').length;
    const gezondheid: Gezondheid = {
      status: 'ok',
      sessie: sessie.id,
      rol: sessie.config.rol,
      domein: sessie.config.domein,
      systeemdatum: sessie.systeemdatum,
      wachtendOpAflevering: wachtend,
    };
    res.json(gezondheid);
  });

  r.post('/acties', express.json({ limit: '1mb' }), async (req, res) => {
    const c = controleerActie(req.body);
    if ('fouten' in c) {
      res.status(400).json({ fout: 'ongeldige actie', details: c.fouten });
      return;
    }
    await alsStap(res, () => s(req).actie(c.actie));
  });

  r.post('/verstuur', express.raw({ type: () => true, limit: sim.grenzen.maxBytes }), async (req, res) => {
    await alsStap(res, () => [s(req).verstuurXml(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0))]);
  });

  r.get('/toestand/toewijzingen', (req, res) => {
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

  app.get('/openapi.json', (_req, res) => {
    res.json(openapi(sim.transporten));
  });

  // The web view (dienst/web): the page reads this same API, with the token the user enters.
  app.use(
    '/web',
    webweergave(() => SIMULATOR_OMGEVING),
  );

  app.post('/sessies', express.json(), (req, res) => {
    if (!geldigeBody(valideerSessie, req, res, 'ongeldige sessie-aanvraag')) return;
    const { sessie, token } = sim.nieuweSessie(sessieConfig(req.body as Partial<SessieConfig> & Pick<SessieConfig, 'rol' | 'domein'>));
    res.status(201).json({ id: sessie.id, token, basis: `/sessies/${sessie.id}` });
  });

  const bijSessie = (req: Request, res: Response, next: NextFunction) => {
    const sessie = sim.toegang(String(req.params.sessie), bearer(req));
    if (!sessie) {
      res.status(401).set('www-authenticate', 'Bearer').json({ fout: 'niet geautoriseerd' });
      return;
    }
    (req as SessieRequest).sessie = sessie;
    next();
  };
  app.use('/sessies/:sessie', bijSessie, sessieRoutes(sim));

  const standaard = (req: Request, res: Response, next: NextFunction) => {
    const sessie = sim.toegang(STANDAARD_SESSIE, bearer(req));
    if (!sessie) {
      res
        .status(sim.sessie(STANDAARD_SESSIE) ? 401 : 404)
        .json({ fout: sim.sessie(STANDAARD_SESSIE) ? 'niet geautoriseerd' : 'geen standaardsessie; maak een sessie met POST /sessies' });
      return;
    }
    (req as SessieRequest).sessie = sessie;
    next();
  };
  app.use('/', standaard, sessieRoutes(sim));

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ fout: 'onbekend pad; zie /openapi.json' });
  });
  app.use((e: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (e.type === 'entity.too.large') {
      res.status(413).json({ fout: `het bericht is groter dan de grens van ${(sim.grenzen.maxBytes / 1048576).toFixed(1)} MB` });
    } else if (e.type === 'entity.parse.failed') {
      res.status(400).json({ fout: 'de body is geen geldige JSON' });
    } else {
      res.status(500).json({ fout: `interne fout: ${e.message}` });
    }
  });
  return app;
}
