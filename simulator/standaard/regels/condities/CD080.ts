import { regel } from '../regel';
import { eindigdeVoor2021, productcontroles, type Productregel } from './klassen';
import { budgetToewijzing, categorie } from './voorbeeldberichten';

/**
 * CD080, CD095 and CD096: a product without a product code has no Omvang, unless it ended on or
 * before 31-12-2020 (toewijzingen from before the switch to 3.x keep theirs).
 */
export function omvangZonderCode(p: Productregel): { element: string; melding: string } | undefined {
  return p.product?.Code === undefined && !eindigdeVoor2021(p) && p.omvang !== undefined
    ? {
        element: 'Omvang',
        melding: `${p.soort} zonder productcode en ${p.eind.datum ? `met ${p.eind.element} ${p.eind.datum}` : `zonder ${p.eind.element}`} heeft toch een Omvang`,
      }
    : undefined;
}

export const CD080 = regel({
  code: 'CD080',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een toegewezen product zonder productcode heeft geen Omvang, tenzij de Einddatum op of vóór 31-12-2020 ligt.',
  lezing: 'Een toegewezen product zonder Product telt ook als product zonder productcode.',
  controles: productcontroles(['ToegewezenProduct'], omvangZonderCode),
  voorbeelden: [
    {
      naam: 'toewijzing van een categorie met omvang',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', product: categorie(s) }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'toewijzing van een categorie met budget',
      bericht: budgetToewijzing,
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing van een categorie met omvang die eindigde op 31-12-2020',
      systeemdatum: '2020-12-15',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2020-06-01', eind: '2020-12-31', product: categorie(s) }),
      verwacht: 'goed',
    },
  ],
});
