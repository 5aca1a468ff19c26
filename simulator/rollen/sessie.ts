/**
 * A session: one simulated party (gemeente or aanbieder, Wmo or Jw) talking to one system under test.
 * Messages are stored before anything else happens, then processed one at a time in arrival order:
 * schema, rules, retourbericht, state, role behaviour. Outbound messages are delivered in order,
 * retried while the SUT is unreachable. State and log live in SQLite; a restart replays the state
 * events and resumes unfinished work.
 */
import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { berichtInfo, berichttype, infoVoorNamespace, RETOUR_VAN, type Bericht, type Berichtnummer, type Berichttype } from '../berichten/catalogus';
import { STANDAARD_CLIENT, STANDAARD_PARTIJEN } from '../berichten/bouwers';
import { schrijfXml } from '../berichten/codec';
import type { Domein } from '../berichten/model';
import { valideerElement, valideerXml } from '../berichten/validator';
import { Bronnen, type BronnenConfig } from '../bronnen/bronnen';
import { afwijzendeCodes, beoordeel, type Beoordeling } from '../regels/beoordeling';
import { retourcodesVan } from '../regels/retourlezer';
import type { Opslag, BerichtRij } from '../toestand/opslag';
import { Toestand } from '../toestand/toestand';
import { decodeer, leesXml, LeesFout, STANDAARD_GRENZEN, type Leesgrenzen, type XmlElement } from '../xml/lezer';
import { aanbiederActie, giNaToewijzing } from './aanbieder';
import { GEMEENTE_ACTIES, type Actie } from './acties';
import type { Rol } from './fouten';
import { gemeenteActie } from './gemeente';
import { ActieFout, clientRegister, uniekeIdentificatie, type PartijContext } from './partij';
import { foutOpties } from './foutgedrag';

export interface SessieConfig {
  rol: Rol;
  domein: Domein;
  gemeente: string;
  aanbieder: string;
  /** Where the SUT receives messages over HTTP (we POST to `<sutUrl>/berichten`). */
  sutUrl?: string;
  /** File transport: where we write outbound messages. */
  outbox?: string;
  fouten: string[];
  /** Jw: this aanbieder is a gecertificeerde instelling (start and stop reported by itself). */
  gi?: boolean;
  /** The client actions are about when they do not name one. */
  bsn: string;
  bronnen?: BronnenConfig;
  /** 'handmatig': a 323 is answered only on the action 'declaratie-beantwoorden'. */
  declaratieAntwoord?: 'automatisch' | 'handmatig';
}

/** A configuration with the standard test parties and client for what is not given. */
export function sessieConfig(c: Pick<SessieConfig, 'rol' | 'domein'> & Partial<SessieConfig>): SessieConfig {
  const { rol, domein, gemeente = STANDAARD_PARTIJEN.gemeente, aanbieder = STANDAARD_PARTIJEN.aanbieder, bsn = STANDAARD_CLIENT.Bsn, fouten = [], ...rest } = c;
  return { rol, domein, gemeente, aanbieder, bsn, fouten, ...rest };
}

export type Acceptatie = { alles: true } | { geen: true } | { afgewezen: string[] };

export function accepteert(a: Acceptatie): (pad: string) => boolean {
  if ('alles' in a) return () => true;
  if ('geen' in a) return () => false;
  return (pad) => !a.afgewezen.some((x) => pad === x || pad.startsWith(`${x}/`));
}

/** Which berichtklassen a retourbericht rejected, from its RetourCodes (IV028, IV087). */
export function acceptatieUitRetour(type: Berichttype, retour: unknown): Acceptatie {
  const codes = retourcodesVan(type, retour);
  const afgewezen = (c: readonly string[]) => afwijzendeCodes(c).length > 0;
  if (afgewezen(codes[0]!.codes)) return { geen: true };
  if (berichtInfo(type).nummer === '325') {
    // The declaratie is taken in unless rejected as a whole; its prestaties get their verdict from the 325 itself.
    const antwoord = codes.find((c) => c.berichtklasse === 'DeclaratieAntwoord');
    return !antwoord || afgewezen(antwoord.codes) ? { geen: true } : { alles: true };
  }
  const lijst = codes.slice(1).filter((c) => afgewezen(c.codes)).map((c) => c.pad);
  return lijst.length ? { afgewezen: lijst } : { alles: true };
}

