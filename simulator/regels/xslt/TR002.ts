import type { Bericht } from '../../berichten/catalogus';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { aangepast, jarenEerder } from './hulp';

type Geboortedatum = { Datum: string; DatumGebruik?: string };

/** Geboortedatum 1900-01-01 with DatumGebruik 3 stands for a date that is entirely unknown. */
const onbekend = (g: Geboortedatum) => g.DatumGebruik === '3' && g.Datum === '1900-01-01';

/** The latest date the person can have been born: a partly unknown date (DatumGebruik 1 or 2) gets the benefit of the doubt. */
function uiterste(g: Geboortedatum): string {
  if (g.DatumGebruik === '2') return `${g.Datum.slice(0, 4)}-12-31`;
  if (g.DatumGebruik === '1') {
    const [j, m] = g.Datum.split('-').map(Number) as [number, number];
    return `${g.Datum.slice(0, 7)}-${String(new Date(Date.UTC(j, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return g.Datum;
}

function toets(g: Geboortedatum | undefined, klasse: string, dagtekening: string): Overtreding[] {
  if (!g || onbekend(g)) return [];
  const grens = jarenEerder(dagtekening, 120);
  return uiterste(g) < grens
    ? [{ klasse, element: 'Geboortedatum/Datum', melding: `Geboortedatum ${g.Datum} ligt meer dan 120 jaar vóór de Dagtekening ${dagtekening} (grens ${grens})` }]
    : [];
}

function client(ctx: RegelContext): Overtreding[] {
  const b = ctx.bericht as Bericht<'305'>;
  return toets(b.Client.Geboortedatum, '/Bericht/Client', b.Header.BerichtIdentificatie.Dagtekening);
}

export const TR002 = regel({
  code: 'TR002',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Een Geboortedatum ligt hooguit 120 jaar vóór de Dagtekening van het bericht, behalve als de geboortedatum onbekend is (Datum 1900-01-01 met DatumGebruik 3).',
  lezing:
    'Getoetst wordt de Geboortedatum van de Client in 301, 305, 307 en 315 en in de 301 ook die van elke Relatie. Precies 120 jaar vóór de Dagtekening mag nog. Bij een deels onbekende datum telt de laatst mogelijke dag (DatumGebruik 1: einde van de maand, 2: einde van het jaar), zodat alleen een zeker te oude datum wordt afgekeurd.',
  controles: {
    '301': (ctx) => {
      const b = ctx.bericht;
      const dag = b.Header.BerichtIdentificatie.Dagtekening;
      return [
        ...toets(b.Client.Geboortedatum, '/Bericht/Client', dag),
        ...(b.Client.Relaties?.Relatie ?? []).flatMap((r, i) => toets(r.Geboortedatum, `/Bericht/Client/Relaties/Relatie[${i + 1}]`, dag)),
      ];
    },
    '305': client,
    '307': client,
    '315': client,
  },
  voorbeelden: [
    {
      naam: 'toewijzing voor een client geboren meer dan 120 jaar vóór de dagtekening',
      bericht: (s) =>
        aangepast<'301'>(s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', toewijzingsdatum: '2026-05-28' }), (b) => {
          b.Client.Geboortedatum = { Datum: '1906-06-29' };
        }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'startbericht voor een client met alleen een bekend geboortejaar ver in het verleden',
      bericht: (s) =>
        aangepast<'305'>(s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }), (b) => {
          b.Client.Geboortedatum = { Datum: '1901-01-01', DatumGebruik: '2' };
        }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'toewijzing met een relatie geboren meer dan 120 jaar vóór de dagtekening',
      bericht: (s) =>
        aangepast<'301'>(s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', toewijzingsdatum: '2026-05-28' }), (b) => {
          b.Client.Relaties = {
            Relatie: [
              {
                Nummer: 'R1',
                Soort: '10',
                Geboortedatum: { Datum: '1890-03-01' },
                Naam: { Geslachtsnaam: { Achternaam: 'Wit' }, Voorletters: 'J', NaamGebruik: '1' },
                Contact: { Soort: '01', Telefoon: { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } } },
              },
            ],
          };
        }),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]' },
    },
    {
      naam: 'toewijzing voor een client geboren precies 120 jaar vóór de dagtekening',
      bericht: (s) =>
        aangepast<'301'>(s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', toewijzingsdatum: '2026-05-28' }), (b) => {
          b.Client.Geboortedatum = { Datum: '1906-06-30' };
        }),
      verwacht: 'goed',
    },
    {
      naam: 'startbericht voor een client geboren in de maand van de grens, dag onbekend',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15' }, { dagtekening: '2025-12-15' })],
      bericht: (s) =>
        aangepast<'305'>(s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }), (b) => {
          b.Client.Geboortedatum = { Datum: '1906-06-01', DatumGebruik: '1' };
        }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing voor een client met een onbekende geboortedatum',
      bericht: (s) =>
        aangepast<'301'>(s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', toewijzingsdatum: '2026-05-28' }), (b) => {
          b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' };
        }),
      verwacht: 'goed',
    },
  ],
});
