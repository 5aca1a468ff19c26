import { regel } from '../regel';
import { nietActueel } from './TR350';

const PAD = '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';

export const TR351 = regel({
  code: 'TR351',
  familie: 'berichtoverstijgend',
  retourcode: '9351',
  omschrijving: 'Elk TeWijzigenProduct in een verzoek om wijziging verwijst met zijn ToewijzingNummer naar een actuele toewijzing van de cliënt.',
  lezing:
    'Actueel zoals bij TR349: op de Dagtekening van het verzoek nog geldig of nog niet ingegaan, van dezelfde cliënt, en niet als nooit verzonden ingetrokken. ' +
    'Een product dat na afloop van zijn toewijzing opnieuw nodig is, hoort in NieuwProduct (IV092).',
  controles: {
    '317': ({ bericht, toestand }) => nietActueel(bericht, toestand, bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct, PAD),
  },
  voorbeelden: [
    {
      naam: 'te wijzigen product dat al beëindigd is',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-05-31', product: s.codes.ander },
        ]),
      ],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          teWijzigen: [{ nummer: 2, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }],
        }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'te wijzigen product van een andere cliënt',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }),
        s.toewijzing({ nummer: 2, ingang: '2026-01-01', eind: '2026-12-31' }, { bsn: '999996770' }),
      ],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          teWijzigen: [{ nummer: 2, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }],
        }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'te wijzigen product dat nog loopt',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
  ],
});
