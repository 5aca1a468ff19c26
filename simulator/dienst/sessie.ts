/**
 * A session: one simulated party talking to one system under test, and only what makes it a
 * session: messages are stored before anything else happens, queued and processed one at a time in
 * arrival order (the party's pipeline, `partij/verwerking.ts`, does the processing), logged, replayed
 * after a restart, and delivered in order through the transports, retried while the SUT is unreachable.
 */
import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { schrijfXml } from '../standaard/berichten/codec';
import { berichtInfo, berichttype, verzenderVan, type Berichttype, type Getypt } from '../standaard/berichten/catalogus';
import { kenmerken, valideerXml } from '../standaard/berichten/validator';
import { Bronnen } from '../standaard/bronnen/bronnen';
import type { Retourcode } from '../standaard/regels/beoordeling';
import type { Toestand } from '../standaard/toestand/toestand';
import { decodeer, STANDAARD_GRENZEN, type Leesgrenzen, type XmlElement } from '../standaard/xml/lezer';
import type { Actie } from '../partij/acties';
import { ActieFout, Partij } from '../partij/partij';
import { Verwerking, type Omgeving } from '../partij/verwerking';
import type { BerichtRij, Opslag } from './opslag/contract';
import type { SessieConfig } from './sessieconfig';
import type { Aflevering, Envelop, Ontvangstbewijs, Sessiepunt, Transport, Uitslag, UitgaandBericht } from './transport/contract';

export type { SessieConfig } from './sessieconfig';
export { sessieConfig } from './sessieconfig';

export class Sessie implements Sessiepunt {
  readonly partij: Partij;
  private readonly verwerking: Verwerking;
  private rij: Promise<void> = Promise.resolve();
  private bezorgen: Promise<void> | undefined;
  private bezorgTimer: NodeJS.Timeout | undefined;
  private gestopt = false;
  private wachtenden: (() => void)[] = [];

  constructor(
    readonly id: string,
    readonly config: SessieConfig,
    private readonly opslag: Opslag,
    private readonly transporten: readonly Transport[],
    systeemdatum: string | null,
    readonly grenzen: Leesgrenzen = STANDAARD_GRENZEN,
  ) {
    this.partij = new Partij(config, new Bronnen({ ...config.bronnen, ...(systeemdatum && { systeemdatum }) }));
    this.verwerking = new Verwerking(this.partij, this.omgeving(), grenzen);
    this.herstel();
  }

  get toestand(): Toestand {
    return this.partij.toestand;
  }

  get systeemdatum(): string {
    return this.partij.systeemdatum;
  }

  // ---------------------------------------------------------------------------------------------
  // Restart

  /** Rebuilds the state from the stored events and resumes processing and delivery. */
  private herstel(): void {
    for (const g of this.opslag.gebeurtenissen(this.id)) {
      const rij = this.opslag.bericht(g.bericht);
      if (!rij?.berichttype) continue;
      const b = valideerXml(bytesVan(rij), { ...this.grenzen, maxBytes: Number.MAX_SAFE_INTEGER }).getypt;
      if (b) this.partij.toestand.neemOp(b, g.gebeurtenis);
    }
    for (const r of this.opslag.onverwerkt(this.id)) this.inRij(r.id);
    this.bezorg();
  }

  // ---------------------------------------------------------------------------------------------
  // Receiving

  /** Stores a message from the SUT and queues it; refuses at once what is not a message for this party. */
  async ontvang(bytes: Buffer, envelop: Envelop): Promise<Ontvangstbewijs> {
    const id = randomUUID();
    const { xml, origineel } = alsTekst(bytes);
    const herkend = this.verwerking.herken(bytes);
    const rij = {
      id,
      sessie: this.id,
      richting: 'in',
      transport: envelop.transport,
      envelop,
      bsn: null,
      identificatie: null,
      xml,
      origineel,
      retourcodes: null,
      gerelateerd: null,
      afleverstatus: 'niet-van-toepassing',
      pogingen: 0,
      laatste_fout: null,
      volgende_poging: null,
      tijdstip: new Date().toISOString(),
    } as const;
    if ('fout' in herkend) {
      this.opslag.voegToe({ ...rij, berichttype: herkend.type, status: 'afgekeurd', bevindingen: [{ pad: '/', melding: herkend.fout, regel: 'XSD' }] });
      return { id, fout: herkend.fout };
    }
    this.opslag.voegToe({ ...rij, berichttype: herkend.info.type, status: 'ontvangen', bevindingen: null });
    this.inRij(id, herkend.root);
    return { id };
  }

  /** Queues a stored message; `root` when it was just read on arrival (else it is read from the log). */
  private inRij(id: string, root?: XmlElement): void {
    this.rij = this.rij.then(() => {
      if (this.gestopt) return;
      try {
        const bron = root ? { root } : { bytes: bytesVan(this.opslag.bericht(id)!) };
        const { bericht: _b, beoordeling: _o, ...uitkomst } = this.verwerking.verwerk(id, bron);
        this.opslag.werkBij(id, uitkomst);
      } catch (e) {
        this.opslag.werkBij(id, { status: 'afgekeurd', bevindingen: [{ pad: '/', melding: `interne fout bij verwerken: ${(e as Error).message}`, regel: 'INTERN' }] });
      }
      this.meldWachtenden();
    });
  }

