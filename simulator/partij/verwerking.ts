/**
 * The way of one message through a party, in one place: recognise → validate → judge (the rules
 * against the exchange state) → retourbericht → state update → the party's reaction (role behaviour,
 * the GI's own start and stop, faults). Every caller takes this way: the simulator's sessions
 * (`dienst/sessie.ts`), the in-process player (`scenarios/inproces.ts`) and `ketentest valideer`
 * (`uitwisseling.ts`). What differs between them is only where messages are kept and where they go:
 * the `Omgeving` the caller gives (a durable log and transports, or memory).
 */
import {
  berichtInfo,
  berichttype,
  heenVan,
  infoVoorNamespace,
  ontvangerVan,
  type Bericht,
  type BerichtInfo,
  type Berichttype,
  type Genummerd,
  type Getypt,
} from '../standaard/berichten/catalogus';
import { kenmerken, valideerElement, valideerXml, type Bevinding, type Validatieresultaat } from '../standaard/berichten/validator';
import { acceptatieUit, beoordeel, type Beoordeling, type Retourcode } from '../standaard/regels/beoordeling';
import { acceptatieUitRetour, retourcodesVan } from '../standaard/regels/retourlezer';
import { accepteert, type Gebeurtenis } from '../standaard/toestand/toestand';
import { LeesFout, leesXml, STANDAARD_GRENZEN, type Leesgrenzen, type XmlElement } from '../standaard/xml/lezer';
import { doorGemeente, type Actie, type ActieVan } from './acties';
import { aanbiederActie } from './aanbieder';
import { giNaToewijzing } from './aanbieder/gi';
import { foutOpties } from './foutgedrag';
import { heenVerzendingen, retourVerzendingen } from './foutverzending';
import { gemeenteActie } from './gemeente';
import { afwijzingenVanGemeente } from './gemeente/declaraties';
import { keurHeen, keurRetour } from './keuring';
import type { Domein } from '../standaard/woorden';
import { ActieFout, type Partij, type Uitgaand } from './partij';

/**
 * Where the pipeline keeps and sends messages: what it needs from its caller. Messages are named by
 * the caller's ids (log ids in a session).
 */
export interface Omgeving {
  /** Keeps and sends a message of ours; `antwoordOp`: the received message it answers. Returns its id. */
  verstuur(b: Getypt, antwoordOp: string | null): string;
  /** Keeps a state event for replay after a restart; the pipeline has applied it already. */
  legVast(bericht: string, g: Gebeurtenis): void;
  /** Our heenbericht of this type with this BerichtIdentificatie (`bericht` absent when it was sent unreadable). */
  verzonden(type: Berichttype, identificatie: string): { readonly id: string; readonly bericht?: Getypt; readonly beantwoord: boolean } | undefined;
  /** Links a message to the one answering it; for our heenbericht, with the codes per class the answer gave. */
  koppel(heen: string, antwoord: string, retourcodes?: readonly Retourcode[]): void;
  /** The last declaratie received with this DeclaratieNummer, with the codes the rules gave it on arrival. */
  ontvangenDeclaratie(
    declaratieNummer: string,
  ): { readonly id: string; readonly bericht: Bericht<'323'>; readonly type: Berichttype; readonly retourcodes: readonly Retourcode[]; readonly beantwoord: boolean } | undefined;
}

/**
 * What processing a message or taking a step will look up in the `Omgeving`. The pipeline itself is
 * synchronous; a caller whose store answers later (a database server) fetches these first, so the
 * `Omgeving` can answer at once.
 */
export interface Opzoeking {
  /** `verzonden(type, identificatie)`: our heenbericht an answer is about. */
  readonly verzonden?: { readonly type: Berichttype; readonly identificatie: string };
  /** `ontvangenDeclaratie(nummer)`: the declaratie a step answers. */
  readonly declaratie?: string;
}