/** The message types each role receives as heenbericht. */
const ONTVANGT: Record<Rol, readonly Berichtnummer[]> = {
  gemeente: ['305', '307', '315', '317', '323'],
  aanbieder: ['301', '319', '325'],
};
const RETOUREN: Record<Rol, readonly Berichtnummer[]> = {
  gemeente: ['302', '320'],
  aanbieder: ['306', '308', '316', '318'],
};

export interface Ontvangst {
  readonly id: string;
  /** Present when the message was refused on arrival (not XML, unknown or not for this role). */
  readonly fout?: string;
}

export type Verzender = (rij: BerichtRij, config: SessieConfig) => Promise<void>;

export class Sessie {
  readonly toestand: Toestand;
  readonly bronnen: Bronnen;
  private rij: Promise<void> = Promise.resolve();
  private bezorgen: Promise<void> | undefined;
  private bezorgTimer: NodeJS.Timeout | undefined;
  private gestopt = false;
  private wachtenden: (() => void)[] = [];
  private laatsteToewijzingNummer = 0;

  constructor(
    readonly id: string,
    readonly config: SessieConfig,
    private readonly opslag: Opslag,
    private readonly verzenders: Verzender[],
    systeemdatum: string | null,
    readonly grenzen: Leesgrenzen = STANDAARD_GRENZEN,
  ) {
    this.bronnen = new Bronnen({ ...config.bronnen, ...(systeemdatum && { systeemdatum }) });
    this.toestand = new Toestand();
    this.herstel();
  }

  get systeemdatum(): string {
    return this.bronnen.systeemdatum();
  }

  heeftFout(naam: string): boolean {
    return this.config.fouten.includes(naam);
  }

  // ---------------------------------------------------------------------------------------------
  // Restart

  /** Rebuilds the state from the stored events and resumes processing and delivery. */
  private herstel(): void {
    for (const g of this.opslag.gebeurtenissen(this.id)) {
      const rij = this.opslag.bericht(g.bericht);
      if (!rij?.berichttype) continue;
      const r = valideerXml(bytesVan(rij), { ...this.grenzen, maxBytes: Number.MAX_SAFE_INTEGER });
      if (!r.bericht) continue;
      this.pasGebeurtenisToe(rij, r.bericht, JSON.parse(g.acceptatie) as Acceptatie & { soort: string });
    }
    for (const r of this.opslag.onverwerkt(this.id)) this.inRij(r);
    this.bezorg();
  }

  private pasGebeurtenisToe(rij: BerichtRij, bericht: unknown, g: Acceptatie & { soort?: string }): void {
    const info = berichtInfo(rij.berichttype as Berichttype);
    if (g.soort === 'heen-in') {
      const h = (bericht as { Header: { Afzender: string; BerichtCode: string; BerichtIdentificatie: { Identificatie: string } } }).Header;
      this.toestand.registreerIdentificatie(h.Afzender, h.BerichtCode, h.BerichtIdentificatie.Identificatie);
    }
    this.toestand.verwerk(info.nummer, bericht, accepteert(g));
  }

  private gebeurtenis(rij: BerichtRij, bericht: unknown, soort: 'heen-in' | 'heen-uit' | 'antwoord', a: Acceptatie): void {
    this.opslag.voegGebeurtenisToe(this.id, rij.id, { soort, ...a });
    this.pasGebeurtenisToe(rij, bericht, { soort, ...a });
  }

  // ---------------------------------------------------------------------------------------------
  // Receiving

