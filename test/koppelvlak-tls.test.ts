/**
 * Mutual TLS as production uses it: `ketentest certificaten` makes a test CA with a server and a client
 * certificate; two simulators play cases over StUF-GGk and over VSP with HTTPS and client
 * certificates; a client without a certificate of that CA is refused, and the refusal is logged.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { maakCertificaten } from '../simulator/cli/certificaten';
import { startSimulator } from '../simulator/dienst/starten';
import { SOAPACTIONS } from '../simulator/dienst/transport/stuf-ggk/envelop';
import { type TlsOpties, verzoek } from '../simulator/dienst/transport/verzoek';
import { PADEN } from '../simulator/dienst/transport/vsp/keuzes';
import { scenarioVan } from '../steps/features';
import { speelTweeSimulatoren, testConfig } from './tweesimulatoren';

describe('wederzijdse TLS', () => {
  const map = mkdtempSync(path.join(os.tmpdir(), 'ketentest-tls-'));
  let tls: TlsOpties;
  let client: TlsOpties;
  let vreemd: TlsOpties;
  before(() => {
    const c = maakCertificaten(path.join(map, 'eigen'));
    const v = maakCertificaten(path.join(map, 'vreemd'));
    tls = { cert: readFileSync(c.server.cert), key: readFileSync(c.server.key), ca: readFileSync(c.ca) };
    client = { cert: readFileSync(c.client.cert), key: readFileSync(c.client.key), ca: readFileSync(c.ca) };
    vreemd = { cert: readFileSync(v.client.cert), key: readFileSync(v.client.key), ca: readFileSync(c.ca) };
  });
  after(() => rmSync(map, { recursive: true, force: true }));

  for (const [transport, domein, casussen] of [
    ['stuf-ggk', 'wmo', ['casus-1', 'vot-direct-toewijzen', 'declareren-afgewezen-prestatie']],
    ['vsp', 'jw', ['casus-2', 'vow-direct-toewijzen', 'declareren-afgewezen-prestatie']],
  ] as const) {
    it(`twee simulatoren over ${transport} met TLS en clientcertificaten (${domein})`, async () => {
      for (const casus of casussen) {
        for (const rol of ['gemeente', 'aanbieder'] as const) {
          const plan = scenarioVan(casus, domein, rol);
          if (!plan) continue;
          const r = await speelTweeSimulatoren(plan, [], { transport, tls });
          assert.deepEqual(
            r.flatMap((x) => x.fouten),
            [],
            `${casus} (${rol})`,
          );
        }
      }
    });
  }

  it('zonder clientcertificaat van onze CA: geweigerd (403) en gelogd; met: aangenomen', async () => {
    const log: string[] = [];
    const sim = await startSimulator({ config: testConfig('gemeente', 'jw', { transport: 'vsp' }), poort: 0, data: ':memory:', tls, meld: (r) => log.push(r) });
    try {
      const zonder = await verzoek(`${sim.url}${PADEN.pull}`, { tls: { ca: tls.ca } as TlsOpties });
      assert.equal(zonder.status, 403);
      assert.match(zonder.body.toString(), /clientcertificaat/);
      const fout = await verzoek(`${sim.url}/ggk`, { methode: 'POST', headers: { soapaction: SOAPACTIONS.Di01 }, body: '<x/>', tls: vreemd });
      assert.equal(fout.status, 403);
      assert.equal(log.length, 2, log.join('\n'));
      assert.match(log[0]!, /GET \/berichtenservice\/.* geweigerd: geen clientcertificaat/);
      assert.match(log[1]!, /POST \/ggk .* geweigerd: clientcertificaat niet ondertekend door onze CA/);
      const met = await verzoek(`${sim.url}${PADEN.pull}`, { tls: client });
      assert.equal(met.status, 200);
      assert.equal(log.length, 2);
    } finally {
      await sim.stop();
    }
  });
});
