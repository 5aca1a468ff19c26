import { regel } from '../regel';
import { prestaties } from './klassen';
import { aangepast, DECLARATIE_MEI, euroLevering, levering, meiDeclaratie, prestatie } from './voorbeeldberichten';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const CD087 = regel({
  code: 'CD087',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: "Een prestatie heeft een ProductTarief, behalve als de Eenheid 83 (euro's) is: dan heeft ze er geen.",
  controles: {
    '323': (ctx) =>
      prestaties(ctx).flatMap(({ klasse, p }) => {
        if (p.Eenheid !== '83' && p.ProductTarief === undefined) {
          return [{ klasse, element: 'ProductTarief', melding: `Prestatie ${p.ProductReferentie.ReferentieNummer} met Eenheid ${p.Eenheid} zonder ProductTarief` }];
        }
        if (p.Eenheid === '83' && p.ProductTarief !== undefined) {
          return [
            { klasse, element: 'ProductTarief', melding: `Prestatie ${p.ProductReferentie.ReferentieNummer} in euro's (Eenheid 83) heeft toch ProductTarief ${p.ProductTarief}` },
          ];
        }
        return [];
      }),
  },
  voorbeelden: [
    {
      naam: 'prestatie in uren zonder tarief',
      geschiedenis: levering,
      bericht: (s) => s.declaratie({ nummer: DECLARATIE_MEI.nummer, maand: '2026-05', prestaties: [prestatie('PR202605A', '2026-05', { tarief: null, bedrag: 40000 })] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'prestatie in uren met tarief',
      geschiedenis: levering,
      bericht: meiDeclaratie,
      verwacht: 'goed',
    },
    {
      naam: "prestatie in euro's met een tarief",
      geschiedenis: euroLevering,
      bericht: (s) =>
        aangepast<'323'>(
          s.declaratie({ nummer: DECLARATIE_MEI.nummer, maand: '2026-05', prestaties: [prestatie('PR202605A', '2026-05', { eenheid: '83', volume: 40000 })] }),
          (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductTarief = 100),
        ),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: "prestatie in euro's zonder tarief",
      geschiedenis: euroLevering,
      bericht: (s) => s.declaratie({ nummer: DECLARATIE_MEI.nummer, maand: '2026-05', prestaties: [prestatie('PR202605A', '2026-05', { eenheid: '83', volume: 40000 })] }),
      verwacht: 'goed',
    },
  ],
});