/** The heenbericht of ours an answer (a retourbericht, or the 325 on our declaratie) is about. */
function beantwoordt(domein: Domein, b: Getypt): { type: Berichttype; identificatie: string } | undefined {
  if (!berichtInfo(b.type).isRetour) return undefined;
  const identificatie = b.nummer === '325' ? b.bericht.Header.DeclaratieIdentificatie.Identificatie : b.bericht.Header.BerichtIdentificatie.Identificatie;
  return { type: berichttype(domein, heenVan(b.nummer)!), identificatie };
}

/** What processing this schema-valid message will look up. */
export function opzoekingVan(domein: Domein, b: Getypt): Opzoeking {
  const heen = beantwoordt(domein, b);
  return heen ? { verzonden: heen } : {};
}

/** What taking this step will look up. */
export function opzoekingVanActie(a: Actie): Opzoeking {
  return a.actie === 'declaratie-beantwoorden' ? { declaratie: a.declaratieNummer } : {};
}

/** The key a received message is found by later (`ontvangenDeclaratie`): the DeclaratieNummer of a 323. */
export function sleutelVan(b: Getypt): string | null {
  return b.nummer === '323' ? b.bericht.Declaratie.DeclaratieNummer : null;
}

/** Recognised on arrival (the message is for this party), or refused with the reason. */
export type Herkenning = { readonly root: XmlElement; readonly info: BerichtInfo } | { readonly fout: string; readonly type: Berichttype | null };

/** What became of a received message: for the log, and for callers that show the judgement. */
export interface Verwerkt {
  /** verwerkt: judged (and answered or linked); afgekeurd: failing the schema, no retourbericht (IV028). */
  readonly status: 'verwerkt' | 'afgekeurd';
  readonly bevindingen: readonly Bevinding[];
  /** The codes per class of our retourbericht on a heenbericht. */
  readonly retourcodes: readonly Retourcode[] | null;
  /** Our retourbericht on it, or our heenbericht it answers. */
  readonly gerelateerd: string | null;
  readonly bsn: string | null;
  readonly identificatie: string | null;
  /** The message, typed, when it passed the schema. */
  readonly bericht?: Getypt;
  /** The rules' verdict on a heenbericht or a 325. */
  readonly beoordeling?: Beoordeling;
}

