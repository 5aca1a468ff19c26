import type { Toestand } from '../../toestand/toestand';
import { regel, type Overtreding } from '../regel';

function geenOnderhanden(toestand: Toestand, bsn: string): Overtreding[] {
  const open = toestand.verzoeken.onderhanden(bsn);
  return open ? [{ klasse: '/Bericht/Client', melding: `Voor cliënt ${bsn} is verzoek ${open.referentie} (${open.soort}) nog in behandeling (${open.status})` }] : [];
}

export const TR374 = regel({
  code: 'TR374',
  familie: 'berichtoverstijgend',
  retourcode: '9374',
  omschrijving: 'Een aanbieder stuurt voor een cliënt geen nieuw verzoek (om toewijzing of wijziging) zolang een eerder verzoek voor die cliënt nog in behandeling is.',
  lezing:
    'Een verzoek is in behandeling vanaf de acceptatie tot een afwijzing (VerzoekAntwoord 1) of een toewijzing met zijn ReferentieAanbieder; "in onderzoek" (2) is nog in behandeling. ' +
    'Bij een verzoek om toewijzing telt elk AangevraagdProduct als eigen verzoek. De code komt op de klasse Client, omdat het hele nieuwe verzoek wordt geweigerd.',
  controles: {
    '315': ({ bericht, toestand }) => geenOnderhanden(toestand, bericht.Client.Bsn),
    '317': ({ bericht, toestand }) => geenOnderhanden(toestand, bericht.Client.Bsn),
  },
  voorbeelden: [
    {
      naam: 'tweede verzoek om toewijzing terwijl het eerste nog loopt',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' })],
      bericht: (s) => s.vot({ referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31', product: s.codes.ander }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'verzoek om wijziging terwijl een verzoek in onderzoek is',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }),
        s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
        s.antwoord({ referentie: 'VOW-1', antwoord: '2' }),
      ],
      bericht: (s) => s.vow({ referentie: 'VOW-2', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 6, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'nieuw verzoek na afwijzing van het vorige',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '4' })],
      bericht: (s) => s.vot({ referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31', product: s.codes.ander }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging nadat het verzoek om toewijzing is toegewezen',
      geschiedenis: (s) => [
        s.vot({ referentie: 'VOT-1', ingang: '2026-07-01', eind: '2026-12-31' }),
        s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', referentie: 'VOT-1', toewijzingsdatum: '2026-06-30' }),
      ],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-07-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek voor een andere cliënt terwijl er een verzoek loopt',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' })],
      bericht: (s) => s.vot({ referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31' }, { bsn: '999996770' }),
      verwacht: 'goed',
    },
  ],
});
