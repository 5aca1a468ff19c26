/**
 * The web view in a real browser: Debian's Chromium, headless, driven by playwright-core (no browser
 * download). What a tester sees: a session's timeline per client with heen and retour paired and the
 * retourcodes coloured, one message in detail, the token gate (no data of a protected session without
 * its token, not with another session's token), a live run of the suite against the reference, and a
 * `--handmatig` step completed with the "Gedaan" button while the test plays the system under test.
 *
 * Skips (saying so) only when there is no Chromium; with KETENTEST_BROWSER_VERPLICHT=1 (.ci/run) a
 * missing Chromium fails instead.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { vindChromium } from '../simulator/cli/bewijs/pdf';
import { Liveweergave } from '../simulator/cli/live/liveweergave';
import { draaiSuite } from '../simulator/cli/run';
import { startSimulator, type DraaiendeSimulator } from '../simulator/dienst/starten';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { instructies, type Instructie } from '../scenarios/handmatig';
import { doe, handmatigeRun, startSut } from './tester';
import { testConfig } from './tweesimulatoren';

const CHROMIUM = vindChromium();
const VERPLICHT = process.env.KETENTEST_BROWSER_VERPLICHT === '1';
if (!CHROMIUM) {
  if (VERPLICHT) throw new Error('geen Chromium gevonden, maar KETENTEST_BROWSER_VERPLICHT=1: installeer chromium (apt-get install chromium)');
  console.log('# webweergave-browser: overgeslagen, er is geen Chromium (apt-get install chromium, of KETENTEST_CHROMIUM=pad)');
}

/** The flags that keep Chromium off the network on a closed machine. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TOKEN = 'token-van-de-standaardsessie';
const ANDERE_CLIENT = '999900018';
/** A locator's text (what the page holds, shown or not). */
async function tekst(l: Locator): Promise<string> {
  return (await l.textContent()) ?? '';
}

/** The page's window as far as these tests use it (this project's TypeScript has no DOM types). */
type Venster = { getComputedStyle(e: unknown): { backgroundColor: string } };

