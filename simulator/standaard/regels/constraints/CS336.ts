import { regel } from '../regel';
import { toewijzing } from '../condities/voorbeeldberichten';

const TP = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct';

export const CS336 = regel({
  code: 'CS336',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'RedenWijziging 01 (administratieve correctie, vervallen) wordt niet meer gebruikt.',
  controles: {
    '301': ({ bericht }) =>
      bericht.Client.ToegewezenProducten.ToegewezenProduct.flatMap((p, i) =>
        p.RedenWijziging === '01'
          ? [
              {
                klasse: `${TP}[${i + 1}]`,
                element: 'RedenWijziging',
                melding: 'RedenWijziging 01 (administratieve correctie, vervallen) wordt niet meer gebruikt; gebruik 13 of 14',
              },
            ]
          : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'toewijzing ingetrokken met de vervallen reden 01',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-06-01', reden: '01', toewijzingsdatum: '2026-06-30' }),
      verwacht: { klasse: `${TP}[1]` },
    },
    {
      naam: 'toewijzing gecorrigeerd met reden 14',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-11-30', reden: '14', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
  ],
});
