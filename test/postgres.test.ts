/**
 * The simulator on PostgreSQL, as a hosted service runs it: the casuïstiek played by a gemeente and an
 * aanbieder each on its own database; two processes behind a (round-robin) load balancer serving the
 * same sessions on one database — every message processed once, in order, every retour delivered once;
 * a process killed with kill -9 in the middle, whose work the other takes over; a stored session that
 * cannot load; the suite (`ketentest run`) against a simulator on PostgreSQL. Skipped with a message when no server is configured (KETENTEST_PG_URL; `.ci/run` starts one).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PostgresOpslag } from '../simulator/dienst/opslag/postgres';
import type { SessieConfig } from '../simulator/dienst/sessie';
import { STANDAARD_SESSIE } from '../simulator/dienst/simulator';
import { startSimulator, type DraaiendeSimulator } from '../simulator/dienst/starten';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { draaiSuite } from '../simulator/cli/run';
import { CASUISTIEK } from '../scenarios/casuistiek';
import { SimulatorClient } from '../scenarios/client';
import { httpDriver, speelEnControleer, Speler } from '../scenarios/speler';
import { declaratie } from '../bench/berichten';
import { scenarioVan } from '../steps/features';
import { startKind, type Kind } from './kind';
import { verseDatabase, zonderPostgres } from './postgres';
import { telSut, totDat, wacht } from './sut';
import { testConfig } from './tweesimulatoren';

const s = new Sjablonen('wmo', { dagtekening: '2026-06-30', prefix: 'PG' });
const verzoek = (i: number) => schrijfXml('WMO315', s.vot({ referentie: `R${i}`, ingang: '2026-08-01', eind: '2026-12-31' }).bericht);

/** Nothing waiting for delivery and nothing unprocessed. */
async function stil(c: SimulatorClient): Promise<boolean> {
  return (await c.gezondheid()).wachtendOpAflevering === 0 && (await c.pagina({ status: 'ontvangen', limit: 1 })).berichten.length === 0;
}

describe('PostgreSQL: de casuïstiek', { skip: zonderPostgres }, () => {
  const databases: { weg: () => Promise<void> }[] = [];
  let gemeente: DraaiendeSimulator;
  let aanbieder: DraaiendeSimulator;
  before(async () => {
    const [g, a] = [await verseDatabase(), await verseDatabase()];
    databases.push(g, a);
    gemeente = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: g.url });
    aanbieder = await startSimulator({ config: testConfig('aanbieder', 'wmo', { sutUrl: gemeente.url! }), poort: 0, data: a.url });
  });
  after(async () => {
    await gemeente?.stop();
    await aanbieder?.stop();
    for (const d of databases) await d.weg();
  });
  // Every case once, in one of its domains (alternating), between a gemeente and an aanbieder each on its own database.
  CASUISTIEK.forEach((casus, i) => {
    const domein = casus.domeinen[i % casus.domeinen.length]!;
    const sutRol = casus.sutRollen[0]!;
    it(`${domein}: ${casus.titel} (SUT ${sutRol})`, async () => {
      const plan = scenarioVan(casus.id, domein, sutRol)!;
      const g = new SimulatorClient(gemeente.url!);
      const a = new SimulatorClient(aanbieder.url!);
      // What the previous case still had under way (a retour on its way) must not land in this one.
      await totDat(10_000, async () => ((await stil(g)) && (await stil(a)) ? true : undefined), 'beide simulatoren stil');
      await g.reset();
      await a.reset();
      const opzet = { ...(plan.opzet.gemeente && { gemeente: plan.opzet.gemeente }), bronnen: plan.opzet.bronnen ?? {} };
      await gemeente.simulator.herconfigureer(STANDAARD_SESSIE, { ...testConfig('gemeente', domein, { ...opzet, sutUrl: aanbieder.url! }) });
      await aanbieder.simulator.herconfigureer(STANDAARD_SESSIE, {
        // herconfigureer merges with the previous case's configuration: gi is always said.
        ...testConfig('aanbieder', domein, { ...opzet, sutUrl: gemeente.url!, gi: !!plan.opzet.gi }),
      });
      const [tegenpartij, sutKant] = sutRol === 'gemeente' ? [a, g] : [g, a];
      const r = await speelEnControleer(new Speler({ domein, sutRol, tegenpartij, sut: httpDriver(sutKant, true), timeoutMs: 6000 }), plan.stappen, sutRol);
      assert.deepEqual(
        r.flatMap((x, n) => x.fouten.map((f) => `stap ${n + 1} (${x.titel}): ${f}`)),
        [],
      );
    });
  });
});

