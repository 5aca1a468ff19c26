import { regel } from '../regel';
import { toewijzing } from '../condities/voorbeeldberichten';

const TP = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct';

export const CS335 = regel({
  code: 'CS335',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'RedenWijziging 13 (verwijderd) komt alleen voor bij een toegewezen product waarvan de Einddatum gelijk is aan de Ingangsdatum.',
  lezing: 'Zonder Einddatum is die niet gelijk aan de Ingangsdatum: RedenWijziging 13 is dan ook fout.',
  controles: {
    '301': ({ bericht }) =>
      bericht.Client.ToegewezenProducten.ToegewezenProduct.flatMap((p, i) =>
        p.RedenWijziging === '13' && p.Einddatum !== p.Ingangsdatum
          ? [
              {
                klasse: `${TP}[${i + 1}]`,
                element: 'RedenWijziging',
                melding: `RedenWijziging 13 (verwijderd) terwijl ${p.Einddatum ? `Einddatum ${p.Einddatum}` : 'de Einddatum ontbreekt en'} niet gelijk is aan Ingangsdatum ${p.Ingangsdatum}`,
              },
            ]
          : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'toewijzing verwijderd met een einddatum na de ingangsdatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-06-15', reden: '13', toewijzingsdatum: '2026-06-30' }),
      verwacht: { klasse: `${TP}[1]` },
    },
    {
      naam: 'toewijzing verwijderd met de einddatum op de ingangsdatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-06-01', reden: '13', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing verkort met een andere reden',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-06-15', reden: '05', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
  ],
});
