import { regel } from '../regel';
import { prestatiesVan } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR338 = regel({
  code: 'TR338',
  familie: 'berichtoverstijgend',
  retourcode: '9338',
  omschrijving: 'Het ToewijzingNummer van een prestatie verwijst naar een toegewezen product van de cliënt waarvoor gedeclareerd wordt.',
  lezing:
    'Een toewijzing van een andere cliënt telt niet als gerelateerd. Is de cliënt zelf onbekend, dan meldt TR304 dat op de cliënt en worden diens prestaties niet beoordeeld (0233).',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        if (!toestand.toewijzingen.kentClient(x.bsn) || toestand.toewijzingen.versieVan(x.p.ToewijzingNummer, x.bsn)) return [];
        const ander = toestand.toewijzingen.toewijzing(x.p.ToewijzingNummer);
        return [
          {
            klasse: x.klasse,
            element: 'ToewijzingNummer',
            melding: ander
              ? `toewijzing ${x.p.ToewijzingNummer} hoort bij een andere cliënt dan Bsn ${x.bsn}`
              : `er is geen toewijzing met ToewijzingNummer ${x.p.ToewijzingNummer}`,
          },
        ];
      }),
  },
  voorbeelden: [
    {
      naam: 'prestatie op een onbekend ToewijzingNummer',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 2, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'prestatie op de toewijzing van een andere cliënt',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.toewijzing({ nummer: 2, ingang: '2026-01-01', eind: '2026-12-31' }, { bsn: '123456782' }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 2, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'prestatie op een toewijzing van de cliënt',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
