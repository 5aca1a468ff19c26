import { regel } from '../regel';

/** RedenAfwijzingVerzoek 8: the request belongs with another gemeente under the woonplaatsbeginsel. */
export const WOONPLAATSBEGINSEL = '8';

export const TR377 = regel({
  code: 'TR377',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Wijst de gemeente een verzoek af wegens het woonplaatsbeginsel (RedenAfwijzingVerzoek 8), dan noemt het antwoord in Woonplaatsbeginsel de gemeente die wel verantwoordelijk is.',
  lezing: 'Alleen Jeugdwet: het Wmo-antwoordbericht kent geen Woonplaatsbeginsel en geen regel TR377.',
  berichten: { wmo: [], jw: ['319'] },
  controles: {
    '319': ({ bericht }) =>
      bericht.Antwoord.RedenAfwijzingVerzoek === WOONPLAATSBEGINSEL && !bericht.Antwoord.Woonplaatsbeginsel
        ? [{ klasse: '/Bericht/Antwoord', element: 'Woonplaatsbeginsel', melding: 'RedenAfwijzingVerzoek is 8 (woonplaatsbeginsel), maar Woonplaatsbeginsel ontbreekt' }]
        : [],
  },
  voorbeelden: [
    {
      naam: 'afwijzing wegens woonplaatsbeginsel zonder de verantwoordelijke gemeente',
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '8' }),
      verwacht: { klasse: '/Bericht/Antwoord' },
    },
    {
      naam: 'afwijzing wegens woonplaatsbeginsel met de verantwoordelijke gemeente',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }, { dagtekening: '2026-06-25' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '8', woonplaats: '0363' }),
      verwacht: 'goed',
    },
  ],
});
