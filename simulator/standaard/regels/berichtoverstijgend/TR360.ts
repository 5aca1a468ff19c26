import { regel } from '../regel';

export const TR360 = regel({
  code: 'TR360',
  familie: 'berichtoverstijgend',
  retourcode: '9360',
  omschrijving:
    'Een verzoek kan maar één keer in onderzoek worden genomen: een antwoord met VerzoekAntwoord 2 is alleen toegestaan als er voor die ReferentieAanbieder nog geen antwoord is.',
  lezing: 'Alleen geaccepteerde antwoordberichten tellen; of het verzoek bestaat, toetst TR355.',
  controles: {
    '319': ({ bericht, toestand }) => {
      const a = bericht.Antwoord;
      if (a.VerzoekAntwoord !== '2') return [];
      const eerder = toestand.verzoeken.verzoek(a.ReferentieAanbieder)?.antwoorden ?? [];
      return eerder.length
        ? [
            {
              klasse: '/Bericht/Antwoord',
              element: 'VerzoekAntwoord',
              melding: `Er is al een antwoordbericht (VerzoekAntwoord ${eerder.join(', ')}) voor ReferentieAanbieder ${a.ReferentieAanbieder}`,
            },
          ]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'tweede keer in onderzoek',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '2' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '2' }),
      verwacht: { klasse: '/Bericht/Antwoord' },
    },
    {
      naam: 'eerste keer in onderzoek',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '2' }),
      verwacht: 'goed',
    },
  ],
});
