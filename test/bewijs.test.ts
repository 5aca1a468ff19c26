/**
 * The evidence of a run (issue 11): the message log, the conformance statement and the comparison of
 * two runs. A correct run and a run with a fault, each of a few scenarios against the reference, give
 * two report directories; the commands are then run on them as a user would.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type DraaiendeSimulator } from '../simulator/dienst/starten';
import { sha256VanBestand } from '../simulator/cli/bewijs/berichtenlog';
import { vindChromium } from '../simulator/cli/bewijs/pdf';
import { ketentestVersie, REFERENTIE_NAAM, STANDAARD } from '../simulator/cli/bewijs/rundata';
import type { Vergelijking } from '../simulator/cli/bewijs/vergelijk';
import { draaiSuite, type Samenvatting } from '../simulator/cli/run';
import { ketentest, PROJECT } from './bronnen';
import { testConfig } from './tweesimulatoren';

const tijdelijk = (naam: string) => mkdtempSync(path.join(os.tmpdir(), `ketentest-bewijs-${naam}-`));
const TAGS = '@casus-1 or @casus-2';
const SUT = 'Zorgportaal Testomgeving';

/** The keys of a log line, in the order every line has them. */
const LOGSLEUTELS = [
  'nr',
  'scenario-nr',
  'scenario',
  'feature',
  'casus',
  'domein',
  'sut-rol',
  'simulator',
  'speelt',
  'richting',
  'van',
  'naar',
  'transport',
  'tijdstip',
  'berichttype',
  'soort',
  'id',
  'volgnr',
  'identificatie',
  'bsn',
  'heen',
  'retour',
  'status',
  'afleverstatus',
  'pogingen',
  'laatste-fout',
  'bevindingen',
  'retourcodes',
  'xml',
];

interface Logregel {
  nr: number;
  'scenario-nr': number;
  scenario: string;
  casus: string | null;
  domein: string;
  simulator: string;
  speelt: string;
  richting: 'in' | 'uit';
  van: string;
  naar: string;
  berichttype: string;
  soort: 'heen' | 'retour' | null;
  id: string;
  identificatie: string;
  heen: string | null;
  afleverstatus: string;
  xml: string;
}

