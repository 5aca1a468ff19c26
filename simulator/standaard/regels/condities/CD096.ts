import { regel } from '../regel';
import { omvangZonderCode } from './CD080';
import { productcontroles } from './klassen';
import { categorie, nieuwProduct, toewijzing } from './voorbeeldberichten';

export const CD096 = regel({
  code: 'CD096',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een nieuw product in een verzoek om wijziging zonder productcode heeft geen Omvang, tenzij de Einddatum op of vóór 31-12-2020 ligt.',
  lezing: 'Een NieuwProduct zonder Product telt ook als product zonder productcode.',
  controles: productcontroles(['NieuwProduct'], omvangZonderCode),
  voorbeelden: [
    {
      naam: 'verzoek om een nieuw product: een categorie met omvang',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { product: categorie(s, 'ander') }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' },
    },
    {
      naam: 'verzoek om een nieuw product: een categorie met budget',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { product: categorie(s, 'ander'), budget: 50000 }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om een nieuw product: een productcode met omvang',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s),
      verwacht: 'goed',
    },
  ],
});
