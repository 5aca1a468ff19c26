import { regel } from '../regel';
import { productcontroles } from './klassen';
import { aanvraag, nieuwProduct, PER_MAAND, toewijzing, wijziging } from './voorbeeldberichten';

export const CD076 = regel({
  code: 'CD076',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een product met een Omvang per week (Frequentie 2) heeft een Einddatum (ToewijzingEinddatum in een aangevraagd product).',
  lezing: 'Geldt voor ToegewezenProduct (301), AangevraagdProduct (315), TeWijzigenProduct en NieuwProduct (317).',
  controles: productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct'], (p) =>
    p.omvang?.Frequentie === '2' && p.eind.datum === undefined
      ? { element: p.eind.element, melding: `${p.soort} met een Omvang per week (${p.omvang.Volume} x eenheid ${p.omvang.Eenheid}) zonder ${p.eind.element}` }
      : undefined,
  ),
  voorbeelden: [
    {
      naam: 'toewijzing van uren per week zonder einddatum',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01' }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'toewijzing van uren per week met einddatum',
      bericht: toewijzing,
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing van uren per maand zonder einddatum',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', omvang: PER_MAAND }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing van uren per week zonder einddatum',
      bericht: (s) => aanvraag(s, { eind: undefined }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van uren per maand zonder einddatum',
      bericht: (s) => aanvraag(s, { eind: undefined, omvang: PER_MAAND }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging naar uren per week zonder einddatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => wijziging(s, { eind: undefined }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]' },
    },
    {
      naam: 'verzoek om wijziging naar uren per week met einddatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => wijziging(s),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om een nieuw product per week zonder einddatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { eind: undefined }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' },
    },
    {
      naam: 'verzoek om een nieuw product per week met einddatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s),
      verwacht: 'goed',
    },
  ],
});
