/**
 * The reference gemeente: business steps that produce heenberichten (301, 319, and on request 325),
 * following the business rules: a toewijzingsbericht carries all current toewijzingen of the client
 * (OP087); a verlenging stretches the end date where OP380 demands it, otherwise a new toewijzing
 * follows (OP257); a request is honoured with its ReferentieAanbieder (TR379).
 */
import { antwoordBericht, toewijzingBericht } from '../standaard/berichten/bouwers';
import type { Bericht } from '../standaard/berichten/catalogus';
import { nuTijd, plusDagen } from '../standaard/berichten/datum';
import type { ToewijzingVersie } from '../standaard/toestand/toewijzingen';
import type { Actie, ToewijzingJson } from './acties';
import { ActieFout, kop, omvang, product, type PartijContext, type Uitgaand } from './partij';

type ToegewezenProduct = Bericht<'301'>['Client']['ToegewezenProducten']['ToegewezenProduct'][number];
/** A new toewijzing's content; the decision's number (fresh unless given), date and time are added. */
type NieuweToewijzing = Omit<ToegewezenProduct, 'ToewijzingNummer' | 'Toewijzingsdatum' | 'Toewijzingstijd'> & { ToewijzingNummer?: number };

/** The fields of a ToegewezenProduct as the gemeente sends it again (without state bookkeeping). */
function alsProduct(v: ToewijzingVersie): ToegewezenProduct {
  const { bsn: _b, volgnummer: _v, ...p } = v;
  return p;
}

/** An existing toewijzing, decided again today with these changes; a ReferentieAanbieder is given only the first time (TR379). */
function herzien(ctx: PartijContext, v: ToewijzingVersie, wijziging: Partial<ToegewezenProduct>): ToegewezenProduct {
  const { ReferentieAanbieder: _r, ...p } = alsProduct(v);
  return { ...p, Toewijzingsdatum: ctx.systeemdatum, Toewijzingstijd: nuTijd(), ...wijziging };
}

function bestaande(ctx: PartijContext, nummer: number | undefined): ToewijzingVersie {
  const v = nummer === undefined ? undefined : ctx.toestand.toewijzingen.actueleVersie(nummer);
  if (!v) throw new ActieFout(`toewijzing ${nummer} is niet bekend (of nog niet door de aanbieder geaccepteerd)`, 404);
  return v;
}

function nieuwProduct(ctx: PartijContext, t: NieuweToewijzing): ToegewezenProduct {
  const { ToewijzingNummer: nummer, ...p } = t;
  return { ToewijzingNummer: nummer ?? ctx.nieuwToewijzingNummer(), Toewijzingsdatum: ctx.systeemdatum, Toewijzingstijd: nuTijd(), ...p };
}

/** A new toewijzing of a product (or none) over a period, with an Omvang and/or a Budget. */
function toewijzingVoor(p: Pick<ToegewezenProduct, 'Product' | 'Omvang' | 'Budget'>, ingang: string, eind: string | undefined): NieuweToewijzing {
  return {
    ...(p.Product && { Product: p.Product }),
    Ingangsdatum: ingang,
    ...(eind && { Einddatum: eind }),
    ...(p.Omvang && { Omvang: p.Omvang }),
    ...(p.Budget !== undefined && { Budget: p.Budget }),
  };
}

function uitJson(t: ToewijzingJson): NieuweToewijzing {
  const p = product(t.product);
  const o = omvang(t.omvang);
  return {
    ...(t.nummer !== undefined && { ToewijzingNummer: t.nummer }),
    ...(t.referentieAanbieder && { ReferentieAanbieder: t.referentieAanbieder }),
    ...(p && { Product: p }),
    Ingangsdatum: t.ingangsdatum,
    ...(t.einddatum && { Einddatum: t.einddatum }),
    ...(t.redenWijziging && { RedenWijziging: t.redenWijziging }),
    ...(o && { Omvang: o }),
    ...(t.budget !== undefined && { Budget: t.budget }),
    ...(t.commentaar && { Commentaar: t.commentaar }),
  };
}

/**
 * A 301 for one client: the changed products plus every other current toewijzing of that client
 * (OP087: all toewijzingen valid on or after the day of sending, plus the changed ones).
 */
function toewijzingsbericht(ctx: PartijContext, a: Actie, bsn: string, gewijzigd: ToegewezenProduct[]): Uitgaand {
  const nummers = new Set(gewijzigd.map((p) => p.ToewijzingNummer));
  const overige = ctx.toestand.toewijzingen
    .actueel(bsn, ctx.systeemdatum)
    .filter((v) => !nummers.has(v.ToewijzingNummer))
    .map(alsProduct)
    .map((p) => {
      // Unchanged toewijzingen are repeated as they were; a ReferentieAanbieder is given only the first time (TR379).
      const { ReferentieAanbieder: _r, ...rest } = p;
      return rest;
    });
  return {
    nummer: '301',
    bericht: toewijzingBericht({ ...kop(ctx, a), client: ctx.client(bsn), producten: [...gewijzigd, ...overige] }),
  };
}

