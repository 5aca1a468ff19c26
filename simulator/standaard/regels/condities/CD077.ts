import { regel } from '../regel';
import { productcontroles } from './klassen';
import { OMVANG_BUDGET_VOORBEELDEN } from './omvangbudget';

export const CD077 = regel({
  code: 'CD077',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een product met een Budget heeft geen Omvang.',
  lezing:
    'Geldt voor ToegewezenProduct (301), AangevraagdProduct (315), TeWijzigenProduct en NieuwProduct (317). CD078 zegt hetzelfde vanaf de kant van Budget: ' +
    'een bericht dat de ene breekt, breekt ook de andere, dus beide melden het. Hun overtredende voorbeelden laten daarom beide regels toe.',
  controles: productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct'], (p) =>
    p.budget !== undefined && p.omvang !== undefined
      ? { element: 'Omvang', melding: `${p.soort} met Budget ${p.budget} heeft toch een Omvang (${p.omvang.Volume} x eenheid ${p.omvang.Eenheid})` }
      : undefined,
  ),
  voorbeelden: OMVANG_BUDGET_VOORBEELDEN,
});
