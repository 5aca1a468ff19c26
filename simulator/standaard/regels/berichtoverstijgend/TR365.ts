import { regel } from '../regel';

export const TR365 = regel({
  code: 'TR365',
  familie: 'berichtoverstijgend',
  retourcode: '9365',
  omschrijving: 'Een tweede antwoordbericht op een verzoek is alleen mogelijk als het eerdere antwoord "aanvraag in onderzoek" (VerzoekAntwoord 2) was.',
  lezing:
    'Elk eerder geaccepteerd antwoord op deze ReferentieAanbieder moet VerzoekAntwoord 2 hebben; na een afwijzing (1) is het verzoek afgehandeld. Een tweede "in onderzoek" toetst TR360.',
  controles: {
    '319': ({ bericht, toestand }) => {
      const a = bericht.Antwoord;
      const eerder = toestand.verzoeken.verzoek(a.ReferentieAanbieder)?.antwoorden ?? [];
      return eerder.some((x) => x !== '2')
        ? [{ klasse: '/Bericht/Antwoord', element: 'VerzoekAntwoord', melding: `Het verzoek met ReferentieAanbieder ${a.ReferentieAanbieder} is al afgewezen` }]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'tweede afwijzing',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '4' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '4' }),
      verwacht: { klasse: '/Bericht/Antwoord' },
    },
    {
      naam: 'afwijzing na onderzoek',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '2' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '4' }),
      verwacht: 'goed',
    },
  ],
});
