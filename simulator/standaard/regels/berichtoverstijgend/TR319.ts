import { regel } from '../regel';
import { prestatiesVan } from './declaratiehulp';

export const TR319 = regel({
  code: 'TR319',
  familie: 'berichtoverstijgend',
  retourcode: '9319',
  omschrijving: 'Een declaratie bevat alleen prestaties over de eigen DeclaratiePeriode of een eerdere: de ProductPeriode eindigt niet na de DeclaratiePeriode.',
  lezing:
    'Een ProductPeriode ligt altijd binnen één kalendermaand (CS337); die maand mag de maand van de declaratie zelf zijn of elke eerdere maand (nagekomen prestaties, IV090), nooit een latere.',
  controles: {
    '323': ({ bericht }) => {
      const eind = bericht.Declaratie.DeclaratiePeriode.Einddatum;
      return prestatiesVan(bericht).flatMap((x) =>
        x.p.ProductPeriode.Einddatum > eind
          ? [
              {
                klasse: x.klasse,
                element: 'ProductPeriode/Einddatum',
                melding: `ProductPeriode eindigt op ${x.p.ProductPeriode.Einddatum}, na het einde ${eind} van de DeclaratiePeriode`,
              },
            ]
          : [],
      );
    },
  },
  voorbeelden: [
    {
      naam: 'declaratie over mei met een prestatie over juni',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-06', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'declaratie over mei met prestaties over mei en over april',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 },
            { referentie: 'P2', toewijzing: 1, periode: '2026-04', volume: 10 },
          ],
        }),
      verwacht: 'goed',
    },
  ],
});
