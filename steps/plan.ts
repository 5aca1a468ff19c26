/**
 * The plan of a scenario: its Gherkin sentences read with the step vocabulary before anything is
 * sent. It tells the runner which sentences are unknown (with the closest known ones), gives the
 * whole scenario for moving its dates against a real system (scenarios/tijdlijn.ts) and for playing
 * it in one process, and tells each step of a running scenario what to wait for.
 */
import { CucumberExpression } from '@cucumber/cucumber-expressions';
import type { Domein } from '../simulator/standaard/woorden';
import type { Rol } from '../simulator/standaard/woorden';
import type { Eis, Scenarioplan } from '../scenarios/model';
import { parameterregister } from './parameters';
import { Verloop, Zinsfout } from './verloop';
import { WOORDENSCHAT, type Extra, type Zin } from './woordenschat';

export interface Gevonden {
  readonly zin: Zin;
  readonly args: readonly unknown[];
}

const register = parameterregister();
const UITDRUKKINGEN = WOORDENSCHAT.map((zin) => ({ zin, uitdrukking: new CucumberExpression(zin.patroon, register) }));

/** The sentence a step's text is, with its arguments; undefined when none; an error when several. */
export function zoekZin(tekst: string): Gevonden | undefined {
  const treffers = UITDRUKKINGEN.flatMap(({ zin, uitdrukking }) => {
    const args = uitdrukking.match(tekst);
    return args ? [{ zin, args: args.map((a) => a.getValue(null)) }] : [];
  });
  if (treffers.length > 1) throw new Zinsfout(`'${tekst}' past op meer dan één zin: ${treffers.map((t) => t.zin.patroon).join(' | ')}`);
  return treffers[0];
}

function afstand(a: readonly string[], b: readonly string[]): number {
  const rij = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let vorige = rij[0]!;
    rij[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const nu = rij[j]!;
      rij[j] = Math.min(rij[j]! + 1, rij[j - 1]! + 1, vorige + (a[i - 1] === b[j - 1] ? 0 : 1));
      vorige = nu;
    }
  }
  return rij[b.length]!;
}

/** The known sentences closest to a text (by words), as examples a tester can copy. */
export function dichtstbijzijnd(tekst: string, aantal = 3): string[] {
  const woorden = tekst.toLowerCase().split(/\s+/);
  return WOORDENSCHAT.map((z) => ({ z, d: afstand(woorden, z.voorbeeld.toLowerCase().split(/\s+/)) }))
    .sort((x, y) => x.d - y.d)
    .slice(0, aantal)
    .map(({ z }) => z.voorbeeld);
}

/** A step of a pickle: its text and its table or doc string. */
export interface Pickelstap {
  readonly tekst: string;
  readonly extra?: Extra;
}

/** Per step of the scenario: which sentence, and for an Als sentence the index of its step in the plan. */
export interface Plandeel {
  readonly zin: Zin;
  readonly args: readonly unknown[];
  readonly stap?: number;
  readonly eis?: Eis;
}

export interface Planresultaat {
  readonly plan?: Scenarioplan;
  readonly delen: readonly Plandeel[];
  /** Every sentence that could not be read, with why and what was meant perhaps. */
  readonly fouten: readonly string[];
}

/** Reads one sentence into the Verloop: for an Als sentence the step carries the sentence as its title. */
export function leesZin(v: Verloop, g: Gevonden, tekst: string, extra?: Extra): Plandeel {
  const eis = g.zin.lees(v, g.args, extra) ?? undefined;
  if (g.zin.soort === 'handeling') {
    const i = v.stappen.length - 1;
    v.stappen[i] = { ...v.stappen[i]!, titel: tekst };
    return { zin: g.zin, args: g.args, stap: i };
  }
  if (eis) v.eis(eis);
  return { zin: g.zin, args: g.args, ...(eis && { eis }) };
}

/** The plan of a scenario from its sentences and tags. */
export function maakPlan(naam: string, tags: readonly string[], stappen: readonly Pickelstap[]): Planresultaat {
  const v = new Verloop(tags);
  const delen: Plandeel[] = [];
  const fouten: string[] = [];
  let onbekend = false;
  for (const [i, s] of stappen.entries()) {
    try {
      const g = zoekZin(s.tekst);
      if (!g) {
        onbekend = true;
        fouten.push(
          `stap ${i + 1}, onbekende zin: '${s.tekst}'. Bekende zinnen die erop lijken:\n${dichtstbijzijnd(s.tekst)
            .map((x) => `      ${x}`)
            .join('\n')}`,
        );
        continue;
      }
      // After an unknown sentence the scenario cannot be read on: only further unknown sentences are worth reporting.
      if (!onbekend) delen.push(leesZin(v, g, s.tekst, s.extra));
    } catch (e) {
      if (!(e instanceof Zinsfout)) throw e;
      fouten.push(`stap ${i + 1} ('${s.tekst}'): ${e.message}`);
    }
  }
  if (fouten.length || !v.domein || !v.sutRol) {
    return {
      delen,
      fouten: fouten.length ? fouten : ["het scenario noemt geen domein en systeem onder test: begin met 'Gegeven het domein jw met als systeem onder test de gemeente'"],
    };
  }
  return { plan: { naam, domein: v.domein as Domein, sutRol: v.sutRol as Rol, opzet: v.vasteOpzet, stappen: v.stappen }, delen, fouten };
}
