/** The command line: usage errors exit with 2 and say in Dutch what is wrong; catalogue commands answer. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ALLE_REGELS } from '../simulator/standaard/regels/catalogus';
import { ketentest, PROJECT } from './bronnen';

const ALLURE = path.join(PROJECT, 'node_modules', '.bin', 'allure');

describe('ketentest', () => {
  for (const [args, melding] of [
    [[], /Gebruik: ketentest <opdracht>/],
    [['vliegen'], /onbekende opdracht 'vliegen'/],
    [['valideer'], /geef een of meer bestanden op/],
    [['valideer', '--systeemdatum', '2026-02-30', 'x.xml'], /--systeemdatum verwacht een datum/],
    [['valideer', '--bronnen', '/bestaat/niet.json', 'x.xml'], /bronnenbestand .* kan niet gelezen worden/],
    [['run', '--sut-rol', 'burger'], /--sut-rol moet gemeente of aanbieder zijn/],
    [['run', '--domein', 'wlz'], /--domein moet wmo, jw of beide zijn/],
    [['run', '--sut-url', 'http://x.test'], /bij --sut-url hoort --sut-rol/],
    [['run', '--sut-url', 'http://x.test', '--sut-rol', 'gemeente'], /--sut-trigger URL of --handmatig/],
    [['run', '--handmatig'], /horen bij --sut-url/],
    [['run', '--fout', 'bestaat-niet'], /onbekende fout 'bestaat-niet'/],
    [['run', '--transport', 'smtp'], /--transport moet http, stuf-ggk, vsp of bestanden zijn/],
    [['run', '--transport', 'vsp', '--sut-rol', 'aanbieder', '--sut-url', 'http://x.test', '--sut-trigger', 'http://y.test'], /geen --sut-url: het systeem onder test haalt/],
    [['run', '--transport', 'vsp', '--sut-rol', 'gemeente', '--sut-trigger', 'http://y.test'], /VSP is de koppeling van een aanbieder/],
    [['run', '--transport', 'bestanden', '--sut-rol', 'aanbieder', '--sut-trigger', 'http://y.test'], /horen --inbox MAP en --outbox MAP/],
    [['run', '--tls-cert', 'a.crt'], /--tls-cert, --tls-key en --tls-ca horen bij elkaar/],
    [['simulator', '--rol', 'aanbieder', '--domein', 'jw', '--transport', 'stuf-ggk'], /hoort --sut-url: het SOAP-endpoint/],
    [['simulator', '--rol', 'gemeente', '--domein', 'jw', '--keten', 'storm'], /onbekende ketenstoring 'storm'/],
    [['certificaten'], /geef één map/],
    [['casuistiek'], /--domein moet wmo of jw zijn/],
    [['mutatietest', '--fout', 'bestaat-niet'], /onbekende fout/],
    [['regels', 'extra'], /onverwacht argument 'extra'/],
  ] as const) {
    it(`${args.join(' ') || '(niets)'}: exitcode 2`, () => {
      const r = ketentest(...args);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stdout + r.stderr, melding);
    });
  }

  it('zonder opdracht: elke opdracht in de lijst, met ruimte tussen naam en uitleg', () => {
    const r = ketentest();
    const regels = (r.stdout + r.stderr).split('\n').filter((l) => /^ {2}[a-z]/.test(l));
    const namen = regels.map((l) => l.trim().split(/\s+/)[0]);
    for (const n of ['valideer', 'regels', 'casuistiek', 'run', 'stappen', 'verklaring', 'vergelijk', 'mutatietest', 'simulator', 'certificaten'])
      assert.ok(namen.includes(n), `${n} ontbreekt in:\n${regels.join('\n')}`);
    for (const l of regels) assert.match(l, /^ {2}[a-z]+ {2,}\S/, l);
  });

  it('regels --json: elke regel geïmplementeerd, met retourcode, berichttypen en domeinen', () => {
    const r = ketentest('regels', '--json');
    assert.equal(r.status, 0);
    const lijst = JSON.parse(r.stdout) as { regel: string; retourcode: string | null; berichttypen: string[]; domeinen: string[]; geimplementeerd: boolean; lezing?: string }[];
    assert.deepEqual(
      lijst.map((x) => x.regel),
      ALLE_REGELS.map((r) => r.code),
      'elke regel van de catalogus, één keer',
    );
    assert.deepEqual(
      lijst.filter((x) => !x.geimplementeerd).map((x) => x.regel),
      [],
    );
    const tr414 = lijst.find((x) => x.regel === 'TR414')!;
    assert.deepEqual(
      { ...tr414, omschrijving: undefined, niveau: undefined, lezing: undefined },
      {
        regel: 'TR414',
        retourcode: '9414',
        berichttypen: ['WMO307', 'JW307'],
        domeinen: ['wmo', 'jw'],
        geimplementeerd: true,
        omschrijving: undefined,
        niveau: undefined,
        lezing: undefined,
      },
    );
    assert.match(tr414.lezing ?? '', /IV008/, 'de catalogus zegt hoe een dubbelzinnige regel gelezen is');
    assert.deepEqual(lijst.find((x) => x.regel === 'TR377')!.domeinen, ['jw']);
  });

  it('casuistiek --domein jw --json: eigen en overgenomen casussen met feature en scenario', () => {
    const r = ketentest('casuistiek', '--domein', 'jw', '--json');
    assert.equal(r.status, 0);
    const c = JSON.parse(r.stdout) as { eigen: { id: string; feature: string; scenarios: string[] }[]; overgenomen: { id: string }[] };
    assert.ok(c.eigen.some((x) => x.id === 'casus-1' && x.feature.endsWith('.feature') && x.scenarios.length === 2));
    assert.ok(
      c.overgenomen.some((x) => x.id === 'casus-2'),
      'casus 2 komt uit de Wmo',
    );
  });

  it('run: samenvatting, JUnit en Allure; exitcode 1 zodra een scenario faalt', () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'ketentest-run-'));
    const goed = ketentest('run', '--sut-rol', 'gemeente', '--domein', 'jw', '--tags', '@casus-1 or @casus-2', '--rapport', map);
    assert.equal(goed.status, 0, goed.stdout + goed.stderr);
    assert.match(goed.stdout, /✔ \[jw\]/);
    const s = JSON.parse(readFileSync(path.join(map, 'samenvatting.json'), 'utf8'));
    assert.deepEqual(s.scenarios, { totaal: 2, geslaagd: 2, gefaald: 0 });
    assert.deepEqual(s.regels.OP380, { geslaagd: 1, gefaald: 0 });
    assert.deepEqual(s.domeinen, ['jw']);
    assert.deepEqual(s['sut-rollen'], ['gemeente']);
    assert.ok(s['niet-gedekte-regels'].includes('CD005'));
    assert.match(readFileSync(path.join(map, 'junit.xml'), 'utf8'), /<testsuite name="ketentest"[^>]*tests="2"/);
    const allure = path.join(map, 'allure-results');
    const uitslagen = readdirSync(allure)
      .filter((f) => f.endsWith('-result.json'))
      .map((f) => JSON.parse(readFileSync(path.join(allure, f), 'utf8')) as { status: string; labels: { name: string; value: string }[] });
    assert.equal(uitslagen.length, 2, 'één Allure-uitslag per scenario');
    assert.ok(uitslagen.every((u) => u.status === 'passed'));
    assert.ok(
      uitslagen.some((u) => u.labels.some((l) => l.name === 'tag' && l.value === '@OP380')),
      'de regels staan als tag in Allure',
    );
    if (spawnSync('java', ['-version']).status === 0) {
      // npm run rapport: the Allure HTML report from these results (allure-commandline needs Java).
      const html = path.join(map, 'allure-report');
      const r = spawnSync(ALLURE, ['generate', allure, '-o', html, '--clean'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.ok(existsSync(path.join(html, 'index.html')));
    }

    const fout = ketentest('run', '--sut-rol', 'gemeente', '--domein', 'jw', '--tags', '@casus-1', '--fout', 'verlengen-met-nieuw-nummer', '--rapport', map);
    assert.equal(fout.status, 1);
    // The failure names the toewijzing that was not extended, so the tester sees what went wrong.
    assert.match(fout.stdout, /✘ \[jw\].*\n.*toewijzing \d+ heeft niet .*"Einddatum":"2023-12-31"/);
    const f = JSON.parse(readFileSync(path.join(map, 'samenvatting.json'), 'utf8'));
    assert.deepEqual(f.regels.OP380, { geslaagd: 0, gefaald: 1 });
  });
});
