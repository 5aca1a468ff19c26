/**
 * How the reference gemeente writes a toewijzingsbericht (301): a toewijzing decided now, an existing
 * one decided again, and the message that carries the changed toewijzingen of a client together with
 * every other current one (OP087). Shared by every gemeente step that sends a 301.
 */
import { toewijzingBericht } from '../../standaard/berichten/bouwers';
import type { Bericht } from '../../standaard/berichten/catalogus';
import { nuTijd } from '../../standaard/berichten/datum';
import type { ToewijzingVersie } from '../../standaard/toestand/toewijzingen';
import type { Actie, ToewijzingJson } from '../acties';
import { ActieFout, kop, omvang, product, type PartijContext, type Uitgaand } from '../partij';

export type ToegewezenProduct = Bericht<'301'>['Client']['ToegewezenProducten']['ToegewezenProduct'][number];
/** A new toewijzing's content; the decision's number (fresh unless given), date and time are added. */
export type NieuweToewijzing = Omit<ToegewezenProduct, 'ToewijzingNummer' | 'Toewijzingsdatum' | 'Toewijzingstijd'> & { ToewijzingNummer?: number };

/** The fields of a ToegewezenProduct as the gemeente sends it again (without state bookkeeping). */
function alsProduct(v: ToewijzingVersie): ToegewezenProduct {
  const { bsn: _b, volgnummer: _v, ...p } = v;
  return p;
}

/** An existing toewijzing, decided again today with these changes; a ReferentieAanbieder is given only the first time (TR379). */
export function herzien(ctx: PartijContext, v: ToewijzingVersie, wijziging: Partial<ToegewezenProduct>): ToegewezenProduct {
  const { ReferentieAanbieder: _r, ...p } = alsProduct(v);
  return { ...p, Toewijzingsdatum: ctx.systeemdatum, Toewijzingstijd: nuTijd(), ...wijziging };
}

/** The current version of a toewijzing this gemeente has sent and the aanbieder accepted. */
export function bestaande(ctx: PartijContext, nummer: number | undefined): ToewijzingVersie {
  const v = nummer === undefined ? undefined : ctx.toestand.toewijzingen.actueleVersie(nummer);
  if (!v) throw new ActieFout(`toewijzing ${nummer} is niet bekend (of nog niet door de aanbieder geaccepteerd)`, 404);
  return v;
}

export function nieuwProduct(ctx: PartijContext, t: NieuweToewijzing): ToegewezenProduct {
  const { ToewijzingNummer: nummer, ...p } = t;
  return { ToewijzingNummer: nummer ?? ctx.nieuwToewijzingNummer(), Toewijzingsdatum: ctx.systeemdatum, Toewijzingstijd: nuTijd(), ...p };
}

/** A new toewijzing of a product (or none) over a period, with an Omvang and/or a Budget. */
export function toewijzingVoor(p: Pick<ToegewezenProduct, 'Product' | 'Omvang' | 'Budget'>, ingang: string, eind: string | undefined): NieuweToewijzing {
  return {
    ...(p.Product && { Product: p.Product }),
    Ingangsdatum: ingang,
    ...(eind && { Einddatum: eind }),
    ...(p.Omvang && { Omvang: p.Omvang }),
    ...(p.Budget !== undefined && { Budget: p.Budget }),
  };
}

/** A toewijzing as the action contract describes it. */
export function uitJson(t: ToewijzingJson): NieuweToewijzing {
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
export function toewijzingsbericht(ctx: PartijContext, a: Pick<Actie, 'dagtekening'>, bsn: string, gewijzigd: ToegewezenProduct[]): Uitgaand {
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
