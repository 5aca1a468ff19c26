import { regel } from '../regel';
import { antwoordOp, declaratieMei, geleverdEnGedeclareerd } from './declaratiehulp';

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
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          wijzig: (b) => {
            b.Header.DeclaratieIdentificatie.Identificatie = 'DECL99';
          },
        }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'antwoord op een ontvangen declaratie, volledig toegekend',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) => antwoordOp(declaratieMei(s)),
      verwacht: 'goed',
    },
  ],
});
