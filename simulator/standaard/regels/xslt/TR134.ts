import type { Bericht } from '../../berichten/catalogus';
import { declaratieMei, geleverdEnGedeclareerd } from '../berichtoverstijgend/declaratiehulp';
import { geboortedata, prestaties } from '../condities/klassen';
import { aangepast } from '../condities/voorbeeldberichten';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { volledigAntwoord } from './hulp';

interface Datum {
  readonly klasse: string;
  readonly element: string;
  readonly waarde: string | undefined;
}

function nietNa(dagtekening: string, datums: Datum[]): Overtreding[] {
  return datums.flatMap((d) =>
    d.waarde !== undefined && d.waarde > dagtekening
      ? [{ klasse: d.klasse, element: d.element, melding: `${d.element} ${d.waarde} ligt na de Dagtekening ${dagtekening} van het bericht` }]
      : [],
  );
}

const dagtekening = (ctx: RegelContext) => (ctx.bericht as Bericht<'305'>).Header.BerichtIdentificatie.Dagtekening;
/** The Geboortedatum of the client and, in a 301, of each relatie. */
const geboren = (ctx: RegelContext): Datum[] => geboortedata(ctx).map(({ klasse, geboortedatum }) => ({ klasse, element: 'Geboortedatum/Datum', waarde: geboortedatum.Datum }));
/** The Begindatum of the ProductPeriode of each prestatie of a 323 or 325. */
const productperioden = (ctx: RegelContext): Datum[] =>
  prestaties(ctx).map(({ klasse, p }) => ({ klasse, element: 'ProductPeriode/Begindatum', waarde: p.ProductPeriode.Begindatum }));

export const TR134 = regel({
  code: 'TR134',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Datums die iets beschrijven wat al gebeurd is, liggen niet na de Dagtekening van het bericht.',
  lezing:
    'Getoetste datums: 301 Geboortedatum van Client en Relaties; 305 Geboortedatum en Begindatum van elk StartProduct; 307 Geboortedatum en Begindatum en Einddatum van elk StopProduct ' +
    '(een start of stop wordt gemeld nadat hij plaatsvond); 315 Geboortedatum; 323 DeclaratieDagtekening en de Begindatum van DeclaratiePeriode en van elke ProductPeriode; ' +
    '325 de Dagtekening in DeclaratieIdentificatie en de Begindatum van elke ProductPeriode. De Einddatum van die perioden toetst TR137. ' +
    'Toewijzingsdatum in de 301 wordt (nog) niet getoetst: de sjablonen vullen hem standaard met de Ingangsdatum, die vaak in de toekomst ligt. ' +
    'Een bestaande datum afdwingen doet het schema al (xs:date).',
  controles: {
    '301': (ctx) => nietNa(dagtekening(ctx), geboren(ctx)),
    '305': (ctx) =>
      nietNa(dagtekening(ctx), [
        ...geboren(ctx),
        ...ctx.bericht.Client.StartProducten.StartProduct.map((p, i) => ({
          klasse: `/Bericht/Client/StartProducten/StartProduct[${i + 1}]`,
          element: 'Begindatum',
          waarde: p.Begindatum,
        })),
      ]),
    '307': (ctx) => {
      const b = ctx.bericht;
      return nietNa(dagtekening(ctx), [
        ...geboren(ctx),
        ...b.Client.StopProducten.StopProduct.flatMap((p, i) => [
          { klasse: `/Bericht/Client/StopProducten/StopProduct[${i + 1}]`, element: 'Begindatum', waarde: p.Begindatum },
          { klasse: `/Bericht/Client/StopProducten/StopProduct[${i + 1}]`, element: 'Einddatum', waarde: p.Einddatum },
        ]),
      ]);
    },
    '315': (ctx) => nietNa(dagtekening(ctx), geboren(ctx)),
    '323': (ctx) => {
      const d = ctx.bericht.Declaratie;
      return nietNa(dagtekening(ctx), [
        { klasse: '/Bericht/Declaratie', element: 'DeclaratieDagtekening', waarde: d.DeclaratieDagtekening },
        { klasse: '/Bericht/Declaratie', element: 'DeclaratiePeriode/Begindatum', waarde: d.DeclaratiePeriode.Begindatum },
        ...productperioden(ctx),
      ]);
    },
    '325': (ctx) =>
      nietNa(dagtekening(ctx), [
        { klasse: '/Bericht/Header', element: 'DeclaratieIdentificatie/Dagtekening', waarde: ctx.bericht.Header.DeclaratieIdentificatie.Dagtekening },
        ...productperioden(ctx),
      ]),
  },
  voorbeelden: [
    {
      naam: 'startbericht voor een start die nog moet komen',
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-06-01', begin: '2026-07-01' }),
      verwacht: { klasse: '/Bericht/Client/StartProducten/StartProduct[1]' },
    },
    {
      naam: 'stopbericht met een einddatum na de dagtekening',
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-07-31' }),
      verwacht: { klasse: '/Bericht/Client/StopProducten/StopProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing voor een client met een geboortedatum na de dagtekening',
      bericht: (s) =>
        aangepast<'315'>(s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' }), (b) => {
          b.Client.Geboortedatum = { Datum: '2026-07-02' };
        }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'declaratie met een DeclaratieDagtekening na de dagtekening van het bericht',
      bericht: (s) =>
        aangepast<'323'>(declaratieMei(s), (b) => {
          b.Declaratie.DeclaratieDagtekening = '2026-07-01';
        }),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratie-antwoord op een declaratie van na zijn eigen dagtekening',
      bericht: (s) =>
        aangepast<'325'>(volledigAntwoord(s), (b) => {
          b.Header.DeclaratieIdentificatie.Dagtekening = '2026-07-01';
        }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'stopbericht met de dagtekening als einddatum',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-06-30' }),
      verwacht: 'goed',
    },
    {
      naam: 'startbericht voor een start op de dagtekening',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', toewijzingsdatum: '2026-05-28' }, { dagtekening: '2026-05-28' })],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-06-01', begin: '2026-06-30' }),
      verwacht: 'goed',
    },
    {
      naam: 'declaratie over de afgelopen maand',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: declaratieMei,
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
