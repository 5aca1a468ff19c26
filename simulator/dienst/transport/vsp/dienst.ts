/**
 * The VSP-Koppeling services as VECOZO offers them to an aanbieder, played by our gemeente's side:
 * REST push (the aanbieder sends), REST pull (it fetches what waits for it and acknowledges with
 * DELETE; an unacknowledged message stays in the list) and the berichtstatus service. Errors in the
 * services' own form: ValidationProblemDetails, in Dutch.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ruweBody } from '../http/lichaam';
import { berichtInfo, type Berichttype, CATALOGUS } from '../../../standaard/berichten/catalogus';
import type { Aansluiting, Logregel, Sessiepunt, UitgaandBericht } from '../contract';
import { typeVanInhoud } from '../inhoud';
import { eersteKeerWeigeren, keten, LAAT_MS, sha256 } from '../keten';
import { berichtstroom, MAX_LIJST, MAX_PAYLOAD_BYTES, PADEN, ROLLEN, statusVan } from './keuzes';
import { grens, leesMultipart, MultipartFout } from './multipart';
import { foutenPerVeld, type Probleem, type PullMetadata, type PushMetadata, valideerPushMetadata, valideerZoekpad, type Zoekpad } from './schema';
import { mb } from '../../../standaard/xml/lezer';

export const NAAM = 'vsp';
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function probleem(res: Response, status: number, title: string, errors?: Record<string, string[]>, detail?: string): void {
  const p: Probleem = {
    type:
      status === 422
        ? 'https://tools.ietf.org/html/rfc4918#section-11.2'
        : status === 404
          ? 'https://tools.ietf.org/html/rfc7231#section-6.5.4'
          : 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
    title,
    status,
    ...(detail && { detail }),
    ...(errors && { errors }),
  };
  res.status(status).type('application/problem+json').send(JSON.stringify(p));
}

/** Our message as it waits in the pull list. */
export function metadataVan(b: UitgaandBericht, s: Sessiepunt, basis: string): PullMetadata {
  const type = b.berichttype!;
  const isRetour = berichtInfo(type).isRetour;
  const antwoordOp = b.envelop.antwoordOp && UUID.test(b.envelop.antwoordOp) ? b.envelop.antwoordOp : undefined;
  const payload = Buffer.from(b.xml, 'utf8');
  const gestoord = keten(s.config).has('laat');
  const ontvangen = new Date(new Date(b.tijdstip ?? Date.now()).getTime() - (gestoord ? LAAT_MS : 0));
  return {
    basisgegevens: {
      ontvangenOp: ontvangen.toISOString(),
      payload: { url: `${basis}${PADEN.pull}/${b.id}/payload`, grootte: payload.length, checksum: { algoritme: 'SHA256', waarde: sha256(payload) } },
    },
    routeringgegevens: {
      afzender: { rol: ROLLEN.gemeente, code: s.config.gemeente },
      geadresseerden: [{ rol: ROLLEN.aanbieder, code: s.config.aanbieder }],
      berichtstroom: { ...berichtstroom(type, isRetour) },
    },
    // A heenbericht opens a conversation under its own id; a retourbericht joins the one of the message it answers.
    referentiegegevens: { conversatieId: (isRetour && antwoordOp) || b.id, traceerId: b.id, ...(isRetour && antwoordOp && { alsAntwoordOp: antwoordOp }) },
  };
}

