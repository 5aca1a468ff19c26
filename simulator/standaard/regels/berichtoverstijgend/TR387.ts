import { regel } from '../regel';
import { eersteDag, laatsteDag, maandVan } from '../../berichten/datum';
import { prestatiesVan, teBeoordelen } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR387 = regel({
  code: 'TR387',
  familie: 'berichtoverstijgend',
  retourcode: '9387',
  omschrijving: 'Een ProductPeriode begint op de eerste dag van haar kalendermaand, of op de Ingangsdatum van de toewijzing als die later in diezelfde maand ligt.',
  lezing:
    'De maand is die van de Begindatum van de ProductPeriode (die ligt in één maand, CS337). Ligt de Ingangsdatum in een latere maand, dan is de eerste van de maand de verwachte begindatum en meldt TR307 de prestatie. Getoetst tegen de actuele versie van de toewijzing; creditprestaties niet.',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const v = teBeoordelen(toestand, x);
        if (!v) return [];
        const begin = x.p.ProductPeriode.Begindatum;
        const eerste = eersteDag(maandVan(begin));
        const verwacht = v.Ingangsdatum > eerste && v.Ingangsdatum <= laatsteDag(maandVan(begin)) ? v.Ingangsdatum : eerste;
        return begin !== verwacht
          ? [
              {
                klasse: x.klasse,
                element: 'ProductPeriode/Begindatum',
                melding: `ProductPeriode begint op ${begin}, verwacht ${verwacht} (Ingangsdatum toewijzing ${v.Ingangsdatum})`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'ProductPeriode begint op 4 mei terwijl de toewijzing al op 1 mei ingaat',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-01', eind: '2026-12-31', begin: '2026-05-04' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-04', Einddatum: '2026-05-31' }, volume: 3 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'ProductPeriode begint op 20 mei terwijl de toewijzing op 13 mei ingaat',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-13', eind: '2026-12-31', begin: '2026-05-20' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-20', Einddatum: '2026-05-31' }, volume: 3 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'ProductPeriode begint op de ingangsdatum 13 mei van de toewijzing',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-13', eind: '2026-12-31', begin: '2026-05-20' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-13', Einddatum: '2026-05-31' }, volume: 3 }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'ProductPeriode begint op de eerste van de maand bij een toewijzing van vóór die maand',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-15', eind: '2026-12-31', begin: '2026-01-20' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 3 }] }),
      verwacht: 'goed',
    },
  ],
});