  /** Stores a message from the SUT and queues it; refuses at once what is not a message for this role. */
  ontvang(bytes: Buffer, transport: string): Ontvangst {
    const id = randomUUID();
    const tijdstip = new Date().toISOString();
    const { xml, origineel } = alsTekst(bytes);
    const weiger = (fout: string, type: Berichttype | null = null): Ontvangst => {
      this.opslag.voegToe({
        id, sessie: this.id, richting: 'in', transport, berichttype: type, bsn: null, identificatie: null,
        xml, origineel, status: 'afgekeurd', bevindingen: JSON.stringify([{ pad: '/', melding: fout, regel: 'XSD' }]),
        retourcodes: null, gerelateerd: null, afleverstatus: 'niet-van-toepassing', pogingen: 0, laatste_fout: null, volgende_poging: null, tijdstip,
      });
      return { id, fout };
    };
    let root;
    try {
      root = leesXml(bytes, this.grenzen);
    } catch (e) {
      if (e instanceof LeesFout) return weiger(`geen bruikbaar XML-bericht: ${e.message}`);
      throw e;
    }
    const info = infoVoorNamespace(root.ns);
    if (!info || root.naam !== 'Bericht') {
      return weiger(`onbekend bericht: het hoofdelement ${root.naam} in ${root.ns ? `namespace '${root.ns}'` : 'geen namespace'} is geen iWmo- of iJw-3.2-bericht`);
    }
    if (info.domein !== this.config.domein) return weiger(`een ${info.type} hoort niet bij deze ${this.config.domein === 'wmo' ? 'Wmo' : 'Jw'}-sessie`, info.type);
    const rol = this.config.rol;
    if (!ONTVANGT[rol].includes(info.nummer) && !RETOUREN[rol].includes(info.nummer)) {
      return weiger(`een ${info.type} wordt niet naar een ${rol} gestuurd`, info.type);
    }
    const rij = this.opslag.voegToe({
      id, sessie: this.id, richting: 'in', transport, berichttype: info.type, bsn: null, identificatie: null,
      xml, origineel, status: 'ontvangen', bevindingen: null, retourcodes: null, gerelateerd: null,
      afleverstatus: 'niet-van-toepassing', pogingen: 0, laatste_fout: null, volgende_poging: null, tijdstip,
    });
    this.inRij(rij, root);
    return { id };
  }

  /** Queues a stored message; `root` when it was just read on arrival (else it is read from the log). */
  private inRij(rij: BerichtRij, root?: XmlElement): void {
    this.rij = this.rij.then(() => {
      if (this.gestopt) return;
      try {
        this.verwerk(rij, root);
      } catch (e) {
        this.opslag.werkBij(rij.id, { status: 'afgekeurd', bevindingen: JSON.stringify([{ pad: '/', melding: `interne fout bij verwerken: ${(e as Error).message}`, regel: 'INTERN' }]) });
      }
      this.meldWachtenden();
    });
  }

  /** Resolves when every message received so far has been processed. */
  async klaar(): Promise<void> {
    await this.rij;
  }

  private verwerk(rij: BerichtRij, root?: XmlElement): void {
    const r = root ? valideerElement(root) : valideerXml(bytesVan(rij), this.grenzen);
    const type = r.berichttype!;
    const bsn = clientBsn(r.bericht ?? r.ruw);
    const identificatie = headerIdentificatie(r.bericht ?? r.ruw);
    if (!r.geldig) {
      // Controleniveau 1: no retourbericht; the log tells the sender what failed (IV028).
      this.opslag.werkBij(rij.id, { status: 'afgekeurd', bevindingen: JSON.stringify(r.bevindingen), bsn, identificatie });
      return;
    }
    const info = berichtInfo(type);
    if (RETOUREN[this.config.rol].includes(info.nummer) || info.nummer === '325') this.verwerkAntwoord(rij, type, r.bericht, bsn, identificatie);
    else this.verwerkHeen(rij, type, r.bericht, bsn, identificatie);
  }

