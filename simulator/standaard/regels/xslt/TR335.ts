import { declaratieMei, prestatiesVan } from '../berichtoverstijgend/declaratiehulp';
import { regel } from '../regel';
import { jarenEerder } from './hulp';

export const TR335 = regel({
  code: 'TR335',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Een prestatie wordt gedeclareerd binnen 5 jaar: de Einddatum van de ProductPeriode ligt niet meer dan 5 jaar vóór de DeclaratieDagtekening.',
  lezing:
    'De Einddatum is die van de ProductPeriode van elke prestatie (debet en credit). Precies 5 jaar vóór de DeclaratieDagtekening mag nog; 29 februari telt terug als 28 februari.',
  controles: {
    '323': ({ bericht }) => {
      const dag = bericht.Declaratie.DeclaratieDagtekening;
      const grens = jarenEerder(dag, 5);
      return prestatiesVan(bericht).flatMap(({ p, klasse }) =>
        p.ProductPeriode.Einddatum < grens
          ? [
              {
                klasse,
                element: 'ProductPeriode/Einddatum',
                melding: `Einddatum ${p.ProductPeriode.Einddatum} ligt meer dan 5 jaar vóór de DeclaratieDagtekening ${dag} (grens ${grens})`,
              },
            ]
          : [],
      );
    },
  },
  voorbeelden: [
    {
      naam: 'declaratie met een prestatie van ruim 5 jaar geleden',
      bericht: (s) => s.declaratie({ nummer: 'D2026050001', maand: '2026-05', prestaties: [{ referentie: 'P202105001', toewijzing: 1, periode: '2021-05', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'declaratie over de afgelopen maand',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: declaratieMei,
      verwacht: 'goed',
    },
  ],
});
