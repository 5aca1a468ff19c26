/**
 * Assessing a heenbericht as its receiver must (IV028, IV087, IV088): schema first (no retourbericht
 * when it fails), then the rules within the message (the whole message rejected with 0001), then
 * the rules across messages and against outside sources (a code on the berichtklasse where the fault
 * is, 0233 below a rejected class, 0200 elsewhere). Builds the retourbericht, and says which classes
 * were accepted so the exchange state takes in only those.
 */
import { declaratieAntwoordBericht, retourbericht, saldo } from '../berichten/bouwers';
import { berichtInfo, berichttype, getypt, RETOUR_VAN, type Berichttype, type Getypt } from '../berichten/catalogus';
import { delenIn, isHerhaald, isSamengesteld, type Samengesteld } from '../berichten/model';
import type { Bevinding } from '../berichten/schema';
import type { Bronnen } from '../bronnen/bronnen';
import type { Acceptatie, Toestand } from '../toestand/toestand';
import { regelsVoor } from './catalogus';
import { codeVan, type Overtreding, type Regel, type RegelContext } from './regel';

/** Codes that reject nothing themselves: approved (0200), not judged below a rejected class (0233), declaratie fully approved (8001). */
export const GOEDKEURENDE_CODES: ReadonlySet<string> = new Set(['0200', '0233', '8001']);

/** The codes of a class that reject it. */
export const afwijzendeCodes = (codes: readonly string[]): string[] => codes.filter((c) => !GOEDKEURENDE_CODES.has(c));

export interface Retourcode {
  /** The berichtklasse as named in the retourbericht (Header, Client, StopProduct, DeclaratieAntwoord, ...). */
  readonly berichtklasse: string;
  /** Path of the class in the heenbericht: /Bericht/Client/StopProducten/StopProduct[1] */
  readonly pad: string;
  readonly codes: readonly string[];
}

export type Uitkomst = 'goedgekeurd' | 'afgekeurd-bericht' | 'afgekeurd-header' | 'deels-afgekeurd';

export interface Beoordeling {
  readonly type: Berichttype;
  readonly uitkomst: Uitkomst;
  /** Rule findings; `pad` is the element (or class) concerned, `regel` the rule code. */
  readonly bevindingen: Bevinding[];
  /** Every berichtklasse the retourbericht carries, with its codes; a fully approved message: Header 0200. */
  readonly retourcodes: Retourcode[];
  /** The retourbericht (302 ... 320, or 325 for a 323); absent for a retourbericht, which gets no answer. */
  readonly retour?: Getypt;
  /** Whether the class at this path (and so its content) was accepted. */
  accepteert(pad: string): boolean;
}

export interface Klasse {
  readonly naam: string;
  readonly pad: string;
  readonly ouder?: string;
}

/** The berichtklassen of a message in document order, the Header first. */
export function klassenVan(type: Berichttype, bericht: unknown): Klasse[] {
  const info = berichtInfo(type);
  const uit: Klasse[] = [{ naam: 'Header', pad: '/Bericht/Header' }];
  const loop = (t: Samengesteld, w: Record<string, unknown>, pad: string, ouder: string | undefined): void => {
    for (const p of delenIn(t, info.domein)) {
      if (!isSamengesteld(p.type) || p.naam === 'Header' || p.naam === 'RetourCodes') continue;
      const v = w[p.naam];
      if (v === undefined) continue;
      const items = isHerhaald(p) ? (v as Record<string, unknown>[]) : [v as Record<string, unknown>];
      items.forEach((item, i) => {
        const sub = isHerhaald(p) ? `${pad}/${p.naam}[${i + 1}]` : `${pad}/${p.naam}`;
        const k = p.type as Samengesteld;
        if (k.klasse && k.plaats === 'bericht') {
          uit.push({ naam: k.naam, pad: sub, ...(ouder && { ouder }) });
          loop(k, item, sub, sub);
        } else loop(k, item, sub, ouder);
      });
    }
  };
  loop(info.model, bericht as Record<string, unknown>, '/Bericht', undefined);
  return uit;
}

/** A violation found outside the rule catalogue: a gemeente's own judgement, or a simulator fault. */
export interface ExtraOvertreding {
  readonly klasse: string;
  readonly code: string;
  readonly regel: string;
  readonly melding: string;
}

export interface BeoordeelOpties {
  readonly identificatieRetour?: string;
  readonly dagtekeningRetour?: string;
  /** Rules to leave out (the simulator's faults); default none. */
  readonly zonder?: ReadonlySet<string>;
  /** More violations, judged as controleniveau 3 (a code on their berichtklasse). */
  readonly extra?: (ctx: RegelContext) => ExtraOvertreding[];
  /** Only the extra violations count: the rules have been judged before. */
  readonly alleenExtra?: boolean;
  /** Where a code lands: a fault may put it on another class than the one at fault. */
  readonly codeKlasse?: (pad: string) => string;
  /** A declaratie-antwoord that also lists approved prestaties (a fault: TR342 forbids it). */
  readonly ookGoedgekeurdePrestaties?: boolean;
}

