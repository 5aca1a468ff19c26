import { regel } from '../regel';

export const TR347 = regel({
  code: 'TR347',
  familie: 'berichtoverstijgend',
  retourcode: '9347',
  omschrijving: 'De aanbieder gebruikt een ReferentieAanbieder binnen het wettelijk domein maar voor één verzoek (VOT-product of VOW).',
  lezing:
    'Getoetst tegen eerder geaccepteerde verzoeken om toewijzing (per AangevraagdProduct) en verzoeken om wijziging, ook als die al zijn afgewezen of toegewezen. ' +
    'Uniciteit binnen één 315 toetst TR383. Getoetst wordt binnen deze uitwisseling met één gemeente: referenties die de aanbieder bij andere gemeenten gebruikte, zijn hier niet zichtbaar.',
  controles: {
    '315': ({ bericht, toestand }) =>
      bericht.Client.AangevraagdeProducten.AangevraagdProduct.flatMap((p, i) =>
        toestand.verzoeken.verzoek(p.ReferentieAanbieder)
          ? [
              {
                klasse: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`,
                element: 'ReferentieAanbieder',
                melding: `ReferentieAanbieder ${p.ReferentieAanbieder} is al gebruikt voor een eerder verzoek`,
              },
            ]
          : [],
      ),
    '317': ({ bericht, toestand }) => {
      const ref = bericht.Client.Verzoek.ReferentieAanbieder;
      return toestand.verzoeken.verzoek(ref)
        ? [{ klasse: '/Bericht/Client/Verzoek', element: 'ReferentieAanbieder', melding: `ReferentieAanbieder ${ref} is al gebruikt voor een eerder verzoek` }]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'nieuw verzoek om toewijzing met de referentie van een afgewezen verzoek',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3' })],
      bericht: (s) => s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om wijziging met de referentie van een toegewezen verzoek om toewijzing',
      geschiedenis: (s) => [
        s.vot({ referentie: 'REF-1', ingang: '2026-07-01', eind: '2026-12-31' }),
        s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', referentie: 'REF-1', toewijzingsdatum: '2026-06-30' }),
      ],
      bericht: (s) => s.vow({ referentie: 'REF-1', teWijzigen: [{ nummer: 1, ingang: '2026-07-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: '/Bericht/Client/Verzoek' },
    },
    {
      naam: 'nieuw verzoek met een nieuwe referentie',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3' })],
      bericht: (s) => s.vot({ referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31' }),
      verwacht: 'goed',
    },
  ],
});
