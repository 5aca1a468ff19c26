/**
 * The StUF-GGk envelopes ketentest writes, held against the official schemas (ggk0310_msg.xsd for
 * Di01/Du01, stuf0301.xsd for Fo01, Bv03 and Fo03) with xmllint, as they travel between two
 * simulators and as our endpoint answers hostile input; and the endpoint's behaviour: Bv03 for what
 * it stores, Fo01 with the keten's codes for routing and payload errors, a SOAP Fault with Fo03 for
 * what it cannot take, the process alive and nothing accepted lost.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { SaxesParser } from 'saxes';
import { SimulatorClient } from '../scenarios/client';
import { type DraaiendeSimulator, startSimulator } from '../simulator/dienst/starten';
import { leesVerzoek, nieuweReferentie, SOAPACTIONS, schrijfBv03, schrijfEnvelop, tijdstip } from '../simulator/dienst/transport/stuf-ggk/envelop';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { scenarioVan } from '../steps/features';
import { heeftXmllint, koppelvlakken, xmllintOordelen } from './bronnen';
import { type Opname, opnemer } from './opnemer';
import { speelTweeSimulatoren, testConfig } from './tweesimulatoren';

const GGK_XSD = () => path.join(koppelvlakken()!, 'stuf-ggk', 'schema', 'ggk0310_21', 'ggkberichten', 'ggk0310_msg.xsd');
const STUF_XSD = () => path.join(koppelvlakken()!, 'stuf-ggk', 'schema', '0301', 'stuf0301.xsd');

/** Every envelope we wrote (requests and answers), as the standalone element the schemas describe. */
const geschreven: { xml: string; herkomst: string }[] = [];

function elementen(tekst: string, herkomst: string): void {
  const body = /<soapenv:Body>\r?\n([\s\S]*)\r?\n<\/soapenv:Body>/.exec(tekst)?.[1];
  if (!body) return;
  const fo03 = /<StUF:Fo03Bericht[\s\S]*<\/StUF:Fo03Bericht>/.exec(body)?.[0];
  geschreven.push({ xml: fo03 ?? body, herkomst });
}

function neemOp(o: readonly Opname[], herkomst: string): void {
  for (const x of o) {
    elementen(x.verzoek.toString('utf8'), `${herkomst}: verzoek ${x.headers.soapaction}`);
    elementen(x.antwoord.toString('utf8'), `${herkomst}: antwoord`);
  }
}

