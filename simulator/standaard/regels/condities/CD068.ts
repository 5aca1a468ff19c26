import { regel } from '../regel';
import { verwijzerControle, verwijzerVoorbeeld } from './verwijzer';

export const CD068 = regel({
  code: 'CD068',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Alleen een huisarts, jeugdarts, gecertificeerde instelling of medisch specialist (Type 02 t/m 05) als verwijzer heeft een ZorgverlenerCode.',
  controles: {
    '315': verwijzerControle((v) =>
      !['02', '03', '04', '05'].includes(v.Type) && v.ZorgverlenerCode !== undefined
        ? { element: 'Verwijzer/ZorgverlenerCode', melding: `Verwijzer van Type ${v.Type} heeft toch ZorgverlenerCode ${v.ZorgverlenerCode}` }
        : undefined,
    ),
  },
  voorbeelden: [
    verwijzerVoorbeeld('gemeente als verwijzer met een zorgverlenerscode', { Type: '01', Naam: 'Gemeente Diemen', ZorgverlenerCode: '01234567' }, false),
    verwijzerVoorbeeld('jeugdarts met een zorgverlenerscode', { Type: '03', ZorgverlenerCode: '01234567' }, true),
    verwijzerVoorbeeld('rechter zonder zorgverlenerscode', { Type: '08', Naam: 'Rechtbank Amsterdam' }, true),
  ],
});
