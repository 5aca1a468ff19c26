import type { Domein } from '../../berichten/model';
import type { Bronnen } from '../../bronnen/bronnen';
import { regel, type Overtreding } from '../regel';

type Product = { Categorie: string; Code?: string } | undefined;

function past(bronnen: Bronnen, domein: Domein, klasse: string, element: string, p: Product): Overtreding[] {
  if (!p?.Code || bronnen.productcodePastBij(domein, p.Categorie, p.Code)) return [];
  return [{ klasse, element, melding: `ProductCode ${p.Code} hoort volgens de productcodelijst niet bij ProductCategorie ${p.Categorie}` }];
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
    '301': ({ bericht, bronnen, domein }) =>
      bericht.Client.ToegewezenProducten.ToegewezenProduct.flatMap((p, i) => past(bronnen, domein, `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`, 'Product/Code', p.Product)),
    '305': ({ bericht, bronnen, domein }) =>
      bericht.Client.StartProducten.StartProduct.flatMap((p, i) =>
        p.StatusAanlevering === '3' ? [] : past(bronnen, domein, `/Bericht/Client/StartProducten/StartProduct[${i + 1}]`, 'Product/Code', p.Product),
      ),
    '307': ({ bericht, bronnen, domein }) =>
      bericht.Client.StopProducten.StopProduct.flatMap((p, i) =>
        p.StatusAanlevering === '3' ? [] : past(bronnen, domein, `/Bericht/Client/StopProducten/StopProduct[${i + 1}]`, 'Product/Code', p.Product),
      ),
    '315': ({ bericht, bronnen, domein }) =>
      bericht.Client.AangevraagdeProducten.AangevraagdProduct.flatMap((p, i) => past(bronnen, domein, `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`, 'Product/Code', p.Product)),
    '317': ({ bericht, bronnen, domein }) =>
      (bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []).flatMap((p, i) => past(bronnen, domein, `/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[${i + 1}]`, 'Product/Code', p.Product)),
    '323': ({ bericht, bronnen, domein }) =>
      bericht.Declaratie.Clienten.Client.flatMap((c, ci) =>
        c.Prestaties.Prestatie.flatMap((p, pi) =>
          past(bronnen, domein, `/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`, 'ProductCode', { Categorie: p.ProductCategorie, Code: p.ProductCode }),
        ),
      ),
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
      bericht: (s) => s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie, Code: `${s.codes.product.Categorie}A99` } }),
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
