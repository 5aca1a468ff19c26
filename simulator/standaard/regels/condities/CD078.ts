import { regel } from '../regel';
import { productcontroles } from './klassen';
import { OMVANG_BUDGET_VOORBEELDEN } from './omvangbudget';

export const CD078 = regel({
  code: 'CD078',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een product met een Omvang heeft geen Budget.',
  lezing:
    'Geldt voor ToegewezenProduct (301), AangevraagdProduct (315), TeWijzigenProduct en NieuwProduct (317). CD077 zegt hetzelfde vanaf de kant van Omvang: ' +
    'een bericht dat de ene breekt, breekt ook de andere, dus beide melden het. Hun overtredende voorbeelden laten daarom beide regels toe.',
  controles: productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct'], (p) =>
    p.omvang !== undefined && p.budget !== undefined
      ? { element: 'Budget', melding: `${p.soort} met een Omvang (${p.omvang.Volume} x eenheid ${p.omvang.Eenheid}) heeft toch Budget ${p.budget}` }
      : undefined,
  ),
  voorbeelden: OMVANG_BUDGET_VOORBEELDEN,
});
