import { regel } from '../regel';
import { omvangZonderCode } from './CD080';
import { productcontroles } from './klassen';
import { aanvraag, categorie } from './voorbeeldberichten';

export const CD095 = regel({
  code: 'CD095',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een aangevraagd product zonder productcode heeft geen Omvang, tenzij de ToewijzingEinddatum op of vóór 31-12-2020 ligt.',
  lezing: 'Een aangevraagd product zonder Product telt ook als product zonder productcode.',
  controles: productcontroles(['AangevraagdProduct'], omvangZonderCode),
  voorbeelden: [
    {
      naam: 'verzoek om toewijzing van een categorie met omvang',
      bericht: (s) => aanvraag(s, { product: categorie(s) }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van een categorie met omvang zonder einddatum',
      bericht: (s) => aanvraag(s, { product: categorie(s), eind: undefined, omvang: { Volume: 12, Eenheid: '04', Frequentie: '4' } }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van een categorie met budget',
      bericht: (s) => aanvraag(s, { product: categorie(s), budget: 150000 }),
      verwacht: 'goed',
    },
  ],
});
