/**
 * The simulator under what breaks services: kill -9 in the middle of a message, two processes on one
 * --data, a stored session that cannot load, hostile and huge files in the inbox, a batch of thousands
 * of files, a SUT that is down, a user who gets a port or a directory wrong. Each case is one that
 * broke the simulator before (issue 13); the processes are real child processes where it matters.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteOpslag } from '../simulator/dienst/opslag/sqlite';
import type { SessieConfig } from '../simulator/dienst/sessie';
import { startSimulator } from '../simulator/dienst/starten';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { SimulatorClient } from '../scenarios/client';
import { declaratie } from '../bench/berichten';
import { ketentest } from './bronnen';
import { ketentestKind, startKind } from './kind';
import { telSut, totDat, wacht } from './sut';
import { testConfig } from './tweesimulatoren';

/** Temporary directories of this file, removed at the end (stores of some hundreds of MB add up). */
const mappen: string[] = [];
const tijdelijk = (naam: string) => {
  const m = mkdtempSync(path.join(os.tmpdir(), `ketentest-${naam}-`));
  mappen.push(m);
  return m;
};
after(() => {
  for (const m of mappen) rmSync(m, { recursive: true, force: true });
});

const s = new Sjablonen('wmo', { dagtekening: '2026-06-30', prefix: 'B' });
const verzoek = (i: number) => schrijfXml('WMO315', s.vot({ referentie: `R${i}`, ingang: '2026-08-01', eind: '2026-12-31' }).bericht);
const post = async (url: string, xml: string) => {
  const r = await fetch(`${url}/berichten`, { method: 'POST', body: xml });
  assert.equal(r.status, 202, await r.clone().text());
  return ((await r.json()) as { id: string }).id;
};

describe('kill -9 midden in het werk', () => {
  it('een bericht dat werd verwerkt toen het proces stierf, wordt na de herstart precies één keer verwerkt (geen tweede retour, geen TR056 op zichzelf)', async () => {
    // A declaratie large enough that its processing (schema, rules, the 325) takes a while.
    const xml = schrijfXml('WMO323', declaratie(3000));
    const config: SessieConfig = testConfig('gemeente', 'wmo');
    // How long processing takes here and now, to kill at points within it.
    const meet = await startKind({ config, data: tijdelijk('crash-meting'), systeemdatum: '2026-06-30' });
    let duur: number;
    try {
      const begin = Date.now();
      const id = await post(meet.url, xml);
      await new SimulatorClient(meet.url).bericht(id, 60_000);
      duur = Date.now() - begin;
    } finally {
      await meet.stop();
    }
    for (const fractie of [0.35, 0.5, 0.6, 0.7, 0.85]) {
      const data = tijdelijk('crash');
      const k = await startKind({ config, data, systeemdatum: '2026-06-30' });
      const begin = Date.now();
      const id = await post(k.url, xml);
      await wacht(Math.max(0, duur * fractie - (Date.now() - begin)));
      await k.doodt();
      const opnieuw = await startKind({ config, data });
      try {
        const c = new SimulatorClient(opnieuw.url);
        const b = await c.bericht(id, 60_000);
        assert.equal(b.status, 'verwerkt', `na ${Math.round(fractie * 100)} %: ${JSON.stringify(b.bevindingen.slice(0, 3))}`);
        assert.ok(b.gerelateerd, 'een retourbericht');
        const retours = (await c.berichten({ richting: 'uit' })).filter((x) => x.gerelateerd === id);
        assert.equal(retours.length, 1, `precies één retour na ${Math.round(fractie * 100)} % (${retours.length})`);
        assert.ok(!b.bevindingen.some((x) => x.regel === 'TR056'), 'niet als dubbel van zichzelf beoordeeld');
      } finally {
        await opnieuw.stop();
      }
    }
  });

  it('een retour die nog wachtte op aflevering wordt na de herstart afgeleverd zonder dat er een nieuw bericht komt, precies één keer', async () => {
    const doel = await telSut();
    try {
      doel.zetPlat(true);
      const data = tijdelijk('wachtend');
      const config = testConfig('gemeente', 'wmo', { sutUrl: doel.url });
      const k = await startKind({ config, data, systeemdatum: '2026-06-30' });
      const id = await post(k.url, verzoek(1));
      const c = new SimulatorClient(k.url);
      const heen = await c.bericht(id, 10_000);
      await totDat(10_000, async () => ((await c.bericht(heen.gerelateerd!)).pogingen > 0 ? true : undefined), 'een mislukte poging');
      await k.doodt();
      doel.zetPlat(false);
      const opnieuw = await startKind({ config, data });
      try {
        await totDat(15_000, () => (doel.ontvangen.length ? true : undefined), 'aflevering na de herstart');
        await wacht(500);
        assert.deepEqual(doel.ontvangen, [heen.gerelateerd]);
        assert.equal((await new SimulatorClient(opnieuw.url).bericht(heen.gerelateerd!)).afleverstatus, 'afgeleverd');
      } finally {
        await opnieuw.stop();
      }
    } finally {
      await doel.stop();
    }
  });
});

