/**
 * The transport contract carries more than today's transports use: a transport that sets messages out
 * for the counterpart to fetch and acknowledge (as VECOZO's pull queue will), registered beside bare
 * HTTP without touching the session or the API, and envelopes that let a later transport correlate an
 * answer with what it answers (as StUF's crossRefnummer will).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startSimulator } from '../simulator/dienst/starten';
import type { Transport } from '../simulator/dienst/transport/contract';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { SimulatorClient } from '../scenarios/client';
import { testConfig } from './tweesimulatoren';

/** A pull transport in a dozen lines: our messages wait in a queue; the SUT lists them and deletes what it took. */
const ophalen: Transport = {
  naam: 'ophalen',
  uitgaand: { bedient: () => true, verstuur: async () => ({ uitslag: 'klaargezet' }) },
  routes(router, a) {
    router.get('/ophalen', async (req, res) => {
      res.json((await a.sessie(req).klaargezet('ophalen')).map((b) => ({ id: b.id, berichttype: b.berichttype })));
    });
    router.delete('/ophalen/:id', async (req, res) => {
      res.status((await a.sessie(req).bevestig(req.params.id!)) ? 204 : 404).end();
    });
  },
  openapi: (o) => ({ [o.pad('/ophalen')]: { get: { summary: 'berichten die klaarstaan', ...o.beveiliging, responses: { '200': { description: 'de wachtrij' }, ...o.fouten } } } }),
};

const start = schrijfXml('WMO305', new Sjablonen('wmo', { dagtekening: '2026-06-30' }).start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }).bericht);

describe('het transportcontract', () => {
  it('een ophaaltransport: klaargezet tot de tegenpartij het bevestigt', async () => {
    const sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: ':memory:', systeemdatum: '2026-06-30', transporten: [ophalen] });
    try {
      const c = new SimulatorClient(sim.url!);
      const r = await fetch(`${sim.url}/berichten`, { method: 'POST', body: start, headers: { 'x-ketentest-bericht': 'SUT-REF-1' } });
      assert.equal(r.status, 202);
      const { id } = (await r.json()) as { id: string };
      const heen = await c.bericht(id, 5000);
      const retour = await c.bericht(heen.gerelateerd!);
      assert.equal(retour.berichttype, 'WMO306');
      for (let i = 0; i < 50 && (await c.bericht(retour.id)).afleverstatus === 'wachtend'; i++) await new Promise((z) => setTimeout(z, 20));
      assert.equal((await c.bericht(retour.id)).afleverstatus, 'klaargezet');
      assert.equal(retour.transport, 'ophalen');

      // The envelope: the retour answers the transport reference the SUT gave its message.
      const opgeslagen = (await sim.simulator.opslag.bericht(retour.id))!;
      assert.deepEqual(opgeslagen.envelop, { transport: 'ophalen', afzender: '0384', ontvanger: '12345678', antwoordOp: 'SUT-REF-1' });
      assert.deepEqual((await sim.simulator.opslag.bericht(id))!.envelop, { transport: 'http', referentie: 'SUT-REF-1' });

      const wachtrij = (await (await fetch(`${sim.url}/ophalen`)).json()) as { id: string; berichttype: string }[];
      assert.deepEqual(wachtrij, [{ id: retour.id, berichttype: 'WMO306' }]);
      assert.equal((await fetch(`${sim.url}/ophalen/${retour.id}`, { method: 'DELETE' })).status, 204);
      assert.equal((await c.bericht(retour.id)).afleverstatus, 'afgeleverd');
      assert.deepEqual(await (await fetch(`${sim.url}/ophalen`)).json(), []);
      assert.equal((await fetch(`${sim.url}/ophalen/${retour.id}`, { method: 'DELETE' })).status, 404, 'een tweede bevestiging vindt niets meer');

      // Its routes are documented with the rest, for the default session and under /sessies/{sessie}.
      const doc = (await (await fetch(`${sim.url}/openapi.json`)).json()) as { paths: Record<string, unknown> };
      assert.ok(doc.paths['/ophalen'] && doc.paths['/sessies/{sessie}/ophalen']);
    } finally {
      await sim.stop();
    }
  });
});
