/**
 * A session: one simulated party talking to one system under test, and only what makes it a
 * session: messages are stored before anything else happens, processed one at a time in arrival
 * order (the party's pipeline, `partij/verwerking.ts`, does the processing), logged, and delivered in
 * order through the transports, retried while the SUT is unreachable.
 *
 * The party's state lives in memory and is a replica of the store: every turn (`Opslag.beurt`: one
 * transaction, one turn per session at a time across processes) first takes in the state events
 * written since this process last looked, and rebuilds the party from scratch when the session was
 * reset or reconfigured (its version changed) or a turn failed halfway. So a session survives a
 * restart, and several processes on one database serve it in turn. Everything a message causes (its
 * judgement, our retourbericht waiting for delivery, the state events, its new status) is written in
 * the turn that processes it: all of it or, when the process dies first, none of it.
 */
import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { schrijfXml } from '../standaard/berichten/codec';
import { berichtInfo, verzenderVan, type Berichttype, type Getypt } from '../standaard/berichten/catalogus';
import { kenmerken, valideerXml, type Bevinding, type Validatieresultaat } from '../standaard/berichten/validator';
import { Bronnen } from '../standaard/bronnen/bronnen';
import type { Toestand } from '../standaard/toestand/toestand';
import { decodeer, STANDAARD_GRENZEN, type Leesgrenzen, type XmlElement } from '../standaard/xml/lezer';
import type { Actie } from '../partij/acties';
import { ActieFout, Partij } from '../partij/partij';
import { opzoekingVan, opzoekingVanActie, sleutelVan, Verwerking, type Omgeving, type Opzoeking } from '../partij/verwerking';
import type { BerichtRij, Berichtwijziging, Beurt, NieuwBericht, Opslag } from './opslag/contract';
import { leesSessieConfig, type SessieConfig } from './sessieconfig';
import type { Aflevering, Envelop, Logregel, Ontvangstbewijs, Sessiepunt, Transport, Transportbericht, Uitslag, UitgaandBericht } from './transport/contract';

export type { SessieConfig } from './sessieconfig';
export { sessieConfig } from './sessieconfig';

/** Messages processed in one turn at most, and the time one turn may take before it commits and lets HTTP in. */
const RONDE_MAX = 200;
const RONDE_MS = 8;
/** Parsed messages kept between arrival and processing; beyond this they are read again from the log. */
const GEPARST_MAX = 2000;
/** How long a delivery attempt holds the oldest waiting message against other processes (longer than any transport's timeout). */
const LEASE_MS = 60_000;

export interface SessieOpties {
  readonly grenzen?: Leesgrenzen;
  /** Where reports go (a session that cannot load, a failed turn); default stderr. */
  readonly meld?: (tekst: string) => void;
  /** How long a delivery attempt holds its message against other processes (default 60 s). */
  readonly leaseMs?: number;
}

/** A session whose stored configuration or history cannot be loaded: it is reported and left alone. */
export class SessieKapot extends Error {}

/** What one message or one step reads and writes: prefetched rows, then the writes in the order the pipeline made them. */
class Werkset {
  readonly rijen = new Map<string, BerichtRij | NieuwBericht>();
  readonly verzonden = new Map<string, BerichtRij[]>();
  readonly declaraties = new Map<string, BerichtRij | undefined>();
  readonly schrijven: ((b: Beurt) => Promise<unknown>)[] = [];
  readonly nieuw: string[] = [];

  werkBij(id: string, velden: Berichtwijziging): void {
    const rij = this.rijen.get(id);
    if (rij) Object.assign(rij, velden);
    this.schrijven.push((b) => b.werkBij(id, velden));
  }

  async schrijf(b: Beurt): Promise<void> {
    for (const w of this.schrijven) await w(b);
  }
}

const INTERN = (e: unknown): Bevinding[] => [{ pad: '/', melding: `interne fout bij verwerken: ${(e as Error).message}`, regel: 'INTERN' }];

