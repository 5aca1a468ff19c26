import { regel } from '../regel';
import { prestatiesVan, TEGEN_ACTUELE_TOEWIJZING, teBeoordelen } from './declaratiehulp';

export const TR308 = regel({
  code: 'TR308',
  familie: 'berichtoverstijgend',
  retourcode: '9308',
  omschrijving: 'Heeft het toegewezen product een Einddatum, dan eindigt de ProductPeriode van een prestatie daar niet na.',
  lezing: TEGEN_ACTUELE_TOEWIJZING,
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const v = teBeoordelen(toestand, x);
        return v?.Einddatum && x.p.ProductPeriode.Einddatum > v.Einddatum
          ? [
              {
                klasse: x.klasse,
                element: 'ProductPeriode/Einddatum',
                melding: `ProductPeriode eindigt op ${x.p.ProductPeriode.Einddatum}, na de Einddatum ${v.Einddatum} van toewijzing ${v.ToewijzingNummer}`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'prestatie over de maand na de einddatum van de toewijzing',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-04-30', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 3 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'prestatie die eindigt op de einddatum halverwege de maand',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-05-20', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-01', Einddatum: '2026-05-20' }, volume: 9 }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'prestatie op een toewijzing zonder einddatum',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', omvang: { Volume: 12, Eenheid: '04', Frequentie: '4' } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 12 }] }),
      verwacht: 'goed',
    },
  ],
});