/** OP380: stretching is mandatory when volume and frequency stay, frequency is not 'total' (6), and the end date has not passed. */
function moetOprekken(v: ToewijzingVersie, nieuw: Actie['omvang'], systeemdatum: string): boolean {
  const oud = v.Omvang;
  const volumeGelijk = !nieuw || !oud || nieuw.volume === oud.Volume;
  const frequentieGelijk = !nieuw || !oud || (nieuw.frequentie === oud.Frequentie && nieuw.eenheid === oud.Eenheid);
  const nietTotaal = !oud || oud.Frequentie !== '6';
  const nietVerstreken = !v.Einddatum || v.Einddatum >= systeemdatum;
  return volumeGelijk && frequentieGelijk && nietTotaal && nietVerstreken;
}

export function gemeenteActie(ctx: PartijContext, a: Actie): Uitgaand[] {
  switch (a.actie) {
    case 'toewijzen': {
      const bsn = a.bsn ?? ctx.standaardBsn;
      const nieuw = a.toewijzingen!.map((t) => {
        const bekend = t.nummer !== undefined ? ctx.toestand.toewijzingen.toewijzing(t.nummer) : undefined;
        if (bekend && bekend.bsn !== bsn) throw new ActieFout(`ToewijzingNummer ${t.nummer} is al gebruikt voor een andere cliënt (TR332)`);
        return nieuwProduct(ctx, uitJson(t));
      });
      return [toewijzingsbericht(ctx, a, bsn, nieuw)];
    }
    case 'verlengen': {
      const v = bestaande(ctx, a.toewijzingNummer);
      if (v.Einddatum && a.einddatum! <= v.Einddatum) throw new ActieFout(`de nieuwe einddatum ${a.einddatum} ligt niet na de huidige ${v.Einddatum}`);
      const oprekken = ctx.heeftFout('verlengen-altijd-oprekken') || (moetOprekken(v, a.omvang, ctx.systeemdatum) && !ctx.heeftFout('verlengen-met-nieuw-nummer'));
      const gevraagd = omvang(a.omvang);
      if (oprekken) {
        return [toewijzingsbericht(ctx, a, v.bsn, [herzien(ctx, v, { Einddatum: a.einddatum!, RedenWijziging: '04', ...(gevraagd && { Omvang: gevraagd }) })])];
      }
      // OP257: a changed need (or an expired toewijzing) gets a new toewijzing.
      const ingang = v.Einddatum && v.Einddatum >= ctx.systeemdatum ? plusDagen(v.Einddatum, 1) : ctx.systeemdatum;
      const o = gevraagd ?? v.Omvang;
      const nieuw = nieuwProduct(ctx, toewijzingVoor({ Product: v.Product, Omvang: o, Budget: o ? undefined : v.Budget }, ingang, a.einddatum!));
      return [toewijzingsbericht(ctx, a, v.bsn, [nieuw])];
    }
    case 'wijzigen': {
      const v = bestaande(ctx, a.toewijzingNummer);
      if (a.ingangsdatum! <= v.Ingangsdatum) {
        throw new ActieFout(`de wijziging gaat in op of vóór de ingangsdatum ${v.Ingangsdatum}: verwijder de toewijzing en wijs opnieuw toe`);
      }
      const oud = herzien(ctx, v, { Einddatum: plusDagen(a.ingangsdatum!, -1), RedenWijziging: '05' });
      const nieuw = nieuwProduct(ctx, toewijzingVoor({ Product: v.Product, Omvang: omvang(a.omvang), Budget: a.budget }, a.ingangsdatum!, a.einddatum ?? v.Einddatum));
      return [toewijzingsbericht(ctx, a, v.bsn, [oud, nieuw])];
    }
    case 'intrekken': {
      const v = bestaande(ctx, a.toewijzingNummer);
      return [toewijzingsbericht(ctx, a, v.bsn, [herzien(ctx, v, { Einddatum: a.einddatum!, RedenWijziging: a.redenWijziging ?? '05' })])];
    }
    case 'verwijderen': {
      const v = bestaande(ctx, a.toewijzingNummer);
      const gedeclareerd = ctx.toestand.declaraties.openDebetsOp(v.ToewijzingNummer).length > 0;
      if (gedeclareerd && !ctx.heeftFout('verwijderen-met-declaraties')) {
        throw new ActieFout(`toewijzing ${v.ToewijzingNummer} heeft goedgekeurde, niet gecrediteerde prestaties en mag niet verwijderd worden (TR385, OP362)`);
      }
      return [toewijzingsbericht(ctx, a, v.bsn, [herzien(ctx, v, { Einddatum: v.Ingangsdatum, RedenWijziging: '13' })])];
    }
    case 'verzoek-beantwoorden':
      return beantwoordVerzoek(ctx, a);
    default:
      throw new ActieFout(`de actie '${a.actie}' hoort niet bij een gemeente`, 409);
  }
}

