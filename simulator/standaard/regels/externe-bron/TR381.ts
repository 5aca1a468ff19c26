import { prestatiesVan } from '../berichtoverstijgend/declaratiehulp';
import { productcontroles, type Product } from '../condities/klassen';
import { regel, type Overtreding, type RegelContext } from '../regel';

function past({ bronnen, domein }: RegelContext, element: string, p: Product | undefined): { element: string; melding: string } | undefined {
  if (!p?.Code || bronnen.productcodePastBij(domein, p.Categorie, p.Code)) return undefined;
  return { element, melding: `ProductCode ${p.Code} hoort volgens de productcodelijst niet bij ProductCategorie ${p.Categorie}` };
}

/** Start and stop lines, except removals (StatusAanlevering 3), which are not judged on content. */
function regieregels(ctx: RegelContext, pad: string, regels: readonly { Product?: Product; StatusAanlevering: string }[]): Overtreding[] {
  return regels.flatMap((p, i) => {
    const f = p.StatusAanlevering === '3' ? undefined : past(ctx, 'Product/Code', p.Product);
    return f ? [{ klasse: `${pad}[${i + 1}]`, ...f }] : [];
  });
}

export const TR381 = regel({
  code: 'TR381',
  familie: 'externe-bron',
  retourcode: 'S329',
  omschrijving: 'Een ingevulde productcode komt uit de gebruikte productcodelijst en hoort daar bij de opgegeven productcategorie.',
  lezing:
    'De gehanteerde productcodelijst is die uit de bronnen (per domein en categorie); is voor een categorie geen lijst ingesteld, dan past een code die uit de categorie plus drie tekens bestaat, zoals de landelijke lijst codeert. ' +
    'Verwijderingen (StatusAanlevering 3) in start- en stopberichten worden niet inhoudelijk getoetst.',
  controles: {
    ...productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct'], (p, ctx) => past(ctx, 'Product/Code', p.product)),
    '305': (ctx) => regieregels(ctx, '/Bericht/Client/StartProducten/StartProduct', ctx.bericht.Client.StartProducten.StartProduct),
    '307': (ctx) => regieregels(ctx, '/Bericht/Client/StopProducten/StopProduct', ctx.bericht.Client.StopProducten.StopProduct),
    '323': (ctx) =>
      prestatiesVan(ctx.bericht).flatMap(({ p, klasse }) => {
        const f = past(ctx, 'ProductCode', { Categorie: p.ProductCategorie, Code: p.ProductCode });
        return f ? [{ klasse, ...f }] : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'toewijzing met een productcode uit een andere categorie',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie, Code: s.codes.ander.Code } }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing met een productcode die niet op de ingestelde lijst staat',
      bronnen: { productcodes: { wmo: { '07': ['07A12', '07A01'] }, jw: { '45': ['45A04', '45A01'] } } },
      bericht: (s) =>
        s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie, Code: `${s.codes.product.Categorie}A99` } }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'taakgerichte start met een productcode uit een andere categorie',
      bericht: (s) => s.start({ begin: '2026-06-01', product: { Categorie: s.codes.ander.Categorie, Code: s.codes.product.Code } }),
      verwacht: { klasse: '/Bericht/Client/StartProducten/StartProduct[1]' },
    },
    {
      naam: 'toewijzing met een passende productcode',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31' }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing met een code van de ingestelde lijst',
      bronnen: { productcodes: { wmo: { '07': ['07A12', '07A01'] }, jw: { '45': ['45A04', '45A01'] } } },
      bericht: (s) => s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }),
      verwacht: 'goed',
    },
  ],
});
