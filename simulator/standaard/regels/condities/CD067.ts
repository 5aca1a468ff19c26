import { regel } from '../regel';
import { verwijzerControle, verwijzerVoorbeeld } from './verwijzer';

export const CD067 = regel({
  code: 'CD067',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving:
    'Is de verwijzer een huisarts, jeugdarts, gecertificeerde instelling of medisch specialist (Type 02 t/m 05) zonder ZorgverlenerCode, dan heeft de Verwijzer een Naam.',
  controles: {
    '315': verwijzerControle((v) =>
      ['02', '03', '04', '05'].includes(v.Type) && v.ZorgverlenerCode === undefined && v.Naam === undefined
        ? { element: 'Verwijzer/Naam', melding: `Verwijzer van Type ${v.Type} heeft geen ZorgverlenerCode en ook geen Naam` }
        : undefined,
    ),
  },
  voorbeelden: [
    verwijzerVoorbeeld('medisch specialist zonder zorgverlenerscode en zonder naam', { Type: '05' }, false),
    verwijzerVoorbeeld('medisch specialist met alleen een naam', { Type: '05', Naam: 'Dr. Jansen' }, true),
    verwijzerVoorbeeld('zelfverwijzer zonder naam', { Type: '06' }, true),
  ],
});
