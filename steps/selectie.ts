/**
 * The scenarios of one run: read from the feature files (the suite's own, or a vendor's with
 * `--features`), chosen by role, domain and tags, every sentence checked before anything is sent,
 * and written out as the run plays them — against a real system with each scenario's dates moved to
 * the day of the run (scenarios/tijdlijn.ts), so the step text, a tester's instruction, the action and
 * the report all carry the same dates.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Domein } from '../simulator/standaard/woorden';
import type { Rol } from '../simulator/standaard/woorden';
import type { Scenarioplan } from '../scenarios/model';
import { zetOmInTekst, zetOmInXml, type Omzetting } from '../scenarios/omzetting';
import { kiesAfbeelding, OnafbeeldbareCasus } from '../scenarios/tijdlijn';
import { featurebestanden, leesPickels, type Pickel } from './features';
import { maakPlan } from './plan';

export interface Scenario {
  readonly pickel: Pickel;
  readonly plan: Scenarioplan;
}

export interface Keuze {
  readonly paden: readonly string[];
  readonly rollen: readonly Rol[];
  readonly domeinen: readonly Domein[];
  readonly tags?: string;
}

/** The chosen scenarios, or what is wrong with their sentences (in Dutch, per file and scenario). */
export function kiesScenarios(k: Keuze): { scenarios: Scenario[]; fouten: string[] } {
  const fouten: string[] = [];
  const scenarios: Scenario[] = [];
  for (const pickel of leesPickels(featurebestanden(k.paden), k.tags)) {
    const r = maakPlan(pickel.naam, pickel.tags, pickel.stappen);
    if (!r.plan) fouten.push(`${pickel.uri}, scenario '${pickel.naam}':\n${r.fouten.map((f) => `  - ${f}`).join('\n')}`);
    else if (k.rollen.includes(r.plan.sutRol) && k.domeinen.includes(r.plan.domein)) scenarios.push({ pickel, plan: r.plan });
  }
  return { scenarios, fouten };
}

const TREFWOORD = { Context: 'Gegeven', Action: 'Als', Outcome: 'Dan', Unknown: '*' } as const;

function scenarioTekst(s: Scenario, o: Omzetting | undefined): string[] {
  const tekst = (t: string) => (o ? zetOmInTekst(t, o) : t);
  const tags = [...new Set([...s.pickel.tags, `@${s.plan.domein}`, `@sut-${s.plan.sutRol}`])];
  const regels = ['', `  ${tags.join(' ')}`, `  Scenario: ${s.pickel.naam}`];
  for (const st of s.pickel.stappen) {
    regels.push(`    ${TREFWOORD[st.soort]} ${tekst(st.tekst)}`);
    if (Array.isArray(st.extra)) for (const rij of st.extra) regels.push(`      | ${rij.map((c) => tekst(c).replace(/\|/g, '\\|')).join(' | ')} |`);
    else if (typeof st.extra === 'string') regels.push('      """', ...(o ? zetOmInXml(st.extra, o) : st.extra).split('\n').map((r) => `      ${r}`), '      """');
  }
  return regels;
}

/**
 * Writes the scenarios as this run plays them into `map`, one file per source file. With `dag` (a
 * real system's today) every date is moved for that day; a scenario that cannot be laid on it keeps
 * its own dates and is returned with the reason (it fails with it when it starts).
 */
export function schrijfScenarios(scenarios: readonly Scenario[], map: string, dag?: string): { bestanden: Map<string, string>; onverschuifbaar: Record<string, string> } {
  rmSync(map, { recursive: true, force: true });
  const perBron = new Map<string, Scenario[]>();
  for (const s of scenarios) (perBron.get(s.pickel.uri) ?? perBron.set(s.pickel.uri, []).get(s.pickel.uri)!).push(s);
  const onverschuifbaar: Record<string, string> = {};
  /** Written file → the feature file it comes from. */
  const bestanden = new Map<string, string>();
  const gemeenschappelijk = commonDir([...perBron.keys()]);
  for (const [bron, lijst] of perBron) {
    const titel = /^\s*Functionaliteit:\s*(.+)$/m.exec(readFileSync(bron, 'utf8'))?.[1] ?? path.basename(bron, '.feature');
    const regels = [
      '# language: nl',
      dag ? `# Zoals deze run het speelt tegen het systeem onder test op ${dag}: de datums zijn verschoven.` : '# Zoals deze run het speelt.',
      `# Bron: ${bron}`,
      `Functionaliteit: ${titel}`,
    ];
    for (const s of lijst) {
      let o: Omzetting | undefined;
      if (dag) {
        try {
          o = kiesAfbeelding({ plan: s.plan, vandaag: dag });
        } catch (e) {
          if (!(e instanceof OnafbeeldbareCasus)) throw e;
          onverschuifbaar[s.pickel.naam] = e.message;
        }
      }
      regels.push(...scenarioTekst(s, o));
    }
    const doel = path.join(map, path.relative(gemeenschappelijk, bron));
    mkdirSync(path.dirname(doel), { recursive: true });
    writeFileSync(doel, `${regels.join('\n')}\n`);
    bestanden.set(doel, bron);
  }
  return { bestanden, onverschuifbaar };
}

/** The deepest folder the files share. */
function commonDir(bestanden: readonly string[]): string {
  if (!bestanden.length) return '.';
  const delen = bestanden.map((b) => path.dirname(path.resolve(b)).split(path.sep));
  const gedeeld: string[] = [];
  for (let i = 0; delen.every((d) => d[i] !== undefined && d[i] === delen[0]![i]); i++) gedeeld.push(delen[0]![i]!);
  return gedeeld.join(path.sep) || path.sep;
}
