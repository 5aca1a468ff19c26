/**
 * Plays scenario steps against a system under test (SUT) over real transports. Our simulator plays
 * the other role: its steps go through its API, the SUT's steps through the SUT's trigger (the
 * `/acties` contract) or a tester. Playing a step (`speel`) takes it and waits for what follows: the
 * heenbericht with the receiver's verdict (our simulator's judgement of the SUT's message, or the
 * SUT's retourbericht on ours) and the messages the SUT sends by itself. Checking (`controleer`) holds
 * one expectation against what was seen; a Dan sentence of a scenario does exactly that.
 */
import { berichtInfo, berichtnaam, berichttype, klasseNaam, RETOUR_VAN, type Berichtnummer, type Berichttype } from '../simulator/standaard/berichten/catalogus';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import type { Domein } from '../simulator/standaard/woorden';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { valideerXml } from '../simulator/standaard/berichten/validator';
import { afwijzendeCodes, type Retourcode } from '../simulator/standaard/regels/beoordeling';
import { retourcodesVan } from '../simulator/standaard/regels/retourlezer';
import { referentieVan, type Actie } from '../simulator/partij/acties';
import { tegenrol, type Rol } from '../simulator/standaard/woorden';
import { ApiFout, type LogBericht, type LogBerichtMetXml, type SimulatorClient, type Verstuurd } from './client';
import { controleerInhoud, controleerRetour } from './controle';
import type { Eis, Stap } from './model';
import { zetOm, zetStappenOm, type Omzetting } from './omzetting';
import { geenRetourVan, oordeel as oordeelOver, wachtOpRetour } from './rechter';

/** How the suite asks the SUT to act. */
export interface SutDriver {
  /** Takes the business step; throws ApiFout(409) when the SUT refuses it. */
  actie(a: Actie, omschrijving: string): Promise<void>;
  /** Sets the SUT's clock, when the SUT allows it (our reference does; a real SUT keeps its own). */
  klok?(datum: string): Promise<void>;
  /** Whether the SUT has nothing left to send, when it can tell (our reference can). */
  stil?(): Promise<boolean>;
}

export interface Spelopzet {
  readonly domein: Domein;
  readonly sutRol: Rol;
  readonly tegenpartij: SimulatorClient;
  readonly sut: SutDriver;
  readonly timeoutMs: number;
  /** Maps the scenario's numbers and references (and, for in-memory plans, dates) onto the run. */
  readonly omzetting?: Omzetting;
  /**
   * Set our clock (and the SUT's, when it allows) to each step's date. Off for a real SUT: it keeps
   * its own clock, and our clock stays on `vandaag` (we judge its messages as of its today) while our
   * own steps are dated on their date, but never after today.
   */
  readonly klokPerStap?: boolean;
  readonly vandaag?: string;
  /** Progress lines. */
  readonly log?: (regel: string) => void;
}

/** A heenbericht of the step and what its receiver said about it. */
export interface Waargenomen {
  /** Our party's log id of the message. */
  readonly id: string;
  readonly door: Rol;
  readonly type: Berichttype;
  readonly nummer: Berichtnummer;
  /** The message as read (its content), when it could be read. */
  readonly bericht: unknown;
  /** The receiver's retourcodes; undefined: no retourbericht (none came, or none belongs to this message). */
  readonly retourcodes?: readonly Retourcode[];
  /** The receiver's retourbericht, as read (the 325 carries its own content). */
  readonly retour?: unknown;
  /** Why there is no verdict: the message failed the schema, the retour was invalid, none came in time. */
  readonly geenOordeel?: string;
  readonly bevindingen: readonly { regel: string; pad: string; melding: string }[];
}

