import { regel } from '../regel';
import { verwijzerControle, verwijzerVoorbeeld } from './verwijzer';

export const CD066 = regel({
  code: 'CD066',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving:
    'Is de verwijzer een huisarts, jeugdarts, gecertificeerde instelling of medisch specialist (Type 02 t/m 05) met een ZorgverlenerCode, dan heeft de Verwijzer geen Naam.',
  controles: {
    '315': verwijzerControle((v) =>
      ['02', '03', '04', '05'].includes(v.Type) && v.ZorgverlenerCode !== undefined && v.Naam !== undefined
        ? { element: 'Verwijzer/Naam', melding: `Verwijzer van Type ${v.Type} met ZorgverlenerCode ${v.ZorgverlenerCode} heeft toch Naam ${v.Naam}` }
        : undefined,
    ),
  },
  voorbeelden: [
    verwijzerVoorbeeld('huisarts met zorgverlenerscode en naam', { Type: '02', ZorgverlenerCode: '01234567', Naam: 'Huisartspraktijk De Linde' }, false),
    verwijzerVoorbeeld('huisarts met alleen een zorgverlenerscode', { Type: '02', ZorgverlenerCode: '01234567' }, true),
    verwijzerVoorbeeld('gemeente met een naam', { Type: '01', Naam: 'Gemeente Diemen' }, true),
  ],
});
