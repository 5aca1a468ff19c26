/**
 * The run as the web view follows it: cucumber's messages (the runner's `onMessage`) and the tester's
 * instructions turned into a list of small events the page replays (`GET /web/run?vanaf=`). Pure: the
 * server (`liveweergave.ts`) keeps the list and hands it out.
 */
import type { Envelope } from '@cucumber/messages';
import type { Webbron } from '../../dienst/web';
import type { Domein, Rol } from '../../standaard/woorden';
import { domeinVan, sutRolVan } from '../bewijs/rundata';

/** A step's status as cucumber says it (PASSED, FAILED, SKIPPED, ...), or 'bezig' while it runs. */
export type Stapstatus = string;

export type Gebeurtenis =
  | { readonly soort: 'run'; readonly omschrijving: string; readonly modus: 'referentie' | 'extern'; readonly handmatig: boolean; readonly bronnen: readonly Webbron[] }
  | {
      readonly soort: 'scenario';
      readonly nr: number;
      readonly naam: string;
      readonly feature: string;
      readonly domein: Domein | null;
      readonly sutRol: Rol | null;
      /** Each step with its Gherkin keyword, its text and its table (a data table's cells, a doc string's lines). */
      readonly stappen: readonly { readonly trefwoord: string; readonly tekst: string; readonly tabel?: readonly (readonly string[])[] }[];
    }
  | { readonly soort: 'stap'; readonly nr: number; readonly stap: number; readonly status: Stapstatus; readonly melding?: string }
  | { readonly soort: 'scenario-klaar'; readonly nr: number; readonly status: string; readonly melding: string; readonly opnieuw: boolean }
  | {
      readonly soort: 'instructie';
      readonly id: string;
      readonly rol: Rol;
      readonly domein: Domein;
      readonly stap: string;
      readonly regels: readonly string[];
      readonly wachtOpGedaan: boolean;
    }
  | { readonly soort: 'gedaan'; readonly id: string; readonly door: string }
  | { readonly soort: 'verlopen'; readonly id: string }
  | { readonly soort: 'einde'; readonly totaal: number; readonly geslaagd: number; readonly gefaald: number };

const ERNST = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];

interface Lopend {
  readonly nr: number;
  /** testStepId → the index of its pickle step (hooks have none). */
  readonly stappen: Map<string, number>;
  status: string;
  melding: string;
}

/** Turns cucumber's messages into the view's events, in order. */
export class Verloop {
  private readonly pickles = new Map<string, { naam: string; uri: string; tags: string[]; stappen: { id: string; tekst: string; ast: string; tabel?: string[][] }[] }>();
  private readonly trefwoorden = new Map<string, string>();
  private readonly features = new Map<string, string>();
  private readonly testCases = new Map<string, { pickle: string; stappen: { id: string; pickleStap?: string }[] }>();
  private readonly lopend = new Map<string, Lopend>();
  private volgende = 0;
  readonly telling = { totaal: 0, geslaagd: 0, gefaald: 0 };

  neem(m: Envelope): Gebeurtenis[] {
    if (m.gherkinDocument) {
      const f = m.gherkinDocument.feature;
      if (m.gherkinDocument.uri) this.features.set(m.gherkinDocument.uri, f?.name ?? '');
      type Kind = NonNullable<typeof f>['children'][number];
      const loop = (kinderen: readonly Kind[]) => {
        for (const k of kinderen) {
          for (const s of [...(k.background?.steps ?? []), ...(k.scenario?.steps ?? [])]) this.trefwoorden.set(s.id, s.keyword.trim());
          if (k.rule) loop(k.rule.children as readonly Kind[]);
        }
      };
      loop(f?.children ?? []);
      return [];
    }
    if (m.pickle) {
      this.pickles.set(m.pickle.id, {
        naam: m.pickle.name,
        uri: m.pickle.uri,
        tags: m.pickle.tags.map((t) => t.name),
        stappen: m.pickle.steps.map((s) => {
          const tabel = s.argument?.dataTable?.rows.map((r) => r.cells.map((c) => c.value)) ?? s.argument?.docString?.content.split('\n').map((r) => [r]);
          return { id: s.id, tekst: s.text, ast: s.astNodeIds[0] ?? '', ...(tabel && { tabel }) };
        }),
      });
      return [];
    }
    if (m.testCase) {
      this.testCases.set(m.testCase.id, {
        pickle: m.testCase.pickleId,
        stappen: m.testCase.testSteps.map((s) => ({ id: s.id, ...(s.pickleStepId && { pickleStap: s.pickleStepId }) })),
      });
      return [];
    }
    if (m.testCaseStarted) {
      const tc = this.testCases.get(m.testCaseStarted.testCaseId);
      const p = tc && this.pickles.get(tc.pickle);
      if (!tc || !p) return [];
      const nr = this.volgende++;
      const index = new Map(p.stappen.map((s, i) => [s.id, i]));
      const stappen = new Map<string, number>();
      for (const s of tc.stappen) if (s.pickleStap !== undefined && index.has(s.pickleStap)) stappen.set(s.id, index.get(s.pickleStap)!);
      this.lopend.set(m.testCaseStarted.id, { nr, stappen, status: 'PASSED', melding: '' });
      return [
        {
          soort: 'scenario',
          nr,
          naam: p.naam,
          feature: this.features.get(p.uri) ?? '',
          domein: domeinVan(p.tags) as Domein | null,
          sutRol: sutRolVan(p.tags) as Rol | null,
          stappen: p.stappen.map((s) => ({ trefwoord: this.trefwoorden.get(s.ast) ?? '', tekst: s.tekst, ...(s.tabel && { tabel: s.tabel }) })),
        },
      ];
    }
    if (m.testStepStarted) {
      const l = this.lopend.get(m.testStepStarted.testCaseStartedId);
      const stap = l?.stappen.get(m.testStepStarted.testStepId);
      return l && stap !== undefined ? [{ soort: 'stap', nr: l.nr, stap, status: 'bezig' }] : [];
    }
    if (m.testStepFinished) {
      const l = this.lopend.get(m.testStepFinished.testCaseStartedId);
      if (!l) return [];
      const r = m.testStepFinished.testStepResult;
      const melding = r.status === 'PASSED' || r.status === 'SKIPPED' ? '' : (r.message ?? r.exception?.message ?? r.status);
      if (ERNST.indexOf(r.status) > ERNST.indexOf(l.status)) {
        l.status = r.status;
        l.melding = melding;
      }
      const stap = l.stappen.get(m.testStepFinished.testStepId);
      return stap === undefined ? [] : [{ soort: 'stap', nr: l.nr, stap, status: r.status, ...(melding && { melding }) }];
    }
    if (m.testCaseFinished) {
      const l = this.lopend.get(m.testCaseFinished.testCaseStartedId);
      if (!l) return [];
      this.lopend.delete(m.testCaseFinished.testCaseStartedId);
      const opnieuw = m.testCaseFinished.willBeRetried;
      if (!opnieuw) {
        this.telling.totaal++;
        if (l.status === 'PASSED') this.telling.geslaagd++;
        else this.telling.gefaald++;
      }
      return [{ soort: 'scenario-klaar', nr: l.nr, status: l.status, melding: l.melding, opnieuw }];
    }
    return [];
  }
}