/** What playing a step showed. */
export interface Waarneming {
  readonly stap: Stap;
  /** The party refused the step (the standard does not allow it now): its reason. */
  readonly geweigerd?: string;
  /** Could not take the step, or what had to follow never came: the reasons, in Dutch. */
  readonly uitvoering: string[];
  readonly berichten: Waargenomen[];
  /** Messages the SUT sent by itself after the step (a GI's start). */
  readonly volgt: Waargenomen[];
  /** Why a message the SUT had to send by itself did not come. */
  readonly nietGevolgd: string[];
  /** What arrived, for the report when a check fails. */
  readonly gezien: string[];
  /** ToewijzingNummers the exchange knew before this step (to tell stretching from a new toewijzing). */
  readonly bekendeNummers: ReadonlySet<number>;
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long a message of the step's client that misses its number or reference waits for one that fits entirely. */
const WACHT_OP_BETER = 500;

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
  const fout = b.bevindingen.length
    ? `; bevindingen: ${b.bevindingen
        .slice(0, 3)
        .map((x) => `${x.regel} ${x.pad}: ${x.melding}`)
        .join(' | ')}`
    : '';
  return `${b.richting === 'in' ? 'ontvangen' : 'verstuurd'} ${b.berichttype ?? '(onbekend)'}${b.bsn ? ` over cliënt ${b.bsn}` : ''} ${b.status}${fout}`;
}

/** What a message of the SUT must name to be the one a step called for: its client, toewijzing, reference. */
function kenmerkenVan(stap: Stap): { client?: string; nummer?: number; referentie?: string } {
  const a = stap.actie;
  const referentie = a && referentieVan(a);
  return {
    ...(stap.client && { client: stap.client }),
    ...(a && 'toewijzingNummer' in a && a.toewijzingNummer !== undefined && { nummer: a.toewijzingNummer }),
    ...(referentie && { referentie }),
  };
}

/** Why a message is not the step's; '' when it is. One that could not be read belongs to the step that waits for its type. */
function waaromNiet(b: LogBerichtMetXml, stap: Stap): string {
  if (b.status === 'afgekeurd') return '';
  const k = kenmerkenVan(stap);
  if (k.client && b.bsn && b.bsn !== k.client) return `over cliënt ${b.bsn}, niet ${k.client}`;
  if (k.nummer !== undefined && !new RegExp(`ToewijzingNummer>\\s*${k.nummer}\\s*<`).test(b.xml)) return `niet over toewijzing ${k.nummer}`;
  if (k.referentie && !b.xml.includes(`>${k.referentie}<`)) return `zonder de referentie ${k.referentie}`;
  return '';
}

export class Speler {
  /** ToewijzingNummers seen in the exchange so far. */
  private readonly nummers = new Set<number>();
  /** Messages of the SUT an earlier step already took as its own. */
  private readonly geclaimd = new Set<string>();
  /** Prefix of the BerichtIdentificatie of messages sent as they are: unique per player and step (TR056). */
  private readonly prefix = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .toUpperCase()
    .padStart(4, '0');
  private stapnummer = 0;

  constructor(private readonly o: Spelopzet) {}

  private get tegenrol(): Rol {
    return tegenrol(this.o.sutRol);
  }

  private async volgnr(): Promise<number> {
    const alle = await this.o.tegenpartij.berichten();
    return (alle.at(-1)?.volgnr ?? 0) + 1;
  }

  private onthoudNummers(xml: string | undefined): void {
    if (!xml) return;
    for (const m of xml.matchAll(/ToewijzingNummer>\s*(\d+)\s*</g)) this.nummers.add(Number(m[1]));
  }

  /**
   * Before the SUT acts: what our party sent it has been delivered (a retourbericht our store commits a
   * moment after its heenbericht was judged, on a database perhaps a round later), and the SUT has
   * nothing left to deliver when it can tell; so it acts on the exchange as the case has it. At most the
   * step's time-out: what is still under way then is the step's to find.
   */
  private async afgeleverd(): Promise<void> {
    const einde = Date.now() + this.o.timeoutMs;
    while (Date.now() < einde) {
      if ((await this.o.tegenpartij.gezondheid()).wachtendOpAflevering === 0 && (await this.o.sut.stil?.()) !== false) return;
      await wacht(20);
    }
  }

