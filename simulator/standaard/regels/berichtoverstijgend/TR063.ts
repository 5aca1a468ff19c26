import { regel } from '../regel';

const START = '/Bericht/Client/StartProducten/StartProduct';
const STOP = '/Bericht/Client/StopProducten/StopProduct';

export const TR063 = regel({
  code: 'TR063',
  familie: 'berichtoverstijgend',
  retourcode: '9063',
  omschrijving: 'Een aanlevering met StatusAanlevering 3 (verwijderen) verwijst via de logische sleutel naar een eerder ontvangen aanlevering voor dezelfde cliënt.',
  lezing:
    'De logische sleutel is voor een StartProduct ToewijzingNummer, Product en Begindatum, voor een StopProduct daarnaast RedenBeeindiging en Einddatum (sinds 3.2). ' +
    'Alleen een eerder geaccepteerde aanlevering die nog niet verwijderd is kan verwijderd worden; een tweede verwijdering van dezelfde aanlevering wordt afgekeurd.',
  controles: {
    '305': ({ bericht, toestand }) =>
      bericht.Client.StartProducten.StartProduct.flatMap((p, i) =>
        p.StatusAanlevering === '3' && !toestand.regie.heeftStart(bericht.Client.Bsn, p)
          ? [
              {
                klasse: `${START}[${i + 1}]`,
                element: 'StatusAanlevering',
                melding: `Er is geen eerder startbericht met deze sleutel (ToewijzingNummer ${p.ToewijzingNummer ?? '-'}, Begindatum ${p.Begindatum}) om te verwijderen`,
              },
            ]
          : [],
      ),
    '307': ({ bericht, toestand }) =>
      bericht.Client.StopProducten.StopProduct.flatMap((p, i) =>
        p.StatusAanlevering === '3' && !toestand.regie.heeftStop(bericht.Client.Bsn, p)
          ? [
              {
                klasse: `${STOP}[${i + 1}]`,
                element: 'StatusAanlevering',
                melding: `Er is geen eerder stopbericht met deze sleutel (ToewijzingNummer ${p.ToewijzingNummer ?? '-'}, Begindatum ${p.Begindatum}, RedenBeeindiging ${p.RedenBeeindiging}, Einddatum ${p.Einddatum}) om te verwijderen`,
              },
            ]
          : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'start verwijderen die nooit is gestuurd',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'start verwijderen met een andere begindatum dan gestuurd',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-06', status: '3' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'stop verwijderen met een andere reden dan gestuurd (reden hoort sinds 3.2 bij de sleutel)',
      geschiedenis: (s) => s.gestopteLevering('doorAanbieder', '2026-06-17'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-06-17', status: '3' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'dezelfde start twee keer verwijderen',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      ],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'eerder gestuurde start verwijderen',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      verwacht: 'goed',
    },
    {
      naam: 'stop corrigeren: verwijderen en opnieuw aanleveren in één bericht',
      geschiedenis: (s) => s.gestopteLevering('doorAanbieder', '2026-06-17'),
      bericht: (s) =>
        s.stop([
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'doorAanbieder', eind: '2026-06-17', status: '3' },
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-06-17' },
        ]),
      verwacht: 'goed',
    },
  ],
});