function naarBevinding(r: Regel, o: Overtreding): Bevinding {
  return { pad: o.element ? `${o.klasse}/${o.element}` : o.klasse, melding: o.melding, regel: r.code };
}

export function beoordeel(b: Getypt, toestand: Toestand, bronnen: Bronnen, opties: BeoordeelOpties = {}): Beoordeling {
  const { type, bericht } = b;
  const info = berichtInfo(type);
  const ctx: RegelContext = {
    domein: info.domein,
    nummer: info.nummer,
    type,
    bericht,
    toestand,
    bronnen,
    systeemdatum: bronnen.systeemdatum(),
  };
  const alle = opties.alleenExtra ? [] : regelsVoor(info.domein, info.nummer);
  const regels = opties.zonder ? alle.filter((r) => !opties.zonder!.has(r.code)) : alle;
  const retourNummer = RETOUR_VAN[info.nummer];
  const retourType = retourNummer ? berichttype(info.domein, retourNummer) : undefined;
  const kop = { identificatieRetour: opties.identificatieRetour, dagtekeningRetour: opties.dagtekeningRetour ?? bronnen.systeemdatum() };
  const klassen = klassenVan(type, bericht);

  // Controleniveau 2: rules within the message. Any violation rejects the whole message with 0001.
  const binnen = regels.filter((r) => r.niveau === 'bericht' || r.niveau === 'schema');
  const bevindingen2 = binnen.flatMap((r) => r.controleer(ctx).map((o) => naarBevinding(r, o)));
  if (bevindingen2.length > 0) {
    return {
      type,
      uitkomst: 'afgekeurd-bericht',
      bevindingen: bevindingen2,
      retourcodes: retourType ? [{ berichtklasse: 'Header', pad: '/Bericht/Header', codes: ['0001'] }] : [],
      ...(retourType && { retour: getypt(retourType, bouwRetour(b, new Map([['/Bericht/Header', ['0001']]]), klassen, kop, true)) }),
      accepteert: () => false,
    };
  }

  // Controleniveau 3 and 4: a code per berichtklasse.
  const codes = new Map<string, string[]>();
  const bevindingen: Bevinding[] = [];
  const noteer = (klasse: string, c: string) => {
    const k = opties.codeKlasse ? opties.codeKlasse(klasse) : klasse;
    const lijst = codes.get(k) ?? codes.set(k, []).get(k)!;
    if (!lijst.includes(c)) lijst.push(c);
  };
  for (const r of regels.filter((x) => x.niveau === 'berichtoverstijgend' || x.niveau === 'externe-bron')) {
    for (const o of r.controleer(ctx)) {
      bevindingen.push(naarBevinding(r, o));
      noteer(o.klasse, codeVan(r));
    }
  }
  for (const o of opties.extra?.(ctx) ?? []) {
    bevindingen.push({ pad: o.klasse, melding: o.melding, regel: o.regel });
    noteer(o.klasse, o.code);
  }
  const afgekeurd = new Set(codes.keys());
  const ouders = new Map(klassen.map((k) => [k.pad, k.ouder]));
  const metAfgekeurdeOuder = (pad: string): boolean => {
    for (let o = ouders.get(pad); o; o = ouders.get(o)) if (afgekeurd.has(o)) return true;
    return false;
  };
  const headerAfgekeurd = afgekeurd.has('/Bericht/Header');
  const accepteert = (pad: string): boolean => !headerAfgekeurd && !afgekeurd.has(pad) && !metAfgekeurdeOuder(pad);
  const uitkomst: Uitkomst = headerAfgekeurd ? 'afgekeurd-header' : afgekeurd.size ? 'deels-afgekeurd' : 'goedgekeurd';

  let retourcodes: Retourcode[];
  if (uitkomst === 'goedgekeurd') {
    retourcodes = [{ berichtklasse: 'Header', pad: '/Bericht/Header', codes: ['0200'] }];
  } else if (headerAfgekeurd) {
    retourcodes = [{ berichtklasse: 'Header', pad: '/Bericht/Header', codes: codes.get('/Bericht/Header')! }];
  } else {
    retourcodes = klassen.map((k) => ({
      berichtklasse: k.naam,
      pad: k.pad,
      codes: codes.get(k.pad) ?? (metAfgekeurdeOuder(k.pad) ? ['0233'] : ['0200']),
    }));
  }
  if (info.nummer === '323') retourcodes = declaratieRetourcodes(retourcodes, uitkomst);
  if (!retourType) retourcodes = []; // a retourbericht or a 325 is not answered
  // A fully approved mirror retourbericht is the Header without RetourCodes (IV028).
  const perKlasse = uitkomst === 'goedgekeurd' && info.nummer !== '323' ? new Map<string, string[]>() : new Map(retourcodes.map((r) => [r.pad, [...r.codes]]));
  return {
    type,
    uitkomst,
    bevindingen,
    retourcodes,
    ...(retourType && { retour: getypt(retourType, bouwRetour(b, perKlasse, klassen, kop, uitkomst !== 'deels-afgekeurd', accepteert, opties.ookGoedgekeurdePrestaties)) }),
    accepteert,
  };
}

