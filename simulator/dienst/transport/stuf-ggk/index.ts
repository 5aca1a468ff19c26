/**
 * StUF-GGk: the envelope a gemeente product wraps every iWmo/iJw message in (SOAP 1.1, operations
 * ggk_Di01, ggk_Du01 and Fo01 of ggk0310_OntvangAsynchroon.wsdl). ketentest offers the endpoint at
 * `<simulator>/ggk` (`GET /ggk?wsdl` describes it) and sends to the counterpart's endpoint (`ggkUrl`).
 *
 * Played as an aanbieder, ketentest stands where the Gemeentelijk Gegevensknooppunt stands: it checks
 * the routing (unknown sender or receiver, functie, referentienummer, size) and reports chain errors
 * as Fo01 messages with the keten's codes; played as a gemeente, it only reports a payload that does
 * not match the XSD (StUF055), as the specification allows a gemeente. Both answer a stored envelope
 * with Bv03 and refuse one they cannot take with a SOAP Fault carrying a Fo03. The payload itself goes
 * through the session like every other transport's.
 */
import type { NextFunction, Request, Response, Router } from 'express';
import { ruweBody } from '../http/lichaam';
import { berichtInfo, type Berichttype, CATALOGUS, heenVan } from '../../../standaard/berichten/catalogus';
import type { Aansluiting, Aflevering, Bestemming, Envelop, OpenApiPaden, Sessiepunt, Transport, UitgaandBericht } from '../contract';
import { typeVanInhoud } from '../inhoud';
import { DAG_MS, eersteKeerWeigeren, keten, LAAT_MS, sha256 } from '../keten';
import { Onbereikbaar, type TlsOpties, verzoek } from '../verzoek';
import {
  APPLICATIE,
  type Envelopbericht,
  Envelopfout,
  type Fout,
  type Inkomend,
  KETEN,
  leesAntwoord,
  leesVerzoek,
  MAX_ENVELOP_BYTES,
  moment,
  nieuweReferentie,
  SOAPACTIONS,
  schrijfBv03,
  schrijfEnvelop,
  schrijfFo01,
  schrijfFo03,
  type Stuurgegevens,
  type Systeem,
  tijdstip,
  UUID4,
} from './envelop';
import { wsdl } from './wsdl';
import { mb } from '../../../standaard/xml/lezer';

export const NAAM = 'stuf-ggk';

/** The function version of release 3.2 in the envelope's parameters (BerichtVersie 3, BerichtSubversie 2). */
const FUNCTIEVERSIE = { versie: '0003', subversie: '0002' } as const;

/** Fo01 codes after which a sender offers the same message again, as a new envelope (IB103: a freeze; "opnieuw verzenden na afloop"). */
const OPNIEUW_NA = new Set(['IB103']);

export interface StufGgkOpties {
  /** Our certificate for outbound requests to an HTTPS endpoint, and the CA we trust. */
  readonly tls?: TlsOpties;
  readonly timeoutMs?: number;
}