/** A gemeente's endpoint that only records what reaches it and answers Bv03. */
async function gemeenteEndpoint() {
  const ontvangen: { actie: string; xml: string }[] = [];
  const app = express();
  app.post('/ggk', express.raw({ type: () => true }), (req, res) => {
    const xml = (req.body as Buffer).toString('utf8');
    ontvangen.push({ actie: String(req.get('soapaction')), xml });
    res.type('text/xml').send(
      schrijfBv03({
        zender: { organisatie: '0384', applicatie: 'gemeente-test' },
        ontvanger: { applicatie: 'ketentest' },
        referentienummer: nieuweReferentie(),
        tijdstipBericht: tijdstip(),
        crossRefnummer: '',
      }),
    );
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ggk`, ontvangen, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

const wmo = new Sjablonen('wmo', { dagtekening: '2026-06-30' });

/** A Di01 as a gemeente product would send it to the switch (this is not ours: the SUT's side). */
function di01(payload: Buffer | string, o: { ontvanger?: string; zender?: string; functie?: string; referentie?: string } = {}): string {
  return schrijfEnvelop({
    stuurgegevens: {
      berichtcode: 'Di01',
      zender: { organisatie: o.zender ?? '0384', applicatie: 'Gemeente-app' },
      ontvanger: { organisatie: o.ontvanger ?? '12345678', applicatie: 'GGk' },
      referentienummer: o.referentie ?? nieuweReferentie(),
      tijdstipBericht: tijdstip(),
      functie: o.functie ?? 'WMO301',
    },
    applicatieVersie: '0001',
    applicatieSubversie: '0000',
    functieVersie: '0003',
    functieSubversie: '0002',
    contentType: 'application/xml',
    inhoud: Buffer.isBuffer(payload) ? payload : Buffer.from(payload),
  });
}

const toewijzing = (identificatie: string) => schrijfXml('WMO301', wmo.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { identificatie }).bericht);

describe('StUF-GGk: het endpoint van ons knooppunt', () => {
  let sim: DraaiendeSimulator;
  let gemeente: Awaited<ReturnType<typeof gemeenteEndpoint>>;
  const post = async (body: string | Buffer, actie: string = SOAPACTIONS.Di01) => {
    const r = await fetch(`${sim.url}/ggk`, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${actie}"` }, body });
    const tekst = await r.text();
    elementen(tekst, `antwoord op ${actie}`);
    return { status: r.status, tekst };
  };
  /** The Fo01s our switch sent to the gemeente's endpoint so far. */
  const fo01s = async (aantal: number) => {
    for (let i = 0; i < 100 && gemeente.ontvangen.filter((o) => o.actie.includes('Fo01')).length < aantal; i++) await new Promise((r) => setTimeout(r, 20));
    return gemeente.ontvangen.filter((o) => o.actie.includes('Fo01')).map((o) => o.xml);
  };

  before(async () => {
    gemeente = await gemeenteEndpoint();
    sim = await startSimulator({
      config: testConfig('aanbieder', 'wmo', { transport: 'stuf-ggk', ggkUrl: gemeente.url }),
      poort: 0,
      data: ':memory:',
      systeemdatum: '2026-06-30',
    });
  });
  after(async () => {
    await sim.stop();
    await gemeente.stop();
    for (const o of gemeente.ontvangen) elementen(o.xml, `naar de gemeente: ${o.actie}`);
  });

  it('een Di01 krijgt een Bv03; het retourbericht gaat als Du01 met crossRefnummer = het referentienummer van de Di01', async () => {
    const ref = nieuweReferentie();
    const r = await post(di01(toewijzing('STUF0001'), { referentie: ref }));
    assert.equal(r.status, 200);
    assert.match(r.tekst, /<StUF:Bv03Bericht/);
    assert.match(r.tekst, new RegExp(`<StUF:crossRefnummer>${ref}</StUF:crossRefnummer>`));
    for (let i = 0; i < 100 && !gemeente.ontvangen.some((o) => o.actie.includes('ggk_Du01')); i++) await new Promise((z) => setTimeout(z, 20));
    const du01 = gemeente.ontvangen.find((o) => o.actie.includes('ggk_Du01'));
    assert.ok(du01, 'een Du01 naar de gemeente');
    const gelezen = leesVerzoek(Buffer.from(du01.xml), SOAPACTIONS.Du01, { maxBytes: 1e7, maxDiepte: 50 });
    assert.equal(gelezen.soort, 'Du01');
    if (gelezen.soort !== 'Du01') return;
    assert.equal(gelezen.bericht.stuurgegevens.crossRefnummer, ref);
    assert.equal(gelezen.bericht.stuurgegevens.functie, 'WMO302');
    assert.equal(gelezen.bericht.stuurgegevens.zender.organisatie, '12345678');
    assert.equal(gelezen.bericht.stuurgegevens.ontvanger.organisatie, '0384');
    assert.match(gelezen.bericht.stuurgegevens.referentienummer, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(gelezen.bericht.inhoud.toString('utf8'), /<wmo302:Bericht/);
  });

  it('routeringsfouten: een Bv03 en daarna een Fo01 met de code van de keten; niets komt in de verwerking', async () => {
    const voor = (await new SimulatorClient(sim.url!).berichten({ type: 'WMO301' })).length;
    const gevallen: [string, string][] = [
      [di01(toewijzing('STUF0002'), { ontvanger: '87654321' }), 'IB210'],
      [di01(toewijzing('STUF0003'), { zender: '9999' }), 'IB213'],
      [di01(toewijzing('STUF0004'), { referentie: 'geen-uuid' }), 'IB009'],
      [di01(toewijzing('STUF0005'), { functie: 'JW301' }), 'IB102'],
      [di01(toewijzing('STUF0006'), { functie: 'WMO302' }), 'IB240'],
      [di01(toewijzing('STUF0007'), { functie: 'WMO305' }), 'StUF055'],
    ];
    const eerder = (await fo01s(0)).length;
    for (const [env] of gevallen) assert.equal((await post(env)).status, 200);
    const fo = (await fo01s(eerder + gevallen.length)).slice(eerder);
    assert.deepEqual(
      fo.map((x) => /<StUF:code>(\w+)<\/StUF:code>/.exec(x)?.[1]),
      gevallen.map(([, c]) => c),
    );
    assert.ok(fo.every((x) => x.includes('<StUF:organisatie>IB</StUF:organisatie>')));
    assert.equal((await new SimulatorClient(sim.url!).berichten({ type: 'WMO301' })).length, voor, 'geen geweigerde envelop kwam in de verwerking');
  });

  it('vijandige invoer: elk een SOAP Fault met Fo03 of een Fo01 met StUF055; het proces leeft en niets aangenomens gaat verloren', async () => {
    const eerder = (await fo01s(0)).length;
    const fault = async (body: string | Buffer, actie?: string) => {
      const r = await post(body, actie);
      assert.ok(r.status >= 400, `status ${r.status}`);
      assert.match(r.tekst, /<soapenv:Fault>[\s\S]*<StUF:Fo03Bericht[\s\S]*<StUF:code>RIN001<\/StUF:code>/);
      return r.tekst;
    };
    assert.match(await fault('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'), /goed gevormde XML/);
    assert.match(await fault('{"geen": "soap"}'), /goed gevormde XML/);
    assert.match(
      await fault(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>&e;</soapenv:Body></soapenv:Envelope>',
      ),
      /DOCTYPE/,
    );
    assert.match(await fault(di01(toewijzing('STUF0010')), 'http://voorbeeld/onbekend'), /SOAPAction/);
    assert.match(await fault(di01(toewijzing('STUF0011')), SOAPACTIONS.Du01), /hoort bij/);
    assert.match(await fault(di01(toewijzing('STUF0012')).replace(/<GGK:stuurgegevens>[\s\S]*<\/GGK:stuurgegevens>/, '')), /stuurgegevens ontbreken/);
    assert.match(await fault(di01(toewijzing('STUF0013')).replace(/(<GGK:bericht[^>]*>)[^<]*/, '$1@@@niet-base64@@@')), /base64/);
    const groot = Buffer.alloc(60 * 1024 * 1024, 0x41);
    const r = await post(groot);
    assert.equal(r.status, 413);
    assert.match(r.tekst, /groter dan de grens/);
    assert.match(r.tekst, /<soapenv:Fault>[\s\S]*Fo03Bericht/, 'in de vorm van het koppelvlak: een SOAP Fault met Fo03');
    // Base64 that decodes to garbage: the envelope is fine (Bv03), the payload is not (Fo01 StUF055).
    assert.equal((await post(di01(Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37])))).status, 200);
    const fo = (await fo01s(eerder + 1)).slice(eerder);
    assert.match(fo[0] ?? '', /<StUF:code>StUF055<\/StUF:code>/);
    // Still alive, and an envelope after all this is taken as usual.
    assert.equal((await fetch(`${sim.url}/gezondheid`)).status, 200);
    assert.equal((await post(di01(toewijzing('STUF0014')))).status, 200);
    const c = new SimulatorClient(sim.url!);
    for (let i = 0; i < 100 && !(await c.berichten({ type: 'WMO301' })).some((b) => b.identificatie === 'STUF0014' && b.gerelateerd); i++)
      await new Promise((z) => setTimeout(z, 20));
    assert.ok(
      (await c.berichten({ type: 'WMO301' })).some((b) => b.identificatie === 'STUF0014' && b.gerelateerd),
      'verwerkt en beantwoord',
    );
    // Every refusal is in the log with its reason.
    const log = (await sim.simulator.opslag.berichten(sim.sessie.id, {}, { limiet: 1000 })).filter((b) => b.envelop.soort === 'envelop');
    assert.ok(log.length >= 8, `${log.length} geweigerde enveloppen in het log`);
  });

  it('een payload die niet aan het XSD voldoet krijgt een Fo01 met StUF055 en geen retourbericht', async () => {
    const eerder = (await fo01s(0)).length;
    assert.equal((await post(di01(toewijzing('STUF0020').replace('<wmo301:Bsn>', '<wmo301:Bsn>x')))).status, 200);
    const fo = (await fo01s(eerder + 1)).slice(eerder);
    assert.match(fo[0] ?? '', /<StUF:code>StUF055<\/StUF:code>[\s\S]*Bsn/);
    assert.match(fo[0] ?? '', /<StUF:details>WMO301-00010000<\/StUF:details>/);
  });

  it('GET /ggk?wsdl beschrijft dit endpoint: goed gevormd, elke verwijzing bestaat, de operaties en soapActions van de gepubliceerde WSDL', async () => {
    const tekst = await (await fetch(`${sim.url}/ggk?wsdl`)).text();
    const eigen = wsdlDelen(tekst);
    assert.deepEqual(eigen.adres, [`${sim.url}/ggk`]);
    assert.deepEqual(Object.values(eigen.acties).sort(), Object.values(SOAPACTIONS).sort());
    // Every message a port operation names is defined here; every binding operation is one of the port type.
    for (const m of eigen.verwezen) assert.ok(eigen.berichten.includes(m.replace(/^GGK:/, '')), `bericht ${m} bestaat niet`);
    assert.deepEqual(Object.keys(eigen.acties).sort(), [...eigen.poortOperaties].sort());
    const officieel = koppelvlakken() && path.join(koppelvlakken()!, 'stuf-ggk', 'schema', 'ggk0310_21', 'ggkberichten', 'ggk0310_OntvangAsynchroon.wsdl');
    if (officieel) assert.deepEqual(eigen.acties, wsdlDelen(readFileSync(officieel, 'utf8')).acties, 'operaties en soapActions als in de gepubliceerde WSDL');
  });
});

