/**
 * What a run of the suite records about itself for the evidence (issue 11): the run's metadata and a
 * line per scenario, both kept in rapport/samenvatting.json next to the counts that existed before.
 * The conformance statement (verklaring.ts) and the run comparison (vergelijk.ts) are made from these.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The standard release the suite tests. */
export const STANDAARD = 'iWmo 3.2 / iJw 3.2';

/** The name the reference run gives its system under test when the tester names none. */
export const REFERENTIE_NAAM = 'ketentest referentie-implementatie';

const PROJECT = path.resolve(__dirname, '..', '..', '..', '..');

let versie: string | undefined;
/** ketentest's own version (package.json). */
export function ketentestVersie(): string {
  versie ??= (JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version;
  return versie;
}

/** The run as a whole: who was tested, how, when, and with which ketentest. */
export interface RunGegevens {
  sut: { naam: string; versie: string | null };
  /** 'referentie': the built-in reference implementation played the SUT; 'extern': a real system. */
  modus: 'referentie' | 'extern';
  'sut-url': string | null;
  transport: string;
  /** The tag expression the tester selected with (--tags), or null for the whole suite. */
  selectie: string | null;
  /** Faults the reference implementation ran with (the mutation test); empty for a real run. */
  fouten: string[];
  begin: string;
  einde: string;
  'ketentest-versie': string;
  standaard: string;
}

/** One scenario as it ran. */
export interface ScenarioRegel {
  naam: string;
  /** The feature file as cucumber was given it (relative to the project, or in rapport/features/). */
  feature: string;
  /** The feature's title (Functionaliteit). */
  'feature-naam': string;
  /** The case id from the scenario's case tag, without '@'; null when it has none. */
  casus: string | null;
  domein: string | null;
  'sut-rol': string | null;
  tags: string[];
  /** Rule codes among the tags (OP380, TR414, CD085, ...). */
  regels: string[];
  /** Cucumber's status: PASSED, FAILED, UNDEFINED, ... */
  status: string;
  melding: string;
}

export const REGELTAG = /^@((?:OP|TR|CD|CS|IV|UP)\d+(?:x\d+)?)$/;

/** Tags that say something else than which case a scenario plays. */
const GEEN_CASUS = /^@(?:wmo|jw|sut-.*|opzet-.*|vaste-datums)$/;

/**
 * The case a scenario plays: its `@casus-…` tag, else the first tag that is no rule, domain, SUT role
 * or set-up tag (the generated features put the case id first: `@toewijzing-intrekken @sut-gemeente …`).
 */
export function casusVan(tags: readonly string[]): string | null {
  const t = tags.find((x) => x.startsWith('@casus-')) ?? tags.find((x) => !REGELTAG.test(x) && !GEEN_CASUS.test(x));
  return t ? t.slice(1) : null;
}

export function domeinVan(tags: readonly string[]): string | null {
  return tags.find((t) => t === '@wmo' || t === '@jw')?.slice(1) ?? null;
}

export function sutRolVan(tags: readonly string[]): string | null {
  return tags.find((t) => t === '@sut-gemeente' || t === '@sut-aanbieder')?.slice(5) ?? null;
}

export function regelsVan(tags: readonly string[]): string[] {
  return tags.map((t) => REGELTAG.exec(t)?.[1]).filter((x): x is string => !!x);
}

/** The scenario line of the summary, from what cucumber said about it. */
export function scenarioRegel(u: { naam: string; feature: string; featureNaam: string; tags: string[]; status: string; melding: string }): ScenarioRegel {
  return {
    naam: u.naam,
    feature: u.feature,
    'feature-naam': u.featureNaam,
    casus: casusVan(u.tags),
    domein: domeinVan(u.tags),
    'sut-rol': sutRolVan(u.tags),
    tags: u.tags,
    regels: regelsVan(u.tags),
    status: u.status,
    melding: u.melding.slice(0, 2000),
  };
}

/** A scenario's identity across runs: domain, SUT role and name (feature paths differ between runs against a real system). */
export function scenarioSleutel(s: Pick<ScenarioRegel, 'naam' | 'domein' | 'sut-rol'>): string {
  return `${s.domein ?? '-'} · ${s['sut-rol'] ?? '-'} · ${s.naam}`;
}

/** What a rule's scenarios say together: failed as soon as one failed. */
export type Oordeel = 'geslaagd' | 'gefaald' | 'niet gedekt';
export function oordeel(r: { geslaagd: number; gefaald: number } | undefined): Oordeel {
  if (!r || r.geslaagd + r.gefaald === 0) return 'niet gedekt';
  return r.gefaald > 0 ? 'gefaald' : 'geslaagd';
}

/** A failure as a reader needs it: the words, without cucumber's 'Error: ' and the stack of our own code. */
export function zonderStapel(melding: string): string {
  return melding
    .replace(/^(?:Assertion)?Error: /, '')
    .split('\n')
    .filter((r) => !/^\s+at /.test(r))
    .join('\n');
}

const DATUMTIJD = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });
const DATUM = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** An ISO moment in Dutch words and Dutch time: '2 december 2026 om 04:29:13' (or only the date). */
export function nederlandseTijd(iso: string, metTijd = true): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : (metTijd ? DATUMTIJD : DATUM).format(d);
}