  /**
   * After the last step: wait until nothing more is on its way (our party has processed what came in,
   * the SUT has nothing left to deliver when it can tell), then `nawachtMs` longer for what a real SUT
   * sends late; then our party's log of the whole exchange, for the judge (scenarios/rechter.ts).
   */
  async naAfloop(nawachtMs: number, waarnemingen: readonly Waarneming[] = []): Promise<LogBericht[]> {
    const einde = Date.now() + Math.max(2000, nawachtMs);
    const geenRetour = geenRetourVan(waarnemingen);
    for (;;) {
      const log = await this.o.tegenpartij.berichten();
      // A heenbericht of ours still unanswered may have its retourbericht on the way (a file in a folder is not in any queue).
      const onbeantwoord = log.some((b) => wachtOpRetour(b, geenRetour));
      const stil =
        !onbeantwoord && !log.some((b) => b.status === 'ontvangen') && (await this.o.tegenpartij.gezondheid()).wachtendOpAflevering === 0 && (await this.o.sut.stil?.()) !== false;
      if (stil || Date.now() > einde) break;
      await wacht(20);
    }
    if (nawachtMs > 0) await wacht(nawachtMs);
    return this.o.tegenpartij.berichten();
  }

  /** The steps with the run's values. */
  zetOm(stappen: readonly Stap[]): Stap[] {
    return this.o.omzetting ? zetStappenOm(stappen, this.o.omzetting) : [...stappen];
  }

  /** An expectation with the run's values (the toewijzing numbers and references it names). */
  zetEisOm(eis: Eis): Eis {
    return this.o.omzetting ? zetOm(eis, this.o.omzetting) : eis;
  }

  /** Our Dagtekening for a step: its date, never after the SUT's today. */
  private dagtekening(stap: Stap): string {
    return this.o.vandaag && stap.datum > this.o.vandaag ? this.o.vandaag : stap.datum;
  }

  /**
   * Takes a step and waits for what follows. `stap.verwacht` tells what to wait for (a retourbericht
   * or none, the SUT's message, what it sends by itself); checking is `controleer`'s work.
   */
  async speel(stap: Stap): Promise<Waarneming> {
    this.stapnummer++;
    this.o.log?.(`    ${stap.titel}`);
    if (this.o.klokPerStap !== false) {
      await this.o.tegenpartij.klok(stap.datum);
      await this.o.sut.klok?.(stap.datum);
    }
    const vanaf = await this.volgnr();
    const w: Waarneming = { stap, uitvoering: [], berichten: [], volgt: [], nietGevolgd: [], gezien: [], bekendeNummers: new Set(this.nummers) };
    const uit = (x: Partial<Waarneming>): Waarneming => ({ ...w, ...x });

    if (stap.door === this.tegenrol) {
      let verstuurd: Verstuurd[] = [];
      try {
        if (stap.actie) verstuurd = await this.o.tegenpartij.actie(this.o.klokPerStap === false ? { ...stap.actie, dagtekening: this.dagtekening(stap) } : stap.actie);
        else if (stap.bericht || stap.xml) {
          const s = new Sjablonen(this.o.domein, { dagtekening: this.dagtekening(stap), prefix: `${this.prefix}${(this.stapnummer % 100).toString().padStart(2, '0')}` });
          let xml: string;
          if (stap.xml) xml = stap.xml(s);
          else {
            const b = stap.bericht!(s);
            xml = schrijfXml(berichttype(this.o.domein, b.nummer), b.bericht);
          }
          verstuurd = await this.o.tegenpartij.verstuur(xml);
        }
      } catch (e) {
        if (e instanceof ApiFout && e.status === 409) return uit({ geweigerd: e.message });
        throw e;
      }
      const verwacht = stap.verwacht.bericht && berichttype(this.o.domein, stap.verwacht.bericht);
      if (verwacht && !verstuurd.some((b) => b.berichttype === verwacht)) {
        w.uitvoering.push(`de simulator stuurde geen ${verwacht} maar ${verstuurd.map((b) => b.berichttype).join(', ') || 'niets'}`);
      }
      for (const b of verstuurd) w.berichten.push(await this.antwoordVanSut(b, stap, w));
      await this.volgtVanSut(stap, vanaf, w);
      return w;
    }

    // The SUT acts: ask it, then wait for its message at our simulator.
    if (!stap.actie) throw new Error(`stap '${stap.titel}' kan de SUT niet laten sturen: alleen bedrijfsstappen gaan via de SUT`);
    await this.afgeleverd();
    try {
      await this.o.sut.actie(stap.actie, stap.titel);
    } catch (e) {
      if (e instanceof ApiFout && (e.status === 409 || e.status === 404 || e.status === 400)) {
        if (!stap.verwacht.geweigerd) w.uitvoering.push(`de SUT weigerde de stap: ${e.message}`);
        return uit({ geweigerd: e.message });
      }
      throw e;
    }
    if (stap.verwacht.geweigerd) {
      // The SUT took a step the standard does not allow now: show what it sent.
      await wacht(300);
      const ontvangen = (await this.o.tegenpartij.berichten({ richting: 'in', vanaf })).map(beschrijf);
      w.gezien.push(...ontvangen);
      return w;
    }
    if (stap.verwacht.bericht) {
      const b = await this.berichtVanSut(stap.verwacht.bericht, vanaf, w, w.uitvoering);
      if (b) w.berichten.push(b);
    }
    await this.volgtVanSut(stap, vanaf, w);
    return w;
  }