async function logVan(sim: DraaiendeSimulator): Promise<{ id: string; richting: string; berichttype: string | null }[]> {
  const r = await fetch(`${sim.url}/berichten`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return (await r.json()) as { id: string; richting: string; berichttype: string | null }[];
}

async function totDat(f: () => Promise<boolean>): Promise<void> {
  const einde = Date.now() + 10_000;
  while (!(await f())) {
    if (Date.now() > einde) assert.fail('time-out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('de webweergave in een echte browser (Chromium)', { skip: !CHROMIUM && 'geen Chromium', timeout: 120_000 }, () => {
  let ctx: BrowserContext;
  let profiel: string;
  /** Every request the browser made to another origin than the servers of this test (none allowed). */
  const elders: string[] = [];
  const eigen = new Set<string>();

  before(async () => {
    profiel = mkdtempSync(path.join(os.tmpdir(), 'ketentest-browser-'));
    ctx = await chromium.launchPersistentContext(profiel, { executablePath: CHROMIUM!, headless: true, args: ARGS, timeout: 30_000 });
    ctx.setDefaultTimeout(15_000);
    await ctx.route('**/*', async (route) => {
      const url = route.request().url();
      if (eigen.has(new URL(url).origin)) await route.continue();
      else {
        elders.push(url);
        await route.abort();
      }
    });
  });

  after(async () => {
    await ctx?.close();
    rmSync(profiel, { recursive: true, force: true });
    assert.deepEqual(elders, [], 'de weergave vraagt niets buiten haar eigen server');
  });

  async function open(url: string): Promise<Page> {
    eigen.add(new URL(url).origin);
    const page = await ctx.newPage();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    page.on('close', () => assert.deepEqual(fouten, [], 'geen JavaScript-fouten in de pagina'));
    await page.goto(url);
    return page;
  }

  describe('een simulator met een beveiligde standaardsessie en een tweede sessie', () => {
    let sim: DraaiendeSimulator;
    let aanbieder: DraaiendeSimulator;
    let tweede: { id: string; token: string };

    before(async () => {
      // Our gemeente (its default session protected by a token) and an aanbieder: real exchanges both ways. The
      // aanbieder cannot post to a protected session (no token): the test carries its messages over, with the token.
      aanbieder = await startSimulator({ config: testConfig('aanbieder', 'wmo', { sutUrl: 'http://127.0.0.1:9' }), poort: 0, data: ':memory:', systeemdatum: '2026-06-30' });
      sim = await startSimulator({ config: testConfig('gemeente', 'wmo', { sutUrl: aanbieder.url! }), poort: 0, data: ':memory:', systeemdatum: '2026-06-30', token: TOKEN });
      const auth = { authorization: `Bearer ${TOKEN}` };
      const post = async (url: string, body: string, headers: Record<string, string>) => {
        const r = await fetch(url, { method: 'POST', headers, body });
        if (!r.ok) assert.fail(`${url}: ${r.status} ${await r.text()}`);
        return r;
      };
      /** The aanbieder's message of this type, carried to our gemeente. */
      const breng = async (type: string) => {
        let id: string | undefined;
        await totDat(async () => !!(id = (await logVan(aanbieder)).find((b) => b.richting === 'uit' && b.berichttype === type)?.id));
        const { xml } = (await (await fetch(`${aanbieder.url}/berichten/${id}`)).json()) as { xml: string };
        await post(`${sim.url}/berichten`, xml, auth);
      };
      const json = { 'content-type': 'application/json' };
      const product = { categorie: '07', code: '07A12' };
      // The gemeente assigns (301, approved by the aanbieder's 302); the aanbieder starts (305, approved by our 306).
      await post(
        `${sim.url}/acties`,
        JSON.stringify({
          actie: 'toewijzen',
          toewijzingen: [{ nummer: 1, product, ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang: { volume: 3, eenheid: '04', frequentie: '2' } }],
        }),
        { ...auth, ...json },
      );
      await breng('WMO302');
      await post(`${aanbieder.url}/acties`, JSON.stringify({ actie: 'start', toewijzingNummer: 1, product, toewijzingIngangsdatum: '2026-01-01', begindatum: '2026-01-05' }), json);
      await breng('WMO305');
      // A start of a toewijzing nobody knows, for another client (rejected), and no message at all.
      const s = new Sjablonen('wmo', { dagtekening: '2026-06-30' });
      await post(`${sim.url}/berichten`, schrijfXml('WMO305', s.start({ nummer: 77, ingang: '2026-01-01', begin: '2026-01-05' }, { bsn: ANDERE_CLIENT }).bericht), auth);
      const onzin = await fetch(`${sim.url}/berichten`, { method: 'POST', headers: auth, body: '<geen-bericht/>' });
      assert.equal(onzin.status, 400);
      const sessie = await post(`${sim.url}/sessies`, JSON.stringify({ rol: 'aanbieder', domein: 'jw' }), json);
      tweede = (await sessie.json()) as { id: string; token: string };
      const anders = await fetch(`${sim.url}/sessies/${tweede.id}/berichten`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tweede.token}` },
        body: '<ook-geen-bericht/>',
      });
      assert.equal(anders.status, 400);
      // Every exchange complete before the page looks: both starts answered.
      await totDat(async () => (await logVan(sim)).filter((b) => b.berichttype === 'WMO306').length === 2);
    });

    after(async () => {
      await sim?.stop();
      await aanbieder?.stop();
    });

    it('de tokenpoort: zonder token, met een fout token of met het token van een andere sessie geen gegevens', async () => {
      const page = await open(`${sim.url}/web/`);
      await page.locator('#log-info', { hasText: 'Geen toegang' }).waitFor();
      await page.locator('#sessie-melding', { hasText: 'beveiligd' }).waitFor();
      const zonderGegevens = async (waarom: string) => {
        await page.locator('#tijdlijn', { hasText: 'Geen gegevens zonder token' }).waitFor();
        assert.equal(await page.locator('.uitwisseling').count(), 0, waarom);
        const inhoud = await tekst(page.locator('body'));
        assert.doesNotMatch(inhoud, /999900006|WMO30/, `${waarom}: niets van de sessie in de pagina`);
      };
      await zonderGegevens('zonder token');
      const openMet = async (sessie: string, token: string) => {
        await page.fill('#sessie-id', sessie);
        await page.fill('#sessie-token', token);
        await page.click('#sessie-openen button[type=submit]');
      };
      await openMet('', 'fout-token');
      await page.locator('#sessie-melding', { hasText: 'past niet' }).waitFor();
      await zonderGegevens('met een fout token');
      await openMet('standaard', tweede.token);
      await page.locator('#sessie-melding', { hasText: 'past niet' }).waitFor();
      await zonderGegevens('met het token van de tweede sessie');
      await openMet(tweede.id, TOKEN);
      await page.locator('#sessie-melding', { hasText: 'past niet' }).waitFor();
      await zonderGegevens('de tweede sessie met het token van de standaardsessie');
      // The second session with its own token: its log (a refused message), nothing of the default session.
      await openMet(tweede.id, tweede.token);
      await page.locator('#log-info', { hasText: 'aanbieder · jw' }).waitFor();
      await page.locator('.uitwisseling').first().waitFor();
      assert.equal(await page.locator('.uitwisseling').count(), 1);
      assert.doesNotMatch(await tekst(page.locator('#tijdlijn')), /999900006|WMO30/);
      await page.close();
    });

    it('de tijdlijn: per cliënt, heen en retour gepaard, retourcodes gekleurd, filters, en een bericht in detail', async () => {
      const page = await open(`${sim.url}/web`);
      assert.ok(page.url().endsWith('/web/'), 'van /web naar /web/');
      await page.fill('#sessie-token', TOKEN);
      await page.click('#sessie-openen button[type=submit]');
      await page.locator('#log-info', { hasText: 'gemeente · wmo' }).waitFor();
      await page.locator('.uitwisseling').nth(3).waitFor();

      // One lane per client, and one for what could not be read.
      const lanen = await page.locator('.client').evaluateAll((l) => l.map((e) => e.getAttribute('data-client')));
      assert.deepEqual(lanen, ['999900006', ANDERE_CLIENT, '']);

      // The approved start: WMO305 in, our WMO306 beside it, code 0200 green.
      const goed = page.locator('.client[data-client="999900006"] .uitwisseling[data-type="WMO305"]');
      assert.equal(await goed.count(), 1);
      assert.match(await tekst(goed.locator('.heen')), /WMO305[\s\S]*ontvangen/);
      assert.match(await tekst(goed.locator('.retour')), /WMO306[\s\S]*verstuurd/);
      assert.deepEqual(
        await goed
          .locator('.code')
          .evaluateAll((l) => l.map((e) => [e.textContent ?? '', e.className, (globalThis as unknown as Venster).getComputedStyle(e).backgroundColor]))
          .then((c) => (c as string[][]).map(([code, klasse]) => `${code} ${klasse}`)),
        ['0200 code code-goed'],
      );
      const groen = await goed.locator('.code').evaluate((e) => (globalThis as unknown as Venster).getComputedStyle(e).backgroundColor);
      // The rejected start of the other client: red codes beside the approved classes.
      const fout = page.locator(`.client[data-client="${ANDERE_CLIENT}"] .uitwisseling[data-type="WMO305"]`);
      assert.match(await tekst(fout.locator('.retour')), /WMO306/);
      const foutcodes = (await fout
        .locator('.code')
        .evaluateAll((l) => l.map((e) => [e.textContent ?? '', e.className, (globalThis as unknown as Venster).getComputedStyle(e).backgroundColor]))) as string[][];
      const rood = foutcodes.find(([, klasse]) => klasse === 'code code-fout');
      assert.ok(rood, JSON.stringify(foutcodes));
      assert.notEqual(rood[2], groen, 'afgekeurd en goedgekeurd hebben elk hun kleur');
      // Our toewijzing the other way round: sent by us, its retourbericht received from the aanbieder.
      const toewijzing = page.locator('.uitwisseling[data-type="WMO301"]');
      assert.match(await tekst(toewijzing.locator('.heen')), /WMO301[\s\S]*afgeleverd[\s\S]*verstuurd/);
      assert.match(await tekst(toewijzing.locator('.retour')), /WMO302[\s\S]*ontvangen/);
      assert.equal(await toewijzing.locator('.code-goed').count(), 1);

      // Filters: direction, client, status.
      await page.selectOption('#filter-richting', 'uit');
      assert.deepEqual(await page.locator('.uitwisseling').evaluateAll((l) => l.map((e) => e.getAttribute('data-type'))), ['WMO301']);
      await page.selectOption('#filter-richting', 'in');
      assert.equal(await page.locator('.uitwisseling').count(), 3);
      await page.selectOption('#filter-richting', '');
      await page.selectOption('#filter-client', ANDERE_CLIENT);
      assert.equal(await page.locator('.uitwisseling').count(), 1);
      await page.selectOption('#filter-client', '');
      await page.selectOption('#filter-status', 'retour-afgekeurd');
      assert.equal(await page.locator(`.client[data-client="${ANDERE_CLIENT}"] .uitwisseling`).count(), 1);
      assert.equal(await page.locator('.uitwisseling').count(), 1);
      await page.selectOption('#filter-status', 'afgekeurd');
      assert.equal(await page.locator('.client[data-client=""] .uitwisseling').count(), 1);
      await page.selectOption('#filter-status', '');
      await page.selectOption('#filter-type', 'WMO306');
      assert.equal(await page.locator('.uitwisseling').count(), 2, 'een retourtype toont zijn uitwisselingen');
      await page.selectOption('#filter-type', '');

      // One message: metadata, findings, retourcodes, its XML and the retourbericht.
      await fout.click();
      await page.locator('#detail-xml').waitFor();
      assert.match(await tekst(page.locator('#detail-titel')), new RegExp(`WMO305 · cliënt ${ANDERE_CLIENT}`));
      const gegevens = await tekst(page.locator('#detail-inhoud dl.gegevens'));
      assert.match(gegevens, /ontvangen \(van het systeem onder test\)/);
      assert.match(gegevens, /verwerkt/);
      assert.ok((await page.locator('#detail-inhoud table.bevindingen tbody tr').count()) >= 1, 'de bevindingen van de afkeuring');
      assert.ok((await page.locator('#detail-inhoud table.retourcodes .code-fout').count()) >= 1);
      assert.match(await tekst(page.locator('#detail-xml')), /<\w+:Bericht[\s\S]*<\w+:Bsn>999900018</);
      assert.match(await tekst(page.locator('#detail-retour')), /<\w+:Bericht[\s\S]*RetourCode/);
      await page.click('#detail-sluiten');
      assert.equal(await page.locator('#detail').isHidden(), true);

      // New traffic shows up by itself (the page follows the log).
      await fetch(`${sim.url}/berichten`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}` },
        body: schrijfXml('WMO305', new Sjablonen('wmo', { dagtekening: '2026-06-30' }).start({ nummer: 78, ingang: '2026-01-01', begin: '2026-01-06' }).bericht),
      });
      await page.locator('.client[data-client="999900006"] .uitwisseling[data-type="WMO305"]').nth(1).waitFor();
      await page.locator('.client[data-client="999900006"] .uitwisseling[data-type="WMO305"]').nth(1).locator('.code-fout').first().waitFor();
      await page.close();
    });
  });

  it('de live run: scenario’s en hun stappen verschijnen terwijl de suite tegen de referentie draait', async () => {
    const live = await Liveweergave.start({ poort: 0 });
    const rapport = mkdtempSync(path.join(os.tmpdir(), 'ketentest-browser-run-'));
    try {
      const page = await open(live.url);
      await page.locator('#run').waitFor();
      const run = draaiSuite({
        rollen: ['gemeente', 'aanbieder'],
        domeinen: ['jw'],
        tags: '@casus-1 or @casus-2',
        timeoutMs: 10_000,
        rapport,
        fouten: [],
        rapporten: false,
        log: () => {},
        live,
      });
      // While it runs: a scenario under way, its steps passing, our simulators' logs with paired messages.
      await page.locator('.scenario.bezig').first().waitFor();
      // Attached, not visible: a finished scenario folds its steps away, and a quick run may be past the first one.
      await page.locator('.scenario .stap.geslaagd').first().waitFor({ state: 'attached' });
      await page.locator('.uitwisseling .code-goed').first().waitFor();
      assert.equal(await page.locator('#sessielijst li').count(), 2, 'de twee simulatoren van het domein jw');
      const s = await run;
      await page.locator('#run-telling', { hasText: 'klaar' }).waitFor();
      assert.match(await tekst(page.locator('#run-telling')), new RegExp(`klaar: ${s.scenarios.totaal} scenario's, ${s.scenarios.geslaagd} geslaagd, 0 gefaald`));
      assert.equal(await page.locator('.scenario.geslaagd').count(), s.scenarios.totaal);
      assert.ok(s.scenarios.totaal >= 4, `${s.scenarios.totaal} scenario's`);
      // Every step of every scenario ran and passed, with its Gherkin keyword.
      const stappen = await page.locator('.scenario .stap').evaluateAll((l) => l.map((e) => e.getAttribute('data-status')));
      assert.ok(stappen.length > s.scenarios.totaal * 3);
      assert.deepEqual([...new Set(stappen)], ['geslaagd']);
      assert.equal(await page.locator('.scenario .stap .trefwoord').first().textContent(), 'Gegeven');
      await page.close();
    } finally {
      await live.stop();
      rmSync(rapport, { recursive: true, force: true });
    }
  });

  it("--handmatig: de tester klikt 'Gedaan' in de browser en het scenario rondt af", async () => {
    const systeem = await startSut('gemeente', 'jw');
    const { sut } = systeem;
    const live = await Liveweergave.start({ poort: 0 });
    const rapport = mkdtempSync(path.join(os.tmpdir(), 'ketentest-browser-handmatig-'));
    const gelezen: Instructie[] = [];
    const fouten: string[] = [];
    // The system under test: does what the instruction says, through its own /acties (as its user would in its screens).
    const gebruiker = (i: Instructie) => {
      gelezen.push(i);
      void doe(sut.url!, i.regels).then((f) => f && fouten.push(`${i.stap}: ${f}`));
    };
    instructies.on('instructie', gebruiker);
    try {
      const page = await open(live.url);
      await page.locator('#run').waitFor();
      const run = draaiSuite(handmatigeRun(systeem, { rol: 'gemeente', domein: 'jw', tags: '@casus-1', timeoutMs: 20_000, rapport, live }));
      let geklikt = 0;
      let zagLog = false;
      for (;;) {
        const knop = page.locator('.instructie button.gedaan').first();
        const klaar = page.locator('#run-telling', { hasText: 'klaar' });
        await Promise.race([knop.waitFor(), klaar.waitFor()]);
        if (await klaar.isVisible()) break;
        const id = await knop.getAttribute('data-instructie');
        assert.ok(
          gelezen.some((i) => i.id === id),
          'de knop hoort bij de instructie die de suite gaf',
        );
        // While the suite waits for "gedaan": the counterpart's log of this scenario is on the page.
        if (geklikt > 0) {
          await page.locator('.uitwisseling[data-type="JW301"] .code-goed').first().waitFor();
          zagLog = true;
        }
        await knop.click();
        await page.locator(`.instructie[data-instructie="${id}"] .stand`, { hasText: 'Gedaan (in de webweergave)' }).waitFor();
        geklikt++;
      }
      const s = await run;
      assert.deepEqual(fouten, []);
      assert.deepEqual(
        s.gefaald.map((g) => `${g.scenario}: ${g.melding.slice(0, 300)}`),
        [],
      );
      assert.equal(s.scenarios.totaal, 1);
      assert.ok(geklikt >= 2 && geklikt === gelezen.length, `${geklikt} keer geklikt, ${gelezen.length} instructies`);
      assert.ok(zagLog, 'de tijdlijn van de tegenpartij tijdens het wachten');
      await page.close();
    } finally {
      instructies.off('instructie', gebruiker);
      await live.stop();
      await sut.stop();
      rmSync(rapport, { recursive: true, force: true });
    }
  });
});
