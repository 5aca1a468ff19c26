import { regel } from '../regel';

const PAD = '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const GRENS = '2020-12-31';

export const TR412 = regel({
  code: 'TR412',
  familie: 'berichtoverstijgend',
  retourcode: '9412',
  omschrijving:
    'Is de toewijzing achter een TeWijzigenProduct aspecifiek (wel ProductCategorie, geen productcode) en loopt zij na 31-12-2020 of zonder einde, dan bevat het TeWijzigenProduct geen Omvang.',
  lezing:
    'Einddatum is die van de actuele toewijzing. Een toewijzing zonder Product (generiek) valt ook onder de letterlijke tekst, maar die situatie toetst TR375 al met een eigen code; ' +
    'om dezelfde fout niet twee keer af te keuren geldt TR412 alleen als de toewijzing wel een Product zonder Code heeft.',
  controles: {
    '317': ({ bericht, toestand }) =>
      (bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
        const t = toestand.toewijzingen.actueleVersie(p.ToewijzingNummer);
        if (!t?.Product || t.Product.Code || !p.Omvang || (t.Einddatum && t.Einddatum <= GRENS)) return [];
        return [
          {
            klasse: `${PAD}[${i + 1}]`,
            element: 'Omvang',
            melding: `Omvang is gevuld, terwijl toewijzing ${t.ToewijzingNummer} alleen productcategorie ${t.Product.Categorie} heeft (aspecifiek)`,
          },
        ];
      }),
  },
  voorbeelden: [
    {
      naam: 'omvang vragen voor een aspecifieke toewijzing',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie }, budget: 500000 })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'budget wijzigen voor een aspecifieke toewijzing',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie }, budget: 500000 })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', budget: 600000 }] }),
      verwacht: 'goed',
    },
  ],
});
