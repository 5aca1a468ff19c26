/**
 * The judge against a real system, with the wire in between: the reference runs as an external
 * system under test, and an HTTP proxy between it and our simulator changes what it sends (another
 * Ontvanger in a heenbericht, a heenbericht delivered twice, a retourbericht whose copied Header is
 * changed). No fault in the system itself: the suite must see what arrives, and name it. Through an
 * untouched proxy the same scenario passes, so the proxy itself changes nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { draaiSuite } from '../simulator/cli/run';
import { startSimulator, type DraaiendeSimulator } from '../simulator/dienst/starten';
import type { Rol } from '../simulator/standaard/woorden';
import { testConfig } from './tweesimulatoren';

const tijdelijk = (naam: string) => mkdtempSync(path.join(os.tmpdir(), `ketentest-${naam}-`));

/** What the proxy does to one body: the bodies it delivers in its place. */
type Knoeien = (xml: string) => string[];

const isRetour = (xml: string) => /IdentificatieRetour>/.test(xml);

const KNOEIEN: Record<string, Knoeien> = {
  niets: (xml) => [xml],
  // Another party of the same kind: a 4-digit gemeente or an 8-digit AGB code that is not ours.
  ontvanger: (xml) => [
    isRetour(xml) ? xml : xml.replace(/(<(?:\w+:)?Ontvanger>)(\d+)(<\/)/, (_, a: string, w: string, z: string) => `${a}${w.length === 4 ? '0363' : '87654321'}${z}`),
  ],
  dubbel: (xml) => (isRetour(xml) ? [xml] : [xml, xml]),
  // The retourbericht's Dagtekening is the heenbericht's, copied: one day later is not a copy.
  'retour-kopie': (xml) => [
    isRetour(xml)
      ? xml.replace(/(<(?:\w+:)?Dagtekening>)(\d{4}-\d{2}-)(\d{2})(<\/)/, (_, a: string, jm: string, d: string, z: string) => `${a}${jm}${d === '01' ? '02' : '01'}${z}`)
      : xml,
  ],
};

/** An HTTP proxy for POST /berichten that delivers to `doel` what the current tampering makes of each body. */
async function proxy(doel: () => string) {
  const stand = { knoeien: KNOEIEN.niets!, geknoeid: 0 };
  const server = http.createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', async () => {
      const xml = Buffer.concat(delen).toString('utf8');
      const bodies = stand.knoeien(xml);
      if (bodies.length !== 1 || bodies[0] !== xml) stand.geknoeid++;
      let status = 502;
      let tekst = '';
      for (const body of bodies) {
        const r = await fetch(`${doel()}${req.url}`, {
          method: 'POST',
          headers: { 'content-type': req.headers['content-type'] ?? 'application/xml' },
          body,
        }).catch(() => null);
        status = r?.status ?? 502;
        tekst = (await r?.text().catch(() => '')) ?? '';
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(tekst);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { stand, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('de rechter ziet wat er over de lijn komt, bij een extern systeem', () => {
  const systemen = new Map<Rol, { sut: DraaiendeSimulator; poort: number; reeks: string }>();
  let p: Awaited<ReturnType<typeof proxy>>;
  let onze = '';

  before(async () => {
    p = await proxy(() => onze);
    for (const rol of ['gemeente', 'aanbieder'] as const) {
      const poort = 21_000 + Math.floor(Math.random() * 1000) * 2;
      // The system under test sends to the proxy; the proxy to our simulator on poort + 1.
      const sut = await startSimulator({ config: testConfig(rol, 'wmo', { sutUrl: p.url }), poort, data: tijdelijk('rechter-extern') });
      systemen.set(rol, { sut, poort, reeks: tijdelijk('rechter-reeks') });
    }
  });
  after(async () => {
    for (const { sut } of systemen.values()) await sut.stop();
    await p.stop();
  });

  async function draai(rol: Rol, knoeien: string) {
    const { sut, poort, reeks } = systemen.get(rol)!;
    onze = `http://127.0.0.1:${poort + 1}`;
    p.stand.knoeien = KNOEIEN[knoeien]!;
    p.stand.geknoeid = 0;
    const s = await draaiSuite({
      rollen: [rol],
      domeinen: ['wmo'],
      sutUrl: sut.url!,
      trigger: sut.url!,
      poort: poort + 1,
      tags: '@uitwisseling',
      timeoutMs: 5000,
      rapport: tijdelijk('rechter-rapport'),
      data: reeks,
      fouten: [],
      rapporten: false,
      log: () => {},
    });
    assert.equal(s.scenarios.totaal, 1);
    return { s, geknoeid: p.stand.geknoeid, melding: s.gefaald.map((g) => g.melding).join('\n') };
  }

  for (const rol of ['gemeente', 'aanbieder'] as const) {
    it(`systeem onder test ${rol}: door een proxy die niets verandert slaagt het scenario`, async () => {
      const { s, melding } = await draai(rol, 'niets');
      assert.equal(s.scenarios.gefaald, 0, melding);
    });

    it(`systeem onder test ${rol}: een andere Ontvanger in een heenbericht van het systeem faalt het scenario`, async () => {
      const { s, geknoeid, melding } = await draai(rol, 'ontvanger');
      assert.ok(geknoeid > 0, 'de proxy veranderde een heenbericht');
      assert.equal(s.scenarios.gefaald, 1);
      assert.match(melding, /Ontvanger/);
      // The gemeente sends to an aanbieder (AGB code), the aanbieder to a gemeente (CBS code).
      assert.match(melding, rol === 'gemeente' ? /Ontvanger 87654321 is niet deze partij/ : /Ontvanger 0363 is niet deze partij/);
    });

    it(`systeem onder test ${rol}: een heenbericht dat twee keer aankomt faalt het scenario (TR056)`, async () => {
      const { s, geknoeid, melding } = await draai(rol, 'dubbel');
      assert.ok(geknoeid > 0);
      assert.equal(s.scenarios.gefaald, 1);
      assert.match(melding, /TR056 .*al eerder gebruikt/);
      assert.deepEqual(s.gefaald[0]!.regels.includes('TR056'), true);
    });

    it(`systeem onder test ${rol}: een retourbericht dat de Header van het heenbericht niet overneemt faalt het scenario (IV028)`, async () => {
      const { s, geknoeid, melding } = await draai(rol, 'retour-kopie');
      assert.ok(geknoeid > 0, 'de proxy veranderde een retourbericht');
      assert.equal(s.scenarios.gefaald, 1);
      assert.match(melding, /IV028 \/Bericht\/Header\/BerichtIdentificatie\/Dagtekening/);
    });
  }
});
