/**
 * The dates of a case in a run against a system under test (extern mode). Such a system lives on
 * today's date: every message it sends is dated today, and it decides as of today (which toewijzing
 * is still actueel, whether an end date has passed). The case was written on its own dates. Its
 * dates are therefore moved so that today falls where, in the case, the system's steps happen, and
 * every rule that compares with today, a Dagtekening or another message (TR135, TR134, TR137,
 * TR349-TR351, TR357, TR380, TR318, the week and month counting of TR321/TR322, OP380) gives the
 * verdict the case requires.
 *
 * How the move is chosen:
 * - a case tied to a historical fact (the herindeling of Weesp on 24-03-2022) keeps its dates;
 * - a case that declares is moved by whole months so that its declaratieperiode is the month before
 *   today: every declaration the suite makes is then about that same month, so against a system
 *   that keeps its administration no scenario declares a month before one another declared (TR318),
 *   in any order and on every repetition;
 * - any other case is moved by whole months if one fits (month ends and calendar months stay what
 *   they are), else by days.
 * A candidate counts only when the reference implementation, playing the moved case in one process
 * as the run will (the system under test and our simulator on today's date, our messages dated on
 * their moved dates but never after today), meets every expectation of the case. Our own messages
 * keep their moved Dagtekening, so what the system judges about them is what the case judges.
 */
import type { Bericht } from '../simulator/standaard/berichten/catalogus';
import { dagnummer, maandenVan, maandVan, plusDagen, plusMaanden, plusMaandenMaand } from '../simulator/standaard/berichten/datum';
import type { Domein } from '../simulator/standaard/woorden';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { speelInProces } from './inproces';
import type { Scenarioplan, Stap } from './model';
import { zetStappenOm, type Omzetting } from './omzetting';

export interface Afbeelding extends Omzetting {
  readonly datum: (d: string) => string;
  readonly dagtekening: (d: string) => string;
  /** The day the run happens: the system under test's today. */
  readonly vandaag: string;
  readonly soort: 'vast' | 'maanden' | 'dagen';
  readonly verschuiving: number;
  /** Why this move, in Dutch, for the report. */
  readonly uitleg: string;
}

export function afbeelding(soort: Afbeelding['soort'], verschuiving: number, vandaag: string): Afbeelding {
  const datum = soort === 'maanden' ? (d: string) => plusMaanden(d, verschuiving) : soort === 'dagen' ? (d: string) => plusDagen(d, verschuiving) : (d: string) => d;
  const uitleg =
    soort === 'vast'
      ? 'de casus houdt haar eigen datums'
      : `de datums van de casus zijn ${Math.abs(verschuiving)} ${soort === 'maanden' ? (Math.abs(verschuiving) === 1 ? 'maand' : 'maanden') : Math.abs(verschuiving) === 1 ? 'dag' : 'dagen'} ${verschuiving >= 0 ? 'later' : 'eerder'} gelegd`;
  return {
    soort,
    verschuiving,
    vandaag,
    datum,
    dagtekening: (d) => {
      const n = datum(d);
      return n > vandaag ? vandaag : n;
    },
    uitleg,
  };
}

/** The declaratieperioden (months) a case declares in, in step order. */
export function declaratiemaanden(stappen: readonly Stap[], domein: Domein): string[] {
  return stappen.flatMap((s) => {
    if (s.actie && (s.actie.actie === 'declareren' || s.actie.actie === 'crediteren') && s.actie.maand) return [s.actie.maand];
    if (s.bericht) {
      const b = s.bericht(new Sjablonen(domein, { dagtekening: s.datum }));
      if (b.nummer === '323') return [maandVan((b.bericht as Bericht<'323'>).Declaratie.DeclaratiePeriode.Begindatum)];
    }
    return [];
  });
}

export interface Tijdlijnvraag {
  readonly plan: Scenarioplan;
  /** The system under test's today. */
  readonly vandaag: string;
}

/** The moves worth trying, most natural first. */
function kandidaten(v: Tijdlijnvraag): Afbeelding[] {
  const stappen = v.plan.stappen;
  if (v.plan.opzet.vasteDatums) return [afbeelding('vast', 0, v.vandaag)];
  const gedeclareerd = declaratiemaanden(stappen, v.plan.domein).sort();
  if (gedeclareerd.length) return [afbeelding('maanden', maandenVan(gedeclareerd.at(-1)!, plusMaandenMaand(maandVan(v.vandaag), -1)), v.vandaag)];
  const data = stappen.map((s) => s.datum).sort();
  const eerste = data[0]!;
  const laatste = data.at(-1)!;
  // The last step in the current month, on or before today; then earlier and later.
  let k = maandenVan(maandVan(laatste), maandVan(v.vandaag));
  if (plusMaanden(laatste, k) > v.vandaag) k--;
  const maanden = [...Array.from({ length: 37 }, (_, i) => k + i), k - 1, k - 2].map((n) => afbeelding('maanden', n, v.vandaag));
  // By days: from the last step on today back to the first step on today.
  const n0 = dagnummer(v.vandaag) - dagnummer(laatste);
  const dagen = Array.from({ length: dagnummer(laatste) - dagnummer(eerste) + 1 }, (_, i) => afbeelding('dagen', n0 + i, v.vandaag));
  return [...maanden, ...dagen];
}

/** Whether the reference meets every expectation of the scenario with these dates, as the run will play it. */
export function houdtStand(v: Tijdlijnvraag, a: Afbeelding): string[] {
  return speelInProces(v.plan, { stappen: zetStappenOm(v.plan.stappen, a), vandaag: v.vandaag }).flatMap((u, i) => u.fouten.map((f) => `stap ${i + 1}: ${f}`));
}

export class OnafbeeldbareCasus extends Error {}

/** The move for this scenario on this day; throws OnafbeeldbareCasus when no candidate holds. */
export function kiesAfbeelding(v: Tijdlijnvraag): Afbeelding {
  const opties = kandidaten(v);
  let eersteFout: string[] = [];
  for (const a of opties) {
    const fouten = houdtStand(v, a);
    if (!fouten.length) return a;
    if (!eersteFout.length) eersteFout = fouten;
  }
  throw new OnafbeeldbareCasus(
    `de datums van '${v.plan.naam}' (${v.plan.domein}, systeem onder test: ${v.plan.sutRol}) laten zich op ${v.vandaag} niet zo leggen dat de referentie-implementatie elke verwachting haalt; ` +
      `${opties[0]!.uitleg}: ${eersteFout.slice(0, 3).join('; ')}`,
  );
}