function leesLog(map: string): Logregel[] {
  return readFileSync(path.join(map, 'berichtenlog.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((r) => JSON.parse(r) as Logregel);
}

const stil = () => {};
let goed: string;
let fout: string;
let sGoed: Samenvatting;
let sFout: Samenvatting;

describe('bewijs van een run: berichtenlog, verklaring en vergelijking', () => {
  before(async () => {
    goed = tijdelijk('goed');
    fout = tijdelijk('fout');
    const basis = { rollen: ['gemeente' as const, 'aanbieder' as const], domeinen: ['jw' as const], tags: TAGS, timeoutMs: 10_000, log: stil };
    sGoed = await draaiSuite({ ...basis, rapport: goed, fouten: [], sutNaam: SUT, sutVersie: '7.1.0' });
    // A known fault of the reference gemeente: casus 1 with the gemeente as SUT (OP380) fails, the rest passes.
    sFout = await draaiSuite({ ...basis, rapport: fout, fouten: ['verlengen-met-nieuw-nummer'], sutNaam: SUT, sutVersie: '7.2.0' });
  });

  it('samenvatting: rungegevens en een regel per scenario, naast de bestaande tellingen', () => {
    const s = JSON.parse(readFileSync(path.join(goed, 'samenvatting.json'), 'utf8')) as Samenvatting;
    assert.deepEqual(s.scenarios, { totaal: 4, geslaagd: 4, gefaald: 0 });
    assert.deepEqual(s.regels.OP380, { geslaagd: 2, gefaald: 0 });
    assert.deepEqual(s.gefaald, []);
    assert.ok(s['niet-gedekte-regels'].includes('CD005'));
    const { begin, einde, ...run } = s.run;
    assert.deepEqual(run, {
      sut: { naam: SUT, versie: '7.1.0' },
      modus: 'referentie',
      'sut-url': null,
      transport: 'http',
      selectie: TAGS,
      fouten: [],
      'ketentest-versie': ketentestVersie(),
      standaard: STANDAARD,
    });
    assert.equal(ketentestVersie(), (JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version);
    assert.ok(Date.parse(begin) <= Date.parse(einde), `${begin} .. ${einde}`);
    assert.equal(s.uitslagen.length, 4);
    const eerste = s.uitslagen.find((u) => u.casus === 'casus-1' && u['sut-rol'] === 'gemeente')!;
    assert.deepEqual(
      { ...eerste, melding: undefined },
      {
        naam: 'Van toewijzing naar verlengen van de toewijzing door de einddatum op te rekken (systeem onder test: gemeente)',
        feature: 'features/casussen/casus-1-verlengen.feature',
        'feature-naam': 'Casus 1: van toewijzing naar verlengen door de einddatum op te rekken',
        casus: 'casus-1',
        domein: 'jw',
        'sut-rol': 'gemeente',
        tags: ['@casus-1', '@OP380', '@OP033x1', '@jw', '@sut-gemeente'],
        regels: ['OP380', 'OP033x1'],
        status: 'PASSED',
        melding: undefined,
      },
    );
  });

  it('berichtenlog: elk bericht van elk scenario, in vaste sleutelvolgorde, met heen en retour gekoppeld', async () => {
    const log = leesLog(goed);
    assert.equal(log.length, sGoed.berichtenlog.berichten);
    assert.equal(await sha256VanBestand(path.join(goed, 'berichtenlog.jsonl')), sGoed.berichtenlog.sha256);
    for (const r of log) assert.deepEqual(Object.keys(r), LOGSLEUTELS, `regel ${r.nr}`);
    assert.deepEqual(
      log.map((r) => r.nr),
      log.map((_, i) => i + 1),
    );
    // Every scenario's messages, though the suite resets the simulators at the start of each.
    assert.deepEqual(new Set(log.map((r) => r.scenario)), new Set(sGoed.uitslagen.map((u) => u.naam)));
    for (const u of sGoed.uitslagen) {
      const eigen = log.filter((r) => r.scenario === u.naam && r.domein === u.domein);
      assert.ok(eigen.some((r) => r.soort === 'heen') && eigen.some((r) => r.soort === 'retour'), u.naam);
      // In a scenario the simulator in the SUT's role is the reference; the other is the counterpart.
      for (const r of eigen) assert.equal(r.speelt, r.simulator === u['sut-rol'] ? 'systeem onder test' : 'tegenpartij');
    }
    // Both simulators log each exchange: what one sent and got delivered, the other received.
    for (const r of log.filter((x) => x.richting === 'uit' && x.afleverstatus === 'afgeleverd')) {
      assert.ok(
        log.some((x) => x.richting === 'in' && x.simulator !== r.simulator && x.identificatie === r.identificatie && x.berichttype === r.berichttype && x.scenario === r.scenario),
        `${r.berichttype} ${r.identificatie} van ${r.van}: niet ontvangen in het log`,
      );
      assert.equal(r.naar, r.simulator === 'gemeente' ? 'aanbieder' : 'gemeente');
    }
    // A retour names the heenbericht it answers, which is in the log too.
    const retouren = log.filter((r) => r.soort === 'retour' && r.heen);
    assert.ok(retouren.length > 0);
    for (const r of retouren)
      assert.ok(
        log.some((x) => x.id === r.heen && x.soort === 'heen'),
        `heen van ${r.berichttype} ${r.id}`,
      );
    assert.ok(log.every((r) => r.xml.startsWith('<?xml')));
  });

  it('verklaring.html: het systeem onder test, elk gedekte regel met oordeel, de niet-gedekte regels en de hash; zonder externe bronnen', () => {
    const html = readFileSync(path.join(goed, 'verklaring.html'), 'utf8');
    assert.match(html, new RegExp(`<h1>${SUT} 7\\.1\\.0</h1>`));
    assert.match(html, /<th>Rol<\/th><td>gemeente en aanbieder<\/td>/);
    assert.match(html, /<th>Domein<\/th><td>Jeugdwet \(iJw 3\.2\)<\/td>/);
    assert.match(html, /<th>Transport<\/th><td>HTTP/);
    assert.match(html, new RegExp(`<th>ketentest</th><td>versie ${ketentestVersie().replace(/\./g, '\\.')}</td>`));
    assert.match(html, /iWmo 3\.2 \/ iJw 3\.2/);
    assert.match(html, /<p class="uitspraak">Geslaagd<\/p>/);
    for (const [code, r] of Object.entries(sGoed.regels)) {
      assert.match(
        html,
        new RegExp(
          `<tr id="regel-${code}"><td><code>${code}</code></td>.*?<td class="getal">${r.geslaagd} / ${r.geslaagd + r.gefaald}</td><td><span class="oordeel goed">geslaagd</span></td></tr>`,
        ),
        code,
      );
    }
    for (const code of sGoed['niet-gedekte-regels']) assert.match(html, new RegExp(`<tr id="regel-${code}"><td><code>${code}</code></td>`), code);
    assert.match(html, /<code>casus-1<\/code><\/td><td>Casus 1: van toewijzing naar verlengen/);
    assert.ok(html.includes(`<p class="hash">${sGoed.berichtenlog.sha256}</p>`));
    assert.ok(html.includes(`<meta name="ketentest-berichtenlog-sha256" content="${sGoed.berichtenlog.sha256}">`));
    assert.doesNotMatch(html, /\b(?:src|href)=|@import|url\(|<script/i, 'geen externe bronnen, geen scripts');
  });

  it("verklaring van een run met een fout: gefaalde scenario's en regels, zonder stack van onze code", () => {
    assert.deepEqual(sFout.regels.OP380, { geslaagd: 1, gefaald: 1 });
    const html = readFileSync(path.join(fout, 'verklaring.html'), 'utf8');
    assert.match(html, /<p class="uitspraak">Niet geslaagd<\/p>/);
    assert.match(html, /1 van de 4 gespeelde scenario&#39;s is gefaald; 3 geslaagd/);
    assert.match(html, /bewust ingebouwde fout\(en\): verlengen-met-nieuw-nummer/);
    assert.match(html, /<tr id="regel-OP380"><td><code>OP380<\/code><\/td>.*?<td class="getal">1 \/ 2<\/td><td><span class="oordeel fout">gefaald<\/span><\/td><\/tr>/);
    // A business rule has its meaning beside its verdict, as a technical rule has.
    assert.match(html, /<tr id="regel-OP380"><td><code>OP380<\/code><\/td><td>bedrijfsregel<\/td><td class="omschrijving">[A-Z][^<]{20,}<\/td>/);
    assert.match(html, /<code>casus-1<\/code>.*?1 \/ 2.*?gefaald/s);
    assert.match(html, /<code>casus-2<\/code>.*?2 \/ 2.*?geslaagd/s);
    assert.match(html, /<h2>Gefaalde scenario's<\/h2>/);
    assert.match(html, /toewijzing \d+ heeft niet/);
    assert.doesNotMatch(html, /\n\s+at .*\.js:\d+/, 'geen stack');
  });

  it('verklaring --controleer: het eigen log klopt (0), een gewijzigd log niet (1), een ontbrekend is een gebruiksfout (2)', () => {
    const log = path.join(goed, 'berichtenlog.jsonl');
    const klopt = ketentest('verklaring', '--controleer', log, '--rapport', goed);
    assert.equal(klopt.status, 0, klopt.stdout + klopt.stderr);
    assert.match(klopt.stdout, /^Klopt: .* is het berichtenlog waaruit de verklaring is gemaakt/);
    const vervalst = path.join(tijdelijk('vervalst'), 'berichtenlog.jsonl');
    writeFileSync(vervalst, readFileSync(log, 'utf8').replace('"status":"verwerkt"', '"status":"afgekeurd"'));
    const nee = ketentest('verklaring', '--controleer', vervalst, '--rapport', goed);
    assert.equal(nee.status, 1, nee.stdout + nee.stderr);
    assert.match(nee.stdout, /^Klopt niet: .* is niet het berichtenlog waaruit de verklaring is gemaakt/);
    // The log of another run is not this statement's log either.
    assert.equal(ketentest('verklaring', '--controleer', path.join(fout, 'berichtenlog.jsonl'), '--rapport', goed).status, 1);
    const weg = ketentest('verklaring', '--controleer', path.join(goed, 'bestaat-niet.jsonl'), '--rapport', goed);
    assert.equal(weg.status, 2);
    assert.match(weg.stderr, /het log '.*bestaat-niet\.jsonl' bestaat niet/);
  });

  it('ketentest verklaring --rapport: maakt de verklaring opnieuw, maar niet van een log dat na de run veranderde', () => {
    const kopie = tijdelijk('kopie');
    cpSync(goed, kopie, { recursive: true });
    const opnieuw = ketentest('verklaring', '--rapport', kopie);
    assert.equal(opnieuw.status, 0, opnieuw.stdout + opnieuw.stderr);
    assert.equal(readFileSync(path.join(kopie, 'verklaring.html'), 'utf8'), readFileSync(path.join(goed, 'verklaring.html'), 'utf8'));
    const log = path.join(kopie, 'berichtenlog.jsonl');
    writeFileSync(log, `${readFileSync(log, 'utf8')}{}\n`);
    const veranderd = ketentest('verklaring', '--rapport', kopie);
    assert.equal(veranderd.status, 1);
    assert.match(veranderd.stderr, /berichtenlog\.jsonl is sinds de run veranderd/);
  });

  it('zonder Chromium: de HTML, en één regel dat de PDF is overgeslagen', () => {
    const kopie = tijdelijk('zonder-chromium');
    cpSync(goed, kopie, { recursive: true });
    const r = spawnSync(process.execPath, [path.join(PROJECT, 'bin', 'ketentest.js'), 'verklaring', '--rapport', kopie], {
      encoding: 'utf8',
      env: { ...process.env, KETENTEST_CHROMIUM: path.join(kopie, 'geen-chromium') },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stdout, /^Verklaring: .*verklaring\.html; PDF overgeslagen: geen Chromium gevonden \(Debian: apt-get install chromium\)/);
    assert.ok(existsSync(path.join(kopie, 'verklaring.html')));
    assert.ok(!existsSync(path.join(kopie, 'verklaring.pdf')), 'geen PDF van een eerdere verklaring ernaast');
  });

  it('verklaring.pdf: een PDF die het systeem onder test noemt', (t) => {
    if (!vindChromium()) {
      t.skip('Chromium ontbreekt (apt-get install chromium): PDF-test overgeslagen');
      return;
    }
    const pdf = path.join(goed, 'verklaring.pdf');
    assert.ok(existsSync(pdf));
    assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
    let tekst: string;
    try {
      tekst = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    } catch {
      t.diagnostic('pdftotext ontbreekt (apt-get install poppler-utils): de tekst van de PDF niet gecontroleerd');
      return;
    }
    assert.match(tekst, new RegExp(`${SUT} 7\\.1\\.0`));
    assert.match(tekst, /Conformiteitsverklaring/);
    assert.ok(tekst.includes(sGoed.berichtenlog.sha256), 'de hash staat in de PDF');
    assert.match(tekst, /pagina 1 van \d+/);
  });

  it("vergelijk: de nieuw falende scenario's en regels, exitcode 1; andersom exitcode 0", () => {
    const r = ketentest('vergelijk', goed, fout);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^Oud: {3}Zorgportaal Testomgeving 7\.1\.0 .*: 4 van 4 geslaagd\nNieuw: Zorgportaal Testomgeving 7\.2\.0 .*: 3 van 4 geslaagd/);
    assert.match(
      r.stdout,
      /Nieuw gefaald \(1\):\n {2}\[jw\] Van toewijzing naar verlengen .*\(systeem onder test: gemeente\)\n {6}inhoud van het toewijzingsbericht \(301\): toewijzing \d+ heeft niet/,
    );
    assert.match(r.stdout, /Regels met een ander oordeel \(2\):\n {2}OP033x1 +geslaagd → gefaald\n {2}OP380 +geslaagd → gefaald/);
    assert.match(r.stdout, /Uitslag: er faalt iets dat eerst niet faalde \(exitcode 1\)\./);
    const terug = ketentest('vergelijk', fout, goed);
    assert.equal(terug.status, 0, terug.stdout + terug.stderr);
    assert.match(terug.stdout, /Nieuw geslaagd \(1\):/);
    assert.doesNotMatch(terug.stdout, /Nieuw gefaald/);
    const zelfde = ketentest('vergelijk', goed, path.join(goed, 'samenvatting.json'));
    assert.equal(zelfde.status, 0);
    assert.match(zelfde.stdout, /Geen verschil in scenario's of regels\./);
  });

  it('vergelijk --json: de vorm voor een pijplijn; een nieuw scenario dat faalt blokkeert ook', () => {
    const r = ketentest('vergelijk', goed, fout, '--json');
    assert.equal(r.status, 1);
    const v = JSON.parse(r.stdout) as Vergelijking;
    assert.deepEqual(Object.keys(v), ['oud', 'nieuw', 'nieuw-gefaald', 'nieuw-geslaagd', 'toegevoegd', 'verwijderd', 'regels', 'blokkeert']);
    assert.deepEqual(
      { ...v.oud, begin: undefined },
      {
        rapport: path.join(goed, 'samenvatting.json'),
        sut: { naam: SUT, versie: '7.1.0' },
        begin: undefined,
        'ketentest-versie': ketentestVersie(),
        scenarios: { totaal: 4, geslaagd: 4, gefaald: 0 },
      },
    );
    assert.deepEqual(
      v['nieuw-gefaald'].map((x) => [x.domein, x['sut-rol'], x.oud, x.nieuw, x.feature]),
      [['jw', 'gemeente', 'PASSED', 'FAILED', 'features/casussen/casus-1-verlengen.feature']],
    );
    assert.ok(v['nieuw-gefaald'].every((x) => /toewijzing \d+ heeft niet/.test(x.melding ?? '') && !/\bat .*\.js/.test(x.melding ?? '')));
    assert.deepEqual(v.regels, [
      { regel: 'OP033x1', oud: 'geslaagd', nieuw: 'gefaald' },
      { regel: 'OP380', oud: 'geslaagd', nieuw: 'gefaald' },
    ]);
    assert.deepEqual([v['nieuw-geslaagd'], v.toegevoegd, v.verwijderd, v.blokkeert], [[], [], [], true]);

    // A report of fewer scenarios as the old one: the others are added (the failing one blocks) or removed.
    const klein = tijdelijk('klein');
    const s = JSON.parse(readFileSync(path.join(goed, 'samenvatting.json'), 'utf8')) as Samenvatting;
    writeFileSync(path.join(klein, 'samenvatting.json'), JSON.stringify({ ...s, uitslagen: s.uitslagen.filter((u) => u.casus === 'casus-2') }));
    const erbij = JSON.parse(ketentest('vergelijk', klein, fout, '--json').stdout) as Vergelijking;
    assert.deepEqual(
      erbij.toegevoegd.map((x) => [x['sut-rol'], x.oud, x.nieuw]),
      [
        ['gemeente', null, 'FAILED'],
        ['aanbieder', null, 'PASSED'],
      ],
    );
    assert.equal(erbij.blokkeert, true);
    const eraf = ketentest('vergelijk', goed, klein, '--json');
    assert.equal(eraf.status, 0);
    assert.deepEqual(
      (JSON.parse(eraf.stdout) as Vergelijking).verwijderd.map((x) => [x.oud, x.nieuw]),
      [
        ['PASSED', null],
        ['PASSED', null],
      ],
    );
  });

  for (const [args, melding] of [
    [['vergelijk'], /geef twee rapporten: het oude en het nieuwe/],
    [['vergelijk', 'a', 'b', 'c'], /geef twee rapporten: het oude en het nieuwe, niet 3/],
    [['vergelijk', '/bestaat/niet', '/bestaat/ook-niet'], /rapport '\/bestaat\/niet' bestaat niet/],
    [['vergelijk', '--jsn', 'a', 'b'], /onbekende optie '--jsn'/],
    [['verklaring', 'extra'], /onverwacht argument 'extra'/],
    [['verklaring', '--rapport', '/bestaat/niet'], /geen samenvatting\.json in '\/bestaat\/niet'/],
    [['verklaring', '--controleer'], /optie '--controleer <value>' verwacht een waarde/],
    [['run', '--sut-naam', ' '], /--sut-naam verwacht een tekst van 1 tot 200 tekens/],
  ] as const) {
    it(`${args.join(' ')}: exitcode 2`, () => {
      const r = ketentest(...args);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, melding);
    });
  }

  it('vergelijk: een samenvatting zonder scenariolijst (oudere ketentest) is een gebruiksfout', () => {
    const oud = tijdelijk('oud');
    const { uitslagen: _weg, run: _ook, ...s } = sGoed;
    writeFileSync(path.join(oud, 'samenvatting.json'), JSON.stringify(s));
    const r = ketentest('vergelijk', oud, goed);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /heeft geen scenariolijst \(uitslagen\)/);
  });

  it('--help van ketentest noemt verklaring en vergelijk; hun eigen --help de exitcodes', () => {
    const r = ketentest('--help');
    assert.match(r.stdout, /\n {2}verklaring {2,}maak de conformiteitsverklaring/);
    assert.match(r.stdout, /\n {2}vergelijk {2,}vergelijk twee runs/);
    assert.match(ketentest('vergelijk', '--help').stdout, /Exitcode: 0 niets faalt dat eerst niet faalde; 1 /);
    assert.match(ketentest('verklaring', '--help').stdout, /--controleer LOG/);
    assert.match(ketentest('run', '--help').stdout, /--sut-naam NAAM/);
  });
});

describe('berichtenlog tegen een extern systeem', () => {
  let sut: DraaiendeSimulator | undefined;
  after(async () => {
    await sut?.stop();
  });

  it('bevat elk bericht dat het systeem onder test verstuurde en ontving, bij ons als tegenpartij', async () => {
    const poort = 23_000 + Math.floor(Math.random() * 1000) * 2;
    sut = await startSimulator({ config: testConfig('gemeente', 'wmo', { sutUrl: `http://127.0.0.1:${poort + 1}` }), poort, data: tijdelijk('extern-sut') });
    const rapport = tijdelijk('extern');
    const s = await draaiSuite({
      rollen: ['gemeente'],
      domeinen: ['wmo'],
      sutUrl: sut.url!,
      trigger: sut.url!,
      poort: poort + 1,
      tags: TAGS,
      timeoutMs: 5000,
      rapport,
      fouten: [],
      rapporten: false,
      log: stil,
    });
    assert.deepEqual(s.gefaald, []);
    assert.equal(s.scenarios.totaal, 2);
    assert.deepEqual(s.run.sut, { naam: `systeem onder test op ${sut.url}`, versie: null });
    assert.equal(s.run.modus, 'extern');
    assert.ok(!existsSync(path.join(rapport, 'verklaring.html')), 'rapporten: false maakt geen verklaring');
    const log = leesLog(rapport);
    assert.ok(log.every((r) => r.speelt === 'tegenpartij' && r.simulator === 'aanbieder'));
    // The system under test keeps its own log (it is not reset): ours mirrors it message for message.
    const bijSut = await sut.simulator.opslag.berichten(sut.sessie.id, {}, { limiet: 1000 });
    assert.ok(bijSut.length > 0);
    for (const b of bijSut) {
      const richting = b.richting === 'uit' ? 'in' : 'uit';
      assert.ok(
        log.some((r) => r.richting === richting && r.identificatie === b.identificatie && r.berichttype === b.berichttype),
        `${b.richting} ${b.berichttype} ${b.identificatie}`,
      );
    }
    assert.equal(log.length, bijSut.length);
  });
});

describe('referentierun zonder naam, beide domeinen', () => {
  it('heet de referentie-implementatie; elk bericht hoort bij een scenario van zijn eigen domein', async () => {
    const rapport = tijdelijk('naamloos');
    // Wmo and Jw scenarios alternate; each domain has its own simulators, reset by its own scenarios.
    const s = await draaiSuite({
      rollen: ['aanbieder'],
      domeinen: ['wmo', 'jw'],
      tags: '@casus-1 or @casus-2',
      timeoutMs: 10_000,
      rapport,
      fouten: [],
      rapporten: false,
      log: stil,
    });
    assert.deepEqual(s.run.sut, { naam: REFERENTIE_NAAM, versie: ketentestVersie() });
    assert.deepEqual(
      s.uitslagen.map((u) => u.domein),
      ['wmo', 'jw', 'wmo', 'jw'],
    );
    assert.equal(s.scenarios.geslaagd, 4);
    const log = leesLog(rapport);
    for (const r of log) {
      const u = s.uitslagen[r['scenario-nr'] - 1]!;
      assert.deepEqual([u.naam, u.domein], [r.scenario, r.domein], `regel ${r.nr}`);
    }
    assert.deepEqual([...new Set(log.map((r) => r['scenario-nr']))], [1, 2, 3, 4], 'elk scenario, in volgorde');
  });
});
