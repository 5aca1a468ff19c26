/**
 * The world of one conformance scenario: which case, domain and role of the system under test, the
 * player that drives our simulator and the SUT, and the outcome of each step so far. The step
 * definitions (stappen.ts) only speak the domain's words; everything about HTTP is here and below.
 */
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { testBsn } from '../simulator/standaard/berichten/bsn';
import { laatsteDag, maandVan, vandaag } from '../simulator/standaard/berichten/datum';
import { tegenrol, type Rol, type Domein } from '../simulator/standaard/woorden';
import { SimulatorClient } from '../scenarios/client';
import { casusMetId } from '../scenarios/casussen';
import { casusBronnen } from '../scenarios/declareren';
import { domeinwaarden, type Casus, type Stap } from '../scenarios/model';
import { httpDriver, Speler, type StapResultaat, type SutDriver } from '../scenarios/speler';
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
  /** Shift each case's dates by whole months so its last step lies in the current month (a real SUT keeps its own clock). */
  readonly verschuiven?: boolean;
  /** Gemeente code of a real SUT (or our counterpart gemeente), when not the cases' own. */
  readonly gemeente?: string;
}

/** A date moved by whole months; the last day of a month stays the last day, a day the month lacks becomes its last. */
function verschuifMaanden(datum: string, maanden: number): string {
  const [j, m] = datum.split('-').map(Number) as [number, number];
  const totaal = j * 12 + (m - 1) + maanden;
  const maand = `${String(Math.floor(totaal / 12)).padStart(4, '0')}-${String((totaal % 12) + 1).padStart(2, '0')}`;
  const laatste = laatsteDag(maand);
  const zelfdeDag = `${maand}-${datum.slice(8)}`;
  return datum === laatsteDag(maandVan(datum)) || zelfdeDag > laatste ? laatste : zelfdeDag;
}

/** Whole months that move the case's last step into the current month, on or before today. */
function maandenTotVandaag(stappen: readonly Stap[]): number {
  const tot = vandaag();
  const laatste = stappen
    .map((s) => s.datum)
    .sort()
    .at(-1)!;
  const maand = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  let n = maand(tot) - maand(laatste);
  if (verschuifMaanden(laatste, n) > tot) n--;
  return n;
}

function handmatigeDriver(): SutDriver {
  return {
    actie: async (a, omschrijving) => {
      process.stdout.write(`\n>>> Handmatige stap voor het systeem onder test: ${omschrijving}\n    ${JSON.stringify(a)}\n    (de suite wacht op het bericht)\n`);
    },
  };
}

/**
 * A real SUT keeps what earlier scenarios left: each run gets its own client, toewijzing numbers
 * (offset by a million per run) and references (a suffix), derived from the clock so that repeated
 * runs against the same SUT do not meet either.
 */
function uniekeOmzetting(run: number, maanden: number) {
  const reeks = (Math.floor(Date.now() / 1000) + run * 7) % 900;
  const achtervoegsel = reeks.toString(36).toUpperCase().padStart(2, '0') + (run % 1296).toString(36).toUpperCase().padStart(2, '0');
  return {
    ...(maanden && { datum: (d: string) => verschuifMaanden(d, maanden) }),
    // Only the cases' own test clients move; a deliberately wrong Bsn (elfproef) stays wrong.
    bsn: (b: string) => (b.startsWith('9999') ? testBsn((reeks * 3 + run) % 3000) : b),
    nummer: (n: number) => ((reeks + 1) * 1_000_000 + (n % 1_000_000)) % 1_000_000_000,
    referentie: (r: string) => `${r}${achtervoegsel}`,
  };
}

export class KetentestWereld extends World<Wereldparameters> {
  static runs = 0;
  casus!: Casus;
  domein!: Domein;
  rol!: Rol;
  speler!: Speler;
  stappen: Stap[] = [];
  /** The steps as the case has them: the feature's sentences are written from these. */
  origineel: readonly Stap[] = [];
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
    const tegen = this.client(domein, tegenrol(rol));
    const opzet = {
      gemeente: casus.opzet?.gemeente ?? p.gemeente ?? '0384',
      bronnen: casusBronnen(casus, domein),
    };
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
      sut = p.handmatig ? handmatigeDriver() : httpDriver(new SimulatorClient(p.trigger!), false);
    }
    await tegen.reset();
    this.origineel = casus.stappen(domeinwaarden(domein));
    const verschuiving = p.verschuiven ? maandenTotVandaag(this.origineel) : 0;
    const run = ++KetentestWereld.runs;
    this.speler = new Speler({
      domein,
      sutRol: rol,
      tegenpartij: tegen,
      sut,
      timeoutMs: p.timeoutMs,
      klokPerStap: p.modus === 'referentie',
      ...(p.modus === 'extern' && { omzetting: uniekeOmzetting(run, verschuiving) }),
    });
    this.stappen = this.speler.stappen(casus).map((s) => s.stap);
    this.resultaten = [];
  }

  async stap(n: number, tekst: string): Promise<void> {
    const origineel = this.origineel[n - 1];
    const stap = this.stappen[n - 1];
    if (!stap || !origineel) throw new Error(`casus ${this.casus.id} heeft geen stap ${n}`);
    if (origineel.titel !== tekst) throw new Error(`de feature wijkt af van de casus (stap ${n}: '${origineel.titel}'); draai npm run features`);
    if (this.resultaten.length !== n - 1) throw new Error(`stap ${n} komt na stap ${this.resultaten.length}`);
    const r = await this.speler.speelStap(stap, origineel.datum);
    this.resultaten.push(r);
    if (r.uitvoering.length) throw new Error(this.melding(r, r.uitvoering));
  }

  verwacht(tekst: string): void {
    const n = this.resultaten.length;
    const stap = this.origineel[n - 1];
    const r = this.resultaten[n - 1];
    if (!stap || !r) throw new Error(`'${tekst}' staat vóór de eerste stap`);
    const regel = verwachtingsregels(stap, this.rol).find((v) => v.tekst === tekst);
    if (!regel) throw new Error(`'${tekst}' is geen verwachting van stap ${n} in casus ${this.casus.id}; draai npm run features`);
    const c = regel.controle;
    const fouten =
      c.soort === 'geweigerd'
        ? r.geweigerd
        : c.soort === 'retour'
          ? r.retour
          : c.soort === 'inhoud'
            ? r.inhoud[c.index]!
            : c.soort === 'retourinhoud'
              ? r.retourInhoud[c.index]!
              : r.volgt[c.index]!;
    if (fouten.length) throw new Error(this.melding(r, fouten));
  }

  private melding(r: StapResultaat, fouten: readonly string[]): string {
    const gezien = r.gezien.length ? `\nWat er binnenkwam: ${r.gezien.join(' | ')}` : '';
    return `${fouten.join('\n')}${gezien}`;
  }
}

setWorldConstructor(KetentestWereld);
