import { regel } from '../regel';
import { aangepast, levering, meiDeclaratie } from '../condities/voorbeeldberichten';

export const CS319 = regel({
  code: 'CS319',
  familie: 'constraint',
  retourcode: null,
  viaSchema: true,
  omschrijving: 'Het DeclaratieNummer bestaat alleen uit letters en cijfers, zonder spaties of andere tekens.',
  lezing:
    'Letters zijn a-z en A-Z, cijfers 0-9, zoals het patroon in het schema. Een bericht dat dit breekt komt niet langs de schemacontrole; ' +
    'het overtredende voorbeeld draait daarom niet in de regeltest en schema-constraints.test.ts laat zien dat de controle het wel vindt.',
  controles: {
    '323': ({ bericht }) =>
      /^[a-zA-Z0-9]+$/.test(bericht.Declaratie.DeclaratieNummer)
        ? []
        : [
            {
              klasse: '/Bericht/Declaratie',
              element: 'DeclaratieNummer',
              melding: `DeclaratieNummer '${bericht.Declaratie.DeclaratieNummer}' bevat andere tekens dan letters en cijfers`,
            },
          ],
  },
  voorbeelden: [
    {
      naam: 'declaratienummer met streepjes (strandt al op het schema)',
      domeinen: [],
      geschiedenis: levering,
      bericht: (s) => aangepast<'323'>(meiDeclaratie(s), (b) => void (b.Declaratie.DeclaratieNummer = 'DEC-2026-05')),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratienummer van letters en cijfers',
      geschiedenis: levering,
      bericht: meiDeclaratie,
      verwacht: 'goed',
    },
  ],
});