export function stufGgkTransport(o: StufGgkOpties = {}): Transport {
  /** Our envelope reference per outbound message: the same on every retry of that message. */
  const perBericht = new Map<string, string>();
  /** The reference per content: the same message offered again is the same envelope delivered twice. */
  const perInhoud = new Map<string, string>();
  /** Payloads the switch refused once under the chain disturbance 'fo01'. */
  const eenmaalGeweigerd = new Set<string>();
  /** References of our envelopes on their way (the request sent, its Bv03 not yet back). */
  const onderweg = new Set<string>();
  /** A Fo01 that came for an envelope still on its way: taken into account once its request is done. */
  const fo01Onderweg = new Map<string, { reden: string; opnieuw: boolean; sessie: Sessiepunt }>();

  function referentieVoor(b: UitgaandBericht): string {
    const bekend = perBericht.get(b.id);
    if (bekend) return bekend;
    const sleutel = sha256(b.xml, b.envelop.afzender ?? '', b.envelop.ontvanger ?? '');
    const ref = perInhoud.get(sleutel) ?? nieuweReferentie();
    perInhoud.set(sleutel, ref);
    perBericht.set(b.id, ref);
    return ref;
  }

  function vergeet(id: string): void {
    const ref = perBericht.get(id);
    perBericht.delete(id);
    for (const [k, v] of perInhoud) if (v === ref) perInhoud.delete(k);
  }

  // ---------------------------------------------------------------------------------------------
  // Outbound

  async function verstuur(bericht: UitgaandBericht, b: Bestemming): Promise<Aflevering> {
    const url = b.ggkUrl!;
    let xml: string;
    let actie: string;
    let ref: string | undefined;
    if (bericht.envelop.soort === 'Fo01') {
      xml = bericht.xml;
      actie = SOAPACTIONS.Fo01;
    } else {
      const type = bericht.berichttype;
      if (!type) return { uitslag: 'mislukt', fout: 'geen iWmo/iJw-bericht om in een StUF-envelop te versturen' };
      const isRetour = heenVan(berichtInfo(type).nummer) !== undefined;
      ref = referentieVoor(bericht);
      const oud = keten(b).has('laat');
      const e: Envelopbericht = {
        stuurgegevens: {
          berichtcode: isRetour ? 'Du01' : 'Di01',
          zender: { organisatie: bericht.envelop.afzender ?? '', applicatie: APPLICATIE.naam },
          ontvanger: { organisatie: bericht.envelop.ontvanger ?? '', applicatie: 'GGk' },
          referentienummer: ref,
          // Under the disturbance 'laat' our envelopes are three days old: held in the chain, delivered late.
          tijdstipBericht: tijdstip(oud ? new Date(Date.now() - LAAT_MS) : new Date()),
          ...(isRetour && { crossRefnummer: bericht.envelop.antwoordOp ?? nieuweReferentie() }),
          functie: type,
        },
        applicatieVersie: APPLICATIE.versie,
        applicatieSubversie: APPLICATIE.subversie,
        functieVersie: FUNCTIEVERSIE.versie,
        functieSubversie: FUNCTIEVERSIE.subversie,
        bestandsnaam: `${type}_${bericht.identificatie ?? bericht.id}.xml`.replace(/[^0-9A-Za-z._-]/g, '_').slice(0, 255),
        contentType: 'application/xml',
        inhoud: Buffer.from(bericht.xml, 'utf8'),
      };
      xml = schrijfEnvelop(e);
      actie = isRetour ? SOAPACTIONS.Du01 : SOAPACTIONS.Di01;
    }
    let a: Awaited<ReturnType<typeof verzoek>>;
    if (ref) onderweg.add(ref);
    try {
      a = await verzoek(url, {
        methode: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${actie}"` },
        body: xml,
        ...(o.tls && { tls: o.tls }),
        timeoutMs: o.timeoutMs ?? 10_000,
        // Refused while reading: an answer is a Bv03 or a Fault, never larger than leesAntwoord takes below.
        maxBytes: 1024 * 1024,
      });
    } catch (e) {
      if (e instanceof Onbereikbaar) return { uitslag: 'mislukt', fout: e.message };
      throw e;
    } finally {
      if (ref) onderweg.delete(ref);
    }
    // The chain may answer with a Fo01 before its Bv03 is back: then the message did not arrive after all.
    const fo01 = ref ? fo01Onderweg.get(ref) : undefined;
    if (ref && fo01) {
      fo01Onderweg.delete(ref);
      if (fo01.opnieuw) {
        vergeet(bericht.id);
        return { uitslag: 'mislukt', fout: fo01.reden };
      }
      // Given up, after the session has recorded this attempt as delivered (it does so once we return; a
      // quarter second is ample on one machine, and a Fo01 that overtakes its own Bv03 is rare).
      setTimeout(() => void fo01.sessie.nietAfgeleverd(bericht.id, fo01.reden, false).catch(() => {}), 250);
    }
    let antwoord: ReturnType<typeof leesAntwoord> | undefined;
    try {
      antwoord = leesAntwoord(a.body, { maxBytes: 1024 * 1024, maxDiepte: 50 });
    } catch (e) {
      if (!(e instanceof Envelopfout)) throw e;
    }
    if (antwoord?.soort === 'Fault') return { uitslag: 'mislukt', fout: `${url} weigerde de envelop (${a.status}): ${antwoord.melding}` };
    if (a.status < 200 || a.status >= 300 || antwoord?.soort !== 'Bv03') {
      return { uitslag: 'mislukt', fout: `${url} antwoordde ${a.status} zonder Bv03${a.body.length ? `: ${a.body.toString('utf8').slice(0, 200)}` : ''}` };
    }
    return { uitslag: 'afgeleverd', ...(ref && { referentie: ref }) };
  }

  // ---------------------------------------------------------------------------------------------
  // Inbound

  /** Our Fo01 to whoever sent an envelope, queued for delivery (logged, retried). */
  async function stuurFo01(s: Sessiepunt, over: Envelopbericht['stuurgegevens'] | undefined, fout: Fout, gerelateerd: string, afzender: Systeem): Promise<void> {
    const xml = schrijfFo01({
      stuurgegevens: {
        berichtcode: 'Fo01',
        zender: afzender,
        ontvanger: { organisatie: over?.zender.organisatie ?? '', applicatie: over?.zender.applicatie || APPLICATIE.naam },
        referentienummer: nieuweReferentie(),
        tijdstipBericht: tijdstip(),
        crossRefnummer: over?.referentienummer ?? '',
      },
      fout,
    });
    await s.registreer({
      richting: 'uit',
      xml,
      envelop: { transport: NAAM, soort: 'Fo01', ...(over?.referentienummer && { antwoordOp: over.referentienummer }) },
      reden: `Fo01 ${fout.code}: ${fout.omschrijving}`,
      code: fout.code,
      gerelateerd,
    });
  }

  /** The chain's checks of an envelope, as the GGk makes them before routing it to the aanbieder: the first that fails. */
  function routeringsfout(s: Sessiepunt, e: Envelopbericht, grootte: number): Fout | undefined {
    const sg = e.stuurgegevens;
    const c = s.config;
    const details = `${sg.functie}-${e.applicatieVersie}${e.applicatieSubversie}`;
    const fout = (code: string, omschrijving: string): Fout => ({ code, plek: 'client', omschrijving, details });
    if (grootte > MAX_ENVELOP_BYTES) return fout('IB007', `Bericht is te groot: ${mb(grootte)}, de grens is ${mb(MAX_ENVELOP_BYTES)}`);
    if (!UUID4.test(sg.referentienummer)) return fout('IB009', `Opgegeven referentienummer is geen geldig UUID (versie 4): ${sg.referentienummer}`);
    if (sg.crossRefnummer !== undefined && !UUID4.test(sg.crossRefnummer)) return fout('IB009', `Opgegeven crossRefnummer is geen geldig UUID (versie 4): ${sg.crossRefnummer}`);
    if (sg.zender.organisatie !== c.gemeente) return fout('IB213', `Zendende organisatie onbekend: ${sg.zender.organisatie ?? ''} (verwacht gemeente ${c.gemeente})`);
    if (sg.ontvanger.organisatie !== c.aanbieder) return fout('IB210', `Ontvangende organisatie onbekend: ${sg.ontvanger.organisatie ?? ''}`);
    const type = CATALOGUS.has(sg.functie as Berichttype) ? berichtInfo(sg.functie as Berichttype) : undefined;
    if (type?.domein !== c.domein) return fout('IB102', `Geen routering bekend voor organisatie ${c.aanbieder} en berichttype ${sg.functie}`);
    if (type.isRetour !== (sg.berichtcode === 'Du01')) return fout('IB240', `Combinatie berichtcode ${sg.berichtcode} en functie ${sg.functie} is niet toegestaan`);
    return undefined;
  }

  async function neem(s: Sessiepunt, binnen: Inkomend, ruw: string, grootte: number): Promise<void> {
    const c = s.config;
    const wij: Systeem = c.rol === 'aanbieder' ? KETEN.IB : { organisatie: c.gemeente, applicatie: APPLICATIE.naam };
    if (binnen.soort === 'Fo01') {
      const f = binnen.bericht;
      const cross = f.stuurgegevens.crossRefnummer ?? '';
      const bekend = [...perBericht].find(([, ref]) => ref === cross)?.[0];
      const ons = (await s.berichten(NAAM)).find((r) => r.richting === 'uit' && !r.envelop.soort && (r.id === bekend || r.envelop.referentie === cross));
      const reden = `Fo01 ${f.fout.code}: ${f.fout.omschrijving}`;
      await s.registreer({
        richting: 'in',
        xml: ruw,
        envelop: {
          transport: NAAM,
          soort: 'Fo01',
          referentie: f.stuurgegevens.referentienummer,
          ...(f.stuurgegevens.crossRefnummer && { antwoordOp: f.stuurgegevens.crossRefnummer }),
        },
        reden,
        code: f.fout.code,
        ...(ons && { gerelateerd: ons.id }),
      });
      // A Fo01 says our message did not arrive: it is not delivered (a SUT with this fault takes it as delivered all the same).
      if (ons && !c.fouten.includes('fo01-genegeerd')) {
        const opnieuw = OPNIEUW_NA.has(f.fout.code);
        if (onderweg.has(cross)) fo01Onderweg.set(cross, { reden, opnieuw, sessie: s });
        else {
          if (opnieuw) vergeet(ons.id);
          await s.nietAfgeleverd(ons.id, reden, opnieuw);
        }
      }
      return;
    }
    const e = binnen.bericht;
    const sg = e.stuurgegevens;
    const envelop: Envelop = {
      transport: NAAM,
      ...(sg.zender.organisatie && { afzender: sg.zender.organisatie }),
      ...(sg.ontvanger.organisatie && { ontvanger: sg.ontvanger.organisatie }),
      referentie: sg.referentienummer,
      ...(sg.crossRefnummer && { antwoordOp: sg.crossRefnummer }),
    };
    const weiger = async (fout: Fout) => {
      const id = await s.registreer({
        richting: 'in',
        xml: ruw.slice(0, 1024 * 1024),
        envelop: { ...envelop, soort: 'envelop' },
        reden: `${fout.code}: ${fout.omschrijving}`,
        code: fout.code,
      });
      await stuurFo01(s, sg, fout, id, wij);
    };
    // A SUT with the fault `laat-bericht-negeren` drops an envelope that is more than a day old.
    const wanneer = moment(sg.tijdstipBericht);
    if (c.fouten.includes('laat-bericht-negeren') && wanneer && Date.now() - wanneer.getTime() > DAG_MS) {
      await s.registreer({ richting: 'in', xml: ruw.slice(0, 1024 * 1024), envelop: { ...envelop, soort: 'envelop' }, reden: 'genegeerd: de envelop is ouder dan een dag' });
      return;
    }
    const details = `${sg.functie}-${e.applicatieVersie}${e.applicatieSubversie}`;
    if (c.rol === 'aanbieder') {
      const f = routeringsfout(s, e, grootte);
      if (f) return weiger(f);
      // The chain disturbance 'fo01': a freeze refuses the first delivery of each message.
      if (eersteKeerWeigeren(c, 'fo01', e.inhoud, eenmaalGeweigerd)) {
        return weiger({
          code: 'IB103',
          plek: 'server',
          omschrijving: `Aangeboden berichttype ${sg.functie} tijdelijk geblokkeerd; verzend het bericht opnieuw na afloop`,
          details,
        });
      }
    }
    const inhoudFunctie = typeVanInhoud(e.inhoud);
    if (inhoudFunctie && inhoudFunctie !== sg.functie) {
      return weiger({
        code: 'StUF055',
        plek: 'client',
        omschrijving: `Berichtbody is niet conform schema in sectormodel: functie ${sg.functie}, maar de payload is een ${inhoudFunctie}`,
        details,
      });
    }
    const bewijs = await s.ontvang(e.inhoud, envelop);
    if (bewijs.fout) {
      await stuurFo01(s, sg, { code: 'StUF055', plek: 'client', omschrijving: `Berichtbody is niet conform schema in sectormodel: ${bewijs.fout}`, details }, bewijs.id, wij);
      return;
    }
    // The XSD check is the pipeline's: a payload that fails it gets a Fo01 with StUF055 once processed.
    void s.uitslag(bewijs.id).then(
      async (u) => {
        if (u.status !== 'afgekeurd') return;
        const eerste = u.bevindingen[0];
        await stuurFo01(
          s,
          sg,
          { code: 'StUF055', plek: 'client', omschrijving: `Berichtbody is niet conform schema in sectormodel${eerste ? `: ${eerste.pad}: ${eerste.melding}` : ''}`, details },
          bewijs.id,
          wij,
        );
      },
      () => {},
    );
  }

  function fault(res: Response, status: number, melding: string, over?: Partial<Stuurgegevens>): void {
    res
      .status(status)
      .type('text/xml; charset=utf-8')
      .send(
        schrijfFo03(
          {
            zender: { applicatie: APPLICATIE.naam },
            ontvanger: { ...(over?.zender?.organisatie && { organisatie: over.zender.organisatie }), applicatie: over?.zender?.applicatie || 'onbekend' },
            referentienummer: nieuweReferentie(),
            tijdstipBericht: tijdstip(),
            crossRefnummer: over?.referentienummer && over.referentienummer.length <= 40 ? over.referentienummer : '',
          },
          { code: 'RIN001', plek: status >= 500 ? 'server' : 'client', omschrijving: melding },
        ),
      );
  }

  function routes(router: Router, a: Aansluiting): void {
    router.get('/ggk', (req, res) => {
      if (!('wsdl' in req.query)) {
        res.status(405).type('text/plain; charset=utf-8').send('Dit is een SOAP-endpoint (StUF-GGk): POST een ggk_Di01, ggk_Du01 of Fo01; de beschrijving staat op ?wsdl\n');
        return;
      }
      const adres = `${req.protocol}://${req.get('host')}${req.baseUrl}/ggk`;
      res.type('text/xml; charset=utf-8').send(wsdl(adres));
    });
    router.post(
      '/ggk',
      ruweBody(a.grenzen.maxBytes, (req, res, limiet) => {
        const melding = `de envelop is groter dan de grens van ${mb(limiet)}`;
        a.sessie(req)
          .registreer({ richting: 'in', xml: '', envelop: { transport: NAAM, soort: 'envelop' }, reden: `Fo03: ${melding}`, code: 'RIN001' })
          .catch(() => '');
        fault(res, 413, melding);
      }),
      async (req: Request, res: Response) => {
        const s = a.sessie(req);
        const bytes: Buffer = req.body;
        let binnen: Inkomend;
        try {
          binnen = leesVerzoek(bytes, req.get('soapaction'), a.grenzen);
        } catch (e) {
          if (!(e instanceof Envelopfout)) throw e;
          // The refusal is answered (400) even when the store fails to log it.
          await s
            .registreer({
              richting: 'in',
              xml: bytes.subarray(0, 64 * 1024).toString('utf8'),
              envelop: { transport: NAAM, soort: 'envelop' },
              reden: `Fo03: ${e.message}`,
              code: 'RIN001',
            })
            .catch((f: unknown) => console.error(`stuf-ggk: de geweigerde envelop kon niet worden gelogd: ${f instanceof Error ? f.message : String(f)}`));
          fault(res, 400, e.message, e.stuurgegevens);
          return;
        }
        const sg = binnen.bericht.stuurgegevens;
        // Stored (or its refusal logged, with the Fo01 queued) before the receipt goes out.
        await neem(s, binnen, bytes.toString('utf8'), bytes.length);
        res
          .status(200)
          .type('text/xml; charset=utf-8')
          .send(
            schrijfBv03({
              zender: { ...(sg.ontvanger.organisatie && { organisatie: sg.ontvanger.organisatie }), applicatie: sg.ontvanger.applicatie || APPLICATIE.naam },
              ontvanger: { ...(sg.zender.organisatie && { organisatie: sg.zender.organisatie }), applicatie: sg.zender.applicatie || APPLICATIE.naam },
              referentienummer: nieuweReferentie(),
              tijdstipBericht: tijdstip(),
              crossRefnummer: sg.referentienummer,
            }),
          );
      },
      async (e: Error & { type?: string }, req: Request, res: Response, _next: NextFunction) => {
        const s = a.sessie(req);
        const melding = e.type === 'request.aborted' ? 'de envelop kwam niet volledig aan' : `interne fout: ${e.message}`;
        await s.registreer({ richting: 'in', xml: '', envelop: { transport: NAAM, soort: 'envelop' }, reden: `Fo03: ${melding}`, code: 'RIN001' }).catch(() => '');
        fault(res, e.type ? 400 : 500, melding);
      },
    );
  }

  const openapi: OpenApiPaden = (p) => ({
    [p.pad('/ggk')]: {
      get: {
        summary: 'De WSDL van het StUF-GGk-endpoint (?wsdl), met dit adres',
        ...p.beveiliging,
        parameters: [{ name: 'wsdl', in: 'query', required: true, allowEmptyValue: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'WSDL', content: { 'text/xml': { schema: { type: 'string' } } } }, ...p.fouten },
      },
      post: {
        summary:
          'StUF-GGk (SOAP 1.1): ggk_Di01, ggk_Du01 of Fo01 naar SOAPAction. 200 met een Bv03 zodra de envelop bewaard is; fouten in routering of inhoud volgen als Fo01-bericht.',
        ...p.beveiliging,
        parameters: [{ name: 'SOAPAction', in: 'header', required: true, schema: { enum: Object.values(SOAPACTIONS) } }],
        requestBody: { required: true, content: { 'text/xml': { schema: { type: 'string' } } } },
        responses: {
          '200': { description: 'Bv03: de envelop is bewaard', content: { 'text/xml': { schema: { type: 'string' } } } },
          '400': { description: 'SOAP Fault met Fo03: de envelop kan niet worden aangenomen', content: { 'text/xml': { schema: { type: 'string' } } } },
          '413': { description: 'SOAP Fault met Fo03: te groot', content: { 'text/xml': { schema: { type: 'string' } } } },
          ...p.fouten,
        },
      },
    },
  });

  return {
    naam: NAAM,
    uitgaand: { bedient: (b) => b.transport === NAAM && !!b.ggkUrl, verstuur },
    routes,
    openapi,
  };
}