export class Sessie implements Sessiepunt {
  private _config: SessieConfig;
  private _partij: Partij;
  private verwerking: Verwerking;
  /** The stored version this replica reflects; undefined: not loaded yet. */
  private versie: number | undefined;
  /** The last state event taken in. */
  private gezien = 0;
  private herbouwen = true;
  /** Why the session cannot be used, once known. */
  kapot: string | undefined;
  private readonly geparst = new Map<string, XmlElement>();
  private werkset: Werkset | undefined;
  private lus: Promise<void> | undefined;
  private meer = false;
  private bezorgen: Promise<void> | undefined;
  private bezorgTimer: NodeJS.Timeout | undefined;
  private nogmaalsBezorgen = false;
  private gestopt = false;
  private wachtenden: (() => void)[] = [];
  readonly grenzen: Leesgrenzen;
  private readonly meld: (tekst: string) => void;
  private readonly leaseMs: number;

  constructor(
    readonly id: string,
    config: SessieConfig,
    private readonly opslag: Opslag,
    private readonly transporten: readonly Transport[],
    systeemdatum: string | null,
    o: SessieOpties = {},
  ) {
    this.grenzen = o.grenzen ?? STANDAARD_GRENZEN;
    this.meld = o.meld ?? ((t) => console.error(t));
    this.leaseMs = o.leaseMs ?? LEASE_MS;
    this._config = config;
    this._partij = new Partij(config, new Bronnen({ ...config.bronnen, ...(systeemdatum && { systeemdatum }) }));
    this.verwerking = new Verwerking(this._partij, this.omgeving(), this.grenzen);
  }

  get config(): SessieConfig {
    return this._config;
  }

  get partij(): Partij {
    return this._partij;
  }

  get toestand(): Toestand {
    return this._partij.toestand;
  }

  get systeemdatum(): string {
    return this._partij.systeemdatum;
  }

  // ---------------------------------------------------------------------------------------------
  // The replica: catching up with the store

  /** Brings the party up to date with the store at the start of a turn. */
  private async bij(b: Beurt): Promise<void> {
    if (this.kapot) throw new SessieKapot(this.kapot);
    // A store no other process writes holds nothing this replica has not seen (once it is built).
    if (!this.opslag.gedeeld && !this.herbouwen && this.versie !== undefined) return;
    const rij = await b.sessie();
    if (!rij) throw new SessieKapot('de sessie bestaat niet meer');
    if (this.herbouwen || rij.versie !== this.versie) {
      const c = leesSessieConfig(rij.config);
      if ('fouten' in c) this.markeerKapot(`de opgeslagen configuratie is onbruikbaar: ${c.fouten.join('; ')}`);
      const config = (c as { config: SessieConfig }).config;
      this._config = config;
      this._partij = new Partij(config, new Bronnen({ ...config.bronnen, ...(rij.systeemdatum && { systeemdatum: rij.systeemdatum }) }));
      this.verwerking = new Verwerking(this._partij, this.omgeving(), this.grenzen);
      this.gezien = 0;
      this.versie = rij.versie;
      this.herbouwen = false;
    } else {
      this._partij.bronnen.zetSysteemdatum(rij.systeemdatum ?? undefined);
    }
    for (const g of await b.gebeurtenissen(this.gezien)) {
      const bericht = valideerXml(bytesVan(g), { ...this.grenzen, maxBytes: Number.MAX_SAFE_INTEGER }).getypt;
      if (bericht) this._partij.toestand.neemOp(bericht, g.gebeurtenis);
      this.gezien = g.volgnr;
    }
  }

  private markeerKapot(reden: string): never {
    this.kapot = reden;
    this.meld(`ketentest-simulator: sessie ${this.id} wordt overgeslagen: ${reden}`);
    throw new SessieKapot(reden);
  }

  /** A turn of this session; a turn that fails leaves the replica to be rebuilt from the store. */
  private async inBeurt<T>(f: (b: Beurt) => Promise<T>): Promise<T> {
    try {
      return await this.opslag.beurt(this.id, async (b) => {
        await this.bij(b);
        return f(b);
      });
    } catch (e) {
      if (!(e instanceof ActieFout)) this.herbouwen = true;
      throw e;
    }
  }