export function vspDienst(router: Router, a: Aansluiting): void {
  /** Payloads the push service refused once under the chain disturbance '422'. */
  const eenmaalGeweigerd = new Set<string>();
  const basis = (req: Request) => `${req.protocol}://${req.get('host')}${req.baseUrl}`;

  // --- REST push -------------------------------------------------------------------------------
  router.post(
    PADEN.push,
    ruweBody(a.grenzen.maxBytes, (_req, res, limiet) => probleem(res, 400, 'Het verzoek is te groot', { '': [`groter dan ${mb(limiet)}`] })),
    async (req: Request, res: Response) => {
      const s = a.sessie(req);
      const grensTekst = grens(req.get('content-type'));
      if (!grensTekst) return probleem(res, 400, 'Verwacht multipart/form-data met een boundary', { '': ['Content-Type moet multipart/form-data zijn'] });
      let delen: ReturnType<typeof leesMultipart>;
      try {
        delen = leesMultipart(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), grensTekst);
      } catch (e) {
        if (e instanceof MultipartFout) return probleem(res, 400, 'Ongeldige multipart-body', { '': [e.message] });
        throw e;
      }
      const metadataDeel = delen.find((d) => d.naam === 'berichtMetadata');
      const payload = delen.find((d) => d.naam === 'payload')?.inhoud;
      const ontbreekt: Record<string, string[]> = {};
      if (!metadataDeel) ontbreekt.berichtMetadata = ['het deel berichtMetadata ontbreekt'];
      if (!payload?.length) ontbreekt.payload = ['het deel payload ontbreekt of is leeg'];
      if (Object.keys(ontbreekt).length) return probleem(res, 400, 'Het bericht mist metadata of payload', ontbreekt);
      let metadata: unknown;
      try {
        metadata = JSON.parse(metadataDeel!.inhoud.toString('utf8'));
      } catch (e) {
        return probleem(res, 400, 'berichtMetadata is geen geldige JSON', { berichtMetadata: [(e as Error).message] });
      }
      if (!valideerPushMetadata(metadata)) {
        return probleem(res, 400, 'berichtMetadata voldoet niet aan het schema', foutenPerVeld(valideerPushMetadata.errors, 'berichtMetadata'));
      }
      const m = metadata as PushMetadata;
      const r = m.referentiegegevens;
      const route = m.routeringgegevens;
      const weiger = (code: string, veld: string, melding: string) => probleem(res, 422, `${code}: ${melding}`, { [veld]: [`${code}: ${melding}`] });
      const c = s.config;
      if (payload!.length > MAX_PAYLOAD_BYTES) return weiger('CC03', 'payload', `het bestand is groter dan 25 MB`);
      if ((await s.berichten(NAAM, r.traceerId)).some((x) => x.richting === 'in')) {
        return weiger('CC08', 'berichtMetadata.referentiegegevens.traceerId', `traceerId ${r.traceerId} is al gebruikt`);
      }
      if (route.afzender.code !== c.aanbieder)
        return weiger(
          'BRS03',
          'berichtMetadata.routeringgegevens.afzender',
          `afzender ${route.afzender.code ?? '(geen code)'} is niet de aanbieder van deze sessie (${c.aanbieder})`,
        );
      if (!route.geadresseerden.some((g) => g.code === c.gemeente)) {
        return weiger('BRS04', 'berichtMetadata.routeringgegevens.geadresseerden', `geadresseerde is niet aangesloten: verwacht gemeente ${c.gemeente}`);
      }
      const type = route.berichtstroom.berichttype as Berichttype;
      if (!CATALOGUS.has(type) || berichtInfo(type).domein !== c.domein) {
        return weiger(
          'CC02',
          'berichtMetadata.routeringgegevens.berichtstroom.berichttype',
          `onbekende berichtstroom ${type} voor deze ${c.domein === 'wmo' ? 'Wmo' : 'Jw'}-sessie`,
        );
      }
      const inhoudType = typeVanInhoud(payload!);
      if (inhoudType && inhoudType !== type) return weiger('CC02', 'payload', `de berichtstroom is ${type}, maar de payload is een ${inhoudType}`);
      if (berichtInfo(type).isRetour && !r.alsAntwoordOp)
        return weiger('CC04', 'berichtMetadata.referentiegegevens.alsAntwoordOp', 'een retourbericht noemt de traceerId van zijn heenbericht');
      // The chain disturbance '422': the first push of each message is refused.
      if (eersteKeerWeigeren(c, '422', payload!, eenmaalGeweigerd)) {
        return weiger('BRS02', 'berichtMetadata', 'de ontvangst faalt (tijdelijk); bied het bericht opnieuw aan als nieuw verzoek');
      }
      const bewijs = await s.ontvang(payload!, {
        transport: NAAM,
        afzender: route.afzender.code!,
        ontvanger: c.gemeente,
        referentie: r.traceerId,
        conversatie: r.conversatieId,
        ...(r.alsAntwoordOp && { antwoordOp: r.alsAntwoordOp }),
      });
      if (bewijs.fout) return weiger('CC02', 'payload', `bericht voldoet niet aan de specificatie: ${bewijs.fout}`);
      // The XSD is checked by the pipeline: wait for its verdict, so a payload that fails it is refused here (CC02).
      const u = await s.uitslag(bewijs.id);
      if (u.status === 'afgekeurd') {
        return probleem(res, 422, 'CC02: bericht voldoet niet aan de specificatie (niet conform XSD)', {
          payload: u.bevindingen.slice(0, 20).map((b) => `CC02: ${b.pad}: ${b.melding}`),
        });
      }
      res.status(204).end();
    },
    (e: Error & { type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      probleem(res, 400, 'Ongeldig verzoek', { '': [e.message] });
    },
  );

  // --- REST pull -------------------------------------------------------------------------------
  const lijst = async (req: Request, res: Response, filter: (m: PullMetadata) => boolean) => {
    const s = a.sessie(req);
    const limiet = req.query.limit === undefined ? MAX_LIJST : Number(req.query.limit);
    if (!Number.isInteger(limiet) || limiet < 1 || limiet > MAX_LIJST) {
      return probleem(res, 400, 'Ongeldige limit', { limit: [`verwacht een geheel getal van 1 tot en met ${MAX_LIJST}`] });
    }
    // The oldest waiting messages first; under 'venster-1' only the oldest: the list moves on once it is acknowledged.
    const venster = keten(s.config).has('venster-1') ? 1 : MAX_LIJST;
    const wachtend = (await s.klaargezet(NAAM))
      .filter((b) => b.berichttype)
      .slice(0, venster)
      .map((b) => metadataVan(b, s, basis(req)));
    res.json(wachtend.filter(filter).slice(0, limiet));
  };
  router.get(PADEN.pull, (req, res) => lijst(req, res, () => true));
  router.post(`${PADEN.pull}/zoeken`, express.json({ limit: '64kb' }), async (req, res) => {
    if (!valideerZoekpad(req.body)) return probleem(res, 400, 'Het zoekpad voldoet niet aan het schema', foutenPerVeld(valideerZoekpad.errors, 'zoekpad'));
    const z = req.body as Zoekpad;
    await lijst(req, res, (m) => {
      if (z.zoekpadType === 'ZoekpadOpConversatieId') return m.referentiegegevens.conversatieId.toLowerCase() === z.conversatieId.toLowerCase();
      if (z.zoekpadType === 'ZoekpadOpAlsAntwoordOp') return m.referentiegegevens.alsAntwoordOp?.toLowerCase() === z.alsAntwoordOp.toLowerCase();
      const st = m.routeringgegevens.berichtstroom;
      const g = m.routeringgegevens.geadresseerden[0]!;
      return (
        st.berichttype === z.berichttype &&
        (z.berichtversie === undefined || st.berichtversie === z.berichtversie) &&
        (z.berichtsubversie === undefined || st.berichtsubversie === z.berichtsubversie) &&
        (z.actie === undefined || st.actie === z.actie) &&
        (z.geadresseerdeRol === undefined || g.rol === z.geadresseerdeRol) &&
        (z.geadresseerdeCode === undefined || g.code === z.geadresseerdeCode)
      );
    });
  });
  router.get(`${PADEN.pull}/:traceerId/payload`, async (req, res) => {
    const b = (await a.sessie(req).klaargezet(NAAM)).find((x) => x.id === req.params.traceerId);
    if (!b) return probleem(res, 404, 'Bericht is onbekend of niet (meer) beschikbaar ter pull', { traceerId: [String(req.params.traceerId)] });
    res.type('application/octet-stream').send(Buffer.from(b.xml, 'utf8'));
  });
  router.delete(`${PADEN.pull}/:traceerId`, async (req, res) => {
    const s = a.sessie(req);
    const id = String(req.params.traceerId);
    // bevestig is false unless the message is set out and not yet acknowledged.
    if (!(await s.bevestig(id))) {
      return probleem(res, 404, 'Het bericht is niet gevonden of al bevestigd', { traceerId: [id] });
    }
    res.status(202).end();
  });

  // --- Berichtstatus ---------------------------------------------------------------------------
  router.get(PADEN.status, async (req, res) => {
    const s = a.sessie(req);
    const t = req.query.traceerId === undefined ? undefined : String(req.query.traceerId);
    const conv = req.query.conversatieId === undefined ? undefined : String(req.query.conversatieId);
    if ((t === undefined) === (conv === undefined))
      return probleem(res, 400, 'Gebruik één van de parameters traceerId of conversatieId', { '': ['precies één van traceerId en conversatieId'] });
    if (!UUID.test((t ?? conv)!)) return probleem(res, 400, 'Geen geldige UUID', { [t ? 'traceerId' : 'conversatieId']: ['verwacht een UUID'] });
    const zoek = (t ?? conv)!.toLowerCase();
    const eigen = (await s.berichten(NAAM)).filter((r) => !r.envelop.soort && r.berichttype);
    const refs = (r: Logregel) => {
      const traceer = (r.envelop.referentie ?? r.id).toLowerCase();
      const antwoordOp = r.envelop.antwoordOp?.toLowerCase();
      const conversatie = (r.envelop.conversatie ?? (berichtInfo(r.berichttype!).isRetour ? antwoordOp : undefined) ?? traceer).toLowerCase();
      return { traceer, antwoordOp, conversatie };
    };
    const gevonden = eigen.filter((r) => {
      const x = refs(r);
      return t ? x.traceer === zoek || x.antwoordOp === zoek : x.conversatie === zoek;
    });
    res.json(
      gevonden.slice(0, MAX_LIJST).map((r) => {
        const x = refs(r);
        const status = statusVan(r);
        const isRetour = berichtInfo(r.berichttype!).isRetour;
        const meldingen = r.bevindingen.slice(0, 100).map((b) => ({ code: b.regel || 'CC02', omschrijving: b.melding || 'afgekeurd', ...(b.pad && { toelichting: b.pad }) }));
        return {
          referentiegegevens: {
            conversatieId: x.conversatie,
            traceerId: x.traceer,
            ...(x.antwoordOp && UUID.test(x.antwoordOp) && { alsAntwoordOp: x.antwoordOp }),
          },
          berichtstroom: { ...berichtstroom(r.berichttype!, isRetour) },
          berichtstatus: status,
          berichtstatusGewijzigdOp: r.tijdstip,
          ...(status === 'AfgekeurdDoorDienst' && meldingen.length && { meldingen }),
          berichtOntvangenOp: r.tijdstip,
        };
      }),
    );
  });
}
