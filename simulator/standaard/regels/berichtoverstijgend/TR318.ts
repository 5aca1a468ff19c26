import { regel } from '../regel';

export const TR318 = regel({
  code: 'TR318',
  familie: 'berichtoverstijgend',
  retourcode: '8214',
  omschrijving:
    'Opeenvolgende declaraties sluiten in DeclaratiePeriode op elkaar aan: een declaratie gaat niet over een kalendermaand die vóór de laatst gedeclareerde maand ligt.',
  lezing:
    'Of er in een tussenliggende maand zorg is geleverd, weet de ontvanger niet; een gat van één of meer maanden is dus toegestaan, en een tweede declaratie over dezelfde (laatste) maand ook (IV090, OP284). Afgekeurd wordt alleen een DeclaratiePeriode die vóór de laatste DeclaratiePeriode van een eerder geaccepteerde declaratie ligt; de hele declaratie wordt dan afgewezen.',
  controles: {
    '323': ({ bericht, toestand }) => {
      const vorige = toestand.declaraties.vorigePeriode();
      const begin = bericht.Declaratie.DeclaratiePeriode.Begindatum;
      return vorige && begin < vorige
        ? [
            {
              klasse: '/Bericht/Declaratie',
              element: 'DeclaratiePeriode/Begindatum',
              melding: `DeclaratiePeriode begint op ${begin}, vóór de vorige DeclaratiePeriode die op ${vorige} begon`,
            },
          ]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'declaratie over april na een declaratie over mei',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-04', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratie over de maand na de vorige declaratieperiode',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'declaratie over mei na maart: in april is geen zorg geleverd',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-03', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-03', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'tweede declaratie over mei met een nagekomen prestatie over april (IV090)',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