  /** A message we sent: wait for the SUT's retourbericht (shortly, when the scenario expects none). */
  private async antwoordVanSut(b: Verstuurd, stap: Stap, w: Waarneming): Promise<Waargenomen> {
    const heenType = b.berichttype as Berichttype;
    const nummer = berichtInfo(heenType).nummer;
    const retourNummer = RETOUR_VAN[nummer];
    const geenRetour = stap.verwacht.retour === 'geen';
    const termijn = !retourNummer ? 0 : geenRetour ? Math.min(this.o.timeoutMs, 1500) : this.o.timeoutMs;
    const einde = Date.now() + termijn;
    let heen = await this.o.tegenpartij.bericht(b.id, termijn);
    while (retourNummer && !heen.gerelateerd && Date.now() < einde) heen = await this.o.tegenpartij.bericht(b.id, einde - Date.now());
    this.onthoudNummers(heen.xml);
    const basis = { id: b.id, door: this.tegenrol, type: heenType, nummer, bericht: valideerXml(Buffer.from(heen.xml ?? '')).bericht, bevindingen: [] };
    if (!retourNummer) return basis;
    if (!heen.gerelateerd) {
      const retourType = berichttype(this.o.domein, retourNummer);
      // A retour that came but could not be read or linked is said as exactly that, not as "none came".
      const los = (await this.o.tegenpartij.berichten({ type: retourType, richting: 'in' })).filter((r) => !r.gerelateerd);
      if (los.length) {
        const wat = los.map((r) => {
          const waarom = r.bevindingen.map((x) => `${x.regel ? `${x.regel} ` : ''}${x.pad}: ${x.melding}`).join('; ');
          const hoe =
            r.status === 'afgekeurd'
              ? `onze ${this.tegenrol} keurde het af${waarom ? `: ${waarom}` : ''}`
              : `het hoort bij geen heenbericht van ons${waarom ? ` (${waarom})` : ''}`;
          return `${retourType} (Identificatie ${r.identificatie ?? 'onleesbaar'}): ${hoe}`;
        });
        return { ...basis, geenOordeel: `er kwam een retourbericht van de SUT op ${heenType}, maar het is niet als antwoord te lezen: ${wat.join(' | ')}` };
      }
      const aflevering = heen.afleverstatus === 'afgeleverd' ? 'afgeleverd' : `niet afgeleverd (${heen.laatsteFout ?? heen.afleverstatus})`;
      return { ...basis, geenOordeel: `geen ${retourType} van de SUT ontvangen binnen ${termijn / 1000} s op ${heenType} (${aflevering})` };
    }
    const retour = await this.o.tegenpartij.bericht(heen.gerelateerd);
    w.gezien.push(beschrijf(retour));
    const r = valideerXml(Buffer.from(retour.xml ?? ''));
    if (!r.geldig)
      return { ...basis, geenOordeel: `het retourbericht van de SUT is ongeldig: ${r.bevindingen.map((x) => `${x.pad}: ${x.melding}`).join('; ')}`, retour: null, retourcodes: [] };
    const heenBericht = valideerXml(Buffer.from(heen.xml ?? ''));
    return { ...basis, retour: r.bericht, retourcodes: retourcodesVan(r.berichttype!, r.bericht, heenBericht.bericht ?? heenBericht.ruw) };
  }

