/**
 * What a scenario has said so far, as its sentences are read one by one: the domain and the role of
 * the system under test, the setup, the clock, the client, the toewijzing and the verzoek the next
 * sentence means by "de toewijzing" or "het verzoek", and the steps with their expectations. The
 * plan of a whole scenario (steps/plan.ts) and the running scenario (steps/wereld.ts) fill one each,
 * with the same sentences, so they cannot disagree.
 */
import { STANDAARD_CLIENT } from '../simulator/standaard/berichten/bouwers';
import type { Berichtnummer } from '../simulator/standaard/berichten/catalogus';
import { eersteDag, volgendeMaand } from '../simulator/standaard/berichten/datum';
import type { Domein } from '../simulator/standaard/woorden';
import type { BronnenConfig } from '../simulator/standaard/bronnen/bronnen';
import type { ProductJson } from '../simulator/partij/acties';
import type { Rol } from '../simulator/standaard/woorden';
import { domeinwaarden, metEis, type Domeinwaarden, type Eis, type Opzet, type Stap } from '../scenarios/model';

/** A sentence that cannot be read in this place of the scenario: the reason, in Dutch. */
export class Zinsfout extends Error {}

/** What the scenario knows of a toewijzing it named. */
export interface BekendeToewijzing {
  readonly nummer: number;
  readonly product?: ProductJson | null;
  readonly ingang: string;
  begin?: string;
}

export class Verloop {
  domein: Domein | undefined;
  sutRol: Rol | undefined;
  readonly opzet: { gi?: boolean; bronnen?: BronnenConfig; gemeente?: string; vasteDatums?: boolean } = {};
  /** The day the next step happens on. */
  datum: string | undefined;
  bsn: string = STANDAARD_CLIENT.Bsn;
  readonly toewijzingen = new Map<number, BekendeToewijzing>();
  laatsteToewijzing: number | undefined;
  laatsteVerzoek: string | undefined;
  readonly stappen: Stap[] = [];

  constructor(tags: readonly string[] = []) {
    if (tags.includes('@vaste-datums')) this.opzet.vasteDatums = true;
  }

  get waarden(): Domeinwaarden {
    if (!this.domein) throw new Zinsfout("het scenario noemt nog geen domein: begin met 'Gegeven het domein jw met als systeem onder test de gemeente'");
    return domeinwaarden(this.domein);
  }

  get rol(): Rol {
    if (!this.sutRol) throw new Zinsfout("het scenario noemt nog geen systeem onder test: begin met 'Gegeven het domein jw met als systeem onder test de gemeente'");
    return this.sutRol;
  }

  /** The setup as the plan carries it. */
  get vasteOpzet(): Opzet {
    return { ...this.opzet };
  }

  /** The clock; a step that sets no date of its own happens on it. */
  nu(): string {
    if (!this.datum) throw new Zinsfout("het scenario noemt nog geen datum waarop deze stap gebeurt: zet die met 'Gegeven het is 01-03-2026'");
    return this.datum;
  }

  /** Something happened on this day: the clock moves forward to it (never back). */
  gebeurdOp(datum: string): void {
    if (!this.datum || datum > this.datum) this.datum = datum;
  }

  /** A declaration about a month is sent after it. */
  gedeclareerdOver(maand: string): void {
    this.gebeurdOp(eersteDag(volgendeMaand(maand)));
  }

  /** The toewijzing a sentence means: the one it names, else the last one named. */
  toewijzing(nummer?: number | null): number {
    const n = nummer ?? this.laatsteToewijzing;
    if (n === undefined) throw new Zinsfout('welke toewijzing? Het scenario heeft nog geen toewijzing genoemd');
    this.laatsteToewijzing = n;
    return n;
  }

  /** A number for a toewijzing the scenario does not number itself. */
  nieuwNummer(): number {
    let n = 1001;
    while (this.toewijzingen.has(n)) n++;
    return n;
  }

  kenToewijzing(t: BekendeToewijzing): void {
    this.toewijzingen.set(t.nummer, t);
    this.laatsteToewijzing = t.nummer;
  }

  verzoek(referentie?: string): string {
    const r = referentie ?? this.laatsteVerzoek;
    if (!r) throw new Zinsfout('welk verzoek? Het scenario heeft nog geen verzoek genoemd');
    this.laatsteVerzoek = r;
    return r;
  }

  /** A business step or message of a party: on the clock, with the message it produces as first expectation. */
  stap(s: Omit<Stap, 'datum' | 'verwacht'> & { bericht?: Stap['bericht']; verwacht?: Stap['verwacht'] }, produceert?: Berichtnummer): Stap {
    const stap: Stap = { ...s, client: this.bsn, datum: this.nu(), verwacht: { ...(produceert && { bericht: produceert }), ...s.verwacht } };
    this.stappen.push(stap);
    return stap;
  }

  /** An expectation about the last step. */
  eis(e: Eis): void {
    const laatste = this.stappen.at(-1);
    if (!laatste) throw new Zinsfout('een verwachting hoort na een stap: er is nog niets gebeurd');
    const soort = 'bericht' in e ? e.bericht : undefined;
    const bericht = laatste.verwacht.bericht;
    if (e.soort !== 'volgt' && soort && bericht && soort !== bericht) {
      throw new Zinsfout(`de stap hiervoor stuurt een ${bericht}-bericht, geen ${soort}`);
    }
    this.stappen[this.stappen.length - 1] = { ...laatste, verwacht: metEis(laatste.verwacht, e) };
  }
}