  /** Resolves when every message received so far has been processed. */
  async klaar(): Promise<void> {
    await this.rij;
  }

  async uitslag(id: string): Promise<Uitslag> {
    await this.klaar();
    const rij = this.opslag.bericht(id);
    return { status: rij?.status === 'afgekeurd' ? 'afgekeurd' : 'verwerkt', bevindingen: rij?.bevindingen ?? [] };
  }

  // ---------------------------------------------------------------------------------------------
  // The pipeline's surroundings: the log and delivery

  private omgeving(): Omgeving {
    return {
      verstuur: (b, antwoordOp) => this.verstuurBericht(b, antwoordOp).id,
      legVast: (bericht, g) => this.opslag.voegGebeurtenisToe(this.id, bericht, g),
      verzonden: (type, identificatie) => {
        const heen = this.opslag.uitgaandMetIdentificatie(this.id, identificatie).find((x) => x.berichttype === type);
        if (!heen) return undefined;
        const bericht = valideerXml(Buffer.from(heen.xml)).getypt;
        return { id: heen.id, ...(bericht && { bericht }), beantwoord: heen.gerelateerd !== null };
      },
      koppel: (heen, antwoord, retourcodes) => this.opslag.werkBij(heen, { gerelateerd: antwoord, ...(retourcodes && { retourcodes }) }),
      ontvangenDeclaratie: (declaratieNummer) => {
        const ontvangen = this.opslag.berichten(this.id, { richting: 'in', berichttype: berichttype(this.config.domein, '323') });
        for (const x of ontvangen.reverse()) {
          const b = valideerXml(Buffer.from(x.xml)).getypt;
          if (b?.nummer !== '323' || b.bericht.Declaratie.DeclaratieNummer !== declaratieNummer) continue;
          const retourcodes: readonly Retourcode[] = x.retourcodes ?? [];
          return { id: x.id, bericht: b.bericht, type: b.type, retourcodes, beantwoord: x.gerelateerd !== null };
        }
        return undefined;
      },
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Acting and sending

  /** Takes a business step; the heenberichten it produces are sent to the SUT. Throws ActieFout when it cannot. */
  async actie(a: Actie): Promise<BerichtRij[]> {
    await this.rij; // act on the state after every message received so far
    return this.verwerking.actie(a).map((id) => this.opslag.bericht(id)!);
  }

  /**
   * Sends a message exactly as given, faults and all (the suite's negative cases): it must be a
   * message this role sends, and is not judged or taken into the state before the SUT answers.
   */
  verstuurXml(xml: Buffer): BerichtRij {
    const r = valideerXml(xml, this.grenzen);
    const type = r.berichttype;
    if (!type) throw new ActieFout(`geen bericht om te versturen: ${r.bevindingen[0]?.melding ?? 'onbekend'}`, 409);
    const info = berichtInfo(type);
    if (info.domein !== this.config.domein || verzenderVan(info.nummer) !== this.config.rol) {
      throw new ActieFout(`een ${this.config.rol} verstuurt geen ${type}`, 409);
    }
    return this.slaUitgaandOp(type, xml.toString('utf8'), kenmerken(r), null);
  }

  /** Stores an outbound message and hands it to delivery. */
  private verstuurBericht(b: Getypt, antwoordOp: string | null): BerichtRij {
    return this.slaUitgaandOp(b.type, schrijfXml(b.type, b.bericht), kenmerken({ getypt: b }), antwoordOp);
  }

  private slaUitgaandOp(type: Berichttype, xml: string, k: { bsn: string | null; identificatie: string | null }, antwoordOp: string | null): BerichtRij {
    const transport = this.transporten.find((t) => t.uitgaand?.bedient(this.config))?.naam ?? 'geen';
    const { rol, gemeente, aanbieder } = this.config;
    const wij = rol === 'gemeente' ? [gemeente, aanbieder] : [aanbieder, gemeente];
    const beantwoord = antwoordOp ? this.opslag.bericht(antwoordOp)?.envelop.referentie : undefined;
    const rij = this.opslag.voegToe({
      id: randomUUID(),
      sessie: this.id,
      richting: 'uit',
      transport,
      envelop: { transport, afzender: wij[0]!, ontvanger: wij[1]!, ...(beantwoord && { antwoordOp: beantwoord }) },
      berichttype: type,
      bsn: k.bsn,
      identificatie: k.identificatie,
      xml,
      status: 'verwerkt',
      bevindingen: null,
      retourcodes: null,
      gerelateerd: antwoordOp,
      afleverstatus: this.transporten.some((t) => t.uitgaand) ? 'wachtend' : 'niet-van-toepassing',
      pogingen: 0,
      laatste_fout: null,
      volgende_poging: null,
      tijdstip: new Date().toISOString(),
    });
    this.bezorg();
    return rij;
  }

  // ---------------------------------------------------------------------------------------------
  // Delivery

  /** Delivers waiting outbound messages in order; on failure retries later with backoff. */
  private bezorg(): void {
    if (this.bezorgen || this.gestopt || !this.transporten.some((t) => t.uitgaand)) return;
    // .finally runs after the assignment below, also when the loop ends at once.
    const p: Promise<void> = this.bezorgLus().finally(() => {
      if (this.bezorgen === p) this.bezorgen = undefined;
    });
    this.bezorgen = p;
  }

  private async bezorgLus(): Promise<void> {
    for (;;) {
      if (this.gestopt) return;
      const volgende = this.opslag.metAfleverstatus(this.id, 'wachtend')[0];
      if (!volgende) return;
      const wacht = (volgende.volgende_poging ?? 0) - Date.now();
      if (wacht > 0) {
        this.plan(wacht);
        return;
      }
      try {
        const a = await this.lever(volgende);
        if (this.gestopt) return;
        const pogingen = volgende.pogingen + 1;
        if (a.uitslag === 'mislukt') {
          const vertraging = Math.min(30_000, 100 * 2 ** Math.min(pogingen, 9));
          this.opslag.werkBij(volgende.id, { pogingen, laatste_fout: a.fout, volgende_poging: Date.now() + vertraging });
          this.plan(vertraging);
          return;
        }
        const envelop = a.referentie ? { ...volgende.envelop, referentie: a.referentie } : volgende.envelop;
        this.opslag.werkBij(volgende.id, { afleverstatus: a.uitslag, pogingen, laatste_fout: null, volgende_poging: null, envelop });
      } finally {
        this.meldWachtenden();
      }
    }
  }

  /** One attempt through every transport that serves this session, in order; the first failure ends it. */
  private async lever(r: BerichtRij): Promise<Aflevering> {
    const bericht: UitgaandBericht = { id: r.id, volgnr: r.volgnr, berichttype: r.berichttype, identificatie: r.identificatie, xml: r.xml, envelop: r.envelop };
    let uitkomst: Aflevering = { uitslag: 'afgeleverd' };
    for (const t of this.transporten) {
      if (!t.uitgaand?.bedient(this.config)) continue;
      let a: Aflevering;
      try {
        a = await t.uitgaand.verstuur(bericht, this.config);
      } catch (e) {
        a = { uitslag: 'mislukt', fout: (e as Error).message };
      }
      if (a.uitslag === 'mislukt') return a;
      if (a.uitslag === 'klaargezet' || uitkomst.uitslag === 'afgeleverd') uitkomst = a;
    }
    return uitkomst;
  }

  async klaargezet(transport: string): Promise<UitgaandBericht[]> {
    return this.opslag
      .metAfleverstatus(this.id, 'klaargezet')
      .filter((r) => r.transport === transport)
      .map((r) => ({ id: r.id, volgnr: r.volgnr, berichttype: r.berichttype, identificatie: r.identificatie, xml: r.xml, envelop: r.envelop }));
  }

  async bevestig(id: string): Promise<boolean> {
    const rij = this.opslag.bericht(id);
    if (rij?.sessie !== this.id || rij.afleverstatus !== 'klaargezet') return false;
    this.opslag.werkBij(id, { afleverstatus: 'afgeleverd' });
    this.meldWachtenden();
    return true;
  }

  private plan(ms: number): void {
    if (this.bezorgTimer || this.gestopt) return;
    this.bezorgTimer = setTimeout(() => {
      this.bezorgTimer = undefined;
      this.bezorg();
    }, ms);
    this.bezorgTimer.unref();
  }

  /** Resolves when something changed in this session's log (for long polling and tests). */
  wachtOpWijziging(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wachtenden.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  private meldWachtenden(): void {
    const w = this.wachtenden;
    this.wachtenden = [];
    for (const f of w) f();
  }

  zetSysteemdatum(datum: string | null): void {
    this.partij.bronnen.zetSysteemdatum(datum ?? undefined);
    this.opslag.zetSysteemdatum(this.id, datum);
  }

  stop(): void {
    this.gestopt = true;
    if (this.bezorgTimer) clearTimeout(this.bezorgTimer);
    this.meldWachtenden();
  }

  /** Stops and waits until no processing or delivery is under way (before the database closes). */
  async afsluiten(): Promise<void> {
    this.stop();
    await this.rij;
    await this.bezorgen;
  }
}

/**
 * A received message for the log: readable text, and the bytes themselves when that text in UTF-8 is
 * not what arrived, so the message is read again exactly as received after a restart.
 */
function alsTekst(bytes: Buffer): { xml: string; origineel: Buffer | null } {
  if (isUtf8(bytes)) return { xml: bytes.toString('utf8'), origineel: null };
  let xml: string;
  try {
    xml = decodeer(bytes);
  } catch {
    xml = bytes.toString('utf8');
  }
  return { xml, origineel: bytes };
}

function bytesVan(rij: BerichtRij): Buffer {
  return rij.origineel ?? Buffer.from(rij.xml, 'utf8');
}
