/**
 * `ketentest vergelijk <rapport-oud> <rapport-nieuw> [--json]`: what changed between two runs —
 * scenarios newly failing, newly passing, added and removed, and rules whose verdict changed. Exit 1
 * when something fails now that did not fail before (a scenario that passed, or a new one), so a
 * release pipeline can gate on it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Gebruiksfout, leesArgumenten } from '../argumenten';
import type { Samenvatting } from '../run';
import { nederlandseTijd, oordeel, scenarioSleutel, zonderStapel, type Oordeel, type ScenarioRegel } from './rundata';

const HULP = `Gebruik: ketentest vergelijk RAPPORT-OUD RAPPORT-NIEUW [--json]

Vergelijkt twee runs (hun rapportmappen, of hun samenvatting.json): welke scenario's nu falen en
eerst niet, welke nu slagen en eerst niet, welke erbij kwamen of verdwenen, en welke regels een
ander oordeel kregen. Een scenario is hetzelfde als domein, rol van het systeem onder test en naam
gelijk zijn.

  --json    het verschil als JSON (voor een pijplijn)

Exitcode: 0 niets faalt dat eerst niet faalde; 1 een scenario faalt nu dat eerst slaagde of nieuw
is; 2 gebruiksfout (of een rapport dat niet te lezen is).`;

export interface ScenarioVerschil {
  scenario: string;
  domein: string | null;
  'sut-rol': string | null;
  feature: string;
  /** Status in the old run (null: not in it). */
  oud: string | null;
  /** Status in the new run (null: not in it). */
  nieuw: string | null;
  /** The new run's failure message, when it failed there. */
  melding?: string;
}

export interface Vergelijking {
  oud: RunKop;
  nieuw: RunKop;
  'nieuw-gefaald': ScenarioVerschil[];
  'nieuw-geslaagd': ScenarioVerschil[];
  toegevoegd: ScenarioVerschil[];
  verwijderd: ScenarioVerschil[];
  regels: { regel: string; oud: Oordeel; nieuw: Oordeel }[];
  /** Whether something fails now that did not fail before: newly failing, or added and failing. */
  blokkeert: boolean;
}

interface RunKop {
  rapport: string;
  sut: { naam: string; versie: string | null };
  begin: string;
  'ketentest-versie': string;
  scenarios: { totaal: number; geslaagd: number; gefaald: number };
}

