import type { Bericht } from '../../berichten/catalogus';
import type { Toestand } from '../../toestand/toestand';
import { regel, type Overtreding } from '../regel';

const PAD = '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct';

/** The products of a verzoek om wijziging whose ToewijzingNummer is no actuele toewijzing of the client on its Dagtekening (TR350, TR351). */
export function nietActueel(bericht: Bericht<'317'>, toestand: Toestand, producten: readonly { ToewijzingNummer: number }[] | undefined, pad: string): Overtreding[] {
  const bsn = bericht.Client.Bsn;
  const peildatum = bericht.Header.BerichtIdentificatie.Dagtekening;
  return (producten ?? []).flatMap((p, i) =>
    toestand.toewijzingen.actueelOp(p.ToewijzingNummer, bsn, peildatum)
      ? []
      : [
          {
            klasse: `${pad}[${i + 1}]`,
            element: 'ToewijzingNummer',
            melding: `ToewijzingNummer ${p.ToewijzingNummer} is geen actuele toewijzing van cliënt ${bsn} op ${peildatum}`,
          },
        ],
  );
}

export const TR350 = regel({
  code: 'TR350',
  familie: 'berichtoverstijgend',
  retourcode: '9350',
  omschrijving: 'Elk OngewijzigdProduct in een verzoek om wijziging verwijst met zijn ToewijzingNummer naar een actuele toewijzing van de cliënt.',
  lezing: 'Actueel zoals bij TR349: op de Dagtekening van het verzoek nog geldig of nog niet ingegaan, van dezelfde cliënt, en niet als nooit verzonden ingetrokken.',
  controles: {
    '317': ({ bericht, toestand }) => nietActueel(bericht, toestand, bericht.Client.Verzoek.OngewijzigdeProducten?.OngewijzigdProduct, PAD),
  },
  voorbeelden: [
    {
      naam: 'ongewijzigd product dat al beëindigd is',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-05-31', product: s.codes.ander },
        ]),
      ],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [2],
          teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }],
        }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'ongewijzigd product met een onbekend toewijzingnummer',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [42],
          teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }],
        }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'ongewijzigd product dat tot en met de dagtekening loopt',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-06-30', product: s.codes.ander },
        ]),
      ],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [2],
          teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }],
        }),
      verwacht: 'goed',
    },
  ],
});