describe('PostgreSQL: twee processen achter een load balancer', { skip: zonderPostgres }, () => {
  it('bedienen samen dezelfde sessies: elk bericht één keer verwerkt, in volgorde, elke retour één keer afgeleverd', async () => {
    const db = await verseDatabase();
    const doel = await telSut();
    const config = testConfig('gemeente', 'wmo', { sutUrl: doel.url });
    const opties = { config, data: db.url, systeemdatum: '2026-06-30', veegIntervalMs: 300 };
    const a = await startKind(opties);
    const b = await startKind(opties);
    try {
      const lb = [a.url, b.url];
      // Round robin: message i goes to process i % 2, two senders at a time.
      const ids: string[] = [];
      for (let i = 0; i < 60; i += 2) {
        const paar = await Promise.all(
          [i, i + 1].map(async (n) => {
            const r = await fetch(`${lb[n % 2]}/berichten`, { method: 'POST', body: verzoek(n) });
            assert.equal(r.status, 202);
            return ((await r.json()) as { id: string }).id;
          }),
        );
        ids.push(...paar);
      }
      const ca = new SimulatorClient(a.url);
      const cb = new SimulatorClient(b.url);
      for (const [n, id] of ids.entries()) {
        const x = await (n % 2 ? ca : cb).bericht(id, 20_000);
        assert.equal(x.status, 'verwerkt', id);
        assert.ok(x.gerelateerd, `retour op ${id}`);
      }
      const uit = await ca.berichten({ richting: 'uit' });
      assert.equal(uit.length, 60, 'één retour per bericht');
      await totDat(20_000, () => (doel.ontvangen.length >= 60 ? true : undefined), 'alle retours afgeleverd');
      await wacht(500);
      assert.equal(doel.ontvangen.length, 60, 'geen retour twee keer afgeleverd');
      assert.deepEqual(
        doel.ontvangen,
        uit.map((x) => x.id),
        'afgeleverd in de volgorde van het log',
      );
      // The log is in arrival order and processing followed it: retours are in the order of their heenberichten.
      const inkomend = await cb.berichten({ richting: 'in' });
      assert.deepEqual(
        uit.map((x) => x.gerelateerd),
        inkomend.map((x) => x.id),
      );

      // A session made through one process is served by the other; its clock and reset too.
      const maak = await fetch(`${a.url}/sessies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rol: 'gemeente', domein: 'jw' }) });
      const sessie = (await maak.json()) as { id: string; token: string; basis: string };
      const viaA = new SimulatorClient(`${a.url}${sessie.basis}`, sessie.token);
      const viaB = new SimulatorClient(`${b.url}${sessie.basis}`, sessie.token);
      assert.equal((await viaB.gezondheid()).domein, 'jw');
      await viaA.klok('2026-03-01');
      assert.equal(
        ((await (await fetch(`${b.url}${sessie.basis}/klok`, { headers: { authorization: `Bearer ${sessie.token}` } })).json()) as { systeemdatum: string }).systeemdatum,
        '2026-03-01',
      );
      assert.equal((await fetch(`${b.url}${sessie.basis}/gezondheid`, { headers: { authorization: 'Bearer fout' } })).status, 401);
      await cb.reset();
      assert.equal((await ca.berichten()).length, 0, 'de reset via B geldt ook via A');
    } finally {
      await a.stop();
      await b.stop();
      await doel.stop();
      await db.weg();
    }
  });

  it('kill -9 van één proces midden in het werk: het andere neemt verwerking en aflevering over, niets dubbel', async () => {
    const db = await verseDatabase();
    const doel = await telSut();
    const config = testConfig('gemeente', 'wmo', { sutUrl: doel.url });
    const opties = { config, data: db.url, systeemdatum: '2026-06-30', veegIntervalMs: 300, afleverLeaseMs: 1500 };
    const a = await startKind(opties);
    let b: Kind | undefined;
    try {
      // A large declaratie, then small messages behind it: A dies while it processes the declaratie.
      const groot = schrijfXml('WMO323', declaratie(3000));
      const ids: string[] = [];
      for (const xml of [groot, ...Array.from({ length: 20 }, (_, i) => verzoek(100 + i))]) {
        const r = await fetch(`${a.url}/berichten`, { method: 'POST', body: xml });
        assert.equal(r.status, 202);
        ids.push(((await r.json()) as { id: string }).id);
      }
      await wacht(300);
      await a.doodt();
      b = await startKind(opties);
      const c = new SimulatorClient(b.url);
      for (const id of ids) {
        const x = await c.bericht(id, 30_000);
        assert.equal(x.status, 'verwerkt', id);
        assert.ok(!x.bevindingen.some((f) => f.regel === 'TR056'), 'niet als dubbel van zichzelf beoordeeld');
      }
      const uit = await c.berichten({ richting: 'uit' });
      assert.equal(uit.length, ids.length, 'één retour per bericht');
      await totDat(20_000, () => (new Set(doel.ontvangen).size >= ids.length ? true : undefined), 'alle retours afgeleverd');
      await wacht(500);
      assert.equal(new Set(doel.ontvangen).size, ids.length);
    } finally {
      await b?.stop();
      await doel.stop();
      await db.weg();
    }
  });

  it('afleveren vanuit twee processen tegelijk: elk bericht precies één keer genomen, in volgorde', async () => {
    const db = await verseDatabase();
    const [p1, p2] = [await PostgresOpslag.open(db.url), await PostgresOpslag.open(db.url)];
    try {
      await p1.bewaarSessie({ id: 's', token_hash: null, config: testConfig('gemeente', 'wmo'), systeemdatum: null, aangemaakt: '2026-01-01T00:00:00Z' });
      const ids = Array.from({ length: 300 }, (_, i) => `b${String(i).padStart(3, '0')}`);
      await p1.beurt('s', async (b) => {
        for (const id of ids)
          await b.voegToe({
            id,
            sessie: 's',
            richting: 'uit',
            transport: 'http',
            envelop: { transport: 'http' },
            berichttype: 'WMO316',
            bsn: null,
            identificatie: id,
            xml: '<x/>',
            status: 'verwerkt',
            bevindingen: null,
            retourcodes: null,
            gerelateerd: null,
            afleverstatus: 'wachtend',
            pogingen: 0,
            laatste_fout: null,
            volgende_poging: null,
            tijdstip: '2026-01-01T00:00:00Z',
          });
      });
      // Two delivery loops, one per "process", as fast as they can: lease the head, deliver, record.
      const afgeleverd: string[] = [];
      const lus = async (o: PostgresOpslag) => {
        for (;;) {
          const t = await o.neemAflevering('s', 60_000);
          if (t.soort === 'leeg') return;
          if (t.soort === 'later') {
            await wacht(1);
            continue;
          }
          afgeleverd.push(t.rij.id);
          await o.legAfleveringVast(t.rij.id, { afleverstatus: 'afgeleverd', pogingen: 1, laatste_fout: null, volgende_poging: null, envelop: t.rij.envelop });
        }
      };
      await Promise.all([p1, p2, p1, p2, p1, p2, p1, p2].map(lus));
      assert.deepEqual(afgeleverd, ids, 'elk één keer, in volgorde');
    } finally {
      await p1.sluit();
      await p2.sluit();
      await db.weg();
    }
  });

  it('een opgeslagen sessie die niet laadt wordt gemeld en overgeslagen', async () => {
    const db = await verseDatabase();
    try {
      const opslag = await PostgresOpslag.open(db.url);
      await opslag.bewaarSessie({
        id: 'kapot',
        token_hash: null,
        config: { ...testConfig('gemeente', 'wmo'), bronnen: { tarieven: 'geen' } } as unknown as SessieConfig,
        systeemdatum: null,
        aangemaakt: '2026-01-01T00:00:00Z',
      });
      await opslag.sluit();
      const meldingen: string[] = [];
      const sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: db.url, systeemdatum: '2026-06-30', meld: (t) => meldingen.push(t) });
      try {
        assert.match(meldingen.join('\n'), /sessie kapot wordt overgeslagen: de opgeslagen configuratie is onbruikbaar: \/bronnen\/tarieven: verwacht een lijst/);
        const r = await fetch(`${sim.url}/berichten`, { method: 'POST', body: verzoek(1) });
        const id = ((await r.json()) as { id: string }).id;
        assert.ok((await new SimulatorClient(sim.url!).bericht(id, 5000)).gerelateerd);
      } finally {
        await sim.stop();
      }
    } finally {
      await db.weg();
    }
  });
});

describe('PostgreSQL: de suite tegen een simulator op PostgreSQL', { skip: zonderPostgres }, () => {
  // `ketentest run` (Gherkin, steps, the judge) against a system under test that is a simulator on a PostgreSQL
  // store, as a hosted one runs: every scenario of one domain, both roles, nothing failing.
  for (const rol of ['gemeente', 'aanbieder'] as const) {
    it(`systeem onder test ${rol} (wmo)`, async () => {
      const db = await verseDatabase();
      const rapport = mkdtempSync(path.join(os.tmpdir(), 'ketentest-pg-rapport-'));
      const poort = 21_000 + Math.floor(Math.random() * 1000) * 2;
      const sut = await startSimulator({
        config: testConfig(rol, 'wmo', { sutUrl: `http://127.0.0.1:${poort + 1}`, bronnen: scenarioVan('contracttarief', 'wmo', 'gemeente')!.opzet.bronnen! }),
        poort,
        data: db.url,
      });
      try {
        const s = await draaiSuite({
          rollen: [rol],
          domeinen: ['wmo'],
          sutUrl: sut.url!,
          trigger: sut.url!,
          poort: poort + 1,
          tags: 'not @opzet-gi',
          timeoutMs: 8000,
          nawachtMs: 0,
          rapport,
          fouten: [],
          rapporten: false,
          log: () => {},
        });
        assert.deepEqual(
          s.gefaald.map((g) => `${g.scenario}: ${g.melding.slice(0, 400)}`),
          [],
        );
        assert.ok(s.scenarios.totaal >= 25, `${s.scenarios.totaal} scenario's`);
      } finally {
        await sut.stop();
        await db.weg();
        rmSync(rapport, { recursive: true, force: true });
      }
    });
  }
});

