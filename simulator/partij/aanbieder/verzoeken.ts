/**
 * The aanbieder asks the gemeente: a verzoek om toewijzing (315) for new products, a verzoek om
 * wijziging (317) for a changed package that carries every current toewijzing, changed or not (TR349).
 */
import { verkort, verzoekOmToewijzingBericht, verzoekOmWijzigingBericht } from '../../standaard/berichten/bouwers';
import type { Bericht } from '../../standaard/berichten/catalogus';
import { DOMEINCODES } from '../../standaard/berichten/sjablonen';
import type { ActieVan, ProductJson } from '../acties';
import { kop, omvang, product, type PartijContext, type Uitgaand } from '../partij';

/** The product a request names: null for none, absent for the domain's standard product. */
function gevraagdProduct(ctx: PartijContext, p: ProductJson | null | undefined): { Categorie: string; Code?: string } | undefined {
  return p === null ? undefined : (product(p) ?? DOMEINCODES[ctx.domein].product);
}

export function verzoekOmToewijzing(ctx: PartijContext, a: ActieVan<'verzoek-om-toewijzing'>, bsn: string): Uitgaand[] {
  return [
    {
      nummer: '315',
      bericht: verzoekOmToewijzingBericht({
        ...kop(ctx, a),
        client: verkort(ctx.client(bsn)),
        producten: a.producten.map((p) => {
          const pr = gevraagdProduct(ctx, p.product);
          const o = omvang(p.omvang);
          return {
            ReferentieAanbieder: p.referentieAanbieder ?? ctx.nieuweReferentie('VOT'),
            ...(pr && { Product: pr }),
            ToewijzingIngangsdatum: p.ingangsdatum,
            ...(p.einddatum && { ToewijzingEinddatum: p.einddatum }),
            ...(o && { Omvang: o }),
            ...(p.budget !== undefined && { Budget: p.budget }),
            Verwijzer: { Type: '01', Naam: 'Gemeente' },
          };
        }),
      }),
    },
  ];
}

export function verzoekOmWijziging(ctx: PartijContext, a: ActieVan<'verzoek-om-wijziging'>, bsn: string): Uitgaand[] {
  const teWijzigen = a.teWijzigen ?? [];
  const nummers = new Set(teWijzigen.map((t) => t.toewijzingNummer));
  // TR349: every current toewijzing is in the request, changed or unchanged.
  const ongewijzigd = ctx.heeftFout('vow-onvolledig')
    ? []
    : ctx.toestand.toewijzingen
        .actueel(bsn, ctx.systeemdatum)
        .filter((v) => !nummers.has(v.ToewijzingNummer))
        .map((v) => ({ ToewijzingNummer: v.ToewijzingNummer }));
  const verzoek: Bericht<'317'>['Client']['Verzoek'] = {
    ReferentieAanbieder: a.referentieAanbieder ?? ctx.nieuweReferentie('VOW'),
    RedenVerzoek: '1',
    ...(ongewijzigd.length && { OngewijzigdeProducten: { OngewijzigdProduct: ongewijzigd } }),
    ...(teWijzigen.length && {
      TeWijzigenProducten: {
        TeWijzigenProduct: teWijzigen.map((t) => {
          const o = omvang(t.omvang);
          return {
            ToewijzingNummer: t.toewijzingNummer,
            GewensteIngangsdatum: t.ingangsdatum,
            ...(t.einddatum && { Einddatum: t.einddatum }),
            ...(o && { Omvang: o }),
            ...(t.budget !== undefined && { Budget: t.budget }),
          };
        }),
      },
    }),
    ...(a.nieuw?.length && {
      NieuweProducten: {
        NieuwProduct: a.nieuw.map((n) => {
          const pr = gevraagdProduct(ctx, n.product);
          const o = omvang(n.omvang);
          return {
            ...(pr && { Product: pr }),
            GewensteIngangsdatum: n.ingangsdatum,
            ...(n.einddatum && { Einddatum: n.einddatum }),
            ...(o && { Omvang: o }),
            ...(n.budget !== undefined && { Budget: n.budget }),
          };
        }),
      },
    }),
  };
  return [{ nummer: '317', bericht: verzoekOmWijzigingBericht({ ...kop(ctx, a), bsn, verzoek }) }];
}