describe('een SUT die plat ligt', () => {
  it('krijgt na de storing elke retour precies één keer, in volgorde', async () => {
    const doel = await telSut();
    const sim = await startSimulator({ config: testConfig('gemeente', 'wmo', { sutUrl: doel.url }), poort: 0, data: tijdelijk('storing'), systeemdatum: '2026-06-30' });
    try {
      doel.zetPlat(true);
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push(await post(sim.url!, verzoek(i)));
      await sim.sessie.klaar();
      await wacht(1500);
      assert.equal(doel.ontvangen.length, 0);
      doel.zetPlat(false);
      const c = new SimulatorClient(sim.url!);
      const retours = await Promise.all(ids.map(async (id) => (await c.bericht(id)).gerelateerd!));
      await totDat(20_000, () => (doel.ontvangen.length >= 20 ? true : undefined), 'alle retours afgeleverd');
      await wacht(300);
      assert.deepEqual(doel.ontvangen, retours, 'elk één keer, in de volgorde van de heenberichten');
      assert.equal((await c.gezondheid()).wachtendOpAflevering, 0);
    } finally {
      await sim.stop();
      await doel.stop();
    }
  });
});

describe('één --data, één proces', () => {
  it('een tweede proces op dezelfde map stopt met een duidelijke melding (exitcode 2); na kill -9 van het eerste start het wel', async () => {
    const data = tijdelijk('slot');
    const eerste = await ketentestKind('--rol', 'gemeente', '--domein', 'wmo', '--poort', '0', '--data', data);
    try {
      const tweede = ketentest('simulator', '--rol', 'gemeente', '--domein', 'wmo', '--poort', '0', '--data', data);
      assert.equal(tweede.status, 2, tweede.stderr);
      assert.match(tweede.stderr, /^ketentest simulator: de datamap .* is in gebruik door een ander ketentest-proces/);
      assert.equal(tweede.stderr.trim().split('\n').length, 1, 'één regel');
      // The first keeps working.
      assert.equal((await new SimulatorClient(eerste.url).gezondheid()).status, 'ok');
    } finally {
      await eerste.doodt();
    }
    const derde = await ketentestKind('--rol', 'gemeente', '--domein', 'wmo', '--poort', '0', '--data', data);
    await derde.stop();
  });
});

describe('fouten van de gebruiker zijn één Nederlandse regel en exitcode 2', () => {
  it('een bezette poort, een --data die een bestand is, een --bronnen van de verkeerde vorm', async () => {
    const bezet = createServer();
    await new Promise<void>((r) => bezet.listen(0, '127.0.0.1', () => r()));
    const poort = String((bezet.address() as AddressInfo).port);
    const map = tijdelijk('gebruiker');
    const bestand = path.join(map, 'geen-map');
    writeFileSync(bestand, 'x');
    const bronnen = path.join(map, 'bronnen.json');
    writeFileSync(bronnen, JSON.stringify({ gemeenten: [{ code: 384, naam: 'Diemen' }] }));
    try {
      for (const [args, melding] of [
        [['--poort', poort, '--data', path.join(map, 'a')], new RegExp(`poort ${poort} op 127\\.0\\.0\\.1 is al in gebruik`)],
        [['--poort', '0', '--data', bestand], /de datamap .*geen-map kan niet aangemaakt worden \(EEXIST\)/],
        [['--poort', '0', '--data', path.join(map, 'b'), '--bronnen', bronnen], /bronnenbestand .* klopt niet: \/gemeenten\/0\/code: verwacht tekst/],
        [['--poort', '0', '--data', path.join(map, 'c'), '--inbox', bestand], /de inbox .*geen-map kan niet aangemaakt worden/],
      ] as const) {
        const r = ketentest('simulator', '--rol', 'gemeente', '--domein', 'wmo', ...args);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, melding);
        assert.equal(r.stderr.trim().split('\n').length, 1, `één regel: ${r.stderr}`);
        assert.doesNotMatch(r.stderr, /interne fout|TypeError|\n\s+at /);
      }
    } finally {
      bezet.close();
    }
  });
});

