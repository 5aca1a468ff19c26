import { regel } from '../regel';
import { prestatiesVan, teBeoordelen } from './declaratiehulp';

export const TR339 = regel({
  code: 'TR339',
  familie: 'berichtoverstijgend',
  retourcode: '9339',
  omschrijving: 'Heeft het toegewezen product een ProductCategorie, dan declareert de prestatie diezelfde ProductCategorie.',
  lezing: 'Getoetst tegen de actuele versie van de toewijzing; een generieke toewijzing (zonder product) laat elke categorie toe. Creditprestaties worden niet getoetst.',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const categorie = teBeoordelen(toestand, x)?.Product?.Categorie;
        return categorie && x.p.ProductCategorie !== categorie
          ? [{ klasse: x.klasse, element: 'ProductCategorie', melding: `ProductCategorie ${x.p.ProductCategorie} is niet de toegewezen categorie ${categorie}` }]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'aspecifieke toewijzing, prestatie in een andere categorie',
      geschiedenis: (s) =>
        s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', product: { Categorie: s.codes.product.Categorie }, omvang: null }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, product: s.codes.ander, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'aspecifieke toewijzing, prestatie met een productcode binnen de categorie',
      geschiedenis: (s) =>
        s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', product: { Categorie: s.codes.product.Categorie }, omvang: null }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
