import type { Sjablonen, Stap } from '../../berichten/sjablonen';
import { regel } from '../regel';
import { geboortedata, voorBerichten, type Geboortedatum } from '../condities/klassen';
import { aangepast, aanvraag, toewijzing, toewijzingMetRelatie } from '../condities/voorbeeldberichten';

/** What DatumGebruik says is unknown must be filled with 01 (day, month) or 1900 (year) (IV009). */
function strijdig(g: Geboortedatum): string | undefined {
  const [, maand, dag] = g.Datum.split('-');
  switch (g.DatumGebruik) {
    case '1':
      return dag === '01' ? undefined : 'de dag is onbekend (DatumGebruik 1), dan is de dag 01';
    case '2':
      return dag === '01' && maand === '01' ? undefined : 'dag en maand zijn onbekend (DatumGebruik 2), dan zijn dag en maand 01';
    case '3':
      return g.Datum === '1900-01-01' ? undefined : 'de datum is onbekend (DatumGebruik 3), dan is de datum 1900-01-01';
    default:
      return undefined;
  }
}

const START = { nummer: 1, ingang: '2026-06-01', begin: '2026-06-02' };

/** The client of a message with another birth date, in every message of the example alike. */
function geboren(stap: Stap, g: Geboortedatum): Stap {
  return aangepast<'305'>(stap, (b) => void (b.Client.Geboortedatum = g));
}
const DAG_ONBEKEND: Geboortedatum = { Datum: '2010-02-01', DatumGebruik: '1' };
const levering = (s: Sjablonen) => [geboren(toewijzing(s), DAG_ONBEKEND), geboren(s.start(START), DAG_ONBEKEND)];

export const CS139 = regel({
  code: 'CS139',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'Een Geboortedatum past bij zijn DatumGebruik: een onbekend deel van de datum is ingevuld zoals voorgeschreven.',
  lezing:
    'Volgens IV009: DatumGebruik 1 (dag onbekend) vraagt dag 01, 2 (dag en maand onbekend) dag en maand 01, 3 (datum onbekend) 1900-01-01. ' +
    'Zonder DatumGebruik is de datum volledig bekend en valt er niets te toetsen. Geldt voor de client en, in de toewijzing, voor elke relatie.',
  controles: voorBerichten(['301', '305', '307', '315'], (ctx) =>
    geboortedata(ctx).flatMap(({ klasse, geboortedatum: g }) => {
      const fout = strijdig(g);
      return fout ? [{ klasse, element: 'Geboortedatum', melding: `Geboortedatum ${g.Datum} past niet bij DatumGebruik ${g.DatumGebruik}: ${fout}` }] : [];
    }),
  ),
  voorbeelden: [
    {
      naam: 'toewijzing: dag onbekend maar toch een dag ingevuld',
      bericht: (s) => geboren(toewijzing(s), { Datum: '2010-02-14', DatumGebruik: '1' }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'toewijzing: dag onbekend en dag 01',
      bericht: (s) => geboren(toewijzing(s), DAG_ONBEKEND),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing: relatie waarvan alleen het geboortejaar bekend is, met een maand ingevuld',
      bericht: (s) => toewijzingMetRelatie(s, (r) => void (r.Geboortedatum = { Datum: '1980-05-01', DatumGebruik: '2' })),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]' },
    },
    {
      naam: 'toewijzing: relatie waarvan alleen het geboortejaar bekend is',
      bericht: (s) => toewijzingMetRelatie(s, (r) => void (r.Geboortedatum = { Datum: '1980-01-01', DatumGebruik: '2' })),
      verwacht: 'goed',
    },
    {
      naam: 'start: dag onbekend maar toch een dag ingevuld',
      geschiedenis: (s) => [geboren(toewijzing(s), DAG_ONBEKEND)],
      bericht: (s) => geboren(s.start(START), { Datum: '2010-02-14', DatumGebruik: '1' }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'start: dag onbekend en dag 01',
      geschiedenis: (s) => [geboren(toewijzing(s), DAG_ONBEKEND)],
      bericht: (s) => geboren(s.start(START), DAG_ONBEKEND),
      verwacht: 'goed',
    },
    {
      naam: 'stop: dag onbekend maar toch een dag ingevuld',
      geschiedenis: levering,
      bericht: (s) => geboren(s.stop({ ...START, reden: 'volgensPlan', eind: '2026-06-26' }), { Datum: '2010-02-14', DatumGebruik: '1' }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'stop: dag onbekend en dag 01',
      geschiedenis: levering,
      bericht: (s) => geboren(s.stop({ ...START, reden: 'volgensPlan', eind: '2026-06-26' }), DAG_ONBEKEND),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing: datum onbekend maar toch een datum ingevuld',
      bericht: (s) => geboren(aanvraag(s), { Datum: '2010-02-14', DatumGebruik: '3' }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'verzoek om toewijzing: datum onbekend en 1900-01-01',
      bericht: (s) => geboren(aanvraag(s), { Datum: '1900-01-01', DatumGebruik: '3' }),
      verwacht: 'goed',
    },
  ],
});