describe('een opgeslagen sessie die niet laadt', () => {
  it('wordt gemeld en overgeslagen: de simulator start, de rest werkt', async () => {
    const data = tijdelijk('vergiftigd');
    const opslag = new SqliteOpslag(data);
    await opslag.bewaarSessie({
      id: 'kapot',
      token_hash: null,
      config: { ...testConfig('gemeente', 'wmo'), bronnen: { gemeenten: 'Diemen' } } as unknown as SessieConfig,
      systeemdatum: null,
      aangemaakt: '2026-01-01T00:00:00Z',
    });
    await opslag.bewaarSessie({ id: 'ook-kapot', token_hash: null, config: 'geen json' as unknown as SessieConfig, systeemdatum: null, aangemaakt: '2026-01-02T00:00:00Z' });
    await opslag.sluit();
    const meldingen: string[] = [];
    const sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data, systeemdatum: '2026-06-30', meld: (t) => meldingen.push(t) });
    try {
      assert.equal(meldingen.length, 2, meldingen.join('\n'));
      assert.match(meldingen[0]!, /sessie kapot wordt overgeslagen: de opgeslagen configuratie is onbruikbaar: \/bronnen\/gemeenten: verwacht/);
      assert.match(meldingen[1]!, /sessie ook-kapot wordt overgeslagen/);
      const id = await post(sim.url!, verzoek(1));
      assert.ok((await new SimulatorClient(sim.url!).bericht(id, 5000)).gerelateerd);
      assert.equal((await fetch(`${sim.url}/sessies/kapot/gezondheid`)).status, 401);
    } finally {
      await sim.stop();
    }
  });
});

describe('de inbox', () => {
  it('volgt geen koppeling, opent geen FIFO, leest geen bestand boven de grens, kan lange en rare namen aan, wacht op .part', async () => {
    const map = tijdelijk('inbox');
    const inbox = path.join(map, 'inbox');
    mkdirSync(inbox);
    const geheim = path.join(map, 'geheim.txt');
    writeFileSync(geheim, 'root:x:0:0:GEHEIM:/root:/bin/bash\n');
    symlinkSync(geheim, path.join(inbox, 'passwd.xml'));
    symlinkSync('/etc', path.join(inbox, 'map.xml'));
    execFileSync('mkfifo', [path.join(inbox, 'pijp.xml')]);
    const reus = path.join(inbox, 'reus.xml');
    writeFileSync(reus, '');
    truncateSync(reus, 1024 ** 3); // 1 GiB, sparse: it must be refused by its size, never read
    const lang = `${'x'.repeat(246)}.xml`; // 250 characters: with .fout.txt beside it, longer than a file name may be
    writeFileSync(path.join(inbox, lang), 'geen bericht');
    writeFileSync(Buffer.concat([Buffer.from(`${inbox}/`), Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x78, 0x6d, 0x6c])]), verzoek(2)); // not UTF-8
    writeFileSync(path.join(inbox, 'regel\nbreuk.xml'), verzoek(3));
    writeFileSync(path.join(inbox, 'half.xml.part'), verzoek(4).slice(0, 100));

    const meldingen: string[] = [];
    const sim = await startSimulator({
      config: testConfig('gemeente', 'wmo'),
      poort: 0,
      data: path.join(map, 'data'),
      inbox,
      inboxIntervalMs: 30,
      systeemdatum: '2026-06-30',
      meld: (t) => meldingen.push(t),
    });
    try {
      const c = new SimulatorClient(sim.url!);
      const over = () => readdirSync(inbox).filter((f) => f !== 'verwerkt' && f !== 'afgekeurd');
      await totDat(20_000, () => (over().length === 1 ? true : undefined), `alleen het .part-bestand blijft (${over().join(', ')})`);
      await sim.inbox!.klaar();
      assert.deepEqual(over(), ['half.xml.part']);
      const afgekeurd = readdirSync(path.join(inbox, 'afgekeurd'));
      const uitleg = (naam: string) => readFileSync(path.join(inbox, 'afgekeurd', `${naam}.fout.txt`), 'utf8');
      assert.match(uitleg('passwd.xml'), /symbolische koppeling/);
      assert.match(uitleg('map.xml'), /symbolische koppeling/);
      assert.match(uitleg('pijp.xml'), /geen gewoon bestand/);
      assert.match(uitleg('reus.xml'), /1024\.0 MB, groter dan de grens van 50\.0 MB/);
      const langeUitleg = afgekeurd.find((f) => f.endsWith('.fout.txt') && f.startsWith('xxxx') && !f.startsWith(lang));
      assert.ok(langeUitleg, `een ingekorte naam voor ${lang.length} tekens: ${afgekeurd.join(', ')}`);
      assert.match(readFileSync(path.join(inbox, 'afgekeurd', langeUitleg), 'utf8'), new RegExp(`Bestand: ${lang}`));
      // Nothing of the secret reached the log, and what could be read was processed.
      const log = await c.berichten();
      assert.ok(!JSON.stringify(await c.pagina({ limit: 1000, xml: true })).includes('GEHEIM'), 'de inhoud achter de koppeling is nooit gelezen');
      assert.equal(log.filter((b) => b.richting === 'in' && b.status === 'verwerkt').length, 2, 'de twee berichten met rare namen');
      assert.deepEqual(meldingen, []);
      // The writer renames the .part when it is complete: then it is taken.
      writeFileSync(path.join(inbox, 'half.xml.part'), verzoek(4));
      renameSync(path.join(inbox, 'half.xml.part'), path.join(inbox, 'half.xml'));
      await totDat(10_000, () => (over().length === 0 ? true : undefined), 'het hernoemde bestand genomen');
      await totDat(10_000, async () => ((await c.berichten({ richting: 'in', status: 'verwerkt' })).length === 3 ? true : undefined), 'verwerkt');
    } finally {
      await sim.stop();
    }
    // And a restart on the same inbox and data goes well.
    const opnieuw = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: path.join(map, 'data'), inbox, inboxIntervalMs: 30 });
    await opnieuw.stop();
  });

  it('5.000 bestanden in één keer: alles verwerkt of afgekeurd, en /gezondheid blijft antwoorden', async () => {
    const map = tijdelijk('partij');
    const inbox = path.join(map, 'inbox');
    mkdirSync(inbox);
    const n = 5000;
    const goed = 200;
    for (let i = 0; i < n; i++) writeFileSync(path.join(inbox, `b${String(i).padStart(5, '0')}.xml`), i < goed ? verzoek(1000 + i) : `onzin ${i}`);
    const sim = await startSimulator({ config: testConfig('gemeente', 'wmo'), poort: 0, data: path.join(map, 'data'), inbox, inboxIntervalMs: 50, systeemdatum: '2026-06-30' });
    try {
      let langste = 0;
      let klaar = false;
      const peiler = (async () => {
        while (!klaar) {
          const begin = Date.now();
          const r = await fetch(`${sim.url}/gezondheid`);
          assert.equal(r.status, 200);
          await r.json();
          langste = Math.max(langste, Date.now() - begin);
          await wacht(20);
        }
      })();
      await totDat(120_000, () => (readdirSync(inbox).length === 2 ? true : undefined), 'de inbox leeg');
      await sim.inbox!.klaar();
      await sim.sessie.klaar();
      klaar = true;
      await peiler;
      assert.equal(readdirSync(path.join(inbox, 'verwerkt')).length, goed);
      assert.equal(readdirSync(path.join(inbox, 'afgekeurd')).length, 2 * (n - goed), 'elk afgekeurd bestand met zijn uitleg');
      // Liveness, not speed: before, /gezondheid took minutes while a batch was processed.
      assert.ok(langste < 5000, `/gezondheid antwoordde binnen 5 s (langste ${langste} ms)`);
    } finally {
      await sim.stop();
    }
  });
});

