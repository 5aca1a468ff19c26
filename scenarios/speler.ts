/**
 * Plays a case against a system under test (SUT) over real transports. Our simulator plays the
 * other role: its steps go through its API, the SUT's steps through the SUT's trigger (the
 * `/acties` contract) or a tester. After each step the player waits for what must follow, and checks
 * it: the SUT's messages are judged by the rules (and their content by the case), the SUT's
 * retourberichten must carry the codes the standard requires.
 */
import { berichtInfo, berichttype, RETOUR_VAN, type Berichtnummer, type Berichttype } from '../simulator/berichten/catalogus';
import { schrijfXml } from '../simulator/berichten/codec';
import type { Domein } from '../simulator/berichten/model';
import { Sjablonen } from '../simulator/berichten/sjablonen';
import { valideerXml } from '../simulator/berichten/validator';
import type { Retourcode } from '../simulator/regels/beoordeling';
import { retourcodesVan } from '../simulator/regels/retourlezer';
import type { Actie } from '../simulator/rollen/acties';
import type { Rol } from '../simulator/rollen/fouten';
import { ApiFout, type LogBericht, type SimulatorClient, type Verstuurd } from './client';
import { controleerInhoud, controleerRetour } from './controle';
import { domeinwaarden, type Casus, type Stap } from './model';
import { zetStappenOm, type Omzetting } from './omzetting';

/** How the suite asks the SUT to act. */
export interface SutDriver {
  /** Takes the business step; throws ApiFout(409) when the SUT refuses it. */
  actie(a: Actie, omschrijving: string): Promise<void>;
  /** Sets the SUT's clock, when the SUT allows it (our reference does; a real SUT keeps its own). */
  klok?(datum: string): Promise<void>;
}

export interface Spelopzet {
  readonly domein: Domein;
  readonly sutRol: Rol;
  readonly tegenpartij: SimulatorClient;
  readonly sut: SutDriver;
  readonly timeoutMs: number;
  /**
   * Maps the case's dates, numbers and references onto the run (a real SUT keeps its clock and its
   * state between scenarios). Our simulator then acts on each step's mapped date.
   */
  readonly omzetting?: Omzetting;
  /**
   * Set our clock (and the SUT's, when it allows) to each step's date. Off for a real SUT: it keeps
   * its own clock, so ours runs on today's date too and the shifted case dates lie before it.
   */
  readonly klokPerStap?: boolean;
  /** Progress lines. */
  readonly log?: (regel: string) => void;
}

/** The outcome of one step, per check, so each expectation can be reported on its own. */
export interface StapResultaat {
  readonly titel: string;
  /** Could not take the step, or what had to follow never came. */
  readonly uitvoering: string[];
  readonly geweigerd: string[];
  readonly retour: string[];
  readonly inhoud: string[][];
  readonly retourInhoud: string[][];
  readonly volgt: string[][];
  /** Every difference, all checks together. */
  readonly fouten: string[];
  /** What arrived, for the report when a step fails. */
  readonly gezien: string[];
}

class Verslag {
  readonly uitvoering: string[] = [];
  readonly geweigerd: string[] = [];
  readonly retour: string[] = [];
  readonly inhoud: string[][];
  readonly retourInhoud: string[][];
  readonly volgt: string[][];
  readonly gezien: string[] = [];

  constructor(readonly stap: Stap) {
    this.inhoud = (stap.verwacht.inhoud ?? []).map(() => []);
    this.retourInhoud = (stap.verwacht.retourInhoud ?? []).map(() => []);
    this.volgt = (stap.verwacht.volgt ?? []).map(() => []);
  }

