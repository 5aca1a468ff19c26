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
import { ApiFout, type LogBericht, type SimulatorClient } from './client';
import { controleerInhoud, controleerRetour } from './controle';
import { domeinwaarden, type Casus, type Stap } from './model';

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
  /** Maps the dates of the case onto the run (identity, or shifted to lie before today). */
  readonly datum?: (d: string) => string;
  /** Progress lines. */
  readonly log?: (regel: string) => void;
}

export interface StapResultaat {
  readonly titel: string;
  readonly fouten: string[];
  /** What arrived, for the report when a step fails. */
  readonly gezien: string[];
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

/** Shifts every date (YYYY-MM-DD) and month (YYYY-MM) in a value. */
export function verschuifDatums<T>(w: T, datum: (d: string) => string): T {
  if (typeof w === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(w)) return datum(w) as T;
    if (/^\d{4}-\d{2}$/.test(w)) return datum(`${w}-01`).slice(0, 7) as T;
    return w;
  }
  if (Array.isArray(w)) return w.map((x) => verschuifDatums(x, datum)) as T;
  if (w && typeof w === 'object') return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, verschuifDatums(v, datum)])) as T;
  return w;
}

export class Speler {
  /** ToewijzingNummers seen in the exchange so far (to tell stretching from a new toewijzing). */
  private readonly nummers = new Set<number>();

  constructor(private readonly o: Spelopzet) {}

  private get tegenrol(): Rol {
    return this.o.sutRol === 'gemeente' ? 'aanbieder' : 'gemeente';
  }

  private async volgnr(): Promise<number> {
    const alle = await this.o.tegenpartij.berichten();
    return (alle.at(-1)?.volgnr ?? 0) + 1;
  }

  private onthoudNummers(xml: string | undefined): void {
    if (!xml) return;
    for (const m of xml.matchAll(/ToewijzingNummer>\s*(\d+)\s*</g)) this.nummers.add(Number(m[1]));
  }

  async speel(casus: Casus): Promise<StapResultaat[]> {
    const uit: StapResultaat[] = [];
    for (const ruw of casus.stappen(domeinwaarden(this.o.domein))) {
      const stap = this.o.datum ? ({ ...verschuifDatums({ ...ruw, bericht: undefined, xml: undefined }, this.o.datum), bericht: ruw.bericht, xml: ruw.xml } as Stap) : ruw;
      const r = await this.speelStap(stap, ruw.datum);
      uit.push(r);
      if (r.fouten.length) break; // later steps build on this one
    }
    return uit;
  }

  /** `origineleDatum`: the step's date in the case, for templates whose output is shifted afterwards. */
  async speelStap(stap: Stap, origineleDatum = stap.datum): Promise<StapResultaat> {
    const fouten: string[] = [];
    const gezien: string[] = [];
    this.o.log?.(`  ${stap.door}: ${stap.titel}`);
    await this.o.tegenpartij.klok(stap.datum);
    await this.o.sut.klok?.(stap.datum);
    const vanaf = await this.volgnr();
    for (const b of await this.o.tegenpartij.berichten()) this.onthoudNummers(b.xml);

    if (stap.door === this.tegenrol) {
      let verstuurd: { id: string; berichttype: string }[] = [];
      try {
        if (stap.actie) verstuurd = await this.o.tegenpartij.actie(stap.actie);
        else if (stap.bericht || stap.xml) {
          const s = new Sjablonen(this.o.domein, { dagtekening: origineleDatum });
          let xml: string;
          if (stap.xml) xml = stap.xml(s);
          else {
            const b = stap.bericht!(s);
            const bericht = this.o.datum ? verschuifDatums(b.bericht, this.o.datum) : b.bericht;
            xml = schrijfXml(berichttype(this.o.domein, b.nummer), bericht);
          }
          verstuurd = await this.o.tegenpartij.verstuur(xml);
        }
      } catch (e) {
        if (e instanceof ApiFout && e.status === 409 && stap.verwacht.geweigerd) return { titel: stap.titel, fouten, gezien };
        throw e;
      }
      if (stap.verwacht.geweigerd) fouten.push('de simulator had deze stap moeten weigeren');
      for (const v of verstuurd) await this.controleerAntwoordVanSut(v, stap, fouten, gezien);
      await this.controleerVolgt(stap, vanaf, fouten, gezien);
      return { titel: stap.titel, fouten, gezien };
    }

    // The SUT acts: ask it, then wait for its message at our simulator.
    if (!stap.actie) throw new Error(`stap '${stap.titel}' kan de SUT niet laten sturen: alleen acties gaan via de SUT`);
    try {
      await this.o.sut.actie(stap.actie, stap.titel);
    } catch (e) {
      if (e instanceof ApiFout && e.status === 409) {
        if (!stap.verwacht.geweigerd) fouten.push(`de SUT weigerde de stap: ${e.message}`);
        return { titel: stap.titel, fouten, gezien };
      }
      throw e;
    }
    if (stap.verwacht.geweigerd) fouten.push('de SUT had deze stap moeten weigeren');
    if (stap.verwacht.bericht) await this.controleerBerichtVanSut(stap.verwacht.bericht, stap, vanaf, fouten, gezien, stap.actie.referentieAanbieder);
    await this.controleerVolgt(stap, vanaf, fouten, gezien);
    return { titel: stap.titel, fouten, gezien };
  }