  /** The SUT's heenbericht of a type: it must arrive and be read; our simulator's verdict is its retour. */
  /**
   * The SUT's message of a type for this step: found by its content (the step's client, toewijzing
   * number or reference), not by arrival order (OP080). What came but does not belong to the step
   * is said as such.
   */
  private async berichtVanSut(nummer: Berichtnummer, vanaf: number, w: Waarneming, fouten: string[]): Promise<Waargenomen | undefined> {
    const type = berichttype(this.o.domein, nummer);
    const gekeken = new Map<string, LogBerichtMetXml>();
    /** A message of the step's client that misses its number or reference, and since when: its content checks will say what is wrong. */
    let bijna: { b: LogBerichtMetXml; sinds: number } | undefined;
    const volledig =
      (await totDat(this.o.timeoutMs, async (resterend) => {
        const lijst = await this.o.tegenpartij.berichten({ richting: 'in', vanaf, wacht: Math.min(resterend, 1000) });
        for (const b of lijst) {
          if (b.berichttype !== type || b.status === 'ontvangen' || this.geclaimd.has(b.id)) continue;
          const v = gekeken.get(b.id) ?? (await this.o.tegenpartij.bericht(b.id));
          gekeken.set(b.id, v);
          const waarom = waaromNiet(v, w.stap);
          if (!waarom) return v;
          if (!bijna && !waarom.startsWith('over cliënt')) bijna = { b: v, sinds: Date.now() };
        }
        // The one that fits entirely may still come; after a while the client's message is the step's.
        return bijna && Date.now() - bijna.sinds > WACHT_OP_BETER ? bijna.b : undefined;
      })) ?? bijna?.b;
    if (!volledig) {
      const binnen = (await this.o.tegenpartij.berichten({ richting: 'in', vanaf })).map(beschrijf);
      const anders = [...gekeken.values()].map((b) => `een ${b.berichttype} die niet bij deze stap hoort (${waaromNiet(b, w.stap)})`);
      fouten.push(
        `geen ${type} van de SUT voor deze stap ontvangen binnen ${this.o.timeoutMs / 1000} s${anders.length ? `; wel ${anders.join('; ')}` : ''}; ontvangen: ${binnen.join('; ') || 'niets'}`,
      );
      return undefined;
    }
    this.geclaimd.add(volledig.id);
    w.gezien.push(beschrijf(volledig));
    this.onthoudNummers(volledig.xml);
    const basis = { id: volledig.id, door: this.o.sutRol, type, nummer, bericht: valideerXml(Buffer.from(volledig.xml ?? '')).bericht, bevindingen: volledig.bevindingen };
    if (volledig.status === 'afgekeurd')
      return { ...basis, geenOordeel: `de ${type} van de SUT is afgekeurd op het schema: ${volledig.bevindingen.map((b) => `${b.pad}: ${b.melding}`).join('; ')}` };
    return { ...basis, retourcodes: (volledig.retourcodes ?? []) as Retourcode[], ...(volledig.retour && { retour: valideerXml(Buffer.from(volledig.retour.xml)).bericht }) };
  }

  /** Messages the SUT must send by itself after the step (a GI's start). */
  private async volgtVanSut(stap: Stap, vanaf: number, w: Waarneming): Promise<void> {
    for (const f of stap.verwacht.volgt ?? []) {
      if (f.door !== this.o.sutRol) continue;
      const b = await this.berichtVanSut(f.bericht, vanaf, w, w.nietGevolgd);
      if (b) w.volgt.push(b);
    }
  }
}

