import { regel } from '../regel';
import { eersteDag, laatsteDag, maandVan } from '../../berichten/datum';
import { prestatiesVan, teBeoordelen } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR388 = regel({
  code: 'TR388',
  familie: 'berichtoverstijgend',
  retourcode: '9388',
  omschrijving: 'Een ProductPeriode eindigt op de laatste dag van haar kalendermaand, of op de Einddatum van de toewijzing als die eerder in diezelfde maand ligt.',
  lezing:
    'De maand is die van de Einddatum van de ProductPeriode (die ligt in één maand, CS337). Ligt de Einddatum van de toewijzing in een eerdere maand, dan is de laatste van de maand de verwachte einddatum en meldt TR308 de prestatie. Getoetst tegen de actuele versie van de toewijzing; creditprestaties niet.',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const v = teBeoordelen(toestand, x);
        if (!v) return [];
        const eind = x.p.ProductPeriode.Einddatum;
        const laatste = laatsteDag(maandVan(eind));
        const verwacht = v.Einddatum && v.Einddatum < laatste && v.Einddatum >= eersteDag(maandVan(eind)) ? v.Einddatum : laatste;
        return eind !== verwacht
          ? [
              {
                klasse: x.klasse,
                element: 'ProductPeriode/Einddatum',
                melding: `ProductPeriode eindigt op ${eind}, verwacht ${verwacht} (Einddatum toewijzing ${v.Einddatum ?? 'leeg'})`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'ProductPeriode eindigt op 20 mei terwijl de toewijzing doorloopt',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-01', Einddatum: '2026-05-20' }, volume: 3 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'ProductPeriode eindigt op 15 mei terwijl de toewijzing op 20 mei eindigt',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-05-20', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-01', Einddatum: '2026-05-15' }, volume: 3 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'ProductPeriode eindigt op de einddatum 20 mei van de toewijzing',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-05-20', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-01', Einddatum: '2026-05-20' }, volume: 3 }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'twee opvolgende toewijzingen in één maand, elk met een eigen ProductPeriode (IV084)',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-03-01', eind: '2026-03-09' },
          { nummer: 2, ingang: '2026-03-23', eind: '2026-03-31' },
        ]),
        s.start({ nummer: 1, ingang: '2026-03-01', begin: '2026-03-02' }),
      ],
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-03',
          prestaties: [
            { referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-03-01', Einddatum: '2026-03-09' }, volume: 3 },
            { referentie: 'P2', toewijzing: 2, periode: { Begindatum: '2026-03-23', Einddatum: '2026-03-31' }, volume: 3 },
          ],
        }),
      verwacht: 'goed',
    },
  ],
});
