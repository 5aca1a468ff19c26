import { regel } from '../regel';

const START = '/Bericht/Client/StartProducten/StartProduct';

export const TR071 = regel({
  code: 'TR071',
  familie: 'berichtoverstijgend',
  retourcode: '9071',
  omschrijving: 'Een start kan niet meer verwijderd worden (StatusAanlevering 3) als voor die levering al een stop is gemeld.',
  lezing:
    'De stop hoort bij de start via Bsn, ToewijzingNummer (of bij taakgericht werken het Product) en Begindatum. Een stop die zelf al verwijderd is telt niet mee: na het verwijderen van de stop mag de start weer verwijderd worden.',
  controles: {
    '305': ({ bericht, toestand }) =>
      bericht.Client.StartProducten.StartProduct.flatMap((p, i) => {
        if (p.StatusAanlevering !== '3') return [];
        const stop = toestand.regie.stopsVanLevering(bericht.Client.Bsn, p).find((s) => !s.verwijderd);
        return stop
          ? [
              {
                klasse: `${START}[${i + 1}]`,
                element: 'StatusAanlevering',
                melding: `De start met Begindatum ${p.Begindatum} is al gestopt per ${stop.Einddatum} (RedenBeeindiging ${stop.RedenBeeindiging}); verwijder eerst de stop`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'gestopte start verwijderen',
      geschiedenis: (s) => s.gestopteLevering('volgensPlan', '2026-05-31'),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'tijdelijk gestopte start verwijderen',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-05-31'),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'start verwijderen nadat eerst de stop is verwijderd',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31' }),
        s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31', status: '3' }),
      ],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      verwacht: 'goed',
    },
    {
      naam: 'lopende start verwijderen',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      verwacht: 'goed',
    },
  ],
});
