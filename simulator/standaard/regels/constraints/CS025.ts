import { regel } from '../regel';
import { aangepast, toewijzing } from '../condities/voorbeeldberichten';
import { vasteKopwaarde } from './CS015';

export const CS025 = regel({
  code: 'CS025',
  familie: 'constraint',
  retourcode: null,
  viaSchema: true,
  omschrijving: 'De BerichtVersie is 3.',
  lezing:
    'Het schema legt de waarde vast, dus een bericht met een andere versie komt niet langs de schemacontrole. Het overtredende voorbeeld draait daarom niet in de regeltest; schema-constraints.test.ts laat zien dat de controle het wel vindt.',
  controles: vasteKopwaarde('BerichtVersie', 3),
  voorbeelden: [
    {
      naam: 'toewijzing met BerichtVersie 2 (strandt al op het schema)',
      domeinen: [],
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Header.BerichtVersie = 2)),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'toewijzing met BerichtVersie 3',
      bericht: toewijzing,
      verwacht: 'goed',
    },
  ],
});