function beantwoordVerzoek(ctx: PartijContext, a: Actie): Uitgaand[] {
  const verzoek = ctx.toestand.verzoeken.verzoek(a.referentieAanbieder!);
  if (!verzoek) throw new ActieFout(`er is geen verzoek met ReferentieAanbieder ${a.referentieAanbieder}`, 404);
  if (verzoek.status === 'afgewezen' || verzoek.status === 'toegewezen') {
    throw new ActieFout(`het verzoek ${verzoek.referentie} is al ${verzoek.status}`);
  }
  const antwoord = (waarde: '1' | '2', reden?: string): Uitgaand[] => [
    {
      nummer: '319',
      bericht: antwoordBericht({
        ...kop(ctx, a),
        antwoord: {
          ReferentieAanbieder: verzoek.referentie,
          VerzoekAntwoord: waarde,
          ...(reden && { RedenAfwijzingVerzoek: reden }),
          ...(reden === '8' && ctx.domein === 'jw' && a.woonplaatsbeginsel && { Woonplaatsbeginsel: { Gemeente: a.woonplaatsbeginsel } }),
        },
      }),
    },
  ];
  if (a.antwoord === 'onderzoek') {
    if (verzoek.status === 'in onderzoek' && !ctx.heeftFout('onderzoek-twee-keer')) {
      throw new ActieFout(`het verzoek ${verzoek.referentie} is al in onderzoek; het volgende antwoord is een toewijzing of een afwijzing (TR360)`);
    }
    return antwoord('2');
  }
  if (a.antwoord === 'afwijzen') return antwoord('1', a.redenAfwijzing ?? '1');
  // Toewijzen: the requested products become toewijzingen carrying the request's ReferentieAanbieder (TR379, OP348).
  const referentie = ctx.heeftFout('toewijzing-zonder-referentie') ? undefined : verzoek.referentie;
  const metReferentie = (p: ToegewezenProduct): ToegewezenProduct => (referentie ? { ...p, ReferentieAanbieder: referentie } : p);
  if (verzoek.soort === '315') {
    const ap = verzoek.aangevraagd!;
    const p = nieuwProduct(ctx, toewijzingVoor(ap, ap.ToewijzingIngangsdatum, ap.ToewijzingEinddatum));
    return [toewijzingsbericht(ctx, a, verzoek.bsn, [metReferentie(p)])];
  }
  const w = verzoek.wijziging!;
  const gewijzigd: ToegewezenProduct[] = [];
  for (const t of w.TeWijzigenProducten?.TeWijzigenProduct ?? []) {
    const v = bestaande(ctx, t.ToewijzingNummer);
    const o = t.Omvang ?? v.Omvang;
    if (t.GewensteIngangsdatum <= v.Ingangsdatum) {
      // A change over the whole period is made on the toewijzing itself.
      const p = herzien(ctx, v, { RedenWijziging: '12', ...(t.Einddatum && { Einddatum: t.Einddatum }) });
      if (t.Budget !== undefined) {
        p.Budget = t.Budget;
        delete p.Omvang;
      } else if (o) p.Omvang = o;
      gewijzigd.push(metReferentie(p));
    } else {
      const oud = herzien(ctx, v, { Einddatum: plusDagen(t.GewensteIngangsdatum, -1), RedenWijziging: '12' });
      const inhoud = t.Budget !== undefined ? { Product: v.Product, Budget: t.Budget } : { Product: v.Product, Omvang: o };
      const nieuw = nieuwProduct(ctx, toewijzingVoor(inhoud, t.GewensteIngangsdatum, t.Einddatum ?? v.Einddatum));
      gewijzigd.push(metReferentie(oud), metReferentie(nieuw));
    }
  }
  for (const n of w.NieuweProducten?.NieuwProduct ?? []) {
    gewijzigd.push(metReferentie(nieuwProduct(ctx, toewijzingVoor(n, n.GewensteIngangsdatum, n.Einddatum))));
  }
  return [toewijzingsbericht(ctx, a, verzoek.bsn, gewijzigd)];
}
