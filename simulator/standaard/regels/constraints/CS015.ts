import { regel } from '../regel';
import { MET_KOP, voorBerichten } from '../condities/klassen';
import { aangepast, toewijzing } from '../condities/voorbeeldberichten';

/** CS015 and CS025: a number in the Header of every message that the standard fixes. */
export function vasteKopwaarde(element: 'BerichtVersie' | 'BerichtSubversie', waarde: number) {
  return voorBerichten(MET_KOP, ({ bericht }) => {
    const v = (bericht as { Header: Record<typeof element, number> }).Header[element];
    return v === waarde ? [] : [{ klasse: '/Bericht/Header', element, melding: `${element} is ${v}, verwacht ${waarde}` }];
  });
}

export const CS015 = regel({
  code: 'CS015',
  familie: 'constraint',
  retourcode: null,
  viaSchema: true,
  omschrijving: 'De BerichtSubversie is 2.',
  lezing:
    'Het schema legt de waarde vast, dus een bericht met een andere subversie komt niet langs de schemacontrole. Het overtredende voorbeeld draait daarom niet in de regeltest; schema-constraints.test.ts laat zien dat de controle het wel vindt.',
  controles: vasteKopwaarde('BerichtSubversie', 2),
  voorbeelden: [
    {
      naam: 'toewijzing met BerichtSubversie 1 (strandt al op het schema)',
      domeinen: [],
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Header.BerichtSubversie = 1)),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'toewijzing met BerichtSubversie 2',
      bericht: toewijzing,
      verwacht: 'goed',
    },
  ],
});