/** What is wrong with a step, seen against one expectation; empty: it holds. */
export function controleer(eis: Eis, w: Waarneming): string[] {
  const stap = w.stap;
  if (eis.soort === 'geweigerd') {
    if (w.geweigerd) return [];
    return [`de ${stap.door} had deze stap moeten weigeren, maar deed hem${w.gezien.length ? `: ${w.gezien.join('; ')}` : ''}`];
  }
  if (eis.soort === 'volgt') {
    const b = w.volgt.find((x) => x.nummer === eis.bericht);
    if (!b) return [`de ${eis.door} stuurde uit zichzelf geen ${berichtnaam(eis.bericht)}${w.nietGevolgd.length ? `: ${w.nietGevolgd.join('; ')}` : ''}`];
    return eis.inhoud ? controleerInhoud([eis.inhoud], b.bericht, w.bekendeNummers) : [];
  }
  if (w.geweigerd) return [`de ${stap.door} weigerde de stap: ${w.geweigerd}`];
  const b = eis.bericht ? w.berichten.find((x) => x.nummer === eis.bericht) : w.berichten[0];
  const naam = eis.bericht ? berichtnaam(eis.bericht) : 'bericht';
  if (eis.soort === 'retour' && eis.retour === 'geen') {
    if (!b || b.retourcodes === undefined) return [];
    return [`de ontvanger stuurde een retourbericht op een bericht dat op het schema had moeten worden afgekeurd`];
  }
  if (!b) return [...w.uitvoering, ...(w.uitvoering.length ? [] : [`de stap leverde geen ${naam}`])];
  const vanWie = b.door === stap.door && stap.door !== undefined ? `de ${tegenrol(b.door)}` : '';
  const voorvoegsel = `${naam}${vanWie ? `, volgens ${vanWie}` : ''}`;
  switch (eis.soort) {
    case 'retour': {
      const v = eis.retour;
      if (v === 'geen') return [];
      if (b.geenOordeel) return [b.geenOordeel];
      if (v === 'goedgekeurd') return controleerRetour('goedgekeurd', b.retourcodes ?? []).map((f) => `${voorvoegsel}: ${f}${bevindingen(b)}`);
      // One sentence, one code: is it there? (Codes no sentence expects fail the scenario at its end.)
      const gegeven = (b.retourcodes ?? []).filter((r) => afwijzendeCodes(r.codes).includes(v.code) && (!v.klasse || r.pad === v.klasse));
      if (gegeven.length) return [];
      const wel = (b.retourcodes ?? []).flatMap((r) => afwijzendeCodes(r.codes).map((c) => `${c} op ${klasseNaam(r.pad)}`));
      return [`${voorvoegsel}: verwacht retourcode ${v.code}${v.klasse ? ` op ${klasseNaam(v.klasse)}` : ''}, gevonden ${wel.join('; ') || 'goedgekeurd'}${bevindingen(b)}`];
    }
    case 'inhoud':
      return controleerInhoud([eis.inhoud], b.bericht, w.bekendeNummers, (stap.actie && referentieVan(stap.actie)) ?? referentieUit(b)).map((f) => `inhoud van het ${naam}: ${f}`);
    case 'retourinhoud':
      if (b.geenOordeel || !b.retour) return [b.geenOordeel ?? `geen retourbericht op het ${naam}`];
      return controleerInhoud([eis.inhoud], b.retour, w.bekendeNummers).map((f) => `retourbericht op het ${naam}: ${f}`);
  }
}

function bevindingen(b: Waargenomen): string {
  return b.bevindingen.length ? ` (${b.bevindingen.map((x) => `${x.regel} ${x.pad}: ${x.melding}`).join('; ')})` : '';
}

/** The ReferentieAanbieder a 301 answers, when the step did not name it (a toewijzing on a verzoek). */
function referentieUit(b: Waargenomen): string | undefined {
  const p = (b.bericht as { Client?: { ToegewezenProducten?: { ToegewezenProduct?: { ReferentieAanbieder?: string }[] } } } | undefined)?.Client?.ToegewezenProducten
    ?.ToegewezenProduct;
  return p?.find((x) => x.ReferentieAanbieder)?.ReferentieAanbieder;
}

