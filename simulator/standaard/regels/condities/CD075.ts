import { regel } from '../regel';
import { productcontroles } from './klassen';
import { aanvraag, budgetToewijzing, categorie, nieuwProduct, wijziging } from './voorbeeldberichten';

export const CD075 = regel({
  code: 'CD075',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een product met een Budget heeft een Einddatum (ToewijzingEinddatum in een aangevraagd product).',
  lezing: 'Geldt voor ToegewezenProduct (301), AangevraagdProduct (315), TeWijzigenProduct en NieuwProduct (317).',
  controles: productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct'], (p) =>
    p.budget !== undefined && p.eind.datum === undefined ? { element: p.eind.element, melding: `${p.soort} met Budget ${p.budget} zonder ${p.eind.element}` } : undefined,
  ),
  voorbeelden: [
    {
      naam: 'toewijzing van een budget zonder einddatum',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', product: categorie(s), budget: 150000 }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'toewijzing van een budget met einddatum',
      bericht: budgetToewijzing,
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing van een budget zonder einddatum',
      bericht: (s) => aanvraag(s, { product: categorie(s), budget: 150000, eind: undefined }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van een budget met einddatum',
      bericht: (s) => aanvraag(s, { product: categorie(s), budget: 150000 }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging van het budget zonder einddatum',
      geschiedenis: (s) => [budgetToewijzing(s)],
      bericht: (s) => wijziging(s, { ingang: '2026-06-01', budget: 200000, eind: undefined }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]' },
    },
    {
      naam: 'verzoek om wijziging van het budget met einddatum',
      geschiedenis: (s) => [budgetToewijzing(s)],
      bericht: (s) => wijziging(s, { ingang: '2026-06-01', budget: 200000 }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om een nieuw budget zonder einddatum',
      geschiedenis: (s) => [budgetToewijzing(s)],
      bericht: (s) => nieuwProduct(s, { product: categorie(s, 'ander'), budget: 50000, eind: undefined }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' },
    },
    {
      naam: 'verzoek om een nieuw budget met einddatum',
      geschiedenis: (s) => [budgetToewijzing(s)],
      bericht: (s) => nieuwProduct(s, { product: categorie(s, 'ander'), budget: 50000 }),
      verwacht: 'goed',
    },
  ],
});
