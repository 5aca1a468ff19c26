import { regel } from '../regel';
import { prestatiesVan } from './declaratiehulp';

export const TR314 = regel({
  code: 'TR314',
  familie: 'berichtoverstijgend',
  retourcode: '8021',
  omschrijving: 'Het ReferentieNummer van een prestatie is voor de aanbieder in dit domein nog niet eerder gebruikt, niet in eerdere declaraties en niet elders in dit bericht.',
  lezing:
    'Eerder gebruikt is elk ReferentieNummer uit een ontvangen declaratie die niet als geheel is afgekeurd, ook als die prestatie zelf werd afgewezen. Een declaratie die als geheel is afgekeurd geldt als niet verzonden. Binnen het bericht krijgt de tweede en elke volgende prestatie met hetzelfde nummer de code.',
  controles: {
    '323': ({ bericht, toestand }) => {
      const gezien = new Set<string>();
      return prestatiesVan(bericht).flatMap((x) => {
        const ref = x.p.ProductReferentie.ReferentieNummer;
        const eerder = toestand.declaraties.prestatie(ref);
        const dubbel = gezien.has(ref);
        gezien.add(ref);
        if (eerder)
          return [{ klasse: x.klasse, element: 'ProductReferentie/ReferentieNummer', melding: `ReferentieNummer ${ref} is al gebruikt in declaratie ${eerder.declaratieNummer}` }];
        return dubbel ? [{ klasse: x.klasse, element: 'ProductReferentie/ReferentieNummer', melding: `ReferentieNummer ${ref} komt al eerder in dit bericht voor` }] : [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'nieuwe prestatie met het ReferentieNummer van een prestatie uit een vorige declaratie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'nieuwe prestatie met een nieuw ReferentieNummer',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
