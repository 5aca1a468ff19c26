import { regel } from '../regel';
import { aanvraag } from './voorbeeldberichten';

export const CD085 = regel({
  code: 'CD085',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een antwoord dat het verzoek afwijst (VerzoekAntwoord 1) geeft een RedenAfwijzingVerzoek.',
  controles: {
    '319': ({ bericht }) =>
      bericht.Antwoord.VerzoekAntwoord === '1' && bericht.Antwoord.RedenAfwijzingVerzoek === undefined
        ? [{ klasse: '/Bericht/Antwoord', element: 'RedenAfwijzingVerzoek', melding: `Verzoek ${bericht.Antwoord.ReferentieAanbieder} afgewezen zonder RedenAfwijzingVerzoek` }]
        : [],
  },
  voorbeelden: [
    {
      naam: 'afwijzing zonder reden',
      geschiedenis: (s) => [aanvraag(s)],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1' }),
      verwacht: { klasse: '/Bericht/Antwoord' },
    },
    {
      naam: 'afwijzing omdat er geen contract is',
      geschiedenis: (s) => [aanvraag(s)],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3' }),
      verwacht: 'goed',
    },
    {
      naam: 'aanvraag in onderzoek zonder reden',
      geschiedenis: (s) => [aanvraag(s)],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '2' }),
      verwacht: 'goed',
    },
  ],
});
