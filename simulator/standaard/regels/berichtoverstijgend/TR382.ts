import { regel } from '../regel';

const STOP = '/Bericht/Client/StopProducten/StopProduct';

export const TR382 = regel({
  code: 'TR382',
  familie: 'berichtoverstijgend',
  retourcode: '9069',
  omschrijving: 'Een (tijdelijke of definitieve) stop neemt de sleutelgegevens van de start die hij beëindigt ongewijzigd over: ToewijzingNummer, Product en Begindatum.',
  lezing:
    'Er moet een ontvangen, niet verwijderde start zijn met dezelfde Bsn, ToewijzingNummer, Product (Categorie en Code) en Begindatum. Die start hoeft niet meer lopend te zijn: ' +
    'een definitieve stop na een tijdelijke stop verwijst naar dezelfde start. Verwijderingen (StatusAanlevering 3) toetst TR063. De retourcode is 9069, zoals de regel voorschrijft.',
  controles: {
    '307': ({ bericht, toestand }) =>
      bericht.Client.StopProducten.StopProduct.flatMap((p, i) =>
        p.StatusAanlevering !== '3' && !toestand.regie.heeftStart(bericht.Client.Bsn, p)
          ? [
              {
                klasse: `${STOP}[${i + 1}]`,
                melding: `Er is geen start met ToewijzingNummer ${p.ToewijzingNummer ?? '-'}, Product ${p.Product ? `${p.Product.Categorie}/${p.Product.Code ?? '-'}` : '-'} en Begindatum ${p.Begindatum}`,
              },
            ]
          : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'stop met een andere begindatum dan de start',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-06', reden: 'volgensPlan', eind: '2026-05-31' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'stop zonder productcode terwijl de start die wel had',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31', product: { Categorie: s.codes.product.Categorie } }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'stop op een verwijderde start',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      ],
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'stop met de sleutel van de start',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31' }),
      verwacht: 'goed',
    },
    {
      naam: 'definitieve stop na een tijdelijke stop verwijst naar dezelfde start',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-05-31'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'overlijden', eind: '2026-06-10' }),
      verwacht: 'goed',
    },
    {
      naam: 'taakgerichte stop op product en begindatum',
      geschiedenis: (s) => [s.start({ begin: '2026-01-05' })],
      bericht: (s) => s.stop({ begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-05-31' }),
      verwacht: 'goed',
    },
  ],
});
