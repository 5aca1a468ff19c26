import { regel } from '../regel';
import { eindigdeVoor2021, productcontroles, type Productregel } from '../condities/klassen';
import { nieuwProduct, toewijzing, wijziging } from '../condities/voorbeeldberichten';

/**
 * CS338 and CS343: an Omvang in etmalen, dagdelen, euro's or stuks (inspanning) is per week, per
 * maand or in total, not per dag, unless the product ended on or before 31-12-2020.
 */
export function frequentie(p: Productregel): { element: string; melding: string } | undefined {
  const o = p.omvang;
  return o && ['14', '16', '83', '84'].includes(o.Eenheid) && !eindigdeVoor2021(p) && !['2', '4', '6'].includes(o.Frequentie)
    ? { element: 'Omvang/Frequentie', melding: `Omvang in eenheid ${o.Eenheid} met Frequentie ${o.Frequentie}; toegestaan is 2 (per week), 4 (per maand) of 6 (totaal)` }
    : undefined;
}

const PER_DAG = { Volume: 1, Eenheid: '14', Frequentie: '1' };
const PER_WEEK = { Volume: 2, Eenheid: '16', Frequentie: '2' };

export const CS338 = regel({
  code: 'CS338',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving:
    "Een Omvang in etmalen, dagdelen, euro's of stuks inspanning (Eenheid 14, 16, 83 of 84) heeft Frequentie 2, 4 of 6, tenzij de Einddatum op of vóór 31-12-2020 ligt.",
  lezing: 'Geldt voor ToegewezenProduct (301), TeWijzigenProduct en NieuwProduct (317); zonder Einddatum geldt de regel.',
  controles: productcontroles(['ToegewezenProduct', 'TeWijzigenProduct', 'NieuwProduct'], frequentie),
  voorbeelden: [
    {
      naam: 'toewijzing van een etmaal per dag',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', omvang: PER_DAG }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'toewijzing van dagdelen per week',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', omvang: PER_WEEK }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing van een uur per dag',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', omvang: { Volume: 1, Eenheid: '04', Frequentie: '1' } }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing van een etmaal per dag die eindigde op 31-12-2020',
      systeemdatum: '2020-12-15',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2020-06-01', eind: '2020-12-31', omvang: PER_DAG }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging naar een etmaal per dag',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => wijziging(s, { omvang: PER_DAG }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]' },
    },
    {
      naam: 'verzoek om wijziging naar dagdelen per week',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => wijziging(s, { omvang: PER_WEEK }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om een nieuw product van een etmaal per dag',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { omvang: PER_DAG }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' },
    },
    {
      naam: 'verzoek om een nieuw product van dagdelen per week',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { omvang: PER_WEEK }),
      verwacht: 'goed',
    },
  ],
});
