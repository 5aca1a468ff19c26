import { regel } from '../regel';
import { antwoordOp } from './declaratiehulp';

export const TR337 = regel({
  code: 'TR337',
  familie: 'berichtoverstijgend',
  retourcode: null,
  omschrijving: 'De DeclaratieIdentificatie van een declaratie-antwoord is de BerichtIdentificatie (Identificatie en Dagtekening) van een eerder ontvangen declaratiebericht.',
  lezing: 'Ook een declaratie die geheel is afgekeurd krijgt een antwoord, dus elke ontvangen declaratie telt, goedgekeurd of niet.',
  controles: {
    '325': ({ bericht, toestand }) => {
      const id = bericht.Header.DeclaratieIdentificatie;
      const d = toestand.declaraties.ontvangen(id.Identificatie);
      if (d && d.dagtekening === id.Dagtekening) return [];
      return [
        {
          klasse: '/Bericht/Header',
          element: 'DeclaratieIdentificatie',
          melding: d
            ? `declaratie ${id.Identificatie} had Dagtekening ${d.dagtekening}, niet ${id.Dagtekening}`
            : `er is geen declaratiebericht met Identificatie ${id.Identificatie} ontvangen`,
        },
      ];
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord op een declaratie die nooit is ontvangen',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL01' }),
      ],
      bericht: (s) =>
        antwoordOp(s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL01' }), {
          wijzig: (b) => {
            b.Header.DeclaratieIdentificatie.Identificatie = 'DECL99';
          },
        }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'antwoord op een ontvangen declaratie, volledig toegekend',
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