  resultaat(): StapResultaat {
    const fouten = [...this.uitvoering, ...this.geweigerd, ...this.retour, ...this.inhoud.flat(), ...this.retourInhoud.flat(), ...this.volgt.flat()];
    return { titel: this.stap.titel, uitvoering: this.uitvoering, geweigerd: this.geweigerd, retour: this.retour, inhoud: this.inhoud, retourInhoud: this.retourInhoud, volgt: this.volgt, fouten, gezien: this.gezien };
  }
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function totDat<T>(timeoutMs: number, probeer: (resterend: number) => Promise<T | undefined>): Promise<T | undefined> {
  const einde = Date.now() + timeoutMs;
  for (;;) {
    const resterend = einde - Date.now();
    const r = await probeer(Math.max(0, resterend));
    if (r !== undefined || resterend <= 0) return r;
    await wacht(Math.min(100, resterend));
  }
}

function beschrijf(b: LogBericht): string {
  const fout = b.bevindingen.length ? `; bevindingen: ${b.bevindingen.slice(0, 3).map((x) => `${x.regel} ${x.pad}: ${x.melding}`).join(' | ')}` : '';
  return `${b.richting === 'in' ? 'ontvangen' : 'verstuurd'} ${b.berichttype ?? '(onbekend)'} ${b.status}${fout}`;
}

export class Speler {
  /** ToewijzingNummers seen in the exchange so far (to tell stretching from a new toewijzing). */
  private readonly nummers = new Set<number>();
  /** Prefix of the BerichtIdentificatie of messages sent as they are: unique per player and step (TR056). */
  private readonly prefix = Math.floor(Math.random() * 36 ** 4).toString(36).toUpperCase().padStart(4, '0');
  private stapnummer = 0;

  constructor(private readonly o: Spelopzet) {}

  private get tegenrol(): Rol {
    return this.o.sutRol === 'gemeente' ? 'aanbieder' : 'gemeente';
  }

  private async volgnr(): Promise<number> {
    const alle = await this.o.tegenpartij.berichten();
    for (const b of alle) this.onthoudNummers(b.xml);
    return (alle.at(-1)?.volgnr ?? 0) + 1;
  }

  private onthoudNummers(xml: string | undefined): void {
    if (!xml) return;
    for (const m of xml.matchAll(/ToewijzingNummer>\s*(\d+)\s*</g)) this.nummers.add(Number(m[1]));
  }

  /** The steps of a case in this domain, with the run's values. */
  stappen(casus: Casus): Stap[] {
    const ruw = casus.stappen(domeinwaarden(this.o.domein));
    return this.o.omzetting ? zetStappenOm(ruw, this.o.omzetting) : [...ruw];
  }

  async speel(casus: Casus): Promise<StapResultaat[]> {
    const uit: StapResultaat[] = [];
    for (const stap of this.stappen(casus)) {
      const r = await this.speelStap(stap);
      uit.push(r);
      if (r.fouten.length) break; // later steps build on this one
    }
    return uit;
  }

