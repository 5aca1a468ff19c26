import { regel } from '../regel';

export const TR355 = regel({
  code: 'TR355',
  familie: 'berichtoverstijgend',
  retourcode: '9355',
  omschrijving: 'Een antwoordbericht draagt de ReferentieAanbieder van een eerder ontvangen verzoek om toewijzing of verzoek om wijziging.',
  lezing: 'Alleen verzoeken die de gemeente heeft geaccepteerd (in het retourbericht goedgekeurd) tellen; een afgekeurd verzoek geldt als niet ontvangen.',
  controles: {
    '319': ({ bericht, toestand }) => {
      const ref = bericht.Antwoord.ReferentieAanbieder;
      return toestand.verzoeken.verzoek(ref)
        ? []
        : [{ klasse: '/Bericht/Antwoord', element: 'ReferentieAanbieder', melding: `Er is geen verzoek om toewijzing of wijziging met ReferentieAanbieder ${ref}` }];
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord op een onbekende referentie',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-9', antwoord: '2' }),
      verwacht: { klasse: '/Bericht/Antwoord' },
    },
    {
      naam: 'afwijzing van een verzoek om toewijzing',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3' }),
      verwacht: 'goed',
    },
    {
      naam: 'onderzoek naar een verzoek om wijziging',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }),
        s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      ],
      bericht: (s) => s.antwoord({ referentie: 'VOW-1', antwoord: '2' }),
      verwacht: 'goed',
    },
  ],
});
