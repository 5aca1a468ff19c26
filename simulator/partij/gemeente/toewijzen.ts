/**
 * The gemeente decides on toewijzingen: a new toewijzing, a change per a date (the old one ends the
 * day before, a new one begins: OP257), an end (intrekken) and a removal (einddatum = ingangsdatum,
 * RedenWijziging 13; not with approved declaraties on it: TR385, OP362). Each sends a 301 (OP087).
 */
import { plusDagen } from '../../standaard/berichten/datum';
import type { ActieVan } from '../acties';
import { ActieFout, omvang, type PartijContext, type Uitgaand } from '../partij';
import { bestaande, herzien, nieuwProduct, toewijzingsbericht, toewijzingVoor, uitJson } from './toewijzingsbericht';

export function toewijzen(ctx: PartijContext, a: ActieVan<'toewijzen'>): Uitgaand[] {
  const bsn = a.bsn ?? ctx.standaardBsn;
  const nieuw = a.toewijzingen.map((t) => {
    const bekend = t.nummer !== undefined ? ctx.toestand.toewijzingen.toewijzing(t.nummer) : undefined;
    if (bekend && bekend.bsn !== bsn) throw new ActieFout(`ToewijzingNummer ${t.nummer} is al gebruikt voor een andere cliënt (TR332)`);
    return nieuwProduct(ctx, uitJson(t));
  });
  return [toewijzingsbericht(ctx, a, bsn, nieuw)];
}

export function wijzigen(ctx: PartijContext, a: ActieVan<'wijzigen'>): Uitgaand[] {
  const v = bestaande(ctx, a.toewijzingNummer);
  if (a.ingangsdatum <= v.Ingangsdatum) {
    throw new ActieFout(`de wijziging gaat in op of vóór de ingangsdatum ${v.Ingangsdatum}: verwijder de toewijzing en wijs opnieuw toe`);
  }
  const oud = herzien(ctx, v, { Einddatum: plusDagen(a.ingangsdatum, -1), RedenWijziging: '05' });
  const nieuw = nieuwProduct(ctx, toewijzingVoor({ Product: v.Product, Omvang: omvang(a.omvang), Budget: a.budget }, a.ingangsdatum, a.einddatum ?? v.Einddatum));
  return [toewijzingsbericht(ctx, a, v.bsn, [oud, nieuw])];
}

export function intrekken(ctx: PartijContext, a: ActieVan<'intrekken'>): Uitgaand[] {
  const v = bestaande(ctx, a.toewijzingNummer);
  return [toewijzingsbericht(ctx, a, v.bsn, [herzien(ctx, v, { Einddatum: a.einddatum, RedenWijziging: a.redenWijziging ?? '05' })])];
}

export function verwijderen(ctx: PartijContext, a: ActieVan<'verwijderen'>): Uitgaand[] {
  const v = bestaande(ctx, a.toewijzingNummer);
  const gedeclareerd = ctx.toestand.declaraties.openDebetsOp(v.ToewijzingNummer).length > 0;
  if (gedeclareerd && !ctx.heeftFout('verwijderen-met-declaraties')) {
    throw new ActieFout(`toewijzing ${v.ToewijzingNummer} heeft goedgekeurde, niet gecrediteerde prestaties en mag niet verwijderd worden (TR385, OP362)`);
  }
  return [toewijzingsbericht(ctx, a, v.bsn, [herzien(ctx, v, { Einddatum: v.Ingangsdatum, RedenWijziging: '13' })])];
}