export class Verwerking {
  constructor(
    readonly partij: Partij,
    private readonly omgeving: Omgeving,
    readonly grenzen: Leesgrenzen = STANDAARD_GRENZEN,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // 1. Recognise

  /** Refuses at once what is not XML, not one of the 28 messages, or not for this party's domain and role. */
  herken(bytes: Buffer): Herkenning {
    let root: XmlElement;
    try {
      root = leesXml(bytes, this.grenzen);
    } catch (e) {
      if (e instanceof LeesFout) return { fout: `geen bruikbaar XML-bericht: ${e.message}`, type: null };
      throw e;
    }
    const info = infoVoorNamespace(root.ns);
    if (!info || root.naam !== 'Bericht') {
      return { fout: `onbekend bericht: het hoofdelement ${root.naam} in ${root.ns ? `namespace '${root.ns}'` : 'geen namespace'} is geen iWmo- of iJw-3.2-bericht`, type: null };
    }
    const { domein, rol } = this.partij;
    if (info.domein !== domein) return { fout: `een ${info.type} hoort niet bij deze ${domein === 'wmo' ? 'Wmo' : 'Jw'}-sessie`, type: info.type };
    if (ontvangerVan(info.nummer) !== rol) return { fout: `een ${info.type} wordt niet naar een ${rol} gestuurd`, type: info.type };
    return { root, info };
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Validate, then the heenbericht's or the answer's way

  /** The schema check of a recognised message: `root` as read on arrival, or its bytes (read again after a restart). */
  valideer(bron: { readonly root: XmlElement } | { readonly bytes: Buffer }): Validatieresultaat {
    return 'root' in bron ? valideerElement(bron.root) : valideerXml(bron.bytes, this.grenzen);
  }

  /** A recognised message: as read on arrival, its bytes, or already validated (`valideer`). */
  verwerk(id: string, bron: { readonly root: XmlElement } | { readonly bytes: Buffer } | { readonly resultaat: Validatieresultaat }): Verwerkt {
    const r = 'resultaat' in bron ? bron.resultaat : this.valideer(bron);
    const { bsn, identificatie } = kenmerken(r);
    // Controleniveau 1: no retourbericht; the log tells the sender what failed (IV028).
    if (!r.getypt) return { status: 'afgekeurd', bevindingen: r.bevindingen, retourcodes: null, gerelateerd: null, bsn, identificatie };
    const uitkomst = berichtInfo(r.getypt.type).isRetour ? this.antwoord(id, r.getypt) : this.heen(id, r.getypt);
    return { ...uitkomst, bsn, identificatie, bericht: r.getypt };
  }

  /**
   * 3.–6. A heenbericht: judged as its receiver (with this party's faults), taken into the state as
   * far as accepted, answered with the retourbericht, and reacted to.
   */
  heen(id: string, b: Getypt): Omit<Verwerkt, 'bsn' | 'identificatie'> {
    const { partij } = this;
    const beoordeling = beoordeel(b, partij.toestand, partij.bronnen, foutOpties(partij));
    this.neemOp(id, b, { soort: 'heen-in', acceptatie: acceptatieUit(beoordeling) });
    const handmatig = b.nummer === '323' && partij.config.declaratieAntwoord === 'handmatig';
    let retourId: string | null = null;
    if (beoordeling.retour && !partij.heeftFout('geen-retour') && !handmatig) {
      retourId = this.verstuurRetour(beoordeling.retour, id);
      this.reageer(b, beoordeling.retour);
      if (b.nummer === '323') this.neemOp(retourId, beoordeling.retour, { soort: 'antwoord', acceptatie: { alles: true } });
    }
    // The rules' findings, and what the party sees besides them (who sent it to whom, IV034): logged, not in the retour.
    const bevindingen = [...beoordeling.bevindingen, ...keurHeen(partij, b)];
    return { status: 'verwerkt', bevindingen, retourcodes: beoordeling.retourcodes, gerelateerd: retourId, beoordeling };
  }

  /** The party's own reaction to a heenbericht it answered: a GI starts (and stops) by itself once its toewijzing is in. */
  private reageer(b: Getypt, retour: Getypt): void {
    const { partij } = this;
    if (b.nummer === '301' && partij.config.gi && partij.rol === 'aanbieder') {
      for (const u of giNaToewijzing(partij.context(), b.bericht, accepteert(acceptatieUitRetour(retour)))) this.verstuur(u, null);
    }
  }

  /**
   * An answer to one of our heenberichten (a retourbericht, or the 325 on our declaratie): linked to
   * it, which is then taken into our state as far as the answer accepted it; a 325 is judged too.
   */
  antwoord(id: string, b: Getypt): Omit<Verwerkt, 'bsn' | 'identificatie'> {
    const { partij } = this;
    const { type: heenType, identificatie: heenId } = beantwoordt(partij.domein, b)!;
    const heenNummer = heenVan(b.nummer)!;
    const heen = this.omgeving.verzonden(heenType, heenId);
    const bevindingen: Bevinding[] = [];
    if (!heen) {
      bevindingen.push({ pad: '/Bericht/Header', melding: `geen heenbericht ${heenNummer} met identificatie ${heenId} verstuurd`, regel: b.nummer === '325' ? 'TR337' : 'IV028' });
    } else if (heen.beantwoord) {
      bevindingen.push({ pad: '/Bericht/Header', melding: `het heenbericht ${heenId} had al een antwoord; er hoort één antwoord per heenbericht (IV028)`, regel: 'IV028' });
    } else {
      if (heen.bericht) this.neemOp(heen.id, heen.bericht, { soort: 'heen-uit', acceptatie: acceptatieUitRetour(b) });
      const retourcodes = retourcodesVan(b.type, b.bericht, heen.bericht?.bericht);
      this.omgeving.koppel(heen.id, id, retourcodes);
      // IV028 for a retourbericht; the 325 has its own rules (IV087), judged below, and its own Header.
      if (heen.bericht) bevindingen.push(...(b.nummer === '325' ? keurHeen(partij, b) : keurRetour(partij, b, heen.bericht, retourcodes)));
    }
    let beoordeling: Beoordeling | undefined;
    if (b.nummer === '325') {
      beoordeling = beoordeel(b, partij.toestand, partij.bronnen);
      bevindingen.push(...beoordeling.bevindingen);
      if (heen && !heen.beantwoord) this.neemOp(id, b, { soort: 'antwoord', acceptatie: { alles: true } });
    }
    return { status: 'verwerkt', bevindingen, retourcodes: null, gerelateerd: heen?.id ?? null, ...(beoordeling && { beoordeling }) };
  }

  // ---------------------------------------------------------------------------------------------
  // Business steps

  /** Takes a business step; the heenberichten it produces are sent. Throws ActieFout when it cannot. Returns their ids. */
  actie(a: Actie): string[] {
    const { partij } = this;
    const isGemeente = doorGemeente(a);
    if (isGemeente !== (partij.rol === 'gemeente')) {
      throw new ActieFout(`de actie '${a.actie}' hoort bij een ${isGemeente ? 'gemeente' : 'aanbieder'}; deze sessie speelt ${partij.rol}`);
    }
    if (a.actie === 'declaratie-beantwoorden') return [this.beantwoordDeclaratie(a)];
    // An action dated earlier is taken as of that date: its Dagtekening and every decision it involves (OP380, actuele toewijzingen).
    const ctx = partij.context(a.dagtekening);
    const uitgaand = isGemeente ? gemeenteActie(ctx, a) : aanbiederActie(ctx, a);
    return uitgaand.map((u) => this.verstuur(u, null));
  }

  /** The gemeente answers a declaratie by hand: the rules' verdict on arrival plus its own rejections (`gemeente/declaraties.ts`). */
  private beantwoordDeclaratie(a: ActieVan<'declaratie-beantwoorden'>): string {
    const ontvangen = this.omgeving.ontvangenDeclaratie(a.declaratieNummer);
    if (!ontvangen) throw new ActieFout(`er is geen declaratie ${a.declaratieNummer} ontvangen`, 404);
    if (ontvangen.beantwoord) throw new ActieFout(`declaratie ${a.declaratieNummer} is al beantwoord`);
    const extra = afwijzingenVanGemeente(ontvangen.bericht, ontvangen.retourcodes, a);
    const b: Getypt = { type: ontvangen.type, nummer: '323', bericht: ontvangen.bericht };
    const retour = beoordeel(b, this.partij.toestand, this.partij.bronnen, { alleenExtra: true, extra: () => extra }).retour!;
    const id = this.verstuurRetour(retour, ontvangen.id);
    this.neemOp(id, retour, { soort: 'antwoord', acceptatie: { alles: true } });
    this.omgeving.koppel(ontvangen.id, id);
    return id;
  }

  // ---------------------------------------------------------------------------------------------

  /** A heenbericht, as the party's faults send it (foutverzending.ts); the id of the one built. */
  private verstuur(u: Uitgaand, antwoordOp: string | null): string {
    const b = metType(this.partij.domein, u);
    const ids = heenVerzendingen(this.partij, b).map((x) => ({ x, id: this.omgeving.verstuur(x, antwoordOp) }));
    return (ids.find((v) => v.x.bericht.Header.BerichtIdentificatie.Identificatie === b.bericht.Header.BerichtIdentificatie.Identificatie) ?? ids[0]!).id;
  }

  /** A retourbericht (or 325), as the party's faults send it; the id of the first. */
  private verstuurRetour(r: Getypt, heen: string): string {
    return retourVerzendingen(this.partij, r).map((x) => this.omgeving.verstuur(x, heen))[0]!;
  }

  /** 5. The state update: applied here, kept by the caller for replay. */
  private neemOp(id: string, b: Genummerd, g: Gebeurtenis): void {
    this.omgeving.legVast(id, g);
    this.partij.toestand.neemOp(b, g);
  }
}

/** A numbered message with its type in a domain. */
export function metType(domein: Domein, u: Genummerd): Getypt {
  return { ...u, type: berichttype(domein, u.nummer) };
}
