import { maandPeriode } from '../../berichten/sjablonen';
import { regel } from '../regel';
import { aangepast, levering, meiDeclaratie } from '../condities/voorbeeldberichten';

export const CS340 = regel({
  code: 'CS340',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'De DeclaratiePeriode is precies één hele kalendermaand: van de eerste tot en met de laatste dag van die maand.',
  controles: {
    '323': ({ bericht }) => {
      const p = bericht.Declaratie.DeclaratiePeriode;
      const maand = maandPeriode(p.Begindatum.slice(0, 7));
      return p.Begindatum === maand.Begindatum && p.Einddatum === maand.Einddatum
        ? []
        : [
            {
              klasse: '/Bericht/Declaratie',
              element: 'DeclaratiePeriode',
              melding: `DeclaratiePeriode ${p.Begindatum} tot en met ${p.Einddatum} is niet precies één kalendermaand`,
            },
          ];
    },
  },
  voorbeelden: [
    {
      naam: 'declaratieperiode van twee maanden',
      geschiedenis: levering,
      bericht: (s) => aangepast<'323'>(meiDeclaratie(s), (b) => void (b.Declaratie.DeclaratiePeriode.Einddatum = '2026-06-30')),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratieperiode die een dag te vroeg eindigt',
      geschiedenis: levering,
      bericht: (s) => aangepast<'323'>(meiDeclaratie(s), (b) => void (b.Declaratie.DeclaratiePeriode.Einddatum = '2026-05-30')),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratieperiode mei',
      geschiedenis: levering,
      bericht: meiDeclaratie,
      verwacht: 'goed',
    },
  ],
});
