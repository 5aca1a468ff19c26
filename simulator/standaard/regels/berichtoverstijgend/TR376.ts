import { regel } from '../regel';
import { antwoordOp, declaratieMei, geleverdEnGedeclareerd } from './declaratiehulp';

export const TR376 = regel({
  code: 'TR376',
  familie: 'berichtoverstijgend',
  retourcode: null,
  omschrijving: 'Het DeclaratieNummer in een declaratie-antwoord is het DeclaratieNummer van de ontvangen declaratie die het beantwoordt.',
  lezing:
    'Is de declaratie via DeclaratieIdentificatie te vinden, dan moet het haar DeclaratieNummer zijn; anders (TR337 meldt dat) volstaat het nummer van enige eerder ontvangen declaratie. Ook afgekeurde declaraties tellen: een antwoord op een niet-unieke declaratie (TR333) draagt dat nummer.',
  controles: {
    '325': ({ bericht, toestand }) => {
      const a = bericht.DeclaratieAntwoord;
      if (!a) return [];
      const d = toestand.declaraties.ontvangen(bericht.Header.DeclaratieIdentificatie.Identificatie);
      const goed = d ? d.nummer === a.DeclaratieNummer : toestand.declaraties.nummerOntvangen(a.DeclaratieNummer);
      return goed
        ? []
        : [
            {
              klasse: '/Bericht/DeclaratieAntwoord',
              element: 'DeclaratieNummer',
              melding: d
                ? `DeclaratieNummer ${a.DeclaratieNummer} is niet het nummer ${d.nummer} van declaratie ${d.identificatie}`
                : `er is geen declaratie met DeclaratieNummer ${a.DeclaratieNummer} ontvangen`,
            },
          ];
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord met een ander DeclaratieNummer dan de beantwoorde declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          wijzig: (b) => {
            b.DeclaratieAntwoord!.DeclaratieNummer = 'D2';
          },
        }),
      verwacht: { klasse: '/Bericht/DeclaratieAntwoord' },
    },
    {
      naam: 'antwoord met het DeclaratieNummer van de beantwoorde declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) => antwoordOp(declaratieMei(s)),
      verwacht: 'goed',
    },
  ],
});
