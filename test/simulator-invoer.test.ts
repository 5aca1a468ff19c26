/**
 * Nothing a client sends can break the simulator or its state: every API body is checked before
 * anything is stored (a wrong `bronnen` is a 400, not a stored session that stops the next start),
 * dates must exist, bodies over the limit are refused while they stream, and the log is read in pages
 * without the messages themselves unless asked.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { startSimulator } from '../simulator/dienst/starten';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { SimulatorClient } from '../scenarios/client';
import { testConfig } from './tweesimulatoren';

const json = (url: string, method: string, body: unknown) =>
  fetch(url, { method, headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const s = new Sjablonen('wmo', { dagtekening: '2026-06-30' });
const verzoek = (i: number) => schrijfXml('WMO315', s.vot({ referentie: `R${i}`, ingang: '2026-08-01', eind: '2026-12-31' }).bericht);

describe('API-bodies worden gecontroleerd voordat er iets bewaard wordt', () => {
  it('een bronnen van de verkeerde vorm: 400 bij POST /sessies en PUT /instellingen, niets bewaard, de sessie werkt door, een herstart lukt', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'ketentest-invoer-'));
    let sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data, systeemdatum: '2026-06-30' });
    try {
      const verkeerd = [
        { gemeenten: 'Diemen' },
        { gemeenten: [{ code: 384 }] },
        { tarieven: [{ gemeente: '0384', productCode: '07A12', eenheid: '04', tarief: 'vijftig' }] },
        { gemeenten: [{ code: '0384', naam: 'Diemen', geldigTot: '2026-02-30' }] },
        { productcodes: { wmo: { '07': '07A12' } } },
        'geen object',
      ];
      for (const bronnen of verkeerd) {
        const r = await json(`${sim.url}/sessies`, 'POST', { rol: 'gemeente', domein: 'wmo', bronnen });
        assert.equal(r.status, 400, JSON.stringify(bronnen));
        const j = (await r.json()) as { fout: string; details: string[] };
        assert.match(j.details.join('; '), /bronnen/, JSON.stringify(j));
        const i = await json(`${sim.url}/instellingen`, 'PUT', { bronnen });
        assert.equal(i.status, 400, JSON.stringify(bronnen));
      }
      assert.deepEqual(
        (await sim.simulator.opslag.sessies()).map((x) => x.id),
        ['standaard'],
        'geen sessie bewaard',
      );
      // The session was not touched: a message still gets its retour.
      const id = ((await (await fetch(`${sim.url}/berichten`, { method: 'POST', body: verzoek(1) })).json()) as { id: string }).id;
      const b = await new SimulatorClient(sim.url!).bericht(id, 5000);
      assert.equal(b.status, 'verwerkt');
      assert.ok(b.gerelateerd, 'retourbericht gemaakt');
      // A right bronnen is taken.
      const goed = await json(`${sim.url}/instellingen`, 'PUT', { bronnen: { gemeenten: [{ code: '0384', naam: 'Diemen' }] } });
      assert.equal(goed.status, 200, await goed.text());
      await sim.stop();
      sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data });
      assert.equal((await new SimulatorClient(sim.url!).gezondheid()).status, 'ok');
    } finally {
      await sim.stop();
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('datums moeten bestaan: PUT /klok met 9999-99-99 of 2026-02-30 is 400, een actie met een onbestaande datum ook', async () => {
    const sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: ':memory:', systeemdatum: '2026-06-30' });
    try {
      for (const datum of ['9999-99-99', '2026-02-30', '2026-13-01', '2026-6-1']) {
        const r = await json(`${sim.url}/klok`, 'PUT', { datum });
        assert.equal(r.status, 400, datum);
        assert.match(JSON.stringify(await r.json()), /datum/);
      }
      assert.equal((await new SimulatorClient(sim.url!).gezondheid()).systeemdatum, '2026-06-30', 'de klok is niet verzet');
      const actie = await json(`${sim.url}/acties`, 'POST', {
        actie: 'toewijzen',
        toewijzingen: [{ product: { categorie: '07', code: '07A12' }, ingangsdatum: '2026-02-30', omvang: { volume: 3, eenheid: '04', frequentie: '2' } }],
      });
      assert.equal(actie.status, 400);
      assert.match(JSON.stringify(await actie.json()), /ingangsdatum: geen bestaande datum/);
      assert.equal((await new SimulatorClient(sim.url!).berichten()).length, 0, 'niets verstuurd');
    } finally {
      await sim.stop();
    }
  });
});

/** Sends a request with these headers and at most `stuur` bytes of body, and resolves with the status once the answer comes. */
function teGrootVerzoek(url: string, headers: Record<string, string>, stuur: number, pad = '/berichten'): Promise<{ status: number; ms: number }> {
  const begin = Date.now();
  return new Promise((resolve, reject) => {
    const u = new URL(`${url}${pad}`);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, ms: Date.now() - begin });
      req.destroy();
    });
    req.on('error', (e) => {
      if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(e);
    });
    // Send part of the body and then nothing more: the answer must come without the rest.
    req.write(Buffer.alloc(stuur, 0x20));
  });
}