/**
 * The declaratie-antwoord carries only rejected prestaties and their clients (IV087): approved
 * prestaties and clients without faults are left out, Declaratie is answered as DeclaratieAntwoord.
 */
function declaratieRetourcodes(rc: Retourcode[], uitkomst: Uitkomst): Retourcode[] {
  if (uitkomst === 'afgekeurd-header') return rc;
  if (uitkomst === 'goedgekeurd') {
    return [
      { berichtklasse: 'Header', pad: '/Bericht/Header', codes: ['0200'] },
      { berichtklasse: 'DeclaratieAntwoord', pad: '/Bericht/Declaratie', codes: ['8001'] },
    ];
  }
  const declaratie = rc.find((r) => r.pad === '/Bericht/Declaratie')!;
  if (declaratie.codes[0] !== '0200') {
    return [rc[0]!, { ...declaratie, berichtklasse: 'DeclaratieAntwoord' }];
  }
  const afgewezen = (r: Retourcode) => r.codes.some((c) => c !== '0200');
  const clientenMetFout = new Set(rc.filter((r) => r.berichtklasse === 'Prestatie' && afgewezen(r)).map((r) => r.pad.replace(/\/Prestaties\/Prestatie\[\d+\]$/, '')));
  return rc
    .filter((r) => {
      if (r.berichtklasse === 'Client') return afgewezen(r) || clientenMetFout.has(r.pad);
      if (r.berichtklasse === 'Prestatie') return afgewezen(r);
      return true;
    })
    .map((r) => (r.pad === '/Bericht/Declaratie' ? { ...r, berichtklasse: 'DeclaratieAntwoord' } : r));
}

function bouwRetour(
  b: Getypt,
  codes: Map<string, string[]>,
  klassen: Klasse[],
  kop: { identificatieRetour?: string | undefined; dagtekeningRetour?: string | undefined },
  alleenHeader: boolean,
  accepteert: (pad: string) => boolean = () => false,
  ookGoedgekeurd = false,
): unknown {
  const headerCodes = codes.get('/Bericht/Header') ?? [];
  if (b.nummer === '323') {
    const heen = b.bericht;
    const antwoordCodes = codes.get('/Bericht/Declaratie');
    const kopOpties = { ...(kop.identificatieRetour && { identificatie: kop.identificatieRetour }), ...(kop.dagtekeningRetour && { dagtekening: kop.dagtekeningRetour }) };
    if (!antwoordCodes) {
      return declaratieAntwoordBericht(heen, { ...kopOpties, headerCodes, toegekend: { TotaalBedrag: 0, DebetCredit: 'D' }, zonderInhoud: true });
    }
    const volledig = antwoordCodes.includes('8001');
    const afgewezen = antwoordCodes.some((c) => c !== '0200' && c !== '8001');
    const goedgekeurd = heen.Declaratie.Clienten.Client.flatMap((c, ci) =>
      c.Prestaties.Prestatie.filter((_, pi) => accepteert(`/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`)).map((p) => p.IngediendBedrag),
    );
    const antwoord = declaratieAntwoordBericht(heen, {
      ...kopOpties,
      headerCodes: ['0200'],
      declaratieCodes: antwoordCodes,
      toegekend: volledig ? heen.Declaratie.TotaalIngediendBedrag : afgewezen ? { TotaalBedrag: 0, DebetCredit: 'D' } : saldo(goedgekeurd),
    });
    if (!volledig && !afgewezen && antwoord.DeclaratieAntwoord) {
      const clienten = heen.Declaratie.Clienten.Client.flatMap((c, ci) => {
        const cp = `/Bericht/Declaratie/Clienten/Client[${ci + 1}]`;
        if (!codes.has(cp) && !ookGoedgekeurd) return [];
        const prestaties = c.Prestaties.Prestatie.flatMap((p, pi) => {
          const pc = codes.get(`${cp}/Prestaties/Prestatie[${pi + 1}]`) ?? (ookGoedgekeurd ? ['0200'] : undefined);
          return pc ? [{ ...p, RetourCodes: { RetourCode: pc } }] : [];
        });
        return [{ Bsn: c.Bsn, Prestaties: { Prestatie: prestaties }, RetourCodes: { RetourCode: codes.get(cp) ?? ['0200'] } }];
      });
      antwoord.DeclaratieAntwoord.Clienten = { Client: clienten };
    }
    return antwoord;
  }
  const namen = new Map(klassen.map((k) => [k.pad, k.naam]));
  return retourbericht(b.type, b.bericht, (pad) => codes.get(pad) ?? (namen.has(pad) ? ['0200'] : []), {
    ...kop,
    ...(headerCodes.length && { headerCodes }),
    zonderInhoud: alleenHeader,
  });
}

/** Which classes the retourbericht of this assessment accepts, as the state event records it. */
export function acceptatieUit(b: Beoordeling): Acceptatie {
  if (b.uitkomst === 'goedgekeurd') return { alles: true };
  if (b.uitkomst === 'afgekeurd-bericht' || b.uitkomst === 'afgekeurd-header') return { geen: true };
  return { afgewezen: b.retourcodes.filter((r) => afwijzendeCodes(r.codes).length > 0).map((r) => r.pad) };
}
