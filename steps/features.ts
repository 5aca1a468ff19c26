/**
 * Feature files read the way Cucumber reads them (Gherkin → pickles: one per scenario and example
 * row), for what must happen before a run starts or without one: checking every sentence, moving the
 * dates of a scenario for a real system, playing scenarios in one process, finding which scenario
 * covers a case of the casuïstiek.
 */
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Pickle, type PickleStep } from '@cucumber/messages';
import parseTagExpression from '@cucumber/tag-expressions';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Domein } from '../simulator/standaard/woorden';
import type { Rol } from '../simulator/standaard/woorden';
import type { Scenarioplan } from '../scenarios/model';
import { maakPlan, type Pickelstap } from './plan';

/** The features the suite brings. */
export const INGEBOUWDE_FEATURES = path.resolve(__dirname, '..', '..', 'features');

export interface Pickel {
  readonly naam: string;
  readonly uri: string;
  readonly tags: readonly string[];
  readonly stappen: readonly (Pickelstap & { readonly soort: 'Context' | 'Action' | 'Outcome' | 'Unknown' })[];
}

/** Every .feature file under these paths (a file or a folder), sorted. */
export function featurebestanden(paden: readonly string[]): string[] {
  const uit: string[] = [];
  const zoek = (p: string) => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) zoek(path.join(p, e));
    else if (p.endsWith('.feature')) uit.push(p);
  };
  for (const p of paden) zoek(p);
  return uit;
}

/** A pickle's step as the plan reads it: its text, with its data table or doc string as the extra. */
export function alsPickelstap(s: PickleStep): Pickelstap {
  return {
    tekst: s.text,
    ...(s.argument?.dataTable && { extra: s.argument.dataTable.rows.map((r) => r.cells.map((c) => c.value)) }),
    ...(s.argument?.docString && { extra: s.argument.docString.content }),
  };
}

function alsPickel(p: Pickle): Pickel {
  return {
    naam: p.name,
    uri: p.uri,
    tags: p.tags.map((t) => t.name),
    stappen: p.steps.map((s) => ({ ...alsPickelstap(s), soort: (s.type ?? 'Unknown') as Pickel['stappen'][number]['soort'] })),
  };
}

/** The pickles of one Gherkin text; a syntax error is thrown with the file and line, in Dutch. */
export function pickelsVan(tekst: string, uri: string): Pickel[] {
  const parser = new Parser(new AstBuilder(IdGenerator.uuid()), new GherkinClassicTokenMatcher('nl'));
  let document: ReturnType<typeof parser.parse>;
  try {
    document = parser.parse(tekst);
  } catch (e) {
    throw new Error(`${uri}: geen geldige Gherkin: ${(e as Error).message}`);
  }
  return compile(document, uri, IdGenerator.uuid()).map(alsPickel);
}

/** The pickles of these files, selected by a Cucumber tag expression. */
export function leesPickels(bestanden: readonly string[], tags?: string): Pickel[] {
  const kies = tags ? parseTagExpression(tags) : undefined;
  return bestanden.flatMap((b) => pickelsVan(readFileSync(b, 'utf8'), b)).filter((p) => !kies || kies.evaluate([...p.tags]));
}

let ingebouwd: { pickel: Pickel; plan: Scenarioplan }[] | undefined;

/** The built-in scenarios with their plans (read once per process). */
export function ingebouwdeScenarios(): readonly { pickel: Pickel; plan: Scenarioplan }[] {
  ingebouwd ??= leesPickels(featurebestanden([INGEBOUWDE_FEATURES])).map((pickel) => {
    const r = maakPlan(pickel.naam, pickel.tags, pickel.stappen);
    if (!r.plan) throw new Error(`${pickel.uri}: ${pickel.naam}: ${r.fouten.join('; ')}`);
    return { pickel, plan: r.plan };
  });
  return ingebouwd;
}

/** The built-in scenario of a case of the casuïstiek (its tag) in a domain, with this role for the system under test. */
export function scenarioVan(casus: string, domein: Domein, rol: Rol): Scenarioplan | undefined {
  return ingebouwdeScenarios().find((s) => s.pickel.tags.includes(`@${casus}`) && s.plan.domein === domein && s.plan.sutRol === rol)?.plan;
}
