import type { Bericht } from '../../berichten/catalogus';
import { geboortedata, voorBerichten, type Geboortedatum } from '../condities/klassen';
import { aangepast, toewijzing, toewijzingMetRelatie } from '../condities/voorbeeldberichten';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { jarenEerder } from './hulp';

/** Geboortedatum 1900-01-01 with DatumGebruik 3 stands for a date that is entirely unknown. */
const onbekend = (g: Geboortedatum) => g.DatumGebruik === '3' && g.Datum === '1900-01-01';

/**
 * Whether even the latest day the person can have been born lies before the date: a partly unknown
 * date (DatumGebruik 1: day, 2: day and month unknown) only when its whole month or year does.
 */
function zekerVoor(g: Geboortedatum, datum: string): boolean {
  const bekend = g.DatumGebruik === '2' ? 4 : g.DatumGebruik === '1' ? 7 : 10;
  return g.Datum.slice(0, bekend) < datum.slice(0, bekend);
}

function teOud(ctx: RegelContext): Overtreding[] {
  const dagtekening = (ctx.bericht as Bericht<'305'>).Header.BerichtIdentificatie.Dagtekening;
  const grens = jarenEerder(dagtekening, 120);
  return geboortedata(ctx).flatMap(({ klasse, geboortedatum: g }) =>
    !onbekend(g) && zekerVoor(g, grens)
      ? [{ klasse, element: 'Geboortedatum/Datum', melding: `Geboortedatum ${g.Datum} ligt meer dan 120 jaar vóór de Dagtekening ${dagtekening} (grens ${grens})` }]
      : [],
  );
}

export const TR002 = regel({
  code: 'TR002',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Een Geboortedatum ligt hooguit 120 jaar vóór de Dagtekening van het bericht, behalve als de geboortedatum onbekend is (Datum 1900-01-01 met DatumGebruik 3).',
  lezing:
    'Getoetst wordt de Geboortedatum van de Client in 301, 305, 307 en 315 en in de 301 ook die van elke Relatie. Precies 120 jaar vóór de Dagtekening mag nog. Bij een deels onbekende datum telt de laatst mogelijke dag (DatumGebruik 1: einde van de maand, 2: einde van het jaar), zodat alleen een zeker te oude datum wordt afgekeurd.',
  controles: voorBerichten(['301', '305', '307', '315'], teOud),
  voorbeelden: [
    {
      naam: 'toewijzing voor een client geboren meer dan 120 jaar vóór de dagtekening',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Geboortedatum = { Datum: '1906-06-29' })),
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
      bericht: (s) => toewijzingMetRelatie(s, (r) => void (r.Geboortedatum = { Datum: '1890-03-01' })),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]' },
    },
    {
      naam: 'toewijzing voor een client geboren precies 120 jaar vóór de dagtekening',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Geboortedatum = { Datum: '1906-06-30' })),
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
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' })),
      verwacht: 'goed',
    },
  ],
});