  /** A message we sent: wait for the SUT's retourbericht (or none, when the schema rejects it) and check its codes. */
  private async controleerAntwoordVanSut(v: { id: string; berichttype: string }, stap: Stap, fouten: string[], gezien: string[]): Promise<void> {
    const heenType = v.berichttype as Berichttype;
    const info = berichtInfo(heenType);
    const retourNummer = RETOUR_VAN[info.nummer];
    if (!retourNummer || stap.verwacht.retour === undefined) return;
    const geenRetour = stap.verwacht.retour === 'geen';
    const bericht = await totDat(geenRetour ? Math.min(this.o.timeoutMs, 2000) : this.o.timeoutMs, async () => {
      const b = await this.o.tegenpartij.bericht(v.id);
      return b.gerelateerd ? b : undefined;
    });
    if (!bericht) {
      if (!geenRetour) fouten.push(`geen ${berichttype(this.o.domein, retourNummer)} van de SUT ontvangen binnen ${this.o.timeoutMs / 1000} s op ${heenType} (${v.id})`);
      return;
    }
    const retour = await this.o.tegenpartij.bericht(bericht.gerelateerd!);
    gezien.push(beschrijf(retour));
    if (geenRetour) {
      fouten.push(`de SUT stuurde een ${retour.berichttype} op een bericht dat op het schema had moeten worden afgekeurd`);
      return;
    }
    const r = valideerXml(Buffer.from(retour.xml ?? ''));
    if (!r.geldig) {
      fouten.push(`het retourbericht van de SUT is ongeldig: ${r.bevindingen.map((b) => `${b.pad}: ${b.melding}`).join('; ')}`);
      return;
    }
    const heen = valideerXml(Buffer.from(bericht.xml ?? '')).bericht ?? valideerXml(Buffer.from(bericht.xml ?? '')).ruw;
    const codes: Retourcode[] = retourcodesVan(r.berichttype!, r.bericht, heen);
    fouten.push(...controleerRetour(stap.verwacht.retour, codes).map((f) => `retourbericht van de SUT: ${f}`));
    fouten.push(...controleerInhoud(stap.verwacht.retourInhoud ?? [], r.bericht, this.nummers).map((f) => `retourbericht van de SUT: ${f}`));
  }

  /** The SUT's heenbericht: it must arrive, pass schema and rules (as our simulator judged it), and have the required content. */
  private async controleerBerichtVanSut(nummer: Berichtnummer, stap: Stap, vanaf: number, fouten: string[], gezien: string[], referentie?: string): Promise<void> {
    const type = berichttype(this.o.domein, nummer);
    const bericht = await totDat(this.o.timeoutMs, async (resterend) => {
      const lijst = await this.o.tegenpartij.berichten({ richting: 'in', vanaf, wacht: Math.min(resterend, 1000) });
      return lijst.find((b) => b.berichttype === type && b.status !== 'ontvangen');
    });
    if (!bericht) {
      const binnen = (await this.o.tegenpartij.berichten({ richting: 'in', vanaf })).map(beschrijf);
      fouten.push(`geen ${type} van de SUT ontvangen binnen ${this.o.timeoutMs / 1000} s; wel ontvangen: ${binnen.join('; ') || 'niets'}`);
      return;
    }
    const volledig = await this.o.tegenpartij.bericht(bericht.id);
    gezien.push(beschrijf(volledig));
    if (volledig.status === 'afgekeurd') {
      fouten.push(`de ${type} van de SUT is afgekeurd op het schema: ${volledig.bevindingen.map((b) => `${b.pad}: ${b.melding}`).join('; ')}`);
      return;
    }
    if (stap.verwacht.retour && stap.verwacht.retour !== 'geen') {
      const codes = (volledig.retourcodes ?? []) as Retourcode[];
      fouten.push(
        ...controleerRetour(stap.verwacht.retour, codes).map(
          (f) => `de ${type} van de SUT volgens de regels: ${f}${volledig.bevindingen.length ? ` (${volledig.bevindingen.map((b) => `${b.regel} ${b.pad}: ${b.melding}`).join('; ')})` : ''}`,
        ),
      );
    }
    const inhoud = valideerXml(Buffer.from(volledig.xml ?? '')).bericht;
    fouten.push(...controleerInhoud(stap.verwacht.inhoud ?? [], inhoud, this.nummers, referentie).map((f) => `inhoud van de ${type} van de SUT: ${f}`));
    this.onthoudNummers(volledig.xml);
  }

  /** Messages the SUT must send by itself after the step (a GI's start). */
  private async controleerVolgt(stap: Stap, vanaf: number, fouten: string[], gezien: string[]): Promise<void> {
    for (const v of stap.verwacht.volgt ?? []) {
      if (v.door !== this.o.sutRol) continue;
      await this.controleerBerichtVanSut(v.bericht, { ...stap, verwacht: { retour: 'goedgekeurd', ...(v.inhoud && { inhoud: v.inhoud }) } }, vanaf, fouten, gezien);
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
