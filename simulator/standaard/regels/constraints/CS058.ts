import { regel } from '../regel';
import { toewijzing } from '../condities/voorbeeldberichten';

const START = { nummer: 1, ingang: '2026-06-01', begin: '2026-06-02' };
const STOP = { ...START, reden: 'volgensPlan', eind: '2026-06-26' };

function status(klasse: string, p: { StatusAanlevering: string }, i: number) {
  return p.StatusAanlevering === '1' || p.StatusAanlevering === '3'
    ? []
    : [
        {
          klasse: `${klasse}[${i + 1}]`,
          element: 'StatusAanlevering',
          melding: `StatusAanlevering ${p.StatusAanlevering}; alleen 1 (eerste aanlevering) of 3 (verwijderen) is toegestaan`,
        },
      ];
}

export const CS058 = regel({
  code: 'CS058',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'Een start- of stopregel wordt aangeleverd (StatusAanlevering 1) of verwijderd (3); 2 en 9 komen niet voor.',
  controles: {
    '305': ({ bericht }) => bericht.Client.StartProducten.StartProduct.flatMap((p, i) => status('/Bericht/Client/StartProducten/StartProduct', p, i)),
    '307': ({ bericht }) => bericht.Client.StopProducten.StopProduct.flatMap((p, i) => status('/Bericht/Client/StopProducten/StopProduct', p, i)),
  },
  voorbeelden: [
    {
      naam: 'start als gewijzigde aanlevering',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => s.start({ ...START, status: '2' }),
      verwacht: { klasse: '/Bericht/Client/StartProducten/StartProduct[1]' },
    },
    {
      naam: 'start als eerste aanlevering',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => s.start(START),
      verwacht: 'goed',
    },
    {
      naam: 'start verwijderen',
      geschiedenis: (s) => [toewijzing(s), s.start(START)],
      bericht: (s) => s.start({ ...START, status: '3' }),
      verwacht: 'goed',
    },
    {
      naam: 'stop met status niet van toepassing',
      geschiedenis: (s) => [toewijzing(s), s.start(START)],
      bericht: (s) => s.stop({ ...STOP, status: '9' }),
      verwacht: { klasse: '/Bericht/Client/StopProducten/StopProduct[1]' },
    },
    {
      naam: 'stop als eerste aanlevering',
      geschiedenis: (s) => [toewijzing(s), s.start(START)],
      bericht: (s) => s.stop(STOP),
      verwacht: 'goed',
    },
    {
      naam: 'stop verwijderen',
      geschiedenis: (s) => [toewijzing(s), s.start(START), s.stop(STOP)],
      bericht: (s) => s.stop({ ...STOP, status: '3' }),
      verwacht: 'goed',
    },
  ],
});