  /** A heenbericht from the SUT: assess as its receiver, answer with the retourbericht, take it in. */
  private verwerkHeen(rij: BerichtRij, type: Berichttype, bericht: unknown, bsn: string | null, identificatie: string | null): void {
    const b = beoordeel(type, bericht, this.toestand, this.bronnen, foutOpties(this));
    this.gebeurtenis(rij, bericht, 'heen-in', acceptatieUit(b));
    let retourId: string | null = null;
    const info = berichtInfo(type);
    const handmatig = info.nummer === '323' && this.config.declaratieAntwoord === 'handmatig';
    if (b.retour && !this.heeftFout('geen-retour') && !handmatig) {
      const retour = this.verstuurBericht(b.retour.type, b.retour.bericht, rij.id);
      retourId = retour.id;
      // A GI starts by itself once its toewijzing is in: when we (GI) answer a 301 with an accepting 302.
      if (this.config.gi && this.config.rol === 'aanbieder' && info.nummer === '301') {
        const acceptatie = acceptatieUitRetour(b.retour.type, b.retour.bericht);
        for (const u of giNaToewijzing(this.partijContext(), bericht as Bericht<'301'>, accepteert(acceptatie))) this.verstuurBericht(berichttype(this.config.domein, u.nummer), u.bericht, null);
      }
      if (info.nummer === '323') this.gebeurtenis(retour, b.retour.bericht, 'antwoord', { alles: true });
    }
    this.opslag.werkBij(rij.id, {
      status: 'verwerkt', bsn, identificatie, bevindingen: JSON.stringify(b.bevindingen), retourcodes: JSON.stringify(b.retourcodes), gerelateerd: retourId,
    });
  }

  /** A retourbericht (or 325) from the SUT: link it to our heenbericht and take that in as far as it was accepted. */
  private verwerkAntwoord(rij: BerichtRij, type: Berichttype, bericht: unknown, bsn: string | null, identificatie: string | null): void {
    const info = berichtInfo(type);
    const h = (bericht as { Header: { BerichtIdentificatie: { Identificatie: string }; DeclaratieIdentificatie?: { Identificatie: string } } }).Header;
    const heenId = info.nummer === '325' ? h.DeclaratieIdentificatie!.Identificatie : h.BerichtIdentificatie.Identificatie;
    const heenNummer = info.nummer === '325' ? '323' : (Object.keys(RETOUR_VAN).find((k) => RETOUR_VAN[k] === info.nummer) as Berichtnummer);
    const heen = this.opslag.uitgaandMetIdentificatie(this.id, heenId).find((x) => x.berichttype === berichttype(this.config.domein, heenNummer));
    const bevindingen: { pad: string; melding: string; regel: string }[] = [];
    if (!heen) {
      bevindingen.push({ pad: '/Bericht/Header', melding: `geen heenbericht ${heenNummer} met identificatie ${heenId} verstuurd`, regel: info.nummer === '325' ? 'TR337' : 'IV028' });
    } else if (heen.gerelateerd) {
      bevindingen.push({ pad: '/Bericht/Header', melding: `het heenbericht ${heenId} had al een antwoord; er hoort één antwoord per heenbericht (IV028)`, regel: 'IV028' });
    } else {
      const heenBericht = valideerXml(Buffer.from(heen.xml)).bericht;
      const acceptatie = acceptatieUitRetour(type, bericht);
      this.gebeurtenis(heen, heenBericht, 'heen-uit', acceptatie);
      this.opslag.werkBij(heen.id, { gerelateerd: rij.id, retourcodes: JSON.stringify(acceptatie) });
    }
    if (info.nummer === '325') {
      const b = beoordeel(type, bericht, this.toestand, this.bronnen);
      bevindingen.push(...b.bevindingen);
      if (heen && !heen.gerelateerd) this.gebeurtenis(rij, bericht, 'antwoord', { alles: true });
    }
    this.opslag.werkBij(rij.id, { status: 'verwerkt', bsn, identificatie, bevindingen: JSON.stringify(bevindingen), gerelateerd: heen?.id ?? null });
  }

  // ---------------------------------------------------------------------------------------------
  // Acting and sending

  /** `nu`: the date the party acts on (an action's dagtekening), by default the system date. */
  partijContext(nu = this.systeemdatum): PartijContext {
    const client = clientRegister();
    return {
      domein: this.config.domein,
      gemeente: this.config.gemeente,
      aanbieder: this.config.aanbieder,
      toestand: this.toestand,
      bronnen: this.bronnen,
      systeemdatum: nu,
      heeftFout: (n) => this.heeftFout(n),
      client,
      standaardBsn: this.config.bsn,
      nieuwToewijzingNummer: () => this.nieuwToewijzingNummer(),
      nieuweReferentie: (soort) => `${soort}${uniekeIdentificatie()}`.slice(0, 20),
      nieuweIdentificatie: uniekeIdentificatie,
    };
  }

