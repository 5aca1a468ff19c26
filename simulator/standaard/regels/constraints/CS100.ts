import { regel } from '../regel';
import { prestaties } from '../condities/klassen';
import { meiDeclaratie, levering, prestatie } from '../condities/voorbeeldberichten';

const GRENS = '2021-01-01';

export const CS100 = regel({
  code: 'CS100',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'De DeclaratiePeriode en de ProductPeriode van elke prestatie liggen op of na 01-01-2021.',
  lezing: 'Zowel de Begindatum als de Einddatum van de periode ligt op of na 2021-01-01; elke datum die ervóór ligt wordt gemeld.',
  controles: {
    '323': (ctx) => {
      const d = ctx.bericht.Declaratie;
      const perioden = [
        { klasse: '/Bericht/Declaratie', element: 'DeclaratiePeriode', periode: d.DeclaratiePeriode },
        ...prestaties(ctx).map(({ klasse, p }) => ({ klasse, element: 'ProductPeriode', periode: p.ProductPeriode })),
      ];
      return perioden.flatMap(({ klasse, element, periode }) =>
        (['Begindatum', 'Einddatum'] as const)
          .filter((k) => periode[k] < GRENS)
          .map((k) => ({ klasse, element: `${element}/${k}`, melding: `${element} ${k} ${periode[k]} ligt vóór ${GRENS}` })),
      );
    },
  },
  voorbeelden: [
    {
      naam: 'declaratie over december 2020',
      systeemdatum: '2025-06-30',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2020-12-01', eind: '2021-12-31', begin: '2020-12-01' }),
      bericht: (s) => s.declaratie({ nummer: 'DEC202012', maand: '2020-12', prestaties: [prestatie('PR202012A', '2020-12')] }),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratie over januari 2021',
      systeemdatum: '2025-06-30',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2021-01-01', eind: '2021-12-31', begin: '2021-01-01' }),
      bericht: (s) => s.declaratie({ nummer: 'DEC202101', maand: '2021-01', prestaties: [prestatie('PR202101A', '2021-01')] }),
      verwacht: 'goed',
    },
    {
      naam: 'declaratie over mei 2026',
      geschiedenis: levering,
      bericht: meiDeclaratie,
      verwacht: 'goed',
    },
  ],
});
