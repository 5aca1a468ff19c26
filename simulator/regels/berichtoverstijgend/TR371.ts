import { regel } from '../regel';
import { antwoordOp } from './declaratiehulp';

export const TR371 = regel({
  code: 'TR371',
  familie: 'berichtoverstijgend',
  retourcode: null,
  omschrijving: 'De XsdVersieDeclaratie in een declaratie-antwoord is de XsdVersie uit de Header van de declaratie die het beantwoordt.',
  lezing: 'De declaratie wordt gevonden via DeclaratieIdentificatie; is die onbekend, dan meldt TR337 dat en toetst deze regel niet.',
  controles: {
    '325': ({ bericht, toestand }) => {
      const d = toestand.declaraties.ontvangen(bericht.Header.DeclaratieIdentificatie.Identificatie);
      const a = bericht.Header.XsdVersieDeclaratie;
      if (!d || (a.BasisschemaXsdVersie === d.xsdVersie.BasisschemaXsdVersie && a.BerichtXsdVersie === d.xsdVersie.BerichtXsdVersie)) return [];
      return [
        {
          klasse: '/Bericht/Header',
          element: 'XsdVersieDeclaratie',
          melding: `XsdVersieDeclaratie ${a.BasisschemaXsdVersie}/${a.BerichtXsdVersie} is niet de XsdVersie ${d.xsdVersie.BasisschemaXsdVersie}/${d.xsdVersie.BerichtXsdVersie} van declaratie ${d.identificatie}`,
        },
      ];
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord met een andere XsdVersie dan de declaratie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL01' }),
      ],
      bericht: (s) =>
        antwoordOp(s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL01' }), {
          wijzig: (b) => {
            b.Header.XsdVersieDeclaratie.BerichtXsdVersie = '1.0.1';
          },
        }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'antwoord met de XsdVersie van de declaratie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL01' }),
      ],
      bericht: (s) =>
        antwoordOp(s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL01' })),
      verwacht: 'goed',
    },
  ],
});