  private nieuwToewijzingNummer(): number {
    // Above the last one handed out: several new toewijzingen in one action are not in the state yet.
    let n = Math.max((Date.now() % 10_000_000) + 100_000, this.laatsteToewijzingNummer + 1);
    while (this.toestand.toewijzingen.toewijzing(n)) n++;
    this.laatsteToewijzingNummer = n;
    return n;
  }

  /** Takes a business step; the heenberichten it produces are sent to the SUT. Throws ActieFout when it cannot. */
  async actie(a: Actie): Promise<BerichtRij[]> {
    await this.rij; // act on the state after every message received so far
    // An action dated earlier is taken as of that date: its Dagtekening and every decision it involves (OP380, actuele toewijzingen).
    const ctx = this.partijContext(a.dagtekening);
    const isGemeente = (GEMEENTE_ACTIES as readonly string[]).includes(a.actie);
    if (isGemeente !== (this.config.rol === 'gemeente')) {
      throw new ActieFout(`de actie '${a.actie}' hoort bij een ${isGemeente ? 'gemeente' : 'aanbieder'}; deze sessie speelt ${this.config.rol}`);
    }
    if (a.actie === 'declaratie-beantwoorden') return [this.beantwoordDeclaratie(a)];
    const uitgaand = isGemeente ? gemeenteActie(ctx, a) : aanbiederActie(ctx, a);
    return uitgaand.map((u) => this.verstuurBericht(berichttype(this.config.domein, u.nummer), u.bericht, null));
  }

  private beantwoordDeclaratie(a: Actie): BerichtRij {
    const ontvangen = this.opslag.berichten(this.id, { richting: 'in', berichttype: berichttype(this.config.domein, '323') });
    let rij: BerichtRij | undefined;
    let bericht: Bericht<'323'> | undefined;
    for (const x of ontvangen.reverse()) {
      bericht = valideerXml<Bericht<'323'>>(Buffer.from(x.xml)).bericht;
      if (bericht?.Declaratie.DeclaratieNummer === a.declaratieNummer) {
        rij = x;
        break;
      }
    }
    if (!rij) throw new ActieFout(`er is geen declaratie ${a.declaratieNummer} ontvangen`, 404);
    if (rij.gerelateerd) throw new ActieFout(`declaratie ${a.declaratieNummer} is al beantwoord`);
    const type = rij.berichttype as Berichttype;
    // The rules were judged on arrival; the gemeente adds its own rejections of content.
    const eerder = (JSON.parse(rij.retourcodes ?? '[]') as { pad: string; codes: string[] }[]).flatMap((r) =>
      afwijzendeCodes(r.codes).map((code) => ({ klasse: r.pad, code, regel: 'REGELS', melding: `eerder vastgesteld (${code})` })),
    );
    const afwijzen = new Map((a.afwijzen ?? []).map((x) => [x.referentie, x.retourcode]));
    const b = beoordeel(type, bericht, this.toestand, this.bronnen, {
      alleenExtra: true,
      extra: (ctx) => [
        ...eerder,
        ...(ctx.bericht as Bericht<'323'>).Declaratie.Clienten.Client.flatMap((c, ci) =>
          c.Prestaties.Prestatie.flatMap((p, pi) => {
            const code = afwijzen.get(p.ProductReferentie.ReferentieNummer);
            return code
              ? [{ klasse: `/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`, code, regel: 'GEMEENTE', melding: `inhoudelijk afgewezen door de gemeente (${code})` }]
              : [];
          }),
        ),
      ],
    });
    const uit = this.verstuurBericht(b.retour!.type, b.retour!.bericht, rij.id);
    this.gebeurtenis(uit, b.retour!.bericht, 'antwoord', { alles: true });
    this.opslag.werkBij(rij.id, { gerelateerd: uit.id });
    return uit;
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
    if (info.domein !== this.config.domein || ONTVANGT[this.config.rol].includes(info.nummer) || RETOUREN[this.config.rol].includes(info.nummer)) {
      throw new ActieFout(`een ${this.config.rol} verstuurt geen ${type}`, 409);
    }
    return this.slaUitgaandOp(type, xml.toString('utf8'), r.bericht ?? r.ruw, null);
  }

