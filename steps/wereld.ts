/**
 * The world of one conformance scenario: which case, domain and role of the system under test, the
 * player that drives our simulator and the SUT, and the outcome of each step so far. The step
 * definitions (stappen.ts) only speak the domain's words; everything about HTTP is here and below.
 */
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import type { Domein } from '../simulator/berichten/model';
import type { Rol } from '../simulator/rollen/fouten';
import { casusMetId } from '../scenarios/casussen';
import { SimulatorClient } from '../scenarios/client';
import { casusBronnen } from '../scenarios/declareren';
import { handmatigeDriver } from '../scenarios/handmatig';
import { datumTekst } from '../scenarios/instructie';
import { domeinwaarden, type Casus, type Stap } from '../scenarios/model';
import { zetStappenOm, type Omzetting } from '../scenarios/omzetting';
import { httpDriver, Speler, type StapResultaat, type SutDriver } from '../scenarios/speler';
import { kiesAfbeelding } from '../scenarios/tijdlijn';
import { Reeks, uniekeOmzetting } from '../scenarios/uniek';
import { verwachtingsregels } from '../scenarios/verwachtingen';

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
   * A real system's today: each case's dates are moved so that it gives the case's verdicts on this
   * day (scenarios/tijdlijn.ts), and each scenario run gets its own client, numbers and references.
   */
  readonly vandaag?: string;
  /** Where the sequence of those run values is kept between runs (scenarios/uniek.ts); absent: in memory. */
  readonly reeks?: string;
  /** Gemeente code of a real SUT (or our counterpart gemeente), when not the cases' own. */
  readonly gemeente?: string;
}

export class KetentestWereld extends World<Wereldparameters> {
  /** One sequence per file, shared by the scenarios of a process. */
  private static readonly reeksen = new Map<string, Reeks>();
  casus!: Casus;
  domein!: Domein;
  rol!: Rol;
  speler!: Speler;
  /** The steps as played: every value of the run. */
  stappen: Stap[] = [];
  /** The steps as the feature shows them (with the run's dates): the sentences are written from these. */
  getoond: readonly Stap[] = [];
  resultaten: StapResultaat[] = [];

  constructor(opties: IWorldOptions<Wereldparameters>) {
    super(opties);
  }

  private client(d: Domein, r: Rol): SimulatorClient {
    const url = this.parameters.simulatoren[d]?.[r];
    if (!url) throw new Error(`geen simulator voor ${d} in de rol ${r}: draai met --domein ${d} of --sut-rol`);
    return new SimulatorClient(url);
  }

  async begin(id: string, domein: Domein, rol: Rol): Promise<void> {
    const casus = casusMetId(id);
    if (!casus) throw new Error(`onbekende casus '${id}'`);
    this.casus = casus;
    this.domein = domein;
    this.rol = rol;
    const p = this.parameters;
    const tegenrol: Rol = rol === 'gemeente' ? 'aanbieder' : 'gemeente';
    const tegen = this.client(domein, tegenrol);
    const opzet = {
      gemeente: casus.opzet?.gemeente ?? p.gemeente ?? '0384',
      bronnen: casusBronnen(casus, domein),
    };
    const origineel = casus.stappen(domeinwaarden(domein));
    // Fails the scenario with the reason when the case cannot be laid on this day.
    const afbeelding = p.vandaag ? kiesAfbeelding({ casus, domein, sutRol: rol, vandaag: p.vandaag }) : undefined;
    let sut: SutDriver;
    if (p.modus === 'referentie') {
      const ref = this.client(domein, rol);
      await tegen.instellingen({ ...opzet, sutUrl: ref.basis, fouten: [], gi: false });
      await ref.instellingen({ ...opzet, sutUrl: tegen.basis, fouten: [...(p.fouten ?? [])], gi: rol === 'aanbieder' && !!casus.opzet?.gi });
      await ref.reset();
      sut = httpDriver(ref, true);
    } else {
      await tegen.instellingen({ ...opzet, fouten: [], gi: false });
      await tegen.klok(null);
      sut = p.handmatig ? handmatigeDriver(rol, domein) : httpDriver(new SimulatorClient(p.trigger!), false);
    }
    await tegen.reset();
    let omzetting: Omzetting | undefined;
    if (p.modus === 'extern') {
      const sleutel = p.reeks ?? '';
      const reeks = KetentestWereld.reeksen.get(sleutel) ?? KetentestWereld.reeksen.set(sleutel, new Reeks(p.reeks)).get(sleutel)!;
      const uniek = uniekeOmzetting(reeks.neem());
      omzetting = { ...afbeelding, ...uniek };
      this.log(`Deze run: ${afbeelding ? `${afbeelding.uitleg} (vandaag is ${datumTekst(afbeelding.vandaag)})` : 'de datums van de casus'}; cliënt en nummers zijn eigen aan deze run, referenties krijgen achtervoegsel ${uniek.achtervoegsel}.`);
    }
    this.getoond = afbeelding ? zetStappenOm(origineel, afbeelding) : origineel;
    this.speler = new Speler({ domein, sutRol: rol, tegenpartij: tegen, sut, timeoutMs: p.timeoutMs, klokPerStap: p.modus === 'referentie', ...(omzetting && { omzetting }) });
    this.stappen = this.speler.stappen(casus);
    this.resultaten = [];
  }

  async stap(n: number, tekst: string): Promise<void> {
    const getoond = this.getoond[n - 1];
    const stap = this.stappen[n - 1];
    if (!stap || !getoond) throw new Error(`casus ${this.casus.id} heeft geen stap ${n}`);
    if (getoond.titel !== tekst) throw new Error(`de feature wijkt af van de casus (stap ${n}: '${getoond.titel}'); draai npm run features`);
    if (this.resultaten.length !== n - 1) throw new Error(`stap ${n} komt na stap ${this.resultaten.length}`);
    const r = await this.speler.speelStap(stap);
    this.resultaten.push(r);
    if (r.uitvoering.length) throw new Error(this.melding(r, r.uitvoering));
  }

  verwacht(tekst: string): void {
    const n = this.resultaten.length;
    const stap = this.getoond[n - 1];
    const r = this.resultaten[n - 1];
    if (!stap || !r) throw new Error(`'${tekst}' staat vóór de eerste stap`);
    const regel = verwachtingsregels(stap, this.rol).find((v) => v.tekst === tekst);
    if (!regel) throw new Error(`'${tekst}' is geen verwachting van stap ${n} in casus ${this.casus.id}; draai npm run features`);
    const c = regel.controle;
    const fouten =
      c.soort === 'geweigerd' ? r.geweigerd : c.soort === 'retour' ? r.retour : c.soort === 'inhoud' ? r.inhoud[c.index]! : c.soort === 'retourinhoud' ? r.retourInhoud[c.index]! : r.volgt[c.index]!;
    if (fouten.length) throw new Error(this.melding(r, fouten));
  }

  private melding(r: StapResultaat, fouten: readonly string[]): string {
    const gezien = r.gezien.length ? `\nWat er binnenkwam: ${r.gezien.join(' | ')}` : '';
    return `${fouten.join('\n')}${gezien}`;
  }
}

setWorldConstructor(KetentestWereld);