/** What a WSDL 1.1 says: the binding's operations with their soapActions, message names, references, the address. */
function wsdlDelen(xml: string) {
  const acties: Record<string, string> = {};
  const berichten: string[] = [];
  const verwezen: string[] = [];
  const poortOperaties: string[] = [];
  const adres: string[] = [];
  const pad: string[] = [];
  let bindingOperatie = '';
  const p = new SaxesParser({ xmlns: true });
  p.on('opentag', (t) => {
    const a = (n: string) => (t.attributes[n] as { value: string } | undefined)?.value ?? '';
    const ouder = pad.at(-1);
    if (t.local === 'message' && ouder === 'definitions') berichten.push(a('name'));
    if (t.local === 'operation' && ouder === 'portType') poortOperaties.push(a('name'));
    if ((t.local === 'input' || t.local === 'output' || t.local === 'fault') && a('message')) verwezen.push(a('message'));
    if (t.local === 'operation' && ouder === 'binding') bindingOperatie = a('name');
    if (t.local === 'operation' && t.uri === 'http://schemas.xmlsoap.org/wsdl/soap/') acties[bindingOperatie] = a('soapAction');
    if (t.local === 'address') adres.push(a('location'));
    pad.push(t.local);
  });
  p.on('closetag', () => pad.pop());
  p.write(xml).close();
  return { acties, berichten, verwezen, poortOperaties, adres };
}

