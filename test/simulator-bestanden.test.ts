/**
 * The file transport: two simulators exchange messages through directories only (each one's outbox
 * is the other's inbox) and complete the same flows as over HTTP. Processed files move to verwerkt/,
 * refused ones to afgekeurd/ with an explanation beside them; nothing is deleted.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Domein } from '../simulator/standaard/woorden';
import { startSimulator } from '../simulator/dienst/starten';
import { SimulatorClient } from '../scenarios/client';
import { CASUISTIEK } from '../scenarios/casuistiek';
import { scenarioVan } from '../steps/features';
import { httpDriver, speelEnControleer, Speler } from '../scenarios/speler';
import { testConfig } from './tweesimulatoren';

const CASUSSEN = ['casus-2', 'casus-4', 'vot-toewijzen-na-onderzoek', 'vow-direct-toewijzen', 'start-corrigeren', 'declareren-credit', 'schema-afkeur-start'];

async function paar(domein: Domein) {
  const map = mkdtempSync(path.join(os.tmpdir(), `ketentest-bestanden-${domein}-`));
  const naarGemeente = path.join(map, 'naar-gemeente');
  const naarAanbieder = path.join(map, 'naar-aanbieder');
  const gemeente = await startSimulator({
    config: testConfig('gemeente', domein, { outbox: naarAanbieder }),
    inbox: naarGemeente,
    poort: 0,
    data: ':memory:',
    inboxIntervalMs: 30,
  });
  const aanbieder = await startSimulator({
    config: testConfig('aanbieder', domein, { outbox: naarGemeente }),
    inbox: naarAanbieder,
    poort: 0,
    data: ':memory:',
    inboxIntervalMs: 30,
  });
  return { map, naarGemeente, naarAanbieder, gemeente, aanbieder };
}

describe('bestandstransport', () => {
  for (const domein of ['wmo', 'jw'] as const) {
    it(`${domein}: twee simulatoren voltooien de stromen via mappen`, async () => {
      const p = await paar(domein);
      try {
        const g = new SimulatorClient(p.gemeente.url!);
        const a = new SimulatorClient(p.aanbieder.url!);
        for (const id of CASUSSEN) {
          await g.reset();
          await a.reset();
          const sutRol = CASUISTIEK.find((c) => c.id === id)!.sutRollen[0]!;
          const plan = scenarioVan(id, domein, sutRol)!;
          const [tegenpartij, sut] = sutRol === 'gemeente' ? [a, g] : [g, a];
          const r = await speelEnControleer(new Speler({ domein, sutRol, tegenpartij, sut: httpDriver(sut, true), timeoutMs: 5000 }), plan.stappen, sutRol);
          assert.deepEqual(
            r.flatMap((x, i) => x.fouten.map((f) => `${id} stap ${i + 1}: ${f}`)),
            [],
          );
        }
        // Every message went through a file: all inbox files are in verwerkt/ or afgekeurd/, none left, none deleted.
        for (const [inbox, sim] of [
          [p.naarGemeente, p.gemeente],
          [p.naarAanbieder, p.aanbieder],
        ] as const) {
          await sim.inbox!.klaar();
          const over = readdirSync(inbox).filter((f) => f.endsWith('.xml'));
          assert.deepEqual(over, [], 'geen onverwerkte bestanden');
          const verwerkt = readdirSync(path.join(inbox, 'verwerkt'));
          const afgekeurd = readdirSync(path.join(inbox, 'afgekeurd')).filter((f) => f.endsWith('.xml'));
          assert.ok(verwerkt.length > 10, `${verwerkt.length} verwerkt`);
          for (const f of afgekeurd) assert.ok(existsSync(path.join(inbox, 'afgekeurd', `${f}.fout.txt`)), `uitleg bij ${f}`);
        }
        // The schema-rejected start lies in the gemeente's afgekeurd/ with its explanation.
        const afgekeurd = readdirSync(path.join(p.naarGemeente, 'afgekeurd')).filter((f) => f.endsWith('.fout.txt'));
        assert.equal(afgekeurd.length, 1);
        assert.match(readFileSync(path.join(p.naarGemeente, 'afgekeurd', afgekeurd[0]!), 'utf8'), /2026-02-30/);
      } finally {
        await p.gemeente.stop();
        await p.aanbieder.stop();
      }
    });
  }

  it('een bestand dat geen bericht is gaat naar afgekeurd/ met uitleg; half geschreven bestanden wachten', async () => {
    const p = await paar('wmo');
    try {
      writeFileSync(path.join(p.naarGemeente, 'onzin.xml'), 'dit is geen bericht');
      writeFileSync(path.join(p.naarGemeente, '.bezig.xml.tmp'), '<half');
      await new Promise((r) => setTimeout(r, 300));
      await p.gemeente.inbox!.klaar();
      const uitleg = path.join(p.naarGemeente, 'afgekeurd', 'onzin.xml.fout.txt');
      assert.ok(existsSync(path.join(p.naarGemeente, 'afgekeurd', 'onzin.xml')));
      assert.match(readFileSync(uitleg, 'utf8'), /geen bruikbaar XML-bericht/);
      assert.ok(existsSync(path.join(p.naarGemeente, '.bezig.xml.tmp')), 'een tijdelijk bestand blijft liggen');
    } finally {
      await p.gemeente.stop();
      await p.aanbieder.stop();
    }
  });
});
