/**
 * The Allure report a tester debugs from, read from the results a run writes: a failing scenario is
 * failed (not broken) with no stack trace of our code, its steps carry the messages that went over
 * the wire, the retour and the findings, the scenarios are grouped domain → SUT role → feature, and
 * rule tags link to the rule's row in the conformance statement. An error that is not a verdict on
 * the system under test (a step that ran out of time) is broken.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ketentest, PROJECT } from './bronnen';

interface Stap {
  name: string;
  status?: string;
  statusDetails?: { message?: string; trace?: string };
  steps: Stap[];
  attachments: { name: string; source: string; type: string }[];
}
interface Uitslag extends Stap {
  labels: { name: string; value: string }[];
  links: { name?: string; url: string; type?: string }[];
}

function uitslagen(map: string): Uitslag[] {
  const dir = path.join(map, 'allure-results');
  return readdirSync(dir)
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Uitslag);
}

/** The attachments of a step: Allure puts each in a step of its own under it. */
function bijlagen(s: Stap): Stap['attachments'] {
  return [...s.attachments, ...s.steps.flatMap((x) => x.attachments)];
}

const inhoud = (map: string, a: { source: string }) => readFileSync(path.join(map, 'allure-results', a.source), 'utf8');
const label = (u: Uitslag, naam: string) => u.labels.find((l) => l.name === naam)?.value;
/** What a stack trace of our own code looks like. */
const STAPEL = /\bat .*\(|dist\/|\.js:\d+/;

describe('het Allure-rapport', () => {
  it('een scenario dat faalt op een verwachting: status failed, de berichten, het retourbericht en de bevindingen bij de stap, gegroepeerd, met regellinks', () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'ketentest-allure-'));
    const r = ketentest('run', '--sut-rol', 'gemeente', '--domein', 'jw', '--tags', '@casus-1', '--fout', 'verlengen-met-nieuw-nummer', '--rapport', map);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const lijst = uitslagen(map);
    assert.equal(lijst.length, 1);
    const u = lijst[0]!;
    assert.equal(u.status, 'failed');
    assert.doesNotMatch(`${u.statusDetails?.message}\n${u.statusDetails?.trace ?? ''}`, STAPEL);

    assert.equal(label(u, 'parentSuite'), 'iJw 3.2');
    assert.equal(label(u, 'suite'), 'systeem onder test: gemeente');
    assert.match(label(u, 'subSuite') ?? '', /^Casus 1: /);
    const link = u.links.find((l) => l.url.endsWith('#regel-OP380'));
    assert.ok(link, `een link naar OP380: ${JSON.stringify(u.links)}`);
    // The report is generated into rapport/allure-report/: the link resolves from there.
    const [bestand, anker] = link.url.split('#');
    assert.match(
      readFileSync(path.join(map, 'allure-report', bestand!), 'utf8'),
      new RegExp(`<tr id="${anker}">.*?OP380.*?bedrijfsregel`, 's'),
      'de link wijst naar de rij van de regel in de verklaring',
    );

    const gefaald = u.steps.find((s) => s.status === 'failed')!;
    assert.match(gefaald.name, /^Dan bevat het toewijzingsbericht \(301\)/);
    assert.doesNotMatch(`${gefaald.statusDetails?.message}\n${gefaald.statusDetails?.trace ?? ''}`, STAPEL);
    const b = bijlagen(gefaald);
    const bericht = b.find((a) => /^JW301 van het systeem onder test \(http, referentie \S+\) \S+\.xml$/.test(a.name));
    assert.ok(bericht, `het bericht van het systeem onder test: ${b.map((a) => a.name).join(' | ')}`);
    assert.equal(bericht.type, 'application/xml');
    const identificatie = /\) (\S+)\.xml$/.exec(bericht.name)![1]!;
    assert.match(inhoud(map, bericht), new RegExp(`<\\?xml[\\s\\S]*<(\\w+:)?Identificatie>${identificatie}<`));
    const retour = b.find((a) => /^JW302 retour naar het systeem onder test \(http, antwoord op \S+\)/.test(a.name));
    assert.ok(retour, 'het retourbericht, met de referentie van het bericht dat het beantwoordt');
    assert.match(inhoud(map, retour), /<(\w+:)?IdentificatieRetour>/);
    const tabel = b.find((a) => a.type === 'text/csv' && a.name.startsWith('bevindingen en retourcodes: JW301'));
    assert.ok(tabel, 'de bevindingen als tabel');
    assert.match(inhoud(map, tabel), /^bericht,soort,regel of code,pad,melding\nJW302,retourcode,0200,\/Bericht\/Header,de Header\n/);

    // Every step that sends or receives carries its messages.
    for (const s of u.steps.filter((x) => x.name.startsWith('Als '))) {
      assert.ok(
        bijlagen(s).some((a) => a.type === 'application/xml'),
        `${s.name} draagt zijn berichten`,
      );
    }
    if (spawnSync('java', ['-version']).status === 0) {
      const html = path.join(map, 'allure-report');
      const g = spawnSync(path.join(PROJECT, 'node_modules', '.bin', 'allure'), ['generate', path.join(map, 'allure-results'), '-o', html, '--clean'], { encoding: 'utf8' });
      assert.equal(g.status, 0, g.stdout + g.stderr);
      assert.ok(existsSync(path.join(html, 'index.html')));
    }
  });

  it('wat de rechter na afloop vindt, faalt het scenario in een eigen stap, met de hele uitwisseling als tabel', () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'ketentest-allure-'));
    const r = ketentest('run', '--sut-rol', 'aanbieder', '--domein', 'wmo', '--tags', '@uitwisseling', '--fout', 'bericht-dubbel', '--rapport', map);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const u = uitslagen(map)[0]!;
    assert.equal(u.status, 'failed');
    assert.equal(label(u, 'parentSuite'), 'iWmo 3.2');
    const laatste = u.steps.at(-1)!;
    const rechter = laatste.steps.find((s) => s.name === 'na afloop: de hele uitwisseling');
    assert.ok(rechter, `een stap voor de rechter in ${laatste.name}`);
    assert.equal(rechter.status, 'failed');
    assert.match(rechter.statusDetails?.message ?? '', /TR056 .*al eerder gebruikt/);
    const log = bijlagen(rechter).find((a) => a.type === 'text/csv');
    assert.ok(log);
    assert.match(inhoud(map, log), /^tijdstip,richting,bericht,identificatie,bsn,status,bevindingen\n/);
    assert.match(inhoud(map, log), /van het systeem onder test,WMO305,.*TR056/);
  });

  it('een scenario zonder fout slaagt, ook de stap van de rechter', () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'ketentest-allure-'));
    const r = ketentest('run', '--sut-rol', 'gemeente', '--domein', 'wmo', '--tags', '@uitwisseling', '--rapport', map);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const u = uitslagen(map)[0]!;
    assert.equal(u.status, 'passed');
    assert.equal(u.steps.at(-1)!.steps.find((s) => s.name === 'na afloop: de hele uitwisseling')?.status, 'passed');
  });

  it('een fout die geen oordeel over het systeem onder test is (een stap die te lang duurt), is broken', () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'ketentest-allure-'));
    const r = spawnSync(
      process.execPath,
      [path.join(PROJECT, 'bin', 'ketentest.js'), 'run', '--sut-rol', 'gemeente', '--domein', 'wmo', '--tags', '@uitwisseling', '--rapport', map],
      {
        encoding: 'utf8',
        env: { ...process.env, KETENTEST_STAPTIMEOUT_MS: '1' },
      },
    );
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(uitslagen(map)[0]!.status, 'broken');
  });
});
