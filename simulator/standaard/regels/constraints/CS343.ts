import { regel } from '../regel';
import { productcontroles } from '../condities/klassen';
import { aanvraag } from '../condities/voorbeeldberichten';
import { frequentie } from './CS338';

export const CS343 = regel({
  code: 'CS343',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving:
    "In een verzoek om toewijzing heeft een Omvang in etmalen, dagdelen, euro's of stuks inspanning (Eenheid 14, 16, 83 of 84) Frequentie 2, 4 of 6, tenzij de ToewijzingEinddatum op of vóór 31-12-2020 ligt.",
  lezing: 'Zonder ToewijzingEinddatum geldt de regel.',
  controles: productcontroles(['AangevraagdProduct'], frequentie),
  voorbeelden: [
    {
      naam: "verzoek om toewijzing van euro's per dag",
      bericht: (s) => aanvraag(s, { omvang: { Volume: 2500, Eenheid: '83', Frequentie: '1' } }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van stuks per dag zonder einddatum',
      bericht: (s) => aanvraag(s, { eind: undefined, omvang: { Volume: 1, Eenheid: '84', Frequentie: '1' } }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: "verzoek om toewijzing van euro's per maand",
      bericht: (s) => aanvraag(s, { omvang: { Volume: 50000, Eenheid: '83', Frequentie: '4' } }),
      verwacht: 'goed',
    },
  ],
});
