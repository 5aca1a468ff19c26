/**
 * VSP-Koppeling (VECOZO), the way an aanbieder product exchanges iWmo/iJw messages. Two sides:
 *
 * - the service (`dienst.ts`), when our party is the gemeente: ketentest plays VECOZO and the gemeente
 *   behind it; our messages are set out in the pull list (`klaargezet`) until the aanbieder
 *   acknowledges them with DELETE;
 * - the client, when our party is an aanbieder with `vspUrl`: it pushes our messages to that service and
 *   pulls what waits for it (every `intervalMs`), acknowledging each message once it is stored.
 */
import { randomUUID } from 'node:crypto';
import { berichtInfo } from '../../../standaard/berichten/catalogus';
import type { Aflevering, Bestemming, Luisteraar, OpenApiPaden, Sessiegegevens, Sessiepunt, Transport, UitgaandBericht } from '../contract';
import { DAG_MS, sha256 } from '../keten';
import { Onbereikbaar, type TlsOpties, verzoek } from '../verzoek';
import { NAAM, vspDienst } from './dienst';
import { berichtstroom, PADEN, ROLLEN } from './keuzes';
import { schrijfMultipart } from './multipart';
import type { Probleem, PullMetadata, PushMetadata } from './schema';

export { NAAM } from './dienst';

export interface VspOpties {
  readonly tls?: TlsOpties;
  /** How often the client asks for waiting messages (ms, default 200). */
  readonly intervalMs?: number;
  readonly timeoutMs?: number;
}

function leesProbleem(body: Buffer): string {
  try {
    const p = JSON.parse(body.toString('utf8')) as Probleem;
    const velden = Object.entries(p.errors ?? {}).map(([k, v]) => `${k}: ${v.join(', ')}`);
    return [p.title, ...velden].filter(Boolean).join('; ');
  } catch {
    return body.toString('utf8').slice(0, 200);
  }
}