describe('bodies boven de grens', () => {
  it('worden geweigerd terwijl ze binnenkomen: 413 zonder de rest af te wachten (Content-Length en chunked)', async () => {
    const sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: ':memory:', grenzen: { maxBytes: 1048576, maxDiepte: 100 } });
    try {
      // Announced as 1 GiB, of which 64 kB arrive: refused on the announcement.
      const aangekondigd = await teGrootVerzoek(sim.url!, { 'content-length': String(1024 ** 3) }, 65536);
      assert.equal(aangekondigd.status, 413);
      // Chunked, without a length: refused once more than the limit arrived, though the body never ends.
      const chunked = await teGrootVerzoek(sim.url!, { 'transfer-encoding': 'chunked' }, 1048576 + 65536);
      assert.equal(chunked.status, 413);
      // JSON bodies of the API too (1 MB).
      const groot = await teGrootVerzoek(sim.url!, { 'content-length': String(50 * 1048576), 'content-type': 'application/json' }, 1024, '/acties');
      assert.equal(groot.status, 413);
      assert.equal((await new SimulatorClient(sim.url!).berichten()).length, 0, 'niets bewaard');
      assert.equal((await new SimulatorClient(sim.url!).gezondheid()).status, 'ok');
    } finally {
      await sim.stop();
    }
  });
});

describe('het berichtenlog per pagina', () => {
  it('limit en een cursor (Link rel="next", vanaf), zonder XML tenzij gevraagd, filters gecontroleerd', async () => {
    const sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: ':memory:', systeemdatum: '2026-06-30' });
    try {
      for (let i = 0; i < 25; i++) assert.equal((await fetch(`${sim.url}/berichten`, { method: 'POST', body: verzoek(i) })).status, 202);
      await sim.sessie.klaar();
      const c = new SimulatorClient(sim.url!);
      const eerste = await fetch(`${sim.url}/berichten?richting=in&limit=10`);
      const lijst = (await eerste.json()) as Record<string, unknown>[];
      assert.equal(lijst.length, 10);
      assert.ok(
        lijst.every((b) => !('xml' in b)),
        'geen XML in de lijst',
      );
      assert.match(eerste.headers.get('link') ?? '', /<\/berichten\?richting=in&limit=10&vanaf=\d+>; rel="next"/);
      // Following the pages gives every incoming message once, in order.
      const volgnrs: number[] = [];
      let p = await c.pagina({ richting: 'in', limit: 10 });
      volgnrs.push(...p.berichten.map((b) => b.volgnr));
      while (p.volgende !== null) {
        p = await c.pagina({ richting: 'in', limit: 10, vanaf: p.volgende });
        volgnrs.push(...p.berichten.map((b) => b.volgnr));
      }
      assert.equal(volgnrs.length, 25);
      assert.deepEqual(
        volgnrs,
        [...volgnrs].sort((a, b) => a - b),
      );
      assert.equal((await c.berichten({ richting: 'uit' })).length, 25, 'berichten() volgt de pagina’s tot het einde');
      const metXml = await c.pagina({ limit: 1, xml: true });
      assert.match(metXml.berichten[0]!.xml ?? '', /wmo315:Bericht/);
      for (const q of ['limit=0', 'limit=x', 'richting=zijwaarts', 'status=kapot', 'client=12', 'vanaf=-1', 'type=X1']) {
        const r = await fetch(`${sim.url}/berichten?${q}`);
        assert.equal(r.status, 400, q);
        assert.match(((await r.json()) as { fout: string }).fout, /ongeldige vraag/);
      }
      assert.equal(((await (await fetch(`${sim.url}/berichten?limit=100000`)).json()) as unknown[]).length, 50, 'alle 50 op één pagina (hoogstens 1000)');
    } finally {
      await sim.stop();
    }
  });
});
