import { regel } from '../regel';

const PAD = '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const TOTAAL = '6';

type Omvang = { Volume: number; Eenheid: string; Frequentie: string } | undefined;

const zelfdeOmvang = (a: Omvang, b: Omvang) => a?.Volume === b?.Volume && a?.Eenheid === b?.Eenheid && a?.Frequentie === b?.Frequentie;

export const TR373 = regel({
  code: 'TR373',
  familie: 'berichtoverstijgend',
  retourcode: '9373',
  omschrijving:
    'Wie in een TeWijzigenProduct het Budget of een totaalomvang (Frequentie 6, totaal binnen de geldigheidsduur) wil wijzigen, wijzigt die voor de hele looptijd: GewensteIngangsdatum is de Ingangsdatum van de actuele toewijzing.',
  lezing:
    'Het Budget wordt gewijzigd als het TeWijzigenProduct een Budget noemt dat afwijkt van het Budget van de actuele toewijzing (of die er geen had). ' +
    'Het totaal wordt gewijzigd als de gevraagde Omvang afwijkt van de huidige en de oude of de nieuwe Omvang Frequentie 6 heeft. Alleen een andere Einddatum valt hier niet onder.',
  controles: {
    '317': ({ bericht, toestand }) =>
      (bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
        const t = toestand.toewijzingen.actueleVersie(p.ToewijzingNummer);
        if (!t || p.GewensteIngangsdatum === t.Ingangsdatum) return [];
        const budget = p.Budget !== undefined && p.Budget !== t.Budget;
        const totaal = p.Omvang !== undefined && !zelfdeOmvang(p.Omvang, t.Omvang) && (p.Omvang.Frequentie === TOTAAL || t.Omvang?.Frequentie === TOTAAL);
        if (!budget && !totaal) return [];
        return [
          {
            klasse: `${PAD}[${i + 1}]`,
            element: 'GewensteIngangsdatum',
            melding: `${budget ? 'Het Budget' : 'Het totaal over de toewijzingsperiode'} wijzigt, maar GewensteIngangsdatum ${p.GewensteIngangsdatum} is niet de Ingangsdatum ${t.Ingangsdatum} van toewijzing ${t.ToewijzingNummer}`,
          },
        ];
      }),
  },
  voorbeelden: [
    {
      naam: 'budget verhogen vanaf een latere datum',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie }, budget: 500000 })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2026-12-31', budget: 750000 }] }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'totaalomvang verhogen vanaf een latere datum',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', omvang: { Volume: 100, Eenheid: '04', Frequentie: '6' } })],
      bericht: (s) =>
        s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2026-12-31', omvang: { Volume: 140, Eenheid: '04', Frequentie: '6' } }] }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'budget verhogen over de hele looptijd, met een latere einddatum',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie }, budget: 500000 })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', budget: 750000 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'uren per week verhogen vanaf een latere datum',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2026-12-31', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
  ],
});
