import { regel } from '../regel';
import { prestatiesVan, TEGEN_ACTUELE_TOEWIJZING, teBeoordelen } from './declaratiehulp';

export const TR307 = regel({
  code: 'TR307',
  familie: 'berichtoverstijgend',
  retourcode: '9307',
  omschrijving: 'De ProductPeriode van een prestatie begint niet vóór de Ingangsdatum van het toegewezen product waarop gedeclareerd wordt.',
  lezing: TEGEN_ACTUELE_TOEWIJZING,
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const v = teBeoordelen(toestand, x);
        return v && x.p.ProductPeriode.Begindatum < v.Ingangsdatum
          ? [
              {
                klasse: x.klasse,
                element: 'ProductPeriode/Begindatum',
                melding: `ProductPeriode begint op ${x.p.ProductPeriode.Begindatum}, vóór de Ingangsdatum ${v.Ingangsdatum} van toewijzing ${v.ToewijzingNummer}`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'prestatie over de maand vóór de ingangsdatum van de toewijzing',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-01', eind: '2026-12-31', begin: '2026-05-04' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 3 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'prestatie die begint op de ingangsdatum halverwege de maand',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-13', eind: '2026-12-31', begin: '2026-05-13' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-13', Einddatum: '2026-05-31' }, volume: 9 }],
        }),
      verwacht: 'goed',
    },
  ],
});
