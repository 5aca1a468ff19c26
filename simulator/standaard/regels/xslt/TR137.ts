import { declaratieMei, geleverdEnGedeclareerd } from '../berichtoverstijgend/declaratiehulp';
import { prestaties } from '../condities/klassen';
import { aangepast } from '../condities/voorbeeldberichten';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { afwijzing, volledigAntwoord } from './hulp';

interface Periode {
  readonly klasse: string;
  readonly element: string;
  readonly periode: { readonly Begindatum: string; readonly Einddatum: string };
}

/** The ProductPeriode of each prestatie of a 323 or 325. */
const productperioden = (ctx: RegelContext): Periode[] => prestaties(ctx).map(({ klasse, p }) => ({ klasse, element: 'ProductPeriode', periode: p.ProductPeriode }));

function afgesloten(dagtekening: string, perioden: Periode[]): Overtreding[] {
  return perioden.flatMap(({ klasse, element, periode: { Begindatum: b, Einddatum: e } }) => {
    const uit: Overtreding[] = [];
    if (e < b) uit.push({ klasse, element: `${element}/Einddatum`, melding: `Einddatum ${e} van ${element} ligt vóór de Begindatum ${b}` });
    if (e > dagtekening) uit.push({ klasse, element: `${element}/Einddatum`, melding: `Einddatum ${e} van ${element} ligt na de Dagtekening ${dagtekening} van het bericht` });
    return uit;
  });
}

export const TR137 = regel({
  code: 'TR137',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'De Einddatum van een periode ligt niet vóór haar Begindatum en niet na de Dagtekening van het bericht: er wordt alleen over verstreken perioden gedeclareerd.',
  lezing:
    'Getoetst worden de Einddatum van de DeclaratiePeriode en van elke ProductPeriode in de 323, en van elke ProductPeriode in de 325. ' +
    'De Dagtekening is die in de Header van het bericht zelf (voor de 325 die van het antwoord).',
  controles: {
    '323': (ctx) =>
      afgesloten(ctx.bericht.Header.BerichtIdentificatie.Dagtekening, [
        { klasse: '/Bericht/Declaratie', element: 'DeclaratiePeriode', periode: ctx.bericht.Declaratie.DeclaratiePeriode },
        ...productperioden(ctx),
      ]),
    '325': (ctx) => afgesloten(ctx.bericht.Header.BerichtIdentificatie.Dagtekening, productperioden(ctx)),
  },
  voorbeelden: [
    {
      naam: 'declaratie over de lopende maand',
      systeemdatum: '2026-07-15',
      bericht: (s) =>
        s.declaratie(
          { nummer: 'D2026060001', maand: '2026-06', prestaties: [{ referentie: 'P202606001', toewijzing: 1, periode: '2026-06', volume: 10 }] },
          { dagtekening: '2026-06-20' },
        ),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratie met een productperiode die eindigt vóór ze begint',
      bericht: (s) =>
        aangepast<'323'>(declaratieMei(s), (b) => {
          b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-05-20', Einddatum: '2026-05-10' };
        }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'declaratie-antwoord met een afgewezen prestatie waarvan de productperiode eindigt vóór ze begint',
      bericht: (s) =>
        aangepast<'325'>(afwijzing(s, '9307'), (b) => {
          b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-05-20', Einddatum: '2026-05-10' };
        }),
      verwacht: { klasse: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'declaratie over de afgelopen maand',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: declaratieMei,
      verwacht: 'goed',
    },
    {
      naam: 'declaratie over een maand die eindigt op de dagtekening',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D2026060001', maand: '2026-06', prestaties: [{ referentie: 'P202606001', toewijzing: 1, periode: '2026-06', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'declaratie-antwoord op een declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: volledigAntwoord,
      verwacht: 'goed',
    },
  ],
});
