import { regel } from '../regel';

export const TR359 = regel({
  code: 'TR359',
  familie: 'berichtoverstijgend',
  retourcode: '9359',
  omschrijving: 'Een verzoek dat al met een toewijzing (met dezelfde ReferentieAanbieder) is gehonoreerd, krijgt geen antwoordbericht meer.',
  lezing: 'Getoetst tegen alle geaccepteerde ToegewezenProducten die ooit deze ReferentieAanbieder droegen, ongeacht de afloop van het verzoek daarna.',
  controles: {
    '319': ({ bericht, toestand }) => {
      const ref = bericht.Antwoord.ReferentieAanbieder;
      return toestand.toewijzingen.heeftReferentie(ref)
        ? [{ klasse: '/Bericht/Antwoord', element: 'ReferentieAanbieder', melding: `Er is al een toewijzing gestuurd met ReferentieAanbieder ${ref}` }]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'afwijzing na honorering met een toewijzing',
      geschiedenis: (s) => [
        s.vot({ referentie: 'VOT-1', ingang: '2026-07-01', eind: '2026-12-31' }),
        s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', referentie: 'VOT-1', toewijzingsdatum: '2026-06-30' }),
      ],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '2' }),
      verwacht: { klasse: '/Bericht/Antwoord' },
    },
    {
      naam: 'afwijzing na onderzoek, zonder toewijzing',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-07-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '2' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '2' }),
      verwacht: 'goed',
    },
  ],
});
