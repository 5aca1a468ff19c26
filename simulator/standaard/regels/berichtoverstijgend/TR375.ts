import { regel } from '../regel';

const PAD = '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const GRENS = '2020-12-31';

export const TR375 = regel({
  code: 'TR375',
  familie: 'berichtoverstijgend',
  retourcode: '9375',
  omschrijving: 'Is de toewijzing achter een TeWijzigenProduct generiek (zonder Product) en loopt zij na 31-12-2020 of zonder einde, dan bevat het TeWijzigenProduct geen Omvang.',
  lezing:
    'Wat leeg moet blijven is de Omvang (zo zegt de retourcode het); de Einddatum is die van de actuele toewijzing. Een aspecifieke toewijzing (Product zonder Code) toetst TR412.',
  controles: {
    '317': ({ bericht, toestand }) =>
      (bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
        const t = toestand.toewijzingen.actueleVersie(p.ToewijzingNummer);
        if (!t || t.Product || !p.Omvang || (t.Einddatum && t.Einddatum <= GRENS)) return [];
        return [{ klasse: `${PAD}[${i + 1}]`, element: 'Omvang', melding: `Omvang is gevuld, terwijl toewijzing ${t.ToewijzingNummer} geen Product heeft (generiek)` }];
      }),
  },
  voorbeelden: [
    {
      naam: 'omvang vragen voor een generieke toewijzing',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 500000 })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'budget wijzigen voor een generieke toewijzing',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 500000 })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', budget: 600000 }] }),
      verwacht: 'goed',
    },
  ],
});
