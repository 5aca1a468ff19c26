/**
 * Gherkin is the source: a tester writes a feature file (no TypeScript) and `ketentest run
 * --features` plays it. What the text says is what happens: change a date, a volume or an expected
 * retourcode in the text and the test changes with it; a sentence ketentest does not know stops the
 * run before anything is sent, naming the sentences that were probably meant.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { zoekZin } from '../steps/plan';
import { WOORDENSCHAT } from '../steps/woordenschat';
import { ketentest } from './bronnen';

/** The tutorial scenario of the README, exactly as written there. */
const TUTORIAL = `# language: nl
Functionaliteit: Eigen scenario: toewijzen, starten en verlengen
  Scenario: De gemeente rekt een toewijzing op
    Gegeven het domein jw met als systeem onder test de gemeente
    Als de gemeente 3 uur per week toewijst voor product 45A04 van 01-01-2026 tot en met 30-06-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels
    Als de aanbieder de levering start op 05-01-2026
    Dan keurt de gemeente het startbericht (305) goed
    Als de aanbieder de levering tijdelijk stopt op 31-03-2026
    Dan keurt de gemeente het stopbericht (307) goed
    Als de aanbieder de levering definitief stopt op 28-02-2026
    Dan geeft de gemeente op het stopbericht (307) retourcode 9414
    Als de gemeente de toewijzing verlengt tot en met 31-12-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels
    En heeft de toewijzing hetzelfde toewijzingnummer en einddatum 31-12-2026
`;

function draai(feature: string, ...extra: string[]) {
  const map = mkdtempSync(path.join(os.tmpdir(), 'ketentest-eigen-'));
  mkdirSync(path.join(map, 'features'));
  writeFileSync(path.join(map, 'features', 'eigen.feature'), feature);
  const rapport = path.join(map, 'rapport');
  const r = ketentest('run', '--features', path.join(map, 'features'), '--rapport', rapport, ...extra);
  const samenvatting =
    r.status === 2
      ? undefined
      : (JSON.parse(readFileSync(path.join(rapport, 'samenvatting.json'), 'utf8')) as { scenarios: { totaal: number; geslaagd: number }; gefaald: { melding: string }[] });
  return { ...r, uit: r.stdout + r.stderr, samenvatting };
}

describe('eigen features (Gherkin als bron)', () => {
  it('het scenario uit de handleiding slaagt zoals het er staat', () => {
    const r = draai(TUTORIAL);
    assert.equal(r.status, 0, r.uit);
    assert.equal(r.samenvatting!.scenarios.geslaagd, 1);
  });

  it('dezelfde zinnen werken voor Wmo, met de aanbieder als systeem onder test', () => {
    const r = draai(TUTORIAL.replace('domein jw met als systeem onder test de gemeente', 'domein wmo met als systeem onder test de aanbieder').replace('45A04', '07A12'));
    assert.equal(r.status, 0, r.uit);
    assert.equal(r.samenvatting!.scenarios.geslaagd, 1);
  });

  it('een andere verwachte retourcode in de tekst laat het scenario falen, met een melding die een tester begrijpt', () => {
    const r = draai(TUTORIAL.replace('retourcode 9414', 'retourcode 9413'));
    assert.equal(r.status, 1, r.uit);
    const melding = r.samenvatting!.gefaald[0]!.melding;
    assert.match(melding, /stopbericht \(307\).*verwacht retourcode 9413.*gevonden 9414 op StopProduct 1/);
    assert.doesNotMatch(melding, /\bat \S+\.js:\d+/, 'geen stacktrace van onze code');
  });

  it('een ander volume of een andere datum in de tekst verandert wat er verstuurd en verwacht wordt', () => {
    const volume = `# language: nl
Functionaliteit: Volume
  Scenario: De toewijzing draagt het volume uit de tekst
    Gegeven het domein jw met als systeem onder test de gemeente
    Als de gemeente 4 uur per week toewijst van 01-01-2026 tot en met 30-06-2026
    Dan voldoet het toewijzingsbericht (301) aan de regels
    En bevat het toewijzingsbericht (301) de toewijzing met Omvang 4 uur per week, Einddatum 30-06-2026
`;
    assert.equal(draai(volume).status, 0, 'volume 4 in de stap en in de verwachting');
    const anders = draai(volume.replace('de gemeente 4 uur per week toewijst', 'de gemeente 3 uur per week toewijst'));
    assert.equal(anders.status, 1, anders.uit);
    assert.match(anders.samenvatting!.gefaald[0]!.melding, /"Volume":3/);
    const datum = draai(volume.replace('tot en met 30-06-2026\n', 'tot en met 31-07-2026\n'));
    assert.equal(datum.status, 1, datum.uit);
    assert.match(datum.samenvatting!.gefaald[0]!.melding, /"Einddatum":"2026-07-31"/);
  });

  it('een onbekende zin stopt de run voordat er iets verstuurd is, en noemt wat er waarschijnlijk bedoeld was', () => {
    const r = draai(TUTORIAL.replace('de gemeente 3 uur per week toewijst voor product', 'de gemeente 3 uur per week toewijt voor product'));
    assert.equal(r.status, 2, r.uit);
    assert.match(r.uit, /onbekende zin: 'de gemeente 3 uur per week toewijt voor product 45A04/);
    assert.match(r.uit, /er is niets verstuurd/);
    assert.match(r.uit, /Bekende zinnen die erop lijken:\n\s+de gemeente 3 uur per week toewijst voor product 45A04 van 01-01-2026 tot en met 30-06-2026/);
    assert.doesNotMatch(r.uit, /scenario's: /, 'geen scenario gestart');
  });

  it('--features naar een map zonder features is een gebruiksfout', () => {
    const leeg = mkdtempSync(path.join(os.tmpdir(), 'ketentest-leeg-'));
    const r = ketentest('run', '--features', leeg);
    assert.equal(r.status, 2);
    assert.match(r.stdout + r.stderr, /geen \.feature-bestand/);
  });
});

describe('ketentest stappen', () => {
  it('toont elke zin met een voorbeeld dat precies die zin is', () => {
    const r = ketentest('stappen', '--json');
    assert.equal(r.status, 0, r.stderr);
    const w = JSON.parse(r.stdout) as { zinnen: { zin: string; voorbeeld: string }[]; parametertypen: { naam: string }[] };
    assert.deepEqual(
      w.zinnen.map((z) => z.zin),
      WOORDENSCHAT.map((z) => z.patroon),
    );
    for (const z of WOORDENSCHAT) assert.equal(zoekZin(z.voorbeeld)?.zin, z, `het voorbeeld '${z.voorbeeld}' is de zin '${z.patroon}'`);
    for (const naam of ['{datum}', '{omvang}', '{bedrag}', '{productcode}', '{retourcode}', '{bericht}', '{rol}', '{domein}']) {
      assert.ok(
        w.parametertypen.some((p) => p.naam === naam),
        naam,
      );
    }
  });

  it('zonder --json een leesbare lijst', () => {
    const r = ketentest('stappen');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Als de gemeente \{omvang\} toewijst voor product \{productcode\} van \{datum\} tot en met \{datum\}/);
    assert.match(r.stdout, /\{omvang\}\s+volume, eenheid/);
  });
});
