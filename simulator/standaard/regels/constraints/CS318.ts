import { regel } from '../regel';
import { aangepast, toewijzing, toewijzingMetRelatie } from '../condities/voorbeeldberichten';

export const CS318 = regel({
  code: 'CS318',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'De client is een natuurlijk persoon: zijn NaamGebruik is niet 6.',
  lezing: 'Alleen de naam van de client; een relatie mag wel een niet-natuurlijk persoon zijn (NaamGebruik 6).',
  controles: {
    '301': ({ bericht }) =>
      bericht.Client.Naam.NaamGebruik === '6' ? [{ klasse: '/Bericht/Client', element: 'Naam/NaamGebruik', melding: 'NaamGebruik 6 (niet-natuurlijk persoon) bij de client' }] : [],
  },
  voorbeelden: [
    {
      naam: 'client als niet-natuurlijk persoon',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Naam.NaamGebruik = '6')),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'client met eigen naam',
      bericht: toewijzing,
      verwacht: 'goed',
    },
    {
      naam: 'bewindvoerder als relatie die geen natuurlijk persoon is',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Soort = '14';
          r.Naam = { Geslachtsnaam: { Achternaam: 'Bewindvoering Noord' }, NaamGebruik: '6' };
        }),
      verwacht: 'goed',
    },
  ],
});
