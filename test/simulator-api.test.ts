/**
 * The simulator's transports and API under hard conditions: a SUT that is down, slow or answers
 * garbage (nock stands in for it), a restart in the middle of a flow, sessions with tokens, garbage
 * input, and bad command-line options.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import nock from 'nock';
import { startSimulator } from '../simulator/dienst/starten';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { FOUTEN } from '../simulator/partij/fouten';
import type { SessieConfig } from '../simulator/dienst/sessie';
import { SimulatorClient } from '../scenarios/client';
import { ketentest } from './bronnen';
import { totDat } from './sut';
import { testConfig } from './tweesimulatoren';

const config = (o: Partial<SessieConfig> = {}): SessieConfig => testConfig('gemeente', 'wmo', o);
const s = new Sjablonen('wmo', { dagtekening: '2026-06-30' });
const start = () => schrijfXml('WMO305', s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }).bericht);

after(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('uitgaand naar een SUT die niet meewerkt (nock)', () => {
  it('herhaalt bij plat, traag of onzin-antwoord en verliest niets; het log toont de afleverstatus', async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    const sut = nock('http://sut.test');
    sut.post('/berichten').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    sut.post('/berichten').reply(503, '<html>onderhoud</html>');
    sut.post('/berichten').reply(500, '\u0000\u0001 onzin');
    const ontvangen: string[] = [];
    sut
      .post('/berichten')
      .times(10)
      .reply(202, (_uri, body) => {
        ontvangen.push(String(body));
        return { id: 'sut' };
      });
    const sim = await startSimulator({ config: config({ sutUrl: 'http://sut.test' }), poort: 0, data: ':memory:', systeemdatum: '2026-06-30' });
    try {
      const c = new SimulatorClient(sim.url!);
      // The simulated gemeente answers a start with a 306: that retourbericht goes to the SUT.
      const r = await fetch(`${sim.url}/berichten`, { method: 'POST', body: start() });
      assert.equal(r.status, 202);
      const uit = await totDat(10_000, async () => (await c.berichten({ richting: 'uit' })).find((b) => b.afleverstatus === 'afgeleverd'));
      assert.equal(uit.berichttype, 'WMO306');
      const log = await c.bericht(uit.id);
      assert.ok(log.pogingen >= 4, 'drie mislukte pogingen en één geslaagde');
      assert.equal(ontvangen.length, 1);
      assert.match(ontvangen[0]!, /<wmo306:Bericht/);
    } finally {
      await sim.stop();
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it('houdt de volgorde vast: een later bericht wacht tot het eerdere is afgeleverd', async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    const volgorde: string[] = [];
    const sut = nock('http://traag.test');
    sut.post('/berichten').delay(300).reply(503);
    sut
      .post('/berichten')
      .times(10)
      .reply(202, (_u, body) => {
        volgorde.push(/:Identificatie>([^<]+)</.exec(String(body))![1]!);
        return {};
      });
    const sim = await startSimulator({ config: config({ rol: 'aanbieder', sutUrl: 'http://traag.test' }), poort: 0, data: ':memory:', systeemdatum: '2026-06-30' });
    try {
      const c = new SimulatorClient(sim.url!);
      const eerste = await c.verstuur(start());
      const tweede = await c.verstuur(schrijfXml('WMO305', s.start({ nummer: 2, ingang: '2026-01-01', begin: '2026-01-06' }).bericht));
      await totDat(10_000, async () => ((await c.berichten({ richting: 'uit' })).every((b) => b.afleverstatus === 'afgeleverd') ? true : undefined));
      assert.deepEqual(volgorde, [eerste[0]!.identificatie, tweede[0]!.identificatie]);
    } finally {
      await sim.stop();
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});

describe('herstart midden in een uitwisseling', () => {
  it('verliest niets: log, toestand, onverwerkte en nog niet afgeleverde berichten', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'ketentest-herstart-'));
    const cfg = config({ sutUrl: 'http://127.0.0.1:9' }); // nobody listens: retours stay waiting
    let sim = await startSimulator({ config: cfg, poort: 0, data, systeemdatum: '2026-06-30' });
    const post = (url: string, xml: string) => fetch(`${url}/berichten`, { method: 'POST', body: xml });
    // A toewijzing the gemeente sent and the aanbieder accepted is part of the state: here the
    // aanbieder's side is played by posting its messages directly.
    const g = new SimulatorClient(sim.url!);
    await g.actie({
      actie: 'toewijzen',
      toewijzingen: [
        { nummer: 1, product: { categorie: '07', code: '07A12' }, ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang: { volume: 3, eenheid: '04', frequentie: '2' } },
      ],
    });
    const t301 = (await g.berichten({ richting: 'uit', type: 'WMO301' }))[0]!;
    const v301 = await g.bericht(t301.id);
    const ident = /Identificatie>([^<]+)</.exec(v301.xml!)![1]!;
    const retour = v301
      .xml!.replace(/wmo301/g, 'wmo302')
      .replace('>414<', '>415<')
      .replace(
        '</wmo302:XsdVersie>',
        '</wmo302:XsdVersie><wmo302:IdentificatieRetour>R1</wmo302:IdentificatieRetour><wmo302:DagtekeningRetour>2026-06-30</wmo302:DagtekeningRetour><wmo302:XsdVersieRetour><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo302:XsdVersieRetour>',
      );
    const zonderClient = retour.replace(/<wmo302:Client>[\s\S]*<\/wmo302:Client>/, '');
    assert.equal((await post(sim.url!, zonderClient)).status, 202);
    await sim.sessie.klaar();
    assert.equal(sim.sessie.toestand.toewijzingen.toewijzing(1)?.nummer, 1, `302 op ${ident} verwerkt`);
    assert.equal((await post(sim.url!, start())).status, 202);
    await sim.sessie.klaar();
    const tijdelijk = schrijfXml('WMO307', s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-20' }).bericht);
    assert.equal((await post(sim.url!, tijdelijk)).status, 202);
    await sim.sessie.klaar();
    const voorHerstart = await g.berichten();
    await sim.stop();

    sim = await startSimulator({ config: cfg, poort: 0, data });
    try {
      const c = new SimulatorClient(sim.url!);
      const naHerstart = await c.berichten();
      assert.deepEqual(
        naHerstart.map((b) => `${b.volgnr} ${b.berichttype} ${b.status}`),
        voorHerstart.map((b) => `${b.volgnr} ${b.berichttype} ${b.status}`),
      );
      assert.ok(
        naHerstart.filter((b) => b.richting === 'uit' && b.berichttype !== 'WMO301').every((b) => b.afleverstatus === 'wachtend'),
        'retourberichten wachten nog op aflevering',
      );
      assert.equal((await c.gezondheid()).systeemdatum, '2026-06-30', 'de klok is bewaard');
      // The state survived: an earlier Einddatum than the temporary stop is still caught (TR414).
      const eerder = schrijfXml('WMO307', s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'inOverleg', eind: '2026-06-10' }).bericht);
      const id = ((await (await post(sim.url!, eerder)).json()) as { id: string }).id;
      const b = await totDat(5000, async () => {
        const x = await c.bericht(id);
        return x.status === 'verwerkt' ? x : undefined;
      });
      assert.ok(
        b.bevindingen.some((x) => x.regel === 'TR414'),
        JSON.stringify(b.bevindingen),
      );
    } finally {
      await sim.stop();
    }
  });
});

describe('berichten in UTF-16', () => {
  it('worden na een herstart weer gelezen zoals ze binnenkwamen: log leesbaar, toestand compleet', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'ketentest-utf16-'));
    let sim = await startSimulator({ config: config(), poort: 0, data, systeemdatum: '2026-06-30' });
    const xml = schrijfXml('WMO315', s.vot({ referentie: 'VOT-Ü1', ingang: '2026-08-01', eind: '2026-12-31' }, { commentaar: 'Graag zorg voor mevrouw Çelik' }).bericht);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"'), 'utf16le')]);
    const id = ((await (await fetch(`${sim.url}/berichten`, { method: 'POST', body: utf16 })).json()) as { id: string }).id;
    await sim.sessie.klaar();
    await sim.stop();

    sim = await startSimulator({ config: config(), poort: 0, data });
    try {
      const c = new SimulatorClient(sim.url!);
      const b = await c.bericht(id);
      assert.equal(b.status, 'verwerkt', JSON.stringify(b.bevindingen));
      assert.match(b.xml!, /mevrouw Çelik/, 'het log toont de tekst zoals hij bedoeld was');
      // The verzoek is part of the rebuilt state: the gemeente can still answer it.
      const r = await fetch(`${sim.url}/acties`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ actie: 'verzoek-beantwoorden', referentieAanbieder: 'VOT-Ü1', antwoord: 'onderzoek' }),
      });
      assert.equal(r.status, 202, await r.text());
    } finally {
      await sim.stop();
    }
  });
});

describe('sessies en toegang', () => {
  it('een sessie heeft een eigen token; verkeerd of geen token geeft 401 zonder gegevens', async () => {
    const sim = await startSimulator({ config: config(), poort: 0, data: ':memory:' });
    try {
      const maak = async (body: unknown) =>
        (await (await fetch(`${sim.url}/sessies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as {
          id: string;
          token: string;
        };
      const a = await maak({ rol: 'gemeente', domein: 'jw' });
      const b = await maak({ rol: 'aanbieder', domein: 'wmo' });
      const ca = new SimulatorClient(`${sim.url}/sessies/${a.id}`, a.token);
      assert.equal((await ca.gezondheid()).domein, 'jw');
      await ca.klok('2026-03-01');
      assert.equal((await ca.gezondheid()).systeemdatum, '2026-03-01');
      assert.notEqual((await new SimulatorClient(`${sim.url}/sessies/${b.id}`, b.token).gezondheid()).systeemdatum, '2026-03-01', 'eigen klok');
      for (const [pad, token] of [
        [`/sessies/${a.id}/berichten`, b.token],
        [`/sessies/${a.id}/berichten`, undefined],
        [`/sessies/${a.id}/berichten`, 'onzin'],
        ['/sessies/bestaat-niet/berichten', a.token],
      ] as const) {
        const r = await fetch(`${sim.url}${pad}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        assert.equal(r.status, 401, pad);
        assert.deepEqual(await r.json(), { fout: 'niet geautoriseerd' });
      }
      const bericht = await fetch(`${sim.url}/sessies/${a.id}/berichten`, { method: 'POST', headers: { authorization: `Bearer ${b.token}` }, body: start() });
      assert.equal(bericht.status, 401, 'ook afleveren vraagt het token van de sessie');
      assert.equal((await ca.berichten()).length, 0);
    } finally {
      await sim.stop();
    }
  });

  it('onzin-invoer krijgt 400 met een Nederlandse uitleg, wordt gelogd en de simulator leeft', async () => {
    const sim = await startSimulator({ config: config(), poort: 0, data: ':memory:' });
    try {
      const c = new SimulatorClient(sim.url!);
      const gevallen: [string, RegExp][] = [
        ['dit is geen XML', /^geen bruikbaar XML-bericht: /],
        ['<html><body>hallo</body></html>', /^onbekend bericht: het hoofdelement html in geen namespace is geen iWmo- of iJw-3\.2-bericht$/],
        ['<Bericht xmlns="urn:onbekend"/>', /^onbekend bericht: het hoofdelement Bericht in namespace 'urn:onbekend' is geen iWmo- of iJw-3\.2-bericht$/],
        [
          schrijfXml('WMO301', new Sjablonen('wmo').toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-06-30' }).bericht),
          /^een WMO301 wordt niet naar een gemeente gestuurd$/,
        ],
      ];
      for (const [body, waarom] of gevallen) {
        const r = await fetch(`${sim.url}/berichten`, { method: 'POST', body });
        assert.equal(r.status, 400, body.slice(0, 30));
        const j = (await r.json()) as { fout: string };
        assert.match(j.fout, waarom);
      }
      // The log keeps each with the same reason, as a finding on the whole message.
      const log = await c.berichten();
      assert.deepEqual(
        log.map((b) => ({ status: b.status, berichttype: b.berichttype, regels: b.bevindingen.map((x) => `${x.regel} ${x.pad}`) })),
        [null, null, null, 'WMO301'].map((berichttype) => ({ status: 'afgekeurd', berichttype, regels: ['XSD /'] })),
      );
      log.forEach((b, i) => assert.match(b.bevindingen[0]!.melding, gevallen[i]![1]));
      const actie = await fetch(`${sim.url}/acties`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ actie: 'vliegen' }) });
      assert.equal(actie.status, 400);
      assert.match(JSON.stringify(await actie.json()), /onbekende of ontbrekende actie/);
      const json = await fetch(`${sim.url}/klok`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{kapot' });
      assert.equal(json.status, 400);
      assert.match(((await json.json()) as { fout: string }).fout, /JSON/);
      // Request bodies that do not fit their schema are explained in Dutch, naming the field.
      const uitleg = async (pad: string, method: string, body: unknown) => {
        const r = await fetch(`${sim.url}${pad}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        assert.equal(r.status, 400, pad);
        const j = (await r.json()) as { fout?: string; details?: string[]; fouten?: string[] };
        return [...(j.details ?? []), ...(j.fouten ?? [])].join('; ');
      };
      assert.match(await uitleg('/klok', 'PUT', { datum: 5 }), /\/datum: verwacht tekst/);
      assert.match(await uitleg('/sessies', 'POST', { rol: 'burger', domein: 'wmo' }), /\/rol: kies uit gemeente, aanbieder/);
      assert.match(await uitleg('/sessies', 'POST', { domein: 'wmo' }), /veld 'rol' ontbreekt/);
      assert.match(await uitleg('/acties', 'POST', { actie: 'verlengen', toewijzingNummer: -1, einddatum: '2026-12-31' }), /\/toewijzingNummer: moet minstens 0 zijn/);
      assert.doesNotMatch(await uitleg('/klok', 'PUT', { datum: 5, extra: true }), /must|should/);
      const groot = await fetch(`${sim.url}/berichten`, { method: 'POST', body: Buffer.alloc(51 * 1024 * 1024, 0x20) });
      assert.equal(groot.status, 413);
      assert.equal((await c.gezondheid()).rol, 'gemeente');
      const api = (await (await fetch(`${sim.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
      assert.equal(api.openapi, '3.0.3');
      for (const p of ['/berichten', '/berichten/{id}', '/berichten/{id}/retour', '/klok', '/reset', '/gezondheid', '/acties', '/sessies', '/sessies/{sessie}/acties'])
        assert.ok(api.paths[p], p);
      // The log's query as documented is the one the server checks: a value the document allows is accepted.
      const logvraag = (api.paths['/berichten'] as { get: { parameters: { name: string; schema: { enum?: string[]; pattern?: string } }[] } }).get.parameters;
      assert.deepEqual(logvraag.map((x) => x.name).sort(), ['afleverstatus', 'client', 'limit', 'richting', 'status', 'type', 'vanaf', 'wacht', 'xml']);
      for (const x of logvraag.filter((x) => x.schema.enum))
        for (const w of x.schema.enum!) assert.equal((await fetch(`${sim.url}/berichten?${x.name}=${w}`)).status, 200, `${x.name}=${w}`);
    } finally {
      await sim.stop();
    }
  });

  it('GET /berichten/{id}/retour geeft 404 tot het retourbericht er is, dan XML', async () => {
    const sim = await startSimulator({ config: config(), poort: 0, data: ':memory:', systeemdatum: '2026-06-30' });
    try {
      const id = ((await (await fetch(`${sim.url}/berichten`, { method: 'POST', body: start() })).json()) as { id: string }).id;
      await sim.sessie.klaar();
      const r = await fetch(`${sim.url}/berichten/${id}/retour`);
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type') ?? '', /application\/xml/);
      assert.match(await r.text(), /wmo306:Bericht/);
      const onbekend = await fetch(`${sim.url}/berichten/bestaat-niet/retour`);
      assert.equal(onbekend.status, 404);
    } finally {
      await sim.stop();
    }
  });
});

describe('ketentest simulator: opties', () => {
  for (const [args, melding] of [
    [['--domein', 'wmo'], /--rol moet gemeente of aanbieder zijn/],
    [['--rol', 'gemeente'], /--domein moet wmo of jw zijn/],
    [['--rol', 'gemeente', '--domein', 'wmo', '--poort', 'x'], /--poort verwacht een geheel getal/],
    [['--rol', 'gemeente', '--domein', 'wmo', '--fout', 'bestaat-niet'], /onbekende fout 'bestaat-niet'/],
    [['--rol', 'gemeente', '--domein', 'wmo', '--fout', 'gi-zonder-start'], /hoort bij de rol aanbieder/],
    [['--rol', 'gemeente', '--domein', 'wmo', '--sut-url', 'ftp://x'], /geen http\(s\)-URL/],
    [['--rol', 'gemeente', '--domein', 'wmo', '--vliegen'], /onbekende optie '--vliegen'/],
  ] as const) {
    it(`${args.join(' ')}: exitcode 2 en een duidelijke melding`, () => {
      const r = ketentest('simulator', ...args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, melding);
    });
  }
  it('--fouten toont elke fout met zijn regel', () => {
    const r = ketentest('simulator', '--fouten');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /verlengen-met-nieuw-nummer\s+OP380/);
    const regels = r.stdout.split('\n');
    for (const f of FOUTEN)
      assert.ok(
        regels.some((l) => new RegExp(`^\\s{2}${f.naam}\\s+${f.regel}\\b`).test(l)),
        `${f.naam} met ${f.regel}`,
      );
  });
});
