/**
 * Plays a scenario in one process: the reference gemeente and aanbieder, each with its own state,
 * take the business steps, and every message goes as bytes through the receiver's pipeline
 * (`simulator/partij/verwerking.ts`, the same the simulator's sessions use: schema, rules, retour,
 * state, reaction); the outcome of each step is compared with the scenario's expectations. No
 * transport: this proves the rules and the reference behaviour, and tells whether a scenario's
 * moved dates hold (scenarios/tijdlijn.ts); the simulator tests play the same scenarios over HTTP.
 */
import { berichttype, type Berichttype } from '../simulator/standaard/berichten/catalogus';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { Bronnen } from '../simulator/standaard/bronnen/bronnen';
import type { Beoordeling } from '../simulator/standaard/regels/beoordeling';
import { tegenrol, type Domein, type Rol } from '../simulator/standaard/woorden';
import { referentieVan } from '../simulator/partij/acties';
import { Geheugen, type Gelogd } from '../simulator/partij/geheugen';
import { ActieFout, Partij } from '../simulator/partij/partij';
import { metType, Verwerking } from '../simulator/partij/verwerking';
import { controleerInhoud, controleerRetour } from './controle';
import { STANDAARD_CLIENT } from '../simulator/standaard/berichten/bouwers';
import type { Scenarioplan, Stap } from './model';

/** The findings of the receiving party's inspection (simulator/partij/keuring.ts), as opposed to the rules'. */
const KEURING: ReadonlySet<string> = new Set(['Header', 'IV034', 'IV028']);

export interface Stapuitkomst {
  readonly titel: string;
  readonly berichten: { type: Berichttype; beoordeling: Beoordeling; bericht: unknown }[];
  readonly geweigerd?: string;
  readonly fouten: string[];
}

export interface InProcesOpties {
  /** The steps to play instead of the plan's own (with their values mapped, scenarios/tijdlijn.ts). */
  readonly stappen?: readonly Stap[];
  /**
   * Play as a run against a system under test does: both parties judge on `vandaag`, the system
   * under test also acts on it, our side acts on each step's date but never after it.
   */
  readonly vandaag?: string;
}

/** Plays a scenario with the setup it asks for (contract tariffs, a gecertificeerde instelling). */
export function speelInProces(plan: Scenarioplan, opties: InProcesOpties = {}): Stapuitkomst[] {
  const spel = new InProces(plan, opties.vandaag ? plan.sutRol : undefined);
  return (opties.stappen ?? plan.stappen).map((stap) => {
    if (!opties.vandaag) return spel.speel(stap);
    const onze = stap.door !== plan.sutRol;
    const datum = stap.datum > opties.vandaag ? opties.vandaag : stap.datum;
    return spel.speel(onze && stap.actie ? { ...stap, actie: { ...stap.actie, dagtekening: datum } } : stap, opties.vandaag, onze ? datum : opties.vandaag);
  });
}

interface Speler {
  readonly verwerking: Verwerking;
  readonly geheugen: Geheugen;
}

/** The two reference parties of one scenario, sharing a clock; messages between them are delivered in the order sent. */
class InProces {
  private readonly bronnen: Bronnen;
  private readonly gemeente: string;
  private readonly domein: Domein;
  private readonly partijen: Record<Rol, Speler>;

  /** `sutRol`: only the messages of this party are inspected (a run against a system under test); absent: all. */
  constructor(
    plan: Scenarioplan,
    private readonly sutRol?: Rol,
  ) {
    this.domein = plan.domein;
    this.bronnen = new Bronnen(plan.opzet.bronnen ?? {});
    this.gemeente = plan.opzet.gemeente ?? '0384';
    const domein = plan.domein;
    const speler = (rol: Rol): Speler => {
      const partij = new Partij(
        { rol, domein, gemeente: this.gemeente, aanbieder: '12345678', bsn: STANDAARD_CLIENT.Bsn, fouten: [], gi: rol === 'aanbieder' && !!plan.opzet.gi },
        this.bronnen,
      );
      const geheugen = new Geheugen();
      return { verwerking: new Verwerking(partij, geheugen), geheugen };
    };
    this.partijen = { gemeente: speler('gemeente'), aanbieder: speler('aanbieder') };
  }

