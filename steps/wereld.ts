/**
 * The world of one conformance scenario. Before the first step the whole scenario is read into its
 * plan (steps/plan.ts): what each step must wait for. Then each sentence does its own work: a
 * Gegeven sentence sets the scenario up, an Als sentence takes a party's step (our simulator's, or
 * the system under test's through its trigger or a tester) and waits for what follows, a Dan
 * sentence checks its expectation against what was seen. At the end, a rejection no sentence
 * expected fails the scenario. Everything about HTTP is here and below.
 */
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { tegenrol, type Domein } from '../simulator/standaard/woorden';
import type { Rol } from '../simulator/standaard/woorden';
import { SimulatorClient } from '../scenarios/client';
import { handmatigeDriver } from '../scenarios/handmatig';
import type { Eis, Scenarioplan } from '../scenarios/model';
import { oordeel } from '../scenarios/rechter';
import { controleer, httpDriver, Speler, type SutDriver, type Waarneming } from '../scenarios/speler';
import { Reeks, uniekeOmzetting } from '../scenarios/uniek';
import { berichtBijlagen, type Bijlage, ConformanceAssertionError, plaatsInRapport, stapBegin, stapEinde, uitwisselingTabel } from './bijlagen';
import { leesZin, maakPlan, type Pickelstap, type Planresultaat } from './plan';
import { logboek } from './logboek';
import { Verloop } from './verloop';
import type { Extra, Zin } from './woordenschat';

/** What the runner tells the world (cucumber world parameters). */
export interface Wereldparameters {
  /** 'referentie': the SUT is our own reference implementation; 'extern': a real system. */
  readonly modus: 'referentie' | 'extern';
  /** Our simulators per domain and role (in 'extern' mode only the counterpart's role). */
  readonly simulatoren: Partial<Record<Domein, Partial<Record<Rol, string>>>>;
  /** Where a real SUT takes its business steps (the /acties contract). */
  readonly trigger?: string;
  readonly handmatig?: boolean;
  /** Faults the reference SUT runs with (the mutation test). */
  readonly fouten?: readonly string[];
  readonly timeoutMs: number;
  /**
   * A real system's today. The runner has moved the dates of each scenario for this day (the feature
   * text the scenario runs from carries them); our messages are never dated after it.
   */
  readonly vandaag?: string;
  /** Where the sequence of run values (client, numbers, references) is kept between runs (scenarios/uniek.ts); absent: in memory. */
  readonly reeks?: string;
  /** Gemeente code of a real SUT (or our counterpart gemeente), when not the scenarios' own. */
  readonly gemeente?: string;
  /** How long to wait after a scenario's last step for what a real system sends late (ms). */
  readonly nawachtMs?: number;
  /** Whether steps carry their messages and findings as attachments (false: no reports are written). */
  readonly bijlagen?: boolean;
  /** Scenarios whose dates could not be laid on `vandaag`, with the reason (they fail with it). */
  readonly onverschuifbaar?: Record<string, string>;
}

export class KetentestWereld extends World<Wereldparameters> {
  /** One sequence per file, shared by the scenarios of a process. */
  private static readonly reeksen = new Map<string, Reeks>();
  private planresultaat!: Planresultaat;
  /** The scenario as read so far, sentence by sentence. */
  private verloop!: Verloop;
  private gelezen = 0;
  private speler: Speler | undefined;
  /** Our simulator in the scenario: its log is what went over the wire. */
  private tegen: SimulatorClient | undefined;
  private feature = '';
  private tags: readonly string[] = [];
  /** What each step showed, with the step as the plan has it (all its expectations). */
  private readonly waarnemingen: Waarneming[] = [];

  constructor(opties: IWorldOptions<Wereldparameters>) {
    super(opties);
  }

  get plan(): Scenarioplan {
    if (!this.planresultaat.plan) throw new Error(this.planresultaat.fouten.join('\n'));
    return this.planresultaat.plan;
  }

  /** Reads the whole scenario before its first step. */
  lees(naam: string, tags: readonly string[], stappen: readonly Pickelstap[], feature = ''): void {
    this.feature = feature;
    this.tags = tags;
    const reden = this.parameters.onverschuifbaar?.[naam];
    this.planresultaat = reden ? { delen: [], fouten: [reden] } : maakPlan(naam, tags, stappen);
    this.verloop = new Verloop(tags);
    this.gelezen = 0;
  }

  /** One sentence of the scenario: read it, and do what it says. */
  async zin(zin: Zin, args: readonly unknown[], extra?: Extra): Promise<void> {
    const deel = this.planresultaat.delen[this.gelezen++];
    if (!deel || deel.zin !== zin) throw new Error(this.planresultaat.fouten.join('\n') || `stap ${this.gelezen} past niet bij het plan van het scenario`);
    if (this.gelezen === 1 && this.planresultaat.plan) {
      const { domein, sutRol } = this.planresultaat.plan;
      this.bijlage(plaatsInRapport({ domein, sutRol, feature: this.feature, tags: this.tags }));
    }
    const live = leesZin(this.verloop, { zin, args }, deel.stap === undefined ? '' : this.plan.stappen[deel.stap]!.titel, extra);
    if (zin.soort === 'handeling') await this.handel(live.stap!);
    else if (zin.soort === 'controle') await this.controleer(live.eis!);
    // After the last sentence, in its step: a report shows the scenario failed only through a step.
    if (this.gelezen === this.planresultaat.delen.length) await this.rondAf();
  }