describe('PostgreSQL: het log op transportreferentie', { skip: zonderPostgres }, () => {
  it('vindt een bericht op de referentie van zijn envelop (de dubbelcontrole van VSP), via de index', async () => {
    const db = await verseDatabase();
    const opslag = await PostgresOpslag.open(db.url);
    try {
      await opslag.bewaarSessie({ id: 's', token_hash: null, config: testConfig('aanbieder', 'jw'), systeemdatum: null, aangemaakt: '2026-01-01T00:00:00Z' });
      const rij = (id: string, transport: string, referentie?: string) => ({
        id,
        sessie: 's',
        richting: 'in' as const,
        transport,
        envelop: { transport, ...(referentie && { referentie }) },
        berichttype: 'JW315' as const,
        bsn: null,
        identificatie: null,
        xml: '<x/>',
        status: 'afgekeurd' as const,
        bevindingen: null,
        retourcodes: null,
        gerelateerd: null,
        afleverstatus: 'niet-van-toepassing' as const,
        pogingen: 0,
        laatste_fout: null,
        volgende_poging: null,
        tijdstip: new Date().toISOString(),
      });
      await opslag.ontvang(rij('a', 'vsp', 'ref-1'));
      await opslag.ontvang(rij('b', 'vsp', 'ref-2'));
      await opslag.ontvang(rij('c', 'stuf-ggk', 'ref-1'));
      await opslag.ontvang(rij('d', 'vsp'));
      const ids = async (f: { transport: string; referentie?: string }) => (await opslag.berichten('s', f, { limiet: 10 })).map((r) => r.id);
      assert.deepEqual(await ids({ transport: 'vsp', referentie: 'ref-1' }), ['a']);
      assert.deepEqual(await ids({ transport: 'vsp', referentie: 'ref-3' }), []);
      assert.deepEqual(await ids({ transport: 'vsp' }), ['a', 'b', 'd']);
    } finally {
      await opslag.sluit();
      await db.weg();
    }
  });
});
