import { regel } from '../regel';
import { prestatiesVan, teBeoordelen } from './declaratiehulp';

export const TR340 = regel({
  code: 'TR340',
  familie: 'berichtoverstijgend',
  retourcode: '9340',
  omschrijving: 'Heeft het toegewezen product een ProductCode, dan declareert de prestatie diezelfde ProductCode.',
  lezing:
    'Getoetst tegen de actuele versie van de toewijzing; bij een aspecifieke (alleen categorie) of generieke toewijzing kiest de aanbieder de code (OP302). Creditprestaties worden niet getoetst.',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const code = teBeoordelen(toestand, x)?.Product?.Code;
        return code && x.p.ProductCode !== code
          ? [{ klasse: x.klasse, element: 'ProductCode', melding: `ProductCode ${x.p.ProductCode} is niet de toegewezen productcode ${code}` }]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'specifieke toewijzing, prestatie met een andere productcode in dezelfde categorie',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P1', toewijzing: 1, product: { Categorie: s.codes.product.Categorie, Code: `${s.codes.product.Categorie}A99` }, periode: '2026-05', volume: 10 },
          ],
        }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'specifieke toewijzing, prestatie met de toegewezen productcode',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'generieke toewijzing, prestatie met een zelfgekozen productcode',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 1000000 }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', product: null }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, product: s.codes.ander, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