  async speelStap(stap: Stap): Promise<StapResultaat> {
    const v = new Verslag(stap);
    this.stapnummer++;
    this.o.log?.(`    ${stap.titel}`);
    if (this.o.klokPerStap !== false) {
      await this.o.tegenpartij.klok(stap.datum);
      await this.o.sut.klok?.(stap.datum);
    }
    const vanaf = await this.volgnr();

    if (stap.door === this.tegenrol) {
      let verstuurd: Verstuurd[] = [];
      try {
        // Against a real SUT our clock stays on today (we judge its messages as of today); we act on the step's date.
        if (stap.actie) verstuurd = await this.o.tegenpartij.actie(this.o.omzetting ? { ...stap.actie, dagtekening: stap.datum } : stap.actie);
        else if (stap.bericht || stap.xml) {
          const s = new Sjablonen(this.o.domein, { dagtekening: stap.datum, prefix: `${this.prefix}${(this.stapnummer % 100).toString().padStart(2, '0')}` });
          let xml: string;
          if (stap.xml) xml = stap.xml(s);
          else {
            const b = stap.bericht!(s);
            xml = schrijfXml(berichttype(this.o.domein, b.nummer), b.bericht);
          }
          verstuurd = await this.o.tegenpartij.verstuur(xml);
        }
      } catch (e) {
        if (e instanceof ApiFout && e.status === 409 && stap.verwacht.geweigerd) return v.resultaat();
        throw e;
      }
      if (stap.verwacht.geweigerd) v.geweigerd.push('de simulator had deze stap moeten weigeren');
      const verwacht = stap.verwacht.bericht && berichttype(this.o.domein, stap.verwacht.bericht);
      if (verwacht && !verstuurd.some((b) => b.berichttype === verwacht)) {
        v.uitvoering.push(`de simulator stuurde geen ${verwacht} maar ${verstuurd.map((b) => b.berichttype).join(', ') || 'niets'}`);
      }
      for (const b of verstuurd) await this.controleerAntwoordVanSut(b, stap, v);
      await this.controleerVolgt(stap, vanaf, v);
      return v.resultaat();
    }

    // The SUT acts: ask it, then wait for its message at our simulator.
    if (!stap.actie) throw new Error(`stap '${stap.titel}' kan de SUT niet laten sturen: alleen acties gaan via de SUT`);
    try {
      await this.o.sut.actie(stap.actie, stap.titel);
    } catch (e) {
      if (e instanceof ApiFout && (e.status === 409 || e.status === 404 || e.status === 400)) {
        if (!stap.verwacht.geweigerd) v.uitvoering.push(`de SUT weigerde de stap: ${e.message}`);
        return v.resultaat();
      }
      throw e;
    }
    if (stap.verwacht.geweigerd) {
      // The SUT took a step the standard does not allow now: show what it sent.
      await wacht(300);
      const ontvangen = (await this.o.tegenpartij.berichten({ richting: 'in', vanaf })).map(beschrijf);
      v.geweigerd.push(`de SUT had deze stap moeten weigeren, maar deed hem${ontvangen.length ? `: ${ontvangen.join('; ')}` : ''}`);
      return v.resultaat();
    }
    if (stap.verwacht.bericht) await this.controleerBerichtVanSut(stap.verwacht.bericht, stap, vanaf, v, stap.actie.referentieAanbieder);
    await this.controleerVolgt(stap, vanaf, v);
    return v.resultaat();
  }

  /** A message we sent: wait for the SUT's retourbericht (or none, when the schema rejects it) and check its codes. */
  private async controleerAntwoordVanSut(b: Verstuurd, stap: Stap, v: Verslag): Promise<void> {
    const heenType = b.berichttype as Berichttype;
    const retourNummer = RETOUR_VAN[berichtInfo(heenType).nummer];
    if (!retourNummer || stap.verwacht.retour === undefined) return;
    const geenRetour = stap.verwacht.retour === 'geen';
    const termijn = geenRetour ? Math.min(this.o.timeoutMs, 1500) : this.o.timeoutMs;
    const einde = Date.now() + termijn;
    let heen = await this.o.tegenpartij.bericht(b.id, termijn);
    while (!heen.gerelateerd && Date.now() < einde) heen = await this.o.tegenpartij.bericht(b.id, einde - Date.now());
    if (!heen.gerelateerd) {
      if (!geenRetour) {
        const aflevering = heen.afleverstatus === 'afgeleverd' ? 'afgeleverd' : `niet afgeleverd (${(heen as unknown as { laatsteFout?: string }).laatsteFout ?? heen.afleverstatus})`;
        v.retour.push(`geen ${berichttype(this.o.domein, retourNummer)} van de SUT ontvangen binnen ${termijn / 1000} s op ${heenType} (${aflevering})`);
      }
      return;
    }
    const retour = await this.o.tegenpartij.bericht(heen.gerelateerd);
    v.gezien.push(beschrijf(retour));
    if (geenRetour) {
      v.retour.push(`de SUT stuurde een ${retour.berichttype} op een bericht dat op het schema had moeten worden afgekeurd`);
      return;
    }
    const r = valideerXml(Buffer.from(retour.xml ?? ''));
    if (!r.geldig) {
      v.retour.push(`het retourbericht van de SUT is ongeldig: ${r.bevindingen.map((x) => `${x.pad}: ${x.melding}`).join('; ')}`);
      return;
    }
    const heenBericht = valideerXml(Buffer.from(heen.xml ?? ''));
    const codes: Retourcode[] = retourcodesVan(r.berichttype!, r.bericht, heenBericht.bericht ?? heenBericht.ruw);
    v.retour.push(...controleerRetour(stap.verwacht.retour, codes).map((f) => `retourbericht van de SUT: ${f}`));
    (stap.verwacht.retourInhoud ?? []).forEach((i, index) => v.retourInhoud[index]!.push(...controleerInhoud([i], r.bericht, this.nummers).map((f) => `retourbericht van de SUT: ${f}`)));
  }

