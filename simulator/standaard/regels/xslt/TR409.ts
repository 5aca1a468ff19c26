import { regel } from '../regel';
import { WOONPLAATSBEGINSEL } from './TR377';

export const TR409 = regel({
  code: 'TR409',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Woonplaatsbeginsel staat alleen in het antwoord als het verzoek wegens het woonplaatsbeginsel is afgewezen (RedenAfwijzingVerzoek 8).',
  lezing:
    'Alleen Jeugdwet (het Wmo-antwoordbericht kent geen Woonplaatsbeginsel). Een ontbrekende RedenAfwijzingVerzoek (aanvraag in onderzoek) geldt als ongelijk aan 8: dan ook geen Woonplaatsbeginsel.',
  berichten: { wmo: [], jw: ['319'] },
  controles: {
    '319': ({ bericht }) => {
      const a = bericht.Antwoord;
      return a.Woonplaatsbeginsel && a.RedenAfwijzingVerzoek !== WOONPLAATSBEGINSEL
        ? [
            {
              klasse: '/Bericht/Antwoord/Woonplaatsbeginsel',
              melding: `Woonplaatsbeginsel is gevuld terwijl RedenAfwijzingVerzoek ${a.RedenAfwijzingVerzoek ?? 'leeg'} is in plaats van 8`,
            },
          ]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'afwijzing om een andere reden met toch een woonplaatsbeginsel',
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3', woonplaats: '0363' }),
      verwacht: { klasse: '/Bericht/Antwoord/Woonplaatsbeginsel' },
    },
    {
      naam: 'aanvraag in onderzoek met een woonplaatsbeginsel',
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '2', woonplaats: '0363' }),
      verwacht: { klasse: '/Bericht/Antwoord/Woonplaatsbeginsel' },
    },
    {
      naam: 'afwijzing om een andere reden zonder woonplaatsbeginsel',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }, { dagtekening: '2026-06-25' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3' }),
      verwacht: 'goed',
    },
  ],
});