describe('een herstart na een crash', () => {
  it('leest een log met half afgemaakte zaken: geen crash, onverwerkte berichten worden alsnog verwerkt', async () => {
    const data = tijdelijk('herstel');
    const k = await startKind({ config: testConfig('gemeente', 'wmo'), data, systeemdatum: '2026-06-30' });
    const eerder = await post(k.url, verzoek(1999));
    await k.doodt();
    // What a crash right after the 202s leaves: messages stored as received, not yet judged or answered.
    const log = new SqliteOpslag(data);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = randomUUID();
      ids.push(id);
      const xml = verzoek(2000 + i);
      await log.ontvang({
        id,
        sessie: 'standaard',
        richting: 'in',
        transport: 'http',
        envelop: { transport: 'http' },
        berichttype: 'WMO315',
        bsn: null,
        identificatie: null,
        xml,
        origineel: Buffer.from(xml, 'utf8'),
        status: 'ontvangen',
        bevindingen: null,
        retourcodes: null,
        gerelateerd: null,
        afleverstatus: 'niet-van-toepassing',
        pogingen: 0,
        laatste_fout: null,
        volgende_poging: null,
        tijdstip: new Date().toISOString(),
      });
    }
    await log.sluit();
    const opnieuw = await startKind({ config: testConfig('gemeente', 'wmo'), data });
    try {
      const c = new SimulatorClient(opnieuw.url);
      for (const id of ids) {
        const b = await c.bericht(id, 10_000);
        assert.equal(b.status, 'verwerkt', id);
      }
      const uit = await c.berichten({ richting: 'uit' });
      assert.equal(uit.length, 41, 'één retour per bericht, ook op dat van vóór de crash');
      assert.deepEqual(new Set(uit.map((x) => x.gerelateerd)), new Set([eerder, ...ids]));
    } finally {
      await opnieuw.stop();
    }
  });
});
