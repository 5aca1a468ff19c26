import { maandVan } from '../../berichten/datum';
import { regel } from '../regel';
import { prestaties } from '../condities/klassen';
import { aangepast, levering, meiDeclaratie, prestatie } from '../condities/voorbeeldberichten';

export const CS337 = regel({
  code: 'CS337',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'De ProductPeriode van een prestatie begint en eindigt in dezelfde kalendermaand van hetzelfde jaar.',
  controles: {
    '323': (ctx) =>
      prestaties(ctx).flatMap(({ klasse, p }) =>
        maandVan(p.ProductPeriode.Begindatum) === maandVan(p.ProductPeriode.Einddatum)
          ? []
          : [
              {
                klasse,
                element: 'ProductPeriode/Einddatum',
                melding: `ProductPeriode ${p.ProductPeriode.Begindatum} tot en met ${p.ProductPeriode.Einddatum} loopt over meer dan één kalendermaand`,
              },
            ],
      ),
  },
  voorbeelden: [
    {
      naam: 'prestatie over mei en juni samen',
      geschiedenis: levering,
      bericht: (s) =>
        aangepast<'323'>(
          s.declaratie({ nummer: 'DEC202606', maand: '2026-06', prestaties: [prestatie('PR202606A', '2026-06')] }),
          (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Begindatum = '2026-05-01'),
        ),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'prestatie over dezelfde maand een jaar later',
      geschiedenis: levering,
      bericht: (s) =>
        aangepast<'323'>(
          s.declaratie({ nummer: 'DEC202605', maand: '2026-05', prestaties: [prestatie('PR202605A', '2026-05')] }),
          (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Begindatum = '2025-05-01'),
        ),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'prestatie over mei',
      geschiedenis: levering,
      bericht: meiDeclaratie,
      verwacht: 'goed',
    },
  ],
});
