import { regel } from '../regel';
import { productcontroles } from './klassen';
import { aanvraag, nieuwProduct, toewijzing } from './voorbeeldberichten';

export const CD041 = regel({
  code: 'CD041',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een product met een productcode (Product/Code gevuld) heeft een Omvang.',
  lezing: 'Geldt voor ToegewezenProduct (301), AangevraagdProduct (315) en NieuwProduct (317); een TeWijzigenProduct heeft geen Product.',
  controles: productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct'], (p) =>
    p.product?.Code !== undefined && p.omvang === undefined ? { element: 'Omvang', melding: `${p.soort} met productcode ${p.product.Code} zonder Omvang` } : undefined,
  ),
  voorbeelden: [
    {
      naam: 'toewijzing van een productcode zonder omvang',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', omvang: null }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'toewijzing van een productcode met omvang',
      bericht: (s) => toewijzing(s),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing van een productcode zonder omvang',
      bericht: (s) => aanvraag(s, { omvang: null }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van een productcode met omvang',
      bericht: (s) => aanvraag(s),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging met een nieuw product zonder omvang',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { omvang: null }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' },
    },
    {
      naam: 'verzoek om wijziging met een nieuw product met omvang',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s),
      verwacht: 'goed',
    },
  ],
});
