import { regel } from '../regel';

const PAD = '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';

export const TR411 = regel({
  code: 'TR411',
  familie: 'berichtoverstijgend',
  retourcode: '9411',
  omschrijving: 'Heeft de toewijzing achter een TeWijzigenProduct een productcode (specifiek toegewezen), dan bevat het TeWijzigenProduct een Omvang.',
  lezing: 'De toewijzing is de actuele versie met hetzelfde ToewijzingNummer; is die onbekend, dan toetst TR351 en deze regel niet.',
  controles: {
    '317': ({ bericht, toestand }) =>
      (bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
        const code = toestand.toewijzingen.actueleVersie(p.ToewijzingNummer)?.Product?.Code;
        return code && !p.Omvang
          ? [{ klasse: `${PAD}[${i + 1}]`, element: 'Omvang', melding: `Omvang ontbreekt, terwijl toewijzing ${p.ToewijzingNummer} productcode ${code} heeft` }]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'alleen een nieuwe einddatum voor een specifiek toegewezen product',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30' }] }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'nieuwe einddatum met de omvang erbij',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
  ],
});