function leesRapport(arg: string): { s: Samenvatting; bestand: string } {
  const pad = path.resolve(arg);
  if (!existsSync(pad)) throw new Gebruiksfout(`rapport '${arg}' bestaat niet`);
  const bestand = statSync(pad).isDirectory() ? path.join(pad, 'samenvatting.json') : pad;
  if (!existsSync(bestand)) throw new Gebruiksfout(`in '${arg}' staat geen samenvatting.json: geef de rapportmap van een run`);
  let s: Samenvatting;
  try {
    s = JSON.parse(readFileSync(bestand, 'utf8')) as Samenvatting;
  } catch (e) {
    throw new Gebruiksfout(`${bestand} is geen leesbare JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(s?.uitslagen) || !s.scenarios || !s.regels) {
    throw new Gebruiksfout(`${bestand} heeft geen scenariolijst (uitslagen): gemaakt door een oudere ketentest of geen samenvatting van een run`);
  }
  return { s, bestand };
}

function kop(s: Samenvatting, bestand: string): RunKop {
  return {
    rapport: bestand,
    sut: s.run?.sut ?? { naam: '(onbekend)', versie: null },
    begin: s.run?.begin ?? '',
    'ketentest-versie': s.run?.['ketentest-versie'] ?? '',
    scenarios: s.scenarios,
  };
}

/** The scenarios of a run by identity; a name that occurs twice (it should not) keeps both, numbered. */
function perSleutel(lijst: readonly ScenarioRegel[]): Map<string, ScenarioRegel> {
  const m = new Map<string, ScenarioRegel>();
  for (const x of lijst) {
    let k = scenarioSleutel(x);
    for (let i = 2; m.has(k); i++) k = `${scenarioSleutel(x)} #${i}`;
    m.set(k, x);
  }
  return m;
}

const geslaagd = (x: ScenarioRegel | undefined) => x?.status === 'PASSED';

function verschil(oud: ScenarioRegel | undefined, nieuw: ScenarioRegel | undefined): ScenarioVerschil {
  const x = (nieuw ?? oud)!;
  return {
    scenario: x.naam,
    domein: x.domein,
    'sut-rol': x['sut-rol'],
    feature: x.feature,
    oud: oud?.status ?? null,
    nieuw: nieuw?.status ?? null,
    ...(nieuw && !geslaagd(nieuw) && { melding: zonderStapel(nieuw.melding) }),
  };
}

export function vergelijk(oud: Samenvatting, nieuw: Samenvatting, bestanden: { oud: string; nieuw: string } = { oud: '', nieuw: '' }): Vergelijking {
  const a = perSleutel(oud.uitslagen);
  const b = perSleutel(nieuw.uitslagen);
  const v: Vergelijking = {
    oud: kop(oud, bestanden.oud),
    nieuw: kop(nieuw, bestanden.nieuw),
    'nieuw-gefaald': [],
    'nieuw-geslaagd': [],
    toegevoegd: [],
    verwijderd: [],
    regels: [],
    blokkeert: false,
  };
  for (const [k, n] of b) {
    const o = a.get(k);
    if (!o) v.toegevoegd.push(verschil(undefined, n));
    else if (geslaagd(o) && !geslaagd(n)) v['nieuw-gefaald'].push(verschil(o, n));
    else if (!geslaagd(o) && geslaagd(n)) v['nieuw-geslaagd'].push(verschil(o, n));
  }
  for (const [k, o] of a) if (!b.has(k)) v.verwijderd.push(verschil(o, undefined));
  const codes = [...new Set([...Object.keys(oud.regels), ...Object.keys(nieuw.regels)])].sort();
  for (const regel of codes) {
    const [wasOordeel, wordtOordeel] = [oordeel(oud.regels[regel]), oordeel(nieuw.regels[regel])];
    if (wasOordeel !== wordtOordeel) v.regels.push({ regel, oud: wasOordeel, nieuw: wordtOordeel });
  }
  v.blokkeert = v['nieuw-gefaald'].length > 0 || v.toegevoegd.some((x) => x.nieuw !== 'PASSED');
  return v;
}

function naam(k: RunKop): string {
  return `${k.sut.naam}${k.sut.versie ? ` ${k.sut.versie}` : ''}${k.begin ? ` (${nederlandseTijd(k.begin)})` : ''}: ${k.scenarios.geslaagd} van ${k.scenarios.totaal} geslaagd`;
}

function regel(x: ScenarioVerschil, metStatus = false): string {
  const status = metStatus ? ` — ${x.nieuw === 'PASSED' || x.oud === 'PASSED' ? 'geslaagd' : 'gefaald'}` : '';
  const eerste = x.melding?.split('\n').find((r) => r.trim());
  return `  [${x.domein ?? '-'}] ${x.scenario}${status}${eerste ? `\n      ${eerste}` : ''}`;
}

/** The comparison in Dutch, for a person. */
export function alsTekst(v: Vergelijking): string {
  const uit: string[] = [`Oud:   ${naam(v.oud)}`, `Nieuw: ${naam(v.nieuw)}`, ''];
  const blok = (titel: string, lijst: string[]) => {
    if (lijst.length) uit.push(`${titel} (${lijst.length}):`, ...lijst, '');
  };
  blok(
    'Nieuw gefaald',
    v['nieuw-gefaald'].map((x) => regel(x)),
  );
  blok(
    'Nieuw geslaagd',
    v['nieuw-geslaagd'].map((x) => regel(x)),
  );
  blok(
    'Toegevoegd',
    v.toegevoegd.map((x) => regel(x, true)),
  );
  blok(
    'Verdwenen',
    v.verwijderd.map((x) => regel(x, true)),
  );
  blok(
    'Regels met een ander oordeel',
    v.regels.map((r) => `  ${r.regel.padEnd(8)} ${r.oud} → ${r.nieuw}`),
  );
  const niets = !v['nieuw-gefaald'].length && !v['nieuw-geslaagd'].length && !v.toegevoegd.length && !v.verwijderd.length && !v.regels.length;
  if (niets) uit.push("Geen verschil in scenario's of regels.", '');
  uit.push(v.blokkeert ? 'Uitslag: er faalt iets dat eerst niet faalde (exitcode 1).' : 'Uitslag: niets faalt dat eerst niet faalde (exitcode 0).');
  return uit.join('\n');
}

export function vergelijkOpdracht(args: string[]): number {
  const { values, positionals } = leesArgumenten(args, { json: { type: 'boolean' } }, HULP);
  if (positionals.length !== 2) throw new Gebruiksfout(`geef twee rapporten: het oude en het nieuwe${positionals.length > 2 ? `, niet ${positionals.length}` : ''}\n\n${HULP}`);
  const oud = leesRapport(positionals[0]!);
  const nieuw = leesRapport(positionals[1]!);
  const v = vergelijk(oud.s, nieuw.s, { oud: oud.bestand, nieuw: nieuw.bestand });
  process.stdout.write(values.json ? `${JSON.stringify(v, null, 2)}\n` : `${alsTekst(v)}\n`);
  return v.blokkeert ? 1 : 0;
}