  /** Stores an outbound message and hands it to delivery. */
  private verstuurBericht(type: Berichttype, bericht: unknown, antwoordOp: string | null): BerichtRij {
    return this.slaUitgaandOp(type, schrijfXml(type, bericht), bericht, antwoordOp);
  }

  private slaUitgaandOp(type: Berichttype, xml: string, bericht: unknown, antwoordOp: string | null): BerichtRij {
    const rij = this.opslag.voegToe({
      id: randomUUID(), sessie: this.id, richting: 'uit', transport: this.config.sutUrl ? 'http' : this.config.outbox ? 'bestand' : 'geen',
      berichttype: type, bsn: clientBsn(bericht), identificatie: headerIdentificatie(bericht), xml, status: 'verwerkt',
      bevindingen: null, retourcodes: null, gerelateerd: antwoordOp,
      afleverstatus: this.verzenders.length ? 'wachtend' : 'niet-van-toepassing', pogingen: 0, laatste_fout: null, volgende_poging: null,
      tijdstip: new Date().toISOString(),
    });
    this.bezorg();
    return rij;
  }

  // ---------------------------------------------------------------------------------------------
  // Delivery

  /** Delivers waiting outbound messages in order; on failure retries later with backoff. */
  bezorg(): void {
    if (this.bezorgen || this.gestopt || !this.verzenders.length) return;
    // .finally runs after the assignment below, also when the loop ends at once.
    const p: Promise<void> = this.bezorgLus().finally(() => {
      if (this.bezorgen === p) this.bezorgen = undefined;
    });
    this.bezorgen = p;
  }

  private async bezorgLus(): Promise<void> {
    for (;;) {
      if (this.gestopt) return;
      const volgende = this.opslag.teVersturen(this.id)[0];
      if (!volgende) return;
      const wacht = (volgende.volgende_poging ?? 0) - Date.now();
      if (wacht > 0) {
        this.plan(wacht);
        return;
      }
      try {
        for (const v of this.verzenders) await v(volgende, this.config);
        if (this.gestopt) return;
        this.opslag.werkBij(volgende.id, { afleverstatus: 'afgeleverd', pogingen: volgende.pogingen + 1, laatste_fout: null, volgende_poging: null });
      } catch (e) {
        if (this.gestopt) return;
        const pogingen = volgende.pogingen + 1;
        const vertraging = Math.min(30_000, 100 * 2 ** Math.min(pogingen, 9));
        this.opslag.werkBij(volgende.id, { pogingen, laatste_fout: (e as Error).message, volgende_poging: Date.now() + vertraging });
        this.plan(vertraging);
        return;
      } finally {
        this.meldWachtenden();
      }
    }
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
    this.bronnen.zetSysteemdatum(datum ?? undefined);
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

function acceptatieUit(b: Beoordeling): Acceptatie {
  if (b.uitkomst === 'goedgekeurd') return { alles: true };
  if (b.uitkomst === 'afgekeurd-bericht' || b.uitkomst === 'afgekeurd-header') return { geen: true };
  return { afgewezen: b.retourcodes.filter((r) => afwijzendeCodes(r.codes).length > 0).map((r) => r.pad) };
}

function clientBsn(b: unknown): string | null {
  const o = b as { Client?: { Bsn?: string }; Declaratie?: { Clienten?: { Client?: { Bsn?: string }[] } } } | undefined;
  return o?.Client?.Bsn ?? o?.Declaratie?.Clienten?.Client?.[0]?.Bsn ?? null;
}

function headerIdentificatie(b: unknown): string | null {
  return (b as { Header?: { BerichtIdentificatie?: { Identificatie?: string } } } | undefined)?.Header?.BerichtIdentificatie?.Identificatie ?? null;
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
