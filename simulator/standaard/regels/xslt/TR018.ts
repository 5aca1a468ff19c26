import { regel } from '../regel';

const STOP = '/Bericht/Client/StopProducten/StopProduct';

export const TR018 = regel({
  code: 'TR018',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'De Einddatum van een StopProduct ligt niet vóór de Begindatum.',
  controles: {
    '307': ({ bericht }) =>
      bericht.Client.StopProducten.StopProduct.flatMap((p, i) =>
        p.Einddatum < p.Begindatum ? [{ klasse: `${STOP}[${i + 1}]`, element: 'Einddatum', melding: `Einddatum ${p.Einddatum} ligt vóór Begindatum ${p.Begindatum}` }] : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'stop met einddatum vóór de begindatum',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-02-01', eind: '2026-12-31', begin: '2026-03-01' }),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-02-01', begin: '2026-03-01', reden: 'volgensPlan', eind: '2026-02-28' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'stop op de begindatum zelf',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-02-01', eind: '2026-12-31', begin: '2026-03-01' }),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-02-01', begin: '2026-03-01', reden: 'volgensPlan', eind: '2026-03-01' }),
      verwacht: 'goed',
    },
  ],
});
