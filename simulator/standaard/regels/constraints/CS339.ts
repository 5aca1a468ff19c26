import { regel } from '../regel';
import { prestaties } from '../condities/klassen';
import { DECLARATIE_MEI, euroLevering, prestatie } from '../condities/voorbeeldberichten';

export const CS339 = regel({
  code: 'CS339',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: "Bij een prestatie in euro's (Eenheid 83) is het IngediendBedrag gelijk aan het GeleverdVolume.",
  lezing: 'Vergeleken wordt het Bedrag van IngediendBedrag; DebetCredit doet niet mee.',
  controles: {
    '323': (ctx) =>
      prestaties(ctx).flatMap(({ klasse, p }) =>
        p.Eenheid === '83' && p.IngediendBedrag.Bedrag !== p.GeleverdVolume
          ? [{ klasse, element: 'IngediendBedrag/Bedrag', melding: `Prestatie in euro's met IngediendBedrag ${p.IngediendBedrag.Bedrag} en GeleverdVolume ${p.GeleverdVolume}` }]
          : [],
      ),
  },
  voorbeelden: [
    {
      naam: "prestatie in euro's met een ander bedrag dan het volume",
      geschiedenis: euroLevering,
      bericht: (s) =>
        s.declaratie({ nummer: DECLARATIE_MEI.nummer, maand: '2026-05', prestaties: [prestatie('PR202605A', '2026-05', { eenheid: '83', volume: 40000, bedrag: 39000 })] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: "prestatie in euro's met het volume als bedrag",
      geschiedenis: euroLevering,
      bericht: (s) => s.declaratie({ nummer: DECLARATIE_MEI.nummer, maand: '2026-05', prestaties: [prestatie('PR202605A', '2026-05', { eenheid: '83', volume: 40000 })] }),
      verwacht: 'goed',
    },
  ],
});
