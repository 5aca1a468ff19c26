import { regel } from '../regel';

export const TR333 = regel({
  code: 'TR333',
  familie: 'berichtoverstijgend',
  retourcode: '9333',
  omschrijving: 'Het DeclaratieNummer is voor de aanbieder in dit domein nog niet eerder gebruikt; anders wordt de hele declaratie afgewezen.',
  lezing: 'Een declaratie die als geheel is afgekeurd geldt als niet verzonden (IV087): haar DeclaratieNummer mag opnieuw gebruikt worden.',
  controles: {
    '323': ({ bericht, toestand }) => {
      const nummer = bericht.Declaratie.DeclaratieNummer;
      const eerder = toestand.declaraties.declaratie(nummer);
      return eerder
        ? [
            {
              klasse: '/Bericht/Declaratie',
              element: 'DeclaratieNummer',
              melding: `DeclaratieNummer ${nummer} is al gebruikt in het bericht ${eerder.identificatie} van ${eerder.dagtekening}`,
            },
          ]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'tweede declaratie met hetzelfde DeclaratieNummer',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'tweede declaratie met een nieuw DeclaratieNummer',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
