import { regel } from '../regel';
import { namen } from '../condities/klassen';
import { aangepast, toewijzing, toewijzingMetRelatie } from '../condities/voorbeeldberichten';

const PARTNER = { Achternaam: 'Jansen' };

export const CS050 = regel({
  code: 'CS050',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving:
    'Met een Partnernaam is NaamGebruik 1, 2, 3 of 4 (eigen naam, naam partner of een combinatie); zonder Partnernaam is NaamGebruik 1 (eigen naam) of 6 (niet-natuurlijk persoon).',
  lezing: 'Geldt voor de naam van de client en van elke relatie in de toewijzing. Of de client 6 mag gebruiken, bepaalt CS318.',
  controles: {
    '301': ({ bericht }) =>
      namen(bericht).flatMap(({ klasse, wie, naam }) => {
        const toegestaan = naam.Partnernaam !== undefined ? ['1', '2', '3', '4'] : ['1', '6'];
        return toegestaan.includes(naam.NaamGebruik)
          ? []
          : [
              {
                klasse,
                element: 'Naam/NaamGebruik',
                melding: `NaamGebruik ${naam.NaamGebruik} van ${wie} past niet ${naam.Partnernaam ? 'bij een naam met' : 'bij een naam zonder'} Partnernaam (toegestaan: ${toegestaan.join(', ')})`,
              },
            ];
      }),
  },
  voorbeelden: [
    {
      naam: 'client zonder partnernaam met naamgebruik naam partner',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Naam.NaamGebruik = '2')),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'client met partnernaam en naamgebruik naam partner gevolgd door eigen naam',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Naam.Partnernaam = PARTNER;
          b.Client.Naam.NaamGebruik = '3';
        }),
      verwacht: 'goed',
    },
    {
      naam: 'relatie met partnernaam en naamgebruik pseudoniem',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Naam.Partnernaam = PARTNER;
          r.Naam.NaamGebruik = '5';
        }),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]' },
    },
    {
      naam: 'relatie die geen natuurlijk persoon is, zonder partnernaam',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Soort = '14';
          r.Naam = { Geslachtsnaam: { Achternaam: 'Bewindvoering Noord' }, NaamGebruik: '6' };
        }),
      verwacht: 'goed',
    },
  ],
});
