import { regel } from '../regel';
import { productcontroles } from './klassen';
import { aanvraag, categorie, nieuwProduct, toewijzing } from './voorbeeldberichten';

export const CD079 = regel({
  code: 'CD079',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een product zonder Budget heeft een Product (minstens de categorie).',
  lezing: 'Geldt voor ToegewezenProduct (301), AangevraagdProduct (315) en NieuwProduct (317); een TeWijzigenProduct heeft geen Product.',
  controles: productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct'], (p) =>
    p.budget === undefined && p.product === undefined ? { element: 'Product', melding: `${p.soort} zonder Budget en zonder Product` } : undefined,
  ),
  voorbeelden: [
    {
      naam: 'toewijzing zonder product en zonder budget',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', product: null, omvang: null }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'toewijzing van een budget zonder product',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', product: null, budget: 150000 }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing van een product zonder budget',
      bericht: toewijzing,
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing zonder product en zonder budget',
      bericht: (s) => aanvraag(s, { product: null, omvang: null }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van een budget zonder product',
      bericht: (s) => aanvraag(s, { product: null, budget: 150000 }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om een nieuw product zonder product en zonder budget',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { product: null, omvang: null }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' },
    },
    {
      naam: 'verzoek om een nieuw product: een categorie met budget',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { product: categorie(s, 'ander'), budget: 50000 }),
      verwacht: 'goed',
    },
  ],
});