export function vspTransport(o: VspOpties = {}): Transport {
  /** The traceerId of each message's current request: the same on a retry after a network error, a new one after a refusal. */
  const traceerIds = new Map<string, string>();
  /** The options of every request to the service: our certificate, and how long we wait. */
  const opties = { ...(o.tls && { tls: o.tls }), timeoutMs: o.timeoutMs ?? 10_000 };

  async function push(bericht: UitgaandBericht, b: Bestemming, s: { fouten: readonly string[] }): Promise<Aflevering> {
    const type = bericht.berichttype;
    if (!type) return { uitslag: 'mislukt', fout: 'geen iWmo/iJw-bericht om te pushen' };
    const isRetour = berichtInfo(type).isRetour;
    const traceerId = traceerIds.get(bericht.id) ?? bericht.id;
    traceerIds.set(bericht.id, traceerId);
    const antwoordOp = isRetour ? bericht.envelop.antwoordOp : undefined;
    const metadata: PushMetadata = {
      routeringgegevens: {
        afzender: { rol: ROLLEN.aanbieder, code: bericht.envelop.afzender ?? '' },
        geadresseerden: [{ rol: ROLLEN.gemeente, code: bericht.envelop.ontvanger ?? '' }],
        berichtstroom: { ...berichtstroom(type, isRetour) },
      },
      referentiegegevens: { conversatieId: antwoordOp ?? traceerId, traceerId, ...(antwoordOp && { alsAntwoordOp: antwoordOp }) },
    };
    const { body, contentType } = schrijfMultipart([
      { naam: 'berichtMetadata', type: 'application/json', inhoud: Buffer.from(JSON.stringify(metadata)) },
      { naam: 'payload', bestandsnaam: `${type}_${bericht.identificatie ?? bericht.id}.xml`, type: 'application/octet-stream', inhoud: Buffer.from(bericht.xml, 'utf8') },
    ]);
    const url = `${b.vspUrl!.replace(/\/+$/, '')}${PADEN.push}`;
    let a: Awaited<ReturnType<typeof verzoek>>;
    try {
      a = await verzoek(url, { ...opties, methode: 'POST', headers: { 'content-type': contentType }, body });
    } catch (e) {
      if (e instanceof Onbereikbaar) return { uitslag: 'mislukt', fout: e.message };
      throw e;
    }
    if (a.status === 204 || (a.status >= 200 && a.status < 300)) {
      traceerIds.delete(bericht.id);
      return { uitslag: 'afgeleverd', referentie: traceerId };
    }
    if (a.status === 422) {
      // 422: the service refused this request and it must not be repeated as it is. A SUT with the fault takes it as delivered.
      if (s.fouten.includes('422-genegeerd')) return { uitslag: 'afgeleverd', referentie: traceerId };
      traceerIds.set(bericht.id, randomUUID());
      return { uitslag: 'mislukt', fout: `de pushservice weigerde het bericht (422): ${leesProbleem(a.body)}; het wordt als nieuw verzoek opnieuw aangeboden` };
    }
    return { uitslag: 'mislukt', fout: `${url} antwoordde ${a.status}: ${leesProbleem(a.body)}` };
  }

  /** The client's pulling: one round at a time, oldest message first. */
  function ophalen(sessie: () => Sessiepunt): Luisteraar {
    let bezig: Promise<void> | undefined;
    let gestopt = false;
    /** Messages taken but (with the fault `ophalen-zonder-bevestigen`) never acknowledged, or dropped: not taken twice. */
    const genomen = new Set<string>();
    const ronde = async () => {
      const s = sessie();
      const c = s.config;
      if (c.transport !== NAAM || !c.vspUrl || c.rol !== 'aanbieder') return;
      const basis = c.vspUrl.replace(/\/+$/, '');
      const lijst = await verzoek(`${basis}${PADEN.pull}`, opties);
      if (lijst.status !== 200) return;
      const wachtend = JSON.parse(lijst.body.toString('utf8')) as PullMetadata[];
      for (const m of wachtend) {
        if (gestopt) return;
        const r = m.referentiegegevens;
        if (genomen.has(r.traceerId)) continue;
        const bevestig = async () => {
          if (c.fouten.includes('ophalen-zonder-bevestigen')) {
            genomen.add(r.traceerId);
            return;
          }
          await verzoek(`${basis}${PADEN.pull}/${r.traceerId}`, { ...opties, methode: 'DELETE' });
        };
        // A SUT with the fault `laat-bericht-negeren` drops what VECOZO received more than a day ago.
        if (c.fouten.includes('laat-bericht-negeren') && Date.now() - new Date(m.basisgegevens.ontvangenOp).getTime() > DAG_MS) {
          genomen.add(r.traceerId);
          await bevestig();
          continue;
        }
        const p = await verzoek(m.basisgegevens.payload.url, opties);
        const inhoud = p.body;
        if (p.status !== 200 || inhoud.length !== m.basisgegevens.payload.grootte || sha256(inhoud) !== m.basisgegevens.payload.checksum.waarde.toLowerCase()) {
          continue; // not (yet) whole: the next round asks again; it stays in the list until acknowledged
        }
        await s.ontvang(inhoud, {
          transport: NAAM,
          afzender: m.routeringgegevens.afzender.code ?? '',
          ontvanger: m.routeringgegevens.geadresseerden[0]?.code ?? '',
          referentie: r.traceerId,
          conversatie: r.conversatieId,
          ...(r.alsAntwoordOp && { antwoordOp: r.alsAntwoordOp }),
        });
        await bevestig();
      }
    };
    const eenRonde = () =>
      (bezig ??= ronde()
        .catch(() => {})
        .finally(() => {
          bezig = undefined;
        }));
    const timer = setInterval(() => void eenRonde(), o.intervalMs ?? 200);
    timer.unref();
    nu = async (s: Sessiepunt) => {
      if (gestopt || sessie() !== s) return;
      await bezig; // a round under way may have listed before the newest message was set out
      await eenRonde();
    };
    return {
      stop: () => {
        gestopt = true;
        clearInterval(timer);
      },
      klaar: async () => {
        await bezig;
      },
    };
  }

  const openapi: OpenApiPaden = (p) => {
    const probleem = { description: 'ValidationProblemDetails', content: { 'application/problem+json': { schema: { type: 'object' } } } };
    return {
      [p.pad(PADEN.push)]: {
        post: {
          summary: 'VSP REST push: een bericht (multipart: berichtMetadata als JSON en payload). 204 zodra het bewaard is.',
          ...p.beveiliging,
          requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['berichtMetadata', 'payload'] } } } },
          responses: { '204': { description: 'bewaard' }, '400': probleem, '422': probleem, ...p.fouten },
        },
      },
      [p.pad(PADEN.pull)]: {
        get: {
          summary: 'VSP REST pull: de oudste berichten die klaarstaan (hoogstens 250); ze blijven staan tot hun ontvangst is bevestigd',
          ...p.beveiliging,
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 250 } }],
          responses: { '200': { description: 'BerichtMetadata[]', content: { 'application/json': { schema: { type: 'array' } } } }, '400': probleem, ...p.fouten },
        },
      },
      [p.pad(`${PADEN.pull}/zoeken`)]: {
        post: {
          summary: 'VSP REST pull: zoeken op berichtstroom, conversatieId of alsAntwoordOp',
          ...p.beveiliging,
          responses: { '200': { description: 'BerichtMetadata[]' }, '400': probleem, ...p.fouten },
        },
      },
      [p.pad(`${PADEN.pull}/{traceerId}/payload`)]: {
        get: { summary: 'VSP REST pull: de payload van een bericht', ...p.beveiliging, responses: { '200': { description: 'de payload' }, '404': probleem, ...p.fouten } },
      },
      [p.pad(`${PADEN.pull}/{traceerId}`)]: {
        delete: {
          summary: 'VSP REST pull: bevestig de ontvangst; het bericht verdwijnt uit de lijst',
          ...p.beveiliging,
          responses: { '202': { description: 'bevestigd' }, '404': probleem, ...p.fouten },
        },
      },
      [p.pad(PADEN.status)]: {
        get: {
          summary: 'VSP berichtstatus: op traceerId of conversatieId',
          ...p.beveiliging,
          parameters: [
            { name: 'traceerId', in: 'query', schema: { type: 'string' } },
            { name: 'conversatieId', in: 'query', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'BerichtstatusGegevens[]' }, '400': probleem, ...p.fouten },
        },
      },
    };
  };

  /** A pull round now, for the session the client serves. */
  let nu: ((s: Sessiepunt) => Promise<void>) | undefined;
  return {
    naam: NAAM,
    bijwerken: async (s) => nu?.(s),
    uitgaand: {
      bedient: (b) => b.transport === NAAM,
      // Our gemeente sets its messages out in the pull list; our aanbieder pushes them to the service.
      verstuur: async (bericht, b) => (b.vspUrl ? push(bericht, b, { fouten: (b as Partial<Sessiegegevens>).fouten ?? [] }) : { uitslag: 'klaargezet', referentie: bericht.id }),
    },
    routes: vspDienst,
    openapi,
    luister: ophalen,
  };
}
