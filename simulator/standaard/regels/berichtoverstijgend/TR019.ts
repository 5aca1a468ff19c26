import type { Toestand } from '../../toestand/toestand';
import { regel, type Overtreding } from '../regel';

const START = '/Bericht/Client/StartProducten/StartProduct';
const STOP = '/Bericht/Client/StopProducten/StopProduct';

/**
 * Start (305) and stop (307) lines that name a ToewijzingNummer (inspannings- or outputgericht)
 * must belong to a toewijzing of this client. Without a ToewijzingNummer the delivery is
 * taakgericht and not related to a toewijzing (IV096), so there is nothing to check.
 */
function gekoppeld(toestand: Toestand, bsn: string, producten: readonly { ToewijzingNummer?: number; StatusAanlevering: string }[], pad: string): Overtreding[] {
  return producten.flatMap((p, i) => {
    // A removal (StatusAanlevering 3) only corrects an earlier delivery: no content checks (TR063).
    if (p.StatusAanlevering === '3' || p.ToewijzingNummer === undefined) return [];
    return toestand.toewijzingen.bestaandVoor(p.ToewijzingNummer, bsn)
      ? []
      : [
          {
            klasse: `${pad}[${i + 1}]`,
            element: 'ToewijzingNummer',
            melding: `ToewijzingNummer ${p.ToewijzingNummer} hoort niet bij een (niet verwijderde) toewijzing van cliënt ${bsn}`,
          },
        ];
  });
}

export const TR019 = regel({
  code: 'TR019',
  familie: 'berichtoverstijgend',
  retourcode: '9019',
  omschrijving:
    'Bij inspannings- of outputgericht werken hoort een start- of stopmelding via het ToewijzingNummer bij een toewijzing die de gemeente aan deze cliënt heeft gegeven.',
  lezing:
    'Een gevuld ToewijzingNummer betekent inspannings- of outputgericht werken; het moet verwijzen naar een toewijzing van dezelfde cliënt die niet als nooit verzonden is verwijderd (RedenWijziging 13 of 01 met Einddatum = Ingangsdatum). ' +
    'Zonder ToewijzingNummer (taakgericht) en bij StatusAanlevering 3 wordt niet getoetst. ' +
    'De regeltekst van iWmo noemt als tweede bericht een verminkt "W<P307"; de retourcodelijst van iWmo noemt WMO305 en WMO307, dus de regel geldt in beide domeinen voor 305 en 307.',
  berichten: {
    // iWmo: the rule page lists "WMO305, W<P307" (a typo); WJ001 lists 9019 for WMO305 and WMO307.
    wmo: ['305', '307'],
    jw: ['305', '307'],
  },
  controles: {
    '305': ({ bericht, toestand }) => gekoppeld(toestand, bericht.Client.Bsn, bericht.Client.StartProducten.StartProduct, START),
    '307': ({ bericht, toestand }) => gekoppeld(toestand, bericht.Client.Bsn, bericht.Client.StopProducten.StopProduct, STOP),
  },
  voorbeelden: [
    {
      naam: 'start op een onbekend toewijzingnummer',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.start({ nummer: 99, ingang: '2026-01-01', begin: '2026-01-05' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'start op een toewijzing van een andere cliënt',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { bsn: '999996770' })],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'stop nadat de gemeente de toewijzing heeft verwijderd (reden 13)',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-01-01', reden: '13', toewijzingsdatum: '2026-02-01' }),
      ],
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-03-31' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'start op een toegewezen product',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }),
      verwacht: 'goed',
    },
    {
      naam: 'stop op een toegewezen product',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31' }),
      verwacht: 'goed',
    },
    {
      naam: 'taakgerichte start zonder toewijzingnummer',
      bericht: (s) => s.start({ begin: '2026-01-05' }),
      verwacht: 'goed',
    },
  ],
});