/** The kinds of check, as a failure is reported per kind. */
export type Controle = 'uitvoering' | 'geweigerd' | 'retour' | 'inhoud' | 'retourInhoud' | 'volgt' | 'onverwacht';
const SOORT: Record<Eis['soort'], Controle> = { geweigerd: 'geweigerd', retour: 'retour', inhoud: 'inhoud', retourinhoud: 'retourInhoud', volgt: 'volgt' };

export interface Stapuitslag {
  readonly titel: string;
  readonly fouten: string[];
  readonly perSoort: Partial<Record<Controle, string[]>>;
  readonly gezien: string[];
}

/** Plays every step and checks it against its own expectations (for tests that play a whole plan). */
export async function speelEnControleer(speler: Speler, stappen: readonly Stap[], sutRol: Rol): Promise<Stapuitslag[]> {
  const uit: Stapuitslag[] = [];
  const waarnemingen: Waarneming[] = [];
  for (const stap of speler.zetOm(stappen)) {
    const w = await speler.speel(stap);
    waarnemingen.push(w);
    const perSoort: Partial<Record<Controle, string[]>> = {};
    const voeg = (soort: Controle, f: string[]) => {
      if (f.length) (perSoort[soort] ??= []).push(...f);
    };
    if (!(w.geweigerd && stap.verwacht.geweigerd)) voeg('uitvoering', w.uitvoering);
    for (const e of eisenVan(stap)) voeg(SOORT[e.soort], controleer(e, w));
    uit.push({ titel: stap.titel, fouten: Object.values(perSoort).flat(), perSoort, gezien: w.gezien });
    if (uit.at(-1)!.fouten.length) return uit; // later steps build on this one
  }
  // The exchange as a whole: the judge of everything the SUT sent.
  const oordeel = oordeelOver(await speler.naAfloop(0, waarnemingen), waarnemingen, sutRol);
  if (oordeel.length) uit.push({ titel: 'na afloop: de hele uitwisseling', fouten: oordeel, perSoort: { onverwacht: oordeel }, gezien: [] });
  return uit;
}

/** A step's expectations, one by one (as its Dan sentences state them). */
export function eisenVan(stap: Stap): Eis[] {
  const v = stap.verwacht;
  const b = v.bericht;
  const uit: Eis[] = [];
  if (v.geweigerd) uit.push({ soort: 'geweigerd' });
  if (v.retour === 'goedgekeurd' || v.retour === 'geen') uit.push({ soort: 'retour', ...(b && { bericht: b }), retour: v.retour });
  else for (const r of v.retour ?? []) uit.push({ soort: 'retour', ...(b && { bericht: b }), retour: r });
  for (const i of v.inhoud ?? []) uit.push({ soort: 'inhoud', bericht: b!, inhoud: i });
  for (const i of v.retourInhoud ?? []) uit.push({ soort: 'retourinhoud', bericht: b!, inhoud: i });
  for (const f of v.volgt ?? []) for (const i of f.inhoud ?? [undefined]) uit.push({ soort: 'volgt', door: f.door, bericht: f.bericht, ...(i && { inhoud: i }) });
  return uit;
}

/** The SUT driver for a system that serves the `/acties` contract (our reference serves it). */
export function httpDriver(trigger: SimulatorClient, metKlok: boolean): SutDriver {
  return {
    actie: async (a) => {
      await trigger.actie(a);
    },
    ...(metKlok && {
      klok: (datum: string) => trigger.klok(datum),
      // Our reference as the SUT: nothing to deliver, and each of its heenberichten answered (a retourbericht
      // in a folder between two file transports is in no queue).
      stil: async () => (await trigger.gezondheid()).wachtendOpAflevering === 0 && !(await trigger.berichten()).some((b) => wachtOpRetour(b, new Set())),
    }),
  };
}