  private client(d: Domein, r: Rol): SimulatorClient {
    const url = this.parameters.simulatoren[d]?.[r];
    if (!url) throw new Error(`geen simulator voor ${d} in de rol ${r}: draai met --domein ${d} of --sut-rol`);
    return new SimulatorClient(url);
  }

  /** Sets up our simulator(s) for the scenario, at its first step (after all its Gegeven sentences). */
  private async begin(): Promise<Speler> {
    const plan = this.plan;
    const p = this.parameters;
    const { domein, sutRol: rol } = plan;
    const tegen = this.client(domein, tegenrol(rol));
    const opzet = { gemeente: plan.opzet.gemeente ?? p.gemeente ?? '0384', bronnen: plan.opzet.bronnen ?? {} };
    await logboek.voorReset?.(domein);
    let sut: SutDriver;
    if (p.modus === 'referentie') {
      const ref = this.client(domein, rol);
      await tegen.instellingen({ ...opzet, sutUrl: ref.basis, fouten: [], gi: false });
      await ref.instellingen({ ...opzet, sutUrl: tegen.basis, fouten: [...(p.fouten ?? [])], gi: rol === 'aanbieder' && !!plan.opzet.gi });
      await ref.reset();
      sut = httpDriver(ref, true);
    } else {
      await tegen.instellingen({ ...opzet, fouten: [], gi: false });
      await tegen.klok(null);
      sut = p.handmatig ? handmatigeDriver(rol, domein) : httpDriver(new SimulatorClient(p.trigger!), false);
    }
    await tegen.reset();
    this.tegen = tegen;
    if (p.modus === 'referentie') return new Speler({ domein, sutRol: rol, tegenpartij: tegen, sut, timeoutMs: p.timeoutMs });
    const sleutel = p.reeks ?? '';
    const reeks = KetentestWereld.reeksen.get(sleutel) ?? KetentestWereld.reeksen.set(sleutel, new Reeks(p.reeks)).get(sleutel)!;
    const uniek = uniekeOmzetting(reeks.neem());
    this.log(
      `Deze run: cliënt, toewijzingnummers en referenties zijn eigen aan deze run (referenties krijgen achtervoegsel ${uniek.achtervoegsel}); de datums zijn die van de stappen.`,
    );
    return new Speler({ domein, sutRol: rol, tegenpartij: tegen, sut, timeoutMs: p.timeoutMs, klokPerStap: false, omzetting: uniek, ...(p.vandaag && { vandaag: p.vandaag }) });
  }

  /** An Als sentence: the step as read, with what the plan says must follow. */
  private async handel(index: number): Promise<void> {
    this.speler ??= await this.begin();
    const stap = { ...this.verloop.stappen[index]!, verwacht: this.plan.stappen[index]!.verwacht };
    const [gespeeld] = this.speler.zetOm([stap]);
    const w = await this.speler.speel(gespeeld!);
    this.waarnemingen.push({ ...w, stap: gespeeld! });
    await this.berichtenBijvoegen(w);
    if (w.uitvoering.length && !(w.geweigerd && stap.verwacht.geweigerd)) throw this.fout(w, w.uitvoering);
  }

  private bijlage(b: Bijlage): void {
    if (this.parameters.bijlagen === false) return;
    this.attach(b.inhoud, { mediaType: b.mediaType, fileName: b.naam });
  }

  /** The messages of a step, their retours and findings, on the step in the report. */
  private async berichtenBijvoegen(w: Waarneming): Promise<void> {
    if (!this.tegen || this.parameters.bijlagen === false) return;
    for (const b of [...w.berichten, ...w.volgt]) for (const x of await berichtBijlagen(this.tegen, b, this.plan.sutRol)) this.bijlage(x);
  }

  /** A Dan sentence: its expectation against what the last step showed. */
  private async controleer(eis: Eis): Promise<void> {
    const w = this.waarnemingen.at(-1);
    if (!w) throw new Error('een verwachting hoort na een stap: er is nog niets gebeurd');
    const fouten = controleer(this.speler!.zetEisOm(eis), w);
    if (fouten.length) {
      // The failing check carries what it judged, so the tester need not look for it in the step before.
      await this.berichtenBijvoegen(w);
      throw this.fout(w, fouten);
    }
  }

  /** After the last step: the judge of everything the system under test sent (scenarios/rechter.ts). */
  private async rondAf(): Promise<void> {
    if (!this.speler) return;
    this.bijlage(stapBegin('na afloop: de hele uitwisseling'));
    const log = await this.speler.naAfloop(this.parameters.nawachtMs ?? 0, this.waarnemingen);
    const fouten = oordeel(log, this.waarnemingen, this.plan.sutRol);
    if (!fouten.length) {
      this.bijlage(stapEinde());
      return;
    }
    const melding = `na afloop, over de hele uitwisseling:\n${fouten.map((f) => `- ${f}`).join('\n')}`;
    this.bijlage(uitwisselingTabel(log));
    this.bijlage(stapEinde(melding));
    throw new ConformanceAssertionError(melding);
  }

  private fout(w: Waarneming, fouten: readonly string[]): Error {
    const gezien = w.gezien.length ? `\nWat er binnenkwam: ${w.gezien.join(' | ')}` : '';
    return new ConformanceAssertionError(`${fouten.join('\n')}${gezien}`);
  }
}

setWorldConstructor(KetentestWereld);
