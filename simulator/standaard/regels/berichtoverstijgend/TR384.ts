import { regel } from '../regel';
import { isCredit, prestatiesVan } from './declaratiehulp';

export const TR384 = regel({
  code: 'TR384',
  familie: 'berichtoverstijgend',
  retourcode: '9384',
  omschrijving: 'Er wordt niet gedeclareerd op een toewijzing die verwijderd is (RedenWijziging 13).',
  lezing:
    'Verwijderd is een toewijzing waarvan de actuele versie RedenWijziging 13 heeft; die geldt als nooit verzonden, dus de overige inhoudelijke regels toetsen er niet meer tegen. Een creditprestatie maakt een eerdere debet ongedaan en is geen declaratie op de toewijzing; die wordt niet afgekeurd.',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const v = isCredit(x.p) ? undefined : toestand.toewijzingen.versieVan(x.p.ToewijzingNummer, x.bsn);
        return v?.RedenWijziging === '13' ? [{ klasse: x.klasse, element: 'ToewijzingNummer', melding: `toewijzing ${v.ToewijzingNummer} is verwijderd (RedenWijziging 13)` }] : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'prestatie op een verwijderde toewijzing',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-05-01', eind: '2026-12-31' }),
        s.toewijzing({ nummer: 1, ingang: '2026-05-01', eind: '2026-05-01', reden: '13', toewijzingsdatum: '2026-05-02' }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'prestatie op een toewijzing die niet verwijderd is',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-05-01', eind: '2026-12-31' })],
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