  /** The SUT's heenbericht: it must arrive, pass schema and rules (as our simulator judged it), and have the required content. */
  private async controleerBerichtVanSut(nummer: Berichtnummer, stap: Stap, vanaf: number, v: Verslag, referentie?: string, doel?: string[]): Promise<void> {
    const type = berichttype(this.o.domein, nummer);
    const bericht = await totDat(this.o.timeoutMs, async (resterend) => {
      const lijst = await this.o.tegenpartij.berichten({ richting: 'in', vanaf, wacht: Math.min(resterend, 1000) });
      return lijst.find((b) => b.berichttype === type && b.status !== 'ontvangen');
    });
    if (!bericht) {
      const binnen = (await this.o.tegenpartij.berichten({ richting: 'in', vanaf })).map(beschrijf);
      (doel ?? v.uitvoering).push(`geen ${type} van de SUT ontvangen binnen ${this.o.timeoutMs / 1000} s; wel ontvangen: ${binnen.join('; ') || 'niets'}`);
      return;
    }
    const volledig = await this.o.tegenpartij.bericht(bericht.id);
    v.gezien.push(beschrijf(volledig));
    if (volledig.status === 'afgekeurd') {
      (doel ?? v.retour).push(`de ${type} van de SUT is afgekeurd op het schema: ${volledig.bevindingen.map((b) => `${b.pad}: ${b.melding}`).join('; ')}`);
      return;
    }
    const verwacht = stap.verwacht.retour;
    if (verwacht && verwacht !== 'geen') {
      const codes = (volledig.retourcodes ?? []) as Retourcode[];
      (doel ?? v.retour).push(
        ...controleerRetour(verwacht, codes).map(
          (f) => `de ${type} van de SUT volgens de regels: ${f}${volledig.bevindingen.length ? ` (${volledig.bevindingen.map((b) => `${b.regel} ${b.pad}: ${b.melding}`).join('; ')})` : ''}`,
        ),
      );
    }
    const inhoud = valideerXml(Buffer.from(volledig.xml ?? '')).bericht;
    (stap.verwacht.inhoud ?? []).forEach((i, index) =>
      (doel ?? v.inhoud[index]!).push(...controleerInhoud([i], inhoud, this.nummers, referentie).map((f) => `inhoud van de ${type} van de SUT: ${f}`)),
    );
    this.onthoudNummers(volledig.xml);
  }

  /** Messages the SUT must send by itself after the step (a GI's start). */
  private async controleerVolgt(stap: Stap, vanaf: number, v: Verslag): Promise<void> {
    for (const [index, f] of (stap.verwacht.volgt ?? []).entries()) {
      if (f.door !== this.o.sutRol) continue;
      const deelstap: Stap = { ...stap, verwacht: { retour: 'goedgekeurd', ...(f.inhoud && { inhoud: f.inhoud }) } };
      await this.controleerBerichtVanSut(f.bericht, deelstap, vanaf, v, undefined, v.volgt[index]);
    }
  }
}

/** The SUT driver for a system that serves the `/acties` contract (our reference serves it). */
export function httpDriver(trigger: SimulatorClient, metKlok: boolean): SutDriver {
  return {
    actie: async (a) => {
      await trigger.actie(a);
    },
    ...(metKlok && { klok: (datum: string) => trigger.klok(datum) }),
  };
}
