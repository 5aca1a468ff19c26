/**
 * Plays a case in one process: the reference gemeente and aanbieder take the business steps, every
 * message is checked against the schema and judged by its receiver with the rules, and the outcome
 * of each step is compared with the case. No transport: this proves the rules and the reference
 * behaviour; the simulator tests play the same cases over HTTP and files.
 */
import { berichttype, type Bericht, type Berichttype } from '../simulator/berichten/catalogus';
import { STANDAARD_CLIENT } from '../simulator/berichten/bouwers';
import { schrijfXml } from '../simulator/berichten/codec';
import { Sjablonen } from '../simulator/berichten/sjablonen';
import { valideerBericht, valideerXml } from '../simulator/berichten/validator';
import { Bronnen } from '../simulator/bronnen/bronnen';
import type { Beoordeling } from '../simulator/regels/beoordeling';
import { Uitwisseling } from '../simulator/regels/uitwisseling';
import { aanbiederActie, giNaToewijzing } from '../simulator/rollen/aanbieder';
import { gemeenteActie } from '../simulator/rollen/gemeente';
import { ActieFout, clientRegister, uniekeIdentificatie, type PartijContext, type Uitgaand } from '../simulator/rollen/partij';
import { controleerInhoud, controleerRetour } from './controle';
import type { Rol } from '../simulator/rollen/fouten';
import type { Scenarioplan, Stap } from './model';

export interface Stapuitkomst {
  readonly titel: string;
  readonly berichten: { type: Berichttype; beoordeling: Beoordeling; bericht: unknown }[];
  readonly geweigerd?: string;
  readonly fouten: string[];
}

export interface InProcesOpties {
  /** The steps to play instead of the plan's own (with its values mapped, scenarios/tijdlijn.ts). */
  readonly stappen?: readonly Stap[];
  /**
   * Play as a run against a system under test does: it and our simulator judge on `vandaag`, the
   * system under test also acts on it, our side acts on each step's date.
   */
  readonly vandaag?: string;
}