  /** Catches up with what other processes did (a shared store), for answers read from the replica. */
  async bijgewerkt(): Promise<void> {
    if (this.opslag.gedeeld || this.versie === undefined || this.herbouwen) await this.inBeurt(async () => undefined);
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
      await this.opslag.ontvang({ ...rij, berichttype: herkend.type, status: 'afgekeurd', bevindingen: [{ pad: '/', melding: herkend.fout, regel: 'XSD' }] });
      this.meldWachtenden();
      return { id, fout: herkend.fout };
    }
    if (this.geparst.size < GEPARST_MAX) this.geparst.set(id, herkend.root);
    try {
      await this.opslag.ontvang({ ...rij, berichttype: herkend.info.type, status: 'ontvangen', bevindingen: null });
    } catch (e) {
      this.geparst.delete(id);
      throw e;
    }
    void this.verwerkNu();
    return { id };
  }

  /** Processes what was received and not yet processed, in turns; resolves when nothing is left. */
  verwerkNu(): Promise<void> {
    if (this.gestopt || this.kapot) return Promise.resolve();
    this.meer = true;
    if (!this.lus) {
      const p: Promise<void> = this.verwerkLus().finally(() => {
        if (this.lus !== p) return;
        this.lus = undefined;
        // Asked again after the loop's last look but before it ended: go on (no wakeup is lost).
        if (this.meer) void this.verwerkNu();
      });
      this.lus = p;
    }
    return this.lus;
  }

  private async verwerkLus(): Promise<void> {
    while (this.meer && !this.gestopt) {
      this.meer = false;
      for (;;) {
        let klaar: boolean;
        try {
          klaar = await this.inBeurt((b) => this.verwerkRonde(b));
        } catch (e) {
          // The store failed (or the session cannot load): nothing of the turn is kept. The sweep tries again later.
          if (!(e instanceof SessieKapot)) this.meld(`ketentest-simulator: sessie ${this.id}: verwerken mislukt, later opnieuw: ${(e as Error).message}`);
          this.meer = false;
          return;
        }
        this.meldWachtenden();
        this.bezorg(); // what the turn made waits for delivery now that it is committed
        if (klaar || this.gestopt) break;
        // Let HTTP requests and other sessions in between turns.
        await new Promise((r) => setImmediate(r));
      }
    }
  }

  /** One turn: the oldest unprocessed messages, until a bound; true when none are left. */
  private async verwerkRonde(b: Beurt): Promise<boolean> {
    const rijen = await b.onverwerkt(RONDE_MAX);
    const einde = performance.now() + RONDE_MS;
    for (const rij of rijen) {
      if (this.gestopt) return true;
      await this.verwerkEen(b, rij);
      if (this.herbouwen || performance.now() > einde) return false;
    }
    return rijen.length < RONDE_MAX;
  }

  private async verwerkEen(b: Beurt, rij: BerichtRij): Promise<void> {
    const root = this.geparst.get(rij.id);
    this.geparst.delete(rij.id);
    let r: Validatieresultaat;
    try {
      r = this.verwerking.valideer(root ? { root } : { bytes: bytesVan(rij) });
    } catch (e) {
      await b.werkBij(rij.id, { status: 'afgekeurd', bevindingen: INTERN(e) });
      return;
    }
    const ws = new Werkset();
    ws.rijen.set(rij.id, rij);
    if (r.getypt) await this.haalOp(b, ws, opzoekingVan(this._config.domein, r.getypt));
    let uitkomst: Berichtwijziging;
    try {
      this.werkset = ws;
      const { bericht, beoordeling: _o, ...u } = this.verwerking.verwerk(rij.id, { resultaat: r });
      uitkomst = { ...u, sleutel: bericht ? sleutelVan(bericht) : null };
    } catch (e) {
      // The pipeline failed halfway: nothing it did is kept, and the party is rebuilt from the store before the next message.
      this.herbouwen = true;
      await b.werkBij(rij.id, { status: 'afgekeurd', bevindingen: INTERN(e) });
      return;
    } finally {
      this.werkset = undefined;
    }
    await ws.schrijf(b);
    await b.werkBij(rij.id, uitkomst);
  }

  /** Fetches what the pipeline will look up (the pipeline is synchronous; the store is not). */
  private async haalOp(b: Beurt, ws: Werkset, o: Opzoeking): Promise<void> {
    if (o.verzonden) {
      const rijen = (await b.uitgaandMetIdentificatie(o.verzonden.identificatie)).filter((x) => x.berichttype === o.verzonden!.type);
      ws.verzonden.set(`${o.verzonden.type}|${o.verzonden.identificatie}`, rijen);
      for (const x of rijen) ws.rijen.set(x.id, x);
    }
    if (o.declaratie) {
      const x = await b.laatsteOntvangen(this.declaratietype(), o.declaratie);
      ws.declaraties.set(o.declaratie, x);
      if (x) ws.rijen.set(x.id, x);
    }
  }

  private declaratietype(): Berichttype {
    return this._config.domein === 'wmo' ? 'WMO323' : 'JW323';
  }

  /** Resolves when every message received here so far has been processed. */
  async klaar(): Promise<void> {
    while (this.lus) await this.lus;
  }

  async uitslag(id: string): Promise<Uitslag> {
    for (;;) {
      await this.klaar();
      const rij = await this.opslag.bericht(id);
      if (rij?.status !== 'ontvangen' || this.gestopt || this.kapot) {
        return { status: rij?.status === 'afgekeurd' ? 'afgekeurd' : 'verwerkt', bevindingen: rij?.bevindingen ?? [] };
      }
      // Another process may be processing it (a shared store), or a failed turn is retried by the sweep.
      await this.wachtOpWijziging(200);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The pipeline's surroundings: the turn's prefetched rows and its writes

  private omgeving(): Omgeving {
    const ws = () => {
      if (!this.werkset) throw new Error('de verwerking raadpleegt de opslag buiten een beurt');
      return this.werkset;
    };
    return {
      verstuur: (b, antwoordOp) => this.verstuurBericht(ws(), b, antwoordOp),
      legVast: (bericht, g) => {
        const volgnr = ++this.gezien;
        ws().schrijven.push((b) => b.voegGebeurtenisToe(volgnr, bericht, g));
      },
      verzonden: (type, identificatie) => {
        // The same message sent twice (a redelivery, TR056): an answer belongs to the copy not yet answered.
        const kandidaten = ws().verzonden.get(`${type}|${identificatie}`) ?? [];
        const heen = kandidaten.find((x) => x.gerelateerd === null) ?? kandidaten[0];
        if (!heen) return undefined;
        const bericht = valideerXml(Buffer.from(heen.xml)).getypt;
        return { id: heen.id, ...(bericht && { bericht }), beantwoord: heen.gerelateerd !== null };
      },
      koppel: (heen, antwoord, retourcodes) => ws().werkBij(heen, { gerelateerd: antwoord, ...(retourcodes && { retourcodes }) }),
      ontvangenDeclaratie: (declaratieNummer) => {
        const x = ws().declaraties.get(declaratieNummer);
        const b = x && valideerXml(bytesVan(x), { ...this.grenzen, maxBytes: Number.MAX_SAFE_INTEGER }).getypt;
        if (b?.nummer !== '323') return undefined;
        return { id: x!.id, bericht: b.bericht, type: b.type, retourcodes: x!.retourcodes ?? [], beantwoord: x!.gerelateerd !== null };
      },
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Acting and sending

  /** Takes a business step; the heenberichten it produces are sent to the SUT. Throws ActieFout when it cannot. */
  async actie(a: Actie): Promise<BerichtRij[]> {
    // A pull transport fetches what waits for us first: an answer not yet pulled changes what the party may do.
    await Promise.all(this.transporten.map((t) => t.bijwerken?.(this).catch(() => {})));
    await this.verwerkNu(); // act on the state after every message received so far
    const ids = await this.inBeurt(async (b) => {
      const ws = new Werkset();
      await this.haalOp(b, ws, opzoekingVanActie(a));
      this.werkset = ws;
      let ids: string[];
      try {
        ids = this.verwerking.actie(a);
      } catch (e) {
        // A step refused before it changed anything leaves the party as it is; anything else rebuilds it.
        if (!(e instanceof ActieFout) || ws.schrijven.length) this.herbouwen = true;
        throw e;
      } finally {
        this.werkset = undefined;
      }
      await ws.schrijf(b);
      return ids;
    });
    this.bezorg();
    return this.rijenVan(ids);
  }

  /**
   * Sends a message exactly as given, faults and all (the suite's negative cases): it must be a
   * message this role sends, and is not judged or taken into the state before the SUT answers.
   */
  async verstuurXml(xml: Buffer): Promise<BerichtRij> {
    const r = valideerXml(xml, this.grenzen);
    const type = r.berichttype;
    if (!type) throw new ActieFout(`geen bericht om te versturen: ${r.bevindingen[0]?.melding ?? 'onbekend'}`, 409);
    const info = berichtInfo(type);
    if (info.domein !== this._config.domein || verzenderVan(info.nummer) !== this._config.rol) {
      throw new ActieFout(`een ${this._config.rol} verstuurt geen ${type}`, 409);
    }
    const rij = await this.inBeurt((b) => b.voegToe(this.uitgaandeRij(type, xml.toString('utf8'), kenmerken(r), null, undefined)));
    this.bezorg();
    return rij;
  }

  private async rijenVan(ids: readonly string[]): Promise<BerichtRij[]> {
    const rijen: BerichtRij[] = [];
    for (const id of ids) rijen.push((await this.opslag.bericht(id))!);
    return rijen;
  }

  /** Keeps a message of ours in the turn's writes; it waits for delivery once the turn commits. */
  private verstuurBericht(ws: Werkset, b: Getypt, antwoordOp: string | null): string {
    const beantwoord = antwoordOp ? ws.rijen.get(antwoordOp)?.envelop.referentie : undefined;
    const rij = this.uitgaandeRij(b.type, schrijfXml(b.type, b.bericht), kenmerken({ getypt: b }), antwoordOp, beantwoord);
    ws.rijen.set(rij.id, rij);
    ws.nieuw.push(rij.id);
    ws.schrijven.push((t) => t.voegToe(rij));
    return rij.id;
  }

  private uitgaandeRij(
    type: Berichttype,
    xml: string,
    k: { bsn: string | null; identificatie: string | null },
    antwoordOp: string | null,
    beantwoord: string | undefined,
  ): NieuwBericht {
    const transport = this.transporten.find((t) => t.uitgaand?.bedient(this._config))?.naam ?? 'geen';
    const { rol, gemeente, aanbieder } = this._config;
    const wij = rol === 'gemeente' ? [gemeente, aanbieder] : [aanbieder, gemeente];
    return {
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
      afleverstatus: transport === 'geen' ? 'niet-van-toepassing' : 'wachtend',
      pogingen: 0,
      laatste_fout: null,
      volgende_poging: null,
      tijdstip: new Date().toISOString(),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Delivery

  /** Delivers waiting outbound messages in order; on failure retries later with backoff. */
  bezorg(): void {
    if (this.gestopt || this.kapot || !this.transporten.some((t) => t.uitgaand)) return;
    if (this.bezorgen) {
      this.nogmaalsBezorgen = true;
      return;
    }
    this.nogmaalsBezorgen = false;
    // .finally runs after the assignment below, also when the loop ends at once.
    const p: Promise<void> = this.bezorgLus()
      .catch((e: unknown) => {
        this.meld(`ketentest-simulator: sessie ${this.id}: afleveren mislukt, later opnieuw: ${(e as Error).message}`);
        this.nogmaalsBezorgen = false;
        this.plan(1000);
      })
      .finally(() => {
        if (this.bezorgen !== p) return;
        this.bezorgen = undefined;
        // Asked again while the loop was ending (a message committed after its last look): go on.
        if (this.nogmaalsBezorgen) this.bezorg();
      });
    this.bezorgen = p;
  }

  private async bezorgLus(): Promise<void> {
    for (;;) {
      if (this.gestopt) return;
      const taak = await this.opslag.neemAflevering(this.id, this.leaseMs);
      if (taak.soort === 'leeg') return;
      if (taak.soort === 'later') {
        this.plan(taak.om - Date.now());
        return;
      }
      const volgende = taak.rij;
      const a = await this.lever(volgende);
      const pogingen = volgende.pogingen + 1;
      if (a.uitslag === 'mislukt') {
        const vertraging = Math.min(30_000, 100 * 2 ** Math.min(pogingen, 9));
        await this.opslag.legAfleveringVast(volgende.id, {
          afleverstatus: 'wachtend',
          pogingen,
          laatste_fout: a.fout,
          volgende_poging: Date.now() + vertraging,
          envelop: volgende.envelop,
        });
        this.meldWachtenden();
        this.plan(vertraging);
        return;
      }
      const envelop = a.referentie ? { ...volgende.envelop, referentie: a.referentie } : volgende.envelop;
      await this.opslag.legAfleveringVast(volgende.id, { afleverstatus: a.uitslag, pogingen, laatste_fout: null, volgende_poging: null, envelop });
      this.meldWachtenden();
    }
  }

  /** One attempt through every transport that serves this session, in order; the first failure ends it. */
  private async lever(r: BerichtRij): Promise<Aflevering> {
    const bericht = uitgaand(r);
    let uitkomst: Aflevering = { uitslag: 'afgeleverd' };
    for (const t of this.transporten) {
      if (!t.uitgaand?.bedient(this._config)) continue;
      // A transport's own message (a Fo01) goes only by that transport.
      if (r.envelop.soort && t.naam !== r.envelop.transport) continue;
      let a: Aflevering;
      try {
        a = await t.uitgaand.verstuur(bericht, this._config);
      } catch (e) {
        a = { uitslag: 'mislukt', fout: (e as Error).message };
      }
      if (a.uitslag === 'mislukt') return a;
      if (a.uitslag === 'klaargezet' || uitkomst.uitslag === 'afgeleverd') uitkomst = a;
    }
    return uitkomst;
  }

  async klaargezet(transport: string): Promise<UitgaandBericht[]> {
    return (await this.opslag.klaargezet(this.id, transport, 1000)).map(uitgaand);
  }

  // ---------------------------------------------------------------------------------------------
  // A transport's own messages (transport/contract.ts)

  /** Logs a message of the transport itself; an outbound one waits for delivery like ours. */
  async registreer(t: Transportbericht): Promise<string> {
    const uit = t.richting === 'uit';
    const rij: NieuwBericht = {
      id: randomUUID(),
      sessie: this.id,
      richting: t.richting,
      transport: t.envelop.transport,
      envelop: t.envelop,
      berichttype: null,
      bsn: null,
      identificatie: null,
      xml: t.xml,
      status: t.reden && !uit ? 'afgekeurd' : 'verwerkt',
      bevindingen: t.reden ? [{ pad: '/', melding: t.reden, regel: t.code ?? t.envelop.soort }] : null,
      retourcodes: null,
      gerelateerd: t.gerelateerd ?? null,
      afleverstatus: uit ? 'wachtend' : 'niet-van-toepassing',
      pogingen: 0,
      laatste_fout: null,
      volgende_poging: null,
      tijdstip: new Date().toISOString(),
    };
    // Never 'ontvangen': nothing for the pipeline; stored at once like every received message.
    if (uit) await this.inBeurt((b) => b.voegToe(rij));
    else await this.opslag.ontvang(rij);
    this.meldWachtenden();
    if (uit) this.bezorg();
    return rij.id;
  }

  async nietAfgeleverd(id: string, reden: string, opnieuw: boolean): Promise<boolean> {
    const gedaan = await this.inBeurt(async (b) => {
      const rij = await b.bericht(id);
      if (rij?.sessie !== this.id || rij.richting !== 'uit') return false;
      // A new attempt is a new envelope: the transport reference of the refused one is not reused.
      const { referentie: _r, ...envelop } = rij.envelop;
      await b.werkBij(id, { afleverstatus: opnieuw ? 'wachtend' : 'opgegeven', laatste_fout: reden, volgende_poging: opnieuw ? Date.now() : null, envelop });
      return true;
    });
    this.meldWachtenden();
    if (gedaan && opnieuw) this.bezorg();
    return gedaan;
  }

  async berichten(transport: string, referentie?: string): Promise<readonly Logregel[]> {
    const uit: Logregel[] = [];
    for (let vanaf = 0; ; ) {
      const pagina = await this.opslag.berichten(this.id, { transport, ...(referentie !== undefined && { referentie }), vanaf }, { limiet: 1000 });
      for (const r of pagina) {
        uit.push({
          id: r.id,
          richting: r.richting,
          berichttype: r.berichttype,
          envelop: r.envelop,
          status: r.status,
          afleverstatus: r.afleverstatus,
          bevindingen: r.bevindingen ?? [],
          tijdstip: r.tijdstip,
          laatsteFout: r.laatste_fout,
        });
      }
      if (pagina.length < 1000) return uit;
      vanaf = pagina.at(-1)!.volgnr + 1;
    }
  }

  async bevestig(id: string): Promise<boolean> {
    const gedaan = await this.opslag.bevestig(this.id, id);
    if (gedaan) this.meldWachtenden();
    return gedaan;
  }

  private plan(ms: number): void {
    if (this.bezorgTimer || this.gestopt) return;
    this.bezorgTimer = setTimeout(
      () => {
        this.bezorgTimer = undefined;
        this.bezorg();
      },
      Math.max(0, ms),
    );
    this.bezorgTimer.unref();
  }

  /** Resolves when something changed in this session's log (for long polling and tests); with a shared store, at least every 200 ms. */
  wachtOpWijziging(ms: number): Promise<void> {
    const duur = this.opslag.gedeeld ? Math.min(ms, 200) : ms;
    return new Promise((resolve) => {
      const t = setTimeout(resolve, Math.max(0, duur));
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

  // ---------------------------------------------------------------------------------------------
  // Clock, configuration, reset

  async zetSysteemdatum(datum: string | null): Promise<void> {
    await this.opslag.zetSysteemdatum(this.id, datum);
    this._partij.bronnen.zetSysteemdatum(datum ?? undefined);
  }

  /** A new configuration (checked by the caller); the party starts afresh with it on the stored state. */
  async herconfigureer(config: SessieConfig): Promise<void> {
    await this.verwerkNu();
    await this.inBeurt(async (b) => {
      await b.bewaarConfig(config);
      // Rebuilt in the same turn: the next message is recognised by the new configuration.
      this.herbouwen = true;
      await this.bij(b);
    });
    // Seen at once (the party itself is rebuilt at the next turn): a second change builds on this one, not on the old configuration.
    this._config = config;
    this.bezorg();
  }

  /** Forgets the session's messages and state; its configuration and token stay. */
  async reset(): Promise<void> {
    await this.inBeurt(async (b) => {
      await b.wis();
      this.herbouwen = true;
      await this.bij(b);
    });
    this.geparst.clear();
    this.meldWachtenden();
  }

  stop(): void {
    this.gestopt = true;
    if (this.bezorgTimer) clearTimeout(this.bezorgTimer);
    this.meldWachtenden();
  }

  /** Stops and waits until no processing or delivery is under way (before the database closes). */
  async afsluiten(): Promise<void> {
    this.stop();
    await this.lus;
    await this.bezorgen;
  }
}

/** An outbound message as a transport sees it. */
function uitgaand(r: BerichtRij): UitgaandBericht {
  return { id: r.id, volgnr: r.volgnr, berichttype: r.berichttype, identificatie: r.identificatie, xml: r.xml, envelop: r.envelop, tijdstip: r.tijdstip };
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

function bytesVan(rij: Pick<BerichtRij, 'origineel' | 'xml'>): Buffer {
  return rij.origineel ?? Buffer.from(rij.xml, 'utf8');
}
