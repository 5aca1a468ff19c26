/**
 * The web view over HTTP, without a browser: the simulator serves only the view's own files (no path
 * reaches the file system), with a policy that forbids anything from elsewhere, and nothing of a
 * session without its token; the live view of a run answers hostile requests with 4xx and keeps
 * serving, reads the run's simulators only, and takes a tester's "gedaan" only as JSON for an
 * instruction that waits.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { handmatigeDriver, instructies, openInstructies, type Instructie, wachtOpGedaan } from '../scenarios/handmatig';
import { Liveweergave } from '../simulator/cli/live/liveweergave';
import { type DraaiendeSimulator, startSimulator } from '../simulator/dienst/starten';
import { ketentest } from './bronnen';
import { testConfig } from './tweesimulatoren';

/** A request as it is written, path and all (fetch would tidy `..` away). */
function rauw(
  url: string,
  pad: string,
  methode = 'GET',
  koppen: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; koppen: Record<string, unknown>; tekst: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const r = request({ host: u.hostname, port: u.port, path: pad, method: methode, headers: koppen, agent: false }, (res) => {
      let tekst = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (tekst += d));
      res.on('end', () => resolve({ status: res.statusCode!, koppen: res.headers, tekst }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

const PADEN_DIE_NIET_BESTAAN = [
  '/web/../package.json',
  '/web/..%2f..%2fpackage.json',
  '/web/%2e%2e/%2e%2e/package.json',
  '/web/bestanden/index.html',
  '/web/index.html',
  '/web//etc/passwd',
  '/web/weergave.js%00.html',
  '/web/WEERGAVE.JS',
  '/web/weergave.js/',
  '/web/%c0%ae%c0%ae/package.json',
  `/web/${'a/'.repeat(2000)}`,
];

describe('webweergave van de simulator', () => {
  let sim: DraaiendeSimulator;
  before(async () => {
    sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: ':memory:', token: 'geheim' });
  });
  after(async () => {
    await sim.stop();
  });

  it('serveert de pagina, haar stijl en script met een beleid dat alleen deze herkomst toestaat', async () => {
    const doorsturen = await rauw(sim.url!, '/web');
    assert.equal(doorsturen.status, 301);
    assert.equal(doorsturen.koppen.location, '/web/');
    for (const [pad, type] of [
      ['/web/', 'text/html'],
      ['/web/weergave.css', 'text/css'],
      ['/web/weergave.js', 'text/javascript'],
    ] as const) {
      const r = await rauw(sim.url!, pad);
      assert.equal(r.status, 200, pad);
      assert.match(String(r.koppen['content-type']), new RegExp(`^${type}`), pad);
      assert.match(String(r.koppen['content-security-policy']), /default-src 'none'; script-src 'self'; style-src 'self'/);
      assert.equal(r.koppen['x-content-type-options'], 'nosniff');
      // Nothing from elsewhere: no absolute address to another server in our own files.
      assert.doesNotMatch(r.tekst, /(src|href)=["']?(https?:)?\/\//i, pad);
      assert.doesNotMatch(r.tekst, /@import|url\(\s*['"]?(https?:)?\/\//i, pad);
    }
  });

  it('geeft niets anders dan haar eigen bestanden: geen pad naar buiten, alleen lezen', async () => {
    for (const pad of PADEN_DIE_NIET_BESTAAN) {
      const r = await rauw(sim.url!, pad);
      assert.ok([301, 400, 401, 404].includes(r.status), `${pad}: ${r.status}`);
      assert.doesNotMatch(r.tekst, /"name":\s*"ketentest"|root:/, pad);
    }
    for (const methode of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await rauw(sim.url!, '/web/', methode, { 'content-type': 'application/json' }, '{}');
      assert.equal(r.status, 405, methode);
    }
    assert.equal((await rauw(sim.url!, '/web/')).status, 200, 'en de server werkt nog');
  });

  it('de pagina en haar omgeving noemen niets van een beveiligde sessie; het log blijft dicht zonder token', async () => {
    const omgeving = JSON.parse((await rauw(sim.url!, '/web/omgeving')).tekst);
    assert.deepEqual(omgeving, { modus: 'simulator', bronnen: [{ naam: 'standaard', basis: '' }], sessies: true });
    assert.equal((await rauw(sim.url!, '/berichten')).status, 401);
    assert.equal((await rauw(sim.url!, '/berichten', 'GET', { authorization: 'Bearer geheim' })).status, 200);
  });
});

describe('de live weergave van een run', () => {
  let live: Liveweergave;
  let sim: DraaiendeSimulator;
  before(async () => {
    live = await Liveweergave.start({ poort: 0 });
    sim = await startSimulator({ config: testConfig('aanbieder', 'jw'), poort: 0, data: ':memory:' });
  });
  after(async () => {
    await live.stop();
    await sim.stop();
  });

  it('zonder run: de pagina, geen simulatoren, een lege reeks gebeurtenissen', async () => {
    assert.match(live.url, /^http:\/\/127\.0\.0\.1:\d+\/web\/$/);
    assert.equal((await rauw(live.url, '/')).status, 302);
    assert.equal((await rauw(live.url, '/web/')).status, 200);
    assert.deepEqual(JSON.parse((await rauw(live.url, '/web/omgeving')).tekst), { modus: 'run', bronnen: [], sessies: false });
    assert.deepEqual(JSON.parse((await rauw(live.url, '/web/run')).tekst), { run: null, gebeurtenissen: [], volgende: 0 });
    assert.equal((await rauw(live.url, '/web/simulatoren/0/berichten')).status, 404);
    // A name of elsewhere pointed at this machine (DNS rebinding): nothing.
    for (const host of ['evil.example', 'evil.example:80', '127.0.0.1', `127.0.0.2:${new URL(live.url).port}`]) {
      const r = await rauw(live.url, '/web/run', 'GET', { host });
      assert.equal(r.status, 421, host);
    }
    assert.equal((await rauw(live.url, '/web/', 'GET', { host: `localhost:${new URL(live.url).port}` })).status, 200);
  });

  it('een run: haar simulatoren alleen lezend, gebeurtenissen met long polling, gedaan alleen als JSON voor een wachtende stap', async () => {
    live.begin({ omschrijving: 'proef', modus: 'extern', handmatig: true, timeoutMs: 5000, simulatoren: [{ rol: 'aanbieder', domein: 'jw', simulator: sim.simulator }] });
    try {
      const omgeving = JSON.parse((await rauw(live.url, '/web/omgeving')).tekst);
      assert.deepEqual(omgeving.bronnen, [{ naam: 'jw · aanbieder', basis: '/web/simulatoren/0', rol: 'aanbieder', domein: 'jw' }]);
      assert.equal((await rauw(live.url, '/web/simulatoren/0/gezondheid')).status, 200);
      assert.equal((await rauw(live.url, '/web/simulatoren/0/berichten?vanaf=0&limit=5')).status, 200);
      for (const [methode, pad] of [
        ['POST', '/web/simulatoren/0/reset'],
        ['POST', '/web/simulatoren/0/acties'],
        ['PUT', '/web/simulatoren/0/klok'],
        ['POST', '/web/simulatoren/0/berichten'],
        ['DELETE', '/web/simulatoren/0/berichten'],
      ] as const) {
        const r = await rauw(live.url, pad, methode, { 'content-type': 'application/json' }, '{"datum": "2026-01-01"}');
        assert.equal(r.status, 405, `${methode} ${pad}`);
      }
      for (const pad of [
        '/web/simulatoren/1/berichten',
        '/web/simulatoren/abc/berichten',
        '/web/simulatoren/-1/berichten',
        '/web/simulatoren/99999999999/x',
        ...PADEN_DIE_NIET_BESTAAN,
      ]) {
        const r = await rauw(live.url, pad);
        assert.ok([301, 400, 404].includes(r.status), `${pad}: ${r.status}`);
      }
      for (const q of ['vanaf=-1', 'vanaf=abc', 'vanaf=1e3', 'vanaf=1&vanaf=2', 'wacht=x', `vanaf=${'9'.repeat(40)}`]) {
        assert.equal((await rauw(live.url, `/web/run?${q}`)).status, 400, q);
      }
      const begin = JSON.parse((await rauw(live.url, '/web/run?vanaf=0')).tekst);
      assert.equal(begin.gebeurtenissen[0].soort, 'run');
      const volgende = begin.volgende as number;

      // A step for the tester: the page long-polls and sees the instruction as it comes.
      const wacht = rauw(live.url, `/web/run?vanaf=${volgende}&wacht=10000`);
      const gegeven: Instructie[] = [];
      const opInstructie = (i: Instructie) => gegeven.push(i);
      instructies.on('instructie', opInstructie);
      const stap = handmatigeDriver('aanbieder', 'jw').actie({ actie: 'start', toewijzingNummer: 1, begindatum: '2026-01-05' }, 'de aanbieder de levering start op 05-01-2026');
      instructies.off('instructie', opInstructie);
      const [i] = gegeven;
      assert.ok(i);
      const nieuw = JSON.parse((await wacht).tekst);
      assert.equal(nieuw.gebeurtenissen[0].soort, 'instructie');
      assert.equal(nieuw.gebeurtenissen[0].id, i.id);
      assert.equal(nieuw.gebeurtenissen[0].wachtOpGedaan, true);
      assert.deepEqual(
        openInstructies().map((o) => o.id),
        [i.id],
      );

      const gedaan = (id: string, koppen: Record<string, string> = { 'content-type': 'application/json' }, body = '{}') =>
        rauw(live.url, `/web/run/instructies/${id}/gedaan`, 'POST', koppen, body);
      assert.equal((await gedaan(i.id, { 'content-type': 'text/plain' })).status, 415, 'een formulier van een andere site');
      assert.equal((await gedaan(i.id, {})).status, 415);
      assert.ok([404, 405].includes((await gedaan('../../../etc')).status));
      assert.equal((await gedaan('geen-id')).status, 404);
      assert.equal((await gedaan('00000000-0000-0000-0000-000000000000')).status, 404);
      assert.equal((await gedaan(i.id.toUpperCase())).status, 404);
      assert.equal((await rauw(live.url, `/web/run/instructies/${i.id}/gedaan`)).status, 404, 'GET zegt geen gedaan');
      assert.deepEqual(openInstructies().length, 1, 'nog steeds open');
      const r = await gedaan(i.id, { 'content-type': 'application/json' }, '{niet: json');
      assert.equal(r.status, 200);
      assert.deepEqual(JSON.parse(r.tekst), { gedaan: true, stap: 'de aanbieder de levering start op 05-01-2026' });
      await stap;
      assert.deepEqual(openInstructies(), []);
      assert.equal((await gedaan(i.id)).status, 404, 'twee keer gedaan');
      const daarna = JSON.parse((await rauw(live.url, `/web/run?vanaf=${volgende}`)).tekst);
      assert.deepEqual(
        daarna.gebeurtenissen.map((g: { soort: string }) => g.soort),
        ['instructie', 'gedaan'],
      );
      assert.equal(daarna.gebeurtenissen[1].door, 'web');

      // A long poll the page abandons costs nothing and breaks nothing.
      const afgebroken = new AbortController();
      const weg = fetch(`${live.url}run?vanaf=${daarna.volgende}&wacht=20000`, { signal: afgebroken.signal }).catch(() => 'afgebroken');
      await new Promise((r) => setTimeout(r, 50));
      afgebroken.abort();
      assert.equal(await weg, 'afgebroken');
    } finally {
      live.einde();
    }
    const na = JSON.parse((await rauw(live.url, '/web/run?vanaf=0')).tekst);
    assert.equal(na.gebeurtenissen.at(-1).soort, 'einde');
    assert.equal((await rauw(live.url, '/web/simulatoren/0/berichten')).status, 404, 'na de run leest de weergave de simulator niet meer');
    assert.equal((await rauw(live.url, '/web/')).status, 200);
  });

  it('zonder tester op de pagina of in de terminal wacht een handmatige stap niet op gedaan', async () => {
    const gegeven: Instructie[] = [];
    const opInstructie = (i: Instructie) => gegeven.push(i);
    instructies.on('instructie', opInstructie);
    try {
      await handmatigeDriver('gemeente', 'wmo').actie({ actie: 'intrekken', toewijzingNummer: 1, einddatum: '2026-01-31' }, 'de gemeente trekt de toewijzing in');
      assert.equal(gegeven.length, 1);
      assert.deepEqual(openInstructies(), []);
    } finally {
      instructies.off('instructie', opInstructie);
    }
  });

  it("de terminal telt als plaats voor 'gedaan' zolang haar invoer loopt", async () => {
    const invoer = new PassThrough();
    const weergave = await Liveweergave.start({ poort: 0, invoer });
    try {
      weergave.begin({ omschrijving: 'proef', modus: 'extern', handmatig: true, timeoutMs: 1000, simulatoren: [] });
      assert.match(weergave.hoeGedaan(), /^druk op Enter of klik 'Gedaan' op http/);
      invoer.end();
      await new Promise((r) => setImmediate(r));
      assert.match(weergave.hoeGedaan(), /^klik 'Gedaan' op http/);
      assert.equal(wachtOpGedaan(), true, 'de knop blijft');
      weergave.einde();
      assert.equal(wachtOpGedaan(), false);
    } finally {
      await weergave.stop();
    }
  });

  it('een bezette of ongeldige poort is een gebruiksfout in het Nederlands (exitcode 2)', async () => {
    const poort = Number(new URL(live.url).port);
    await assert.rejects(Liveweergave.start({ poort }), /de live weergave kan niet luisteren op 127\.0\.0\.1:\d+ \(de poort is bezet\)/);
    const bezet = ketentest('run', '--web-poort', String(poort), '--tags', '@bestaat-niet');
    assert.equal(bezet.status, 2, bezet.stderr);
    assert.match(bezet.stderr, /de poort is bezet/);
    for (const [optie, waarde] of [
      ['--web-poort', 'x'],
      ['--web-poort', '70000'],
      ['--poort', '65536'],
    ]) {
      const r = ketentest('run', optie!, waarde!);
      assert.equal(r.status, 2, `${optie} ${waarde}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(optie!));
    }
  });
});