/** Plays a scenario with the setup it asks for (contract tariffs, a gecertificeerde instelling). */
export function speelInProces(plan: Scenarioplan, opties: InProcesOpties = {}): Stapuitkomst[] {
  const domein = plan.domein;
  const bronnen = new Bronnen(plan.opzet.bronnen ?? {});
  const u = new Uitwisseling(bronnen);
  let volgnummer = 100_000;
  const context = (datum: string): PartijContext => ({
    domein,
    gemeente: plan.opzet.gemeente ?? '0384',
    aanbieder: '12345678',
    toestand: u.toestand,
    bronnen,
    systeemdatum: datum,
    heeftFout: () => false,
    client: clientRegister(),
    standaardBsn: STANDAARD_CLIENT.Bsn,
    nieuwToewijzingNummer: () => {
      while (u.toestand.toewijzingen.toewijzing(++volgnummer));
      return volgnummer;
    },
    nieuweReferentie: (soort) => `${soort}${uniekeIdentificatie()}`.slice(0, 20),
    nieuweIdentificatie: uniekeIdentificatie,
  });
  const extern = opties.vandaag ? { sutRol: plan.sutRol, vandaag: opties.vandaag } : undefined;
  /** The date a party acts on in a step. */
  const nu = (stap: Stap, rol: Rol) => (extern?.sutRol === rol ? extern.vandaag : extern && stap.datum > extern.vandaag ? extern.vandaag : stap.datum);
  const uitkomsten: Stapuitkomst[] = [];
  for (const stap of opties.stappen ?? plan.stappen) {
    bronnen.zetSysteemdatum(extern?.vandaag ?? stap.datum);
    const ctx = context(nu(stap, stap.door));
    const fouten: string[] = [];
    let uitgaand: Uitgaand[] = [];
    try {
      if (stap.actie) uitgaand = (stap.door === 'gemeente' ? gemeenteActie : aanbiederActie)(ctx, stap.actie);
      else if (stap.bericht) uitgaand = [stap.bericht(new Sjablonen(domein, { dagtekening: nu(stap, stap.door), partijen: { gemeente: ctx.gemeente } }))];
    } catch (e) {
      if (!(e instanceof ActieFout)) throw e;
      if (!stap.verwacht.geweigerd) fouten.push(`de stap werd geweigerd: ${e.message}`);
      uitkomsten.push({ titel: stap.titel, berichten: [], geweigerd: e.message, fouten });
      continue;
    }
    if (stap.verwacht.geweigerd) fouten.push('de stap had geweigerd moeten worden');
    if (stap.xml) {
      const r = valideerXml(Buffer.from(stap.xml(new Sjablonen(domein, { dagtekening: nu(stap, stap.door) }))));
      if (r.geldig) fouten.push('het bericht had op het schema afgekeurd moeten worden');
      uitkomsten.push({ titel: stap.titel, berichten: [], fouten });
      continue;
    }
    const berichten: Stapuitkomst['berichten'] = [];
    for (const x of uitgaand) {
      const type = berichttype(domein, x.nummer);
      const schema = valideerBericht(type, x.bericht);
      if (schema.length) fouten.push(`${type} voldoet niet aan het schema: ${JSON.stringify(schema)}`);
      const bekend = new Set(u.toestand.toewijzingen.vanClient((x.bericht as { Client?: { Bsn: string } }).Client?.Bsn ?? '').map((t) => t.nummer));
      const beoordeling = u.ontvang(type, x.bericht);
      berichten.push({ type, beoordeling, bericht: x.bericht });
      if (stap.verwacht.bericht && x.nummer === stap.verwacht.bericht) {
        const referentie = stap.actie?.referentieAanbieder;
        fouten.push(...controleerInhoud(stap.verwacht.inhoud ?? [], x.bericht, bekend, referentie));
        if (stap.verwacht.retour && stap.verwacht.retour !== 'geen') fouten.push(...controleerRetour(stap.verwacht.retour, beoordeling.retourcodes));
        if (stap.verwacht.retourInhoud) {
          if (beoordeling.retour) fouten.push(...controleerInhoud(stap.verwacht.retourInhoud, beoordeling.retour.bericht, bekend));
          else fouten.push(`geen retourbericht op de ${type}, verwacht: ${stap.verwacht.retourInhoud.map((i) => i.soort).join(', ')}`);
        }
      }
      if (beoordeling.retour) {
        // The retourbericht must itself be a valid message (the official XSD is the oracle in the tests).
        const r = valideerXml(Buffer.from(schrijfXml(beoordeling.retour.type, beoordeling.retour.bericht)));
        if (!r.geldig) fouten.push(`het retourbericht ${beoordeling.retour.type} is ongeldig: ${JSON.stringify(r.bevindingen)}`);
        berichten.push({ type: beoordeling.retour.type, beoordeling, bericht: beoordeling.retour.bericht });
      }
      // A gecertificeerde instelling starts and stops by itself (OP270/OP295).
      if (plan.opzet.gi && x.nummer === '301') {
        for (const v of giNaToewijzing(context(nu(stap, 'aanbieder')), x.bericht as Bericht<'301'>, beoordeling.accepteert)) {
          const t = berichttype(domein, v.nummer);
          const b = u.ontvang(t, v.bericht);
          berichten.push({ type: t, beoordeling: b, bericht: v.bericht });
        }
      }
    }
    if (stap.verwacht.bericht && !uitgaand.some((x) => x.nummer === stap.verwacht.bericht)) {
      fouten.push(`verwacht een ${stap.verwacht.bericht}, verstuurd: ${uitgaand.map((x) => x.nummer).join(', ') || 'niets'}`);
    }
    for (const v of stap.verwacht.volgt ?? []) {
      const gevolgd = berichten.find((b) => b.type === berichttype(domein, v.bericht));
      if (!gevolgd) fouten.push(`verwacht dat de ${v.door} uit zichzelf een ${v.bericht} stuurt`);
      else fouten.push(...controleerInhoud(v.inhoud ?? [], gevolgd.bericht, new Set()));
    }
    uitkomsten.push({ titel: stap.titel, berichten, fouten });
  }
  return uitkomsten;
}