describe('StUF-GGk tussen twee simulatoren, opgenomen', () => {
  it('elke casus met elk soort heenbericht gaat in enveloppen die de gemeente en het knooppunt lezen', async () => {
    const o = await opnemer();
    try {
      for (const casus of ['casus-1', 'casus-2', 'vot-direct-toewijzen', 'vow-direct-toewijzen', 'vot-afwijzen', 'declareren-afgewezen-prestatie', 'schema-afkeur-start']) {
        for (const rol of ['gemeente', 'aanbieder'] as const) {
          const plan = scenarioVan(casus, 'wmo', rol);
          if (!plan) continue;
          const r = await speelTweeSimulatoren(plan, [], { transport: 'stuf-ggk', via: o.via });
          assert.deepEqual(
            r.flatMap((x) => x.fouten),
            [],
            `${casus} (${rol})`,
          );
        }
      }
      neemOp(o.opnames, 'tussen twee simulatoren');
      const acties = new Set(o.opnames.map((x) => String(x.headers.soapaction)));
      for (const a of Object.values(SOAPACTIONS)) assert.ok(acties.has(`"${a}"`), `${a} kwam voorbij`);
    } finally {
      await o.stop();
    }
  });
});

describe('StUF-GGk: elke envelop die we schrijven voldoet aan het officiële schema', {
  skip: !koppelvlakken()
    ? 'het koppelvlakmateriaal ontbreekt (../shared/koppelvlakken): orakeltest overgeslagen'
    : !heeftXmllint()
      ? 'xmllint ontbreekt: orakeltest overgeslagen'
      : false,
}, () => {
  it('Di01 en Du01 tegen ggk0310_msg.xsd; Fo01, Bv03 en Fo03 tegen stuf0301.xsd', () => {
    assert.ok(geschreven.length > 50, `${geschreven.length} enveloppen opgenomen`);
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'ketentest-stuf-'));
    try {
      const perSchema = new Map<string, { bestand: string; herkomst: string }[]>();
      const soorten = new Map<string, number>();
      geschreven.forEach((g, i) => {
        const naam = /^<(?:GGK|StUF):([\w-]+)/.exec(g.xml)?.[1] ?? 'onbekend';
        soorten.set(naam, (soorten.get(naam) ?? 0) + 1);
        const xsd = naam.startsWith('envelop') ? GGK_XSD() : STUF_XSD();
        const bestand = path.join(tmp, `e${i}-${naam}.xml`);
        writeFileSync(bestand, g.xml);
        (perSchema.get(xsd) ?? perSchema.set(xsd, []).get(xsd)!).push({ bestand, herkomst: g.herkomst });
      });
      const fouten: string[] = [];
      for (const [xsd, lijst] of perSchema) {
        const oordelen = xmllintOordelen(
          xsd,
          lijst.map((x) => x.bestand),
        );
        for (const x of lijst) if (!oordelen.get(x.bestand)) fouten.push(`${x.herkomst}: ${x.bestand}`);
      }
      console.log(`StUF-GGk-enveloppen tegen het officiële schema: ${geschreven.length} (${[...soorten].map(([s, n]) => `${s} ${n}`).join(', ')})`);
      assert.deepEqual(fouten, []);
      for (const s of ['envelopHeenbericht-ggk_Di01', 'envelopRetourbericht-ggk_Du01', 'Fo01Bericht', 'Bv03Bericht', 'Fo03Bericht'])
        assert.ok(soorten.get(s), `${s} gecontroleerd`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