  /**
   * One step. `datum`: the parties' clock for this step (their judging, and the system under test's
   * acting); `dagtekening`: the date a message sent as it is carries.
   */
  speel(stap: Stap, datum = stap.datum, dagtekening = stap.datum): Stapuitkomst {
    this.bronnen.zetSysteemdatum(datum);
    const zender = this.partijen[stap.door];
    const ontvanger = this.partijen[tegenrol(stap.door)];
    const fouten: string[] = [];
    try {
      if (stap.actie) zender.verwerking.actie(stap.actie);
      else if (stap.bericht) {
        const b = metType(this.domein, stap.bericht(new Sjablonen(this.domein, { dagtekening, partijen: { gemeente: this.gemeente } })));
        zender.geheugen.verstuurAlsZodanig(Buffer.from(schrijfXml(b.type, b.bericht)), b, b.type);
      }
    } catch (e) {
      if (!(e instanceof ActieFout)) throw e;
      if (!stap.verwacht.geweigerd) fouten.push(`de stap werd geweigerd: ${e.message}`);
      return { titel: stap.titel, berichten: [], geweigerd: e.message, fouten };
    }
    if (stap.verwacht.geweigerd) fouten.push('de stap had geweigerd moeten worden');
    if (stap.xml) {
      const g = ontvanger.geheugen.ontvang(ontvanger.verwerking, Buffer.from(stap.xml(new Sjablonen(this.domein, { dagtekening }))));
      if (g.verwerkt?.status === 'verwerkt') fouten.push('het bericht had op het schema afgekeurd moeten worden');
      return { titel: stap.titel, berichten: [], fouten };
    }

    // Deliver what the step sent, and everything that follows from it, in the order sent.
    const eigen = zender.geheugen.haalOp().map((x) => ({ ...x, van: stap.door }));
    const rij = [...eigen];
    const berichten: Stapuitkomst['berichten'] = [];
    const verdicten = new Map<Gelogd, { beoordeling?: Beoordeling; bekend: Set<number> }>();
    for (let x = rij.shift(); x; x = rij.shift()) {
      const naar = this.partijen[tegenrol(x.van)];
      const bsn = x.gelogd.bericht && 'Client' in x.gelogd.bericht.bericht ? (x.gelogd.bericht.bericht.Client?.Bsn ?? '') : '';
      const bekend = new Set(naar.verwerking.partij.toestand.toewijzingen.vanClient(bsn).map((t) => t.nummer));
      const ontvangen = naar.geheugen.ontvang(naar.verwerking, x.bytes);
      const v = ontvangen.verwerkt;
      const type = x.gelogd.type ?? 'onbekend';
      if (!v || v.status === 'afgekeurd') {
        const waarom = ontvangen.weigering ?? JSON.stringify(v?.bevindingen ?? []);
        fouten.push(x.gelogd.gerelateerd ? `het retourbericht ${type} is ongeldig: ${waarom}` : `${type} voldoet niet aan het schema: ${waarom}`);
      }
      // What the receiver sees besides the rules (who sent it to whom, IV034, IV028 on a retour) is never expected.
      for (const f of v?.bevindingen ?? []) if (KEURING.has(f.regel) && (!this.sutRol || x.van === this.sutRol)) fouten.push(`${type}: ${f.regel} ${f.pad}: ${f.melding}`);
      verdicten.set(x.gelogd, { ...(v?.beoordeling && { beoordeling: v.beoordeling }), bekend });
      const b = v?.bericht;
      // A message judged on its own (not a retourbericht the receiver made: that one is listed with its heenbericht).
      if (v?.beoordeling && b && !x.gelogd.gerelateerd) {
        berichten.push({ type: b.type, beoordeling: v.beoordeling, bericht: b.bericht });
        if (v.beoordeling.retour) berichten.push({ type: v.beoordeling.retour.type, beoordeling: v.beoordeling, bericht: v.beoordeling.retour.bericht });
      }
      rij.push(...naar.geheugen.haalOp().map((y) => ({ ...y, van: tegenrol(x.van) })));
    }

    const verwacht = stap.verwacht;
    for (const x of eigen) {
      const b = x.gelogd.bericht;
      const verdict = verdicten.get(x.gelogd);
      if (!verwacht.bericht || !b || b.nummer !== verwacht.bericht || !verdict?.beoordeling) continue;
      const beoordeling = verdict.beoordeling;
      fouten.push(...controleerInhoud(verwacht.inhoud ?? [], b.bericht, verdict.bekend, stap.actie && referentieVan(stap.actie)));
      if (verwacht.retour && verwacht.retour !== 'geen') fouten.push(...controleerRetour(verwacht.retour, beoordeling.retourcodes));
      if (verwacht.retourInhoud) {
        if (beoordeling.retour) fouten.push(...controleerInhoud(verwacht.retourInhoud, beoordeling.retour.bericht, verdict.bekend));
        else fouten.push(`geen retourbericht op de ${b.type}, verwacht: ${verwacht.retourInhoud.map((i) => i.soort).join(', ')}`);
      }
    }
    if (verwacht.bericht && !eigen.some((x) => x.gelogd.bericht?.nummer === verwacht.bericht)) {
      fouten.push(`verwacht een ${verwacht.bericht}, verstuurd: ${eigen.map((x) => x.gelogd.bericht?.nummer ?? '?').join(', ') || 'niets'}`);
    }
    for (const f of verwacht.volgt ?? []) {
      const gevolgd = berichten.find((b) => b.type === berichttype(this.domein, f.bericht));
      if (!gevolgd) fouten.push(`verwacht dat de ${f.door} uit zichzelf een ${f.bericht} stuurt`);
      else fouten.push(...controleerInhoud(f.inhoud ?? [], gevolgd.bericht, new Set()));
    }
    return { titel: stap.titel, berichten, fouten };
  }
}
