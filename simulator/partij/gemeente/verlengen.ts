/**
 * Where OP380 is decided: a gemeente that extends a toewijzing stretches its end date (same number,
 * RedenWijziging 04) when volume and frequency stay, the frequency is not 'total' and the end date has
 * not passed; otherwise the changed need (or the expired toewijzing) gets a new toewijzing (OP257).
 */
import { plusDagen } from '../../standaard/berichten/datum';
import type { ToewijzingVersie } from '../../standaard/toestand/toewijzingen';
import type { ActieVan } from '../acties';
import { ActieFout, omvang, type PartijContext, type Uitgaand } from '../partij';
import { bestaande, herzien, nieuwProduct, toewijzingsbericht, toewijzingVoor } from './toewijzingsbericht';

/** OP380: stretching is mandatory when volume and frequency stay, frequency is not 'total' (6), and the end date has not passed. */
export function moetOprekken(v: ToewijzingVersie, nieuw: ActieVan<'verlengen'>['omvang'], systeemdatum: string): boolean {
  const oud = v.Omvang;
  const volumeGelijk = !nieuw || !oud || nieuw.volume === oud.Volume;
  const frequentieGelijk = !nieuw || !oud || (nieuw.frequentie === oud.Frequentie && nieuw.eenheid === oud.Eenheid);
  const nietTotaal = oud?.Frequentie !== '6';
  const nietVerstreken = !v.Einddatum || v.Einddatum >= systeemdatum;
  return volumeGelijk && frequentieGelijk && nietTotaal && nietVerstreken;
}

export function verlengen(ctx: PartijContext, a: ActieVan<'verlengen'>): Uitgaand[] {
  const v = bestaande(ctx, a.toewijzingNummer);
  if (v.Einddatum && a.einddatum <= v.Einddatum) throw new ActieFout(`de nieuwe einddatum ${a.einddatum} ligt niet na de huidige ${v.Einddatum}`);
  const oprekken = ctx.heeftFout('verlengen-altijd-oprekken') || (moetOprekken(v, a.omvang, ctx.systeemdatum) && !ctx.heeftFout('verlengen-met-nieuw-nummer'));
  const gevraagd = omvang(a.omvang);
  if (oprekken) {
    return [toewijzingsbericht(ctx, a, v.bsn, [herzien(ctx, v, { Einddatum: a.einddatum, RedenWijziging: '04', ...(gevraagd && { Omvang: gevraagd }) })])];
  }
  // OP257: a changed need (or an expired toewijzing) gets a new toewijzing.
  const ingang = v.Einddatum && v.Einddatum >= ctx.systeemdatum ? plusDagen(v.Einddatum, 1) : ctx.systeemdatum;
  const o = gevraagd ?? v.Omvang;
  const nieuw = nieuwProduct(ctx, toewijzingVoor({ Product: v.Product, Omvang: o, Budget: o ? undefined : v.Budget }, ingang, a.einddatum));
  return [toewijzingsbericht(ctx, a, v.bsn, [nieuw])];
}
