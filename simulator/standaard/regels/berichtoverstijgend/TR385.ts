import { regel } from '../regel';

const PAD = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct';
const VERWIJDERD = '13';

export const TR385 = regel({
  code: 'TR385',
  familie: 'berichtoverstijgend',
  retourcode: '9385',
  omschrijving: 'Een toewijzing waarop goedgekeurde, niet gecrediteerde prestaties zijn gedeclareerd, mag de gemeente niet verwijderen met RedenWijziging 13.',
  lezing:
    'Telt: prestaties met dit ToewijzingNummer die de gemeente in het declaratie-antwoord heeft goedgekeurd, met Debet, waarvoor nog geen goedgekeurde creditprestatie is ontvangen. ' +
    'Afgewezen prestaties en gecrediteerde prestaties tellen niet.',
  controles: {
    '301': ({ bericht, toestand }) =>
      bericht.Client.ToegewezenProducten.ToegewezenProduct.flatMap((p, i) => {
        if (p.RedenWijziging !== VERWIJDERD) return [];
        const open = toestand.declaraties.openDebetsOp(p.ToewijzingNummer);
        return open.length
          ? [
              {
                klasse: `${PAD}[${i + 1}]`,
                element: 'RedenWijziging',
                melding: `Toewijzing ${p.ToewijzingNummer} heeft goedgekeurde prestaties (${open.map((x) => x.ProductReferentie.ReferentieNummer).join(', ')}) en kan niet verwijderd worden`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'toewijzing verwijderen waarop al is gedeclareerd',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D202605', maand: '2026-05', prestaties: [{ referentie: 'P-0001', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      ],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-01-01', reden: '13', toewijzingsdatum: '2026-06-30' }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'toewijzing verwijderen nadat de declaratie is gecrediteerd',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D202605', maand: '2026-05', prestaties: [{ referentie: 'P-0001', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
        s.declaratie({
          nummer: 'D202606',
          maand: '2026-06',
          prestaties: [{ referentie: 'P-0002', vorigeReferentie: 'P-0001', toewijzing: 1, periode: '2026-05', volume: 10, credit: true }],
        }),
      ],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-01-01', reden: '13', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing verwijderen zonder declaraties',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-01-01', reden: '13', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
  ],
});
