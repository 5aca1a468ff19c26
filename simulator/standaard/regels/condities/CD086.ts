import { regel } from '../regel';
import { aanvraag } from './voorbeeldberichten';

export const CD086 = regel({
  code: 'CD086',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een antwoord dat de aanvraag in onderzoek neemt (VerzoekAntwoord 2) geeft geen RedenAfwijzingVerzoek.',
  controles: {
    '319': ({ bericht }) =>
      bericht.Antwoord.VerzoekAntwoord === '2' && bericht.Antwoord.RedenAfwijzingVerzoek !== undefined
        ? [
            {
              klasse: '/Bericht/Antwoord',
              element: 'RedenAfwijzingVerzoek',
              melding: `Verzoek ${bericht.Antwoord.ReferentieAanbieder} is in onderzoek maar heeft toch RedenAfwijzingVerzoek ${bericht.Antwoord.RedenAfwijzingVerzoek}`,
            },
          ]
        : [],
  },
  voorbeelden: [
    {
      naam: 'aanvraag in onderzoek met een reden van afwijzing',
      geschiedenis: (s) => [aanvraag(s)],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '2', reden: '3' }),
      verwacht: { klasse: '/Bericht/Antwoord' },
    },
    {
      naam: 'aanvraag in onderzoek zonder reden',
      geschiedenis: (s) => [aanvraag(s)],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '2' }),
      verwacht: 'goed',
    },
    {
      naam: 'afwijzing met een reden',
      geschiedenis: (s) => [aanvraag(s)],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3' }),
      verwacht: 'goed',
    },
  ],
});
