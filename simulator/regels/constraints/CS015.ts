import type { Berichtnummer } from '../../berichten/catalogus';
import { regel, type RegelContext } from '../regel';
import { voorBerichten } from '../condities/klassen';
import { aangepast, toewijzing } from '../condities/voorbeeldberichten';

/** Every message with a Header of its own: the heenberichten and the declaratie-antwoord. */
export const MET_KOP: readonly Berichtnummer[] = ['301', '305', '307', '315', '317', '319', '323', '325'];

function subversie({ bericht }: RegelContext) {
  const v = (bericht as { Header: { BerichtSubversie: number } }).Header.BerichtSubversie;
  return v === 2 ? [] : [{ klasse: '/Bericht/Header', element: 'BerichtSubversie', melding: `BerichtSubversie is ${v}, verwacht 2` }];
}

export const CS015 = regel({
  code: 'CS015',
  familie: 'constraint',
  retourcode: null,
  viaSchema: true,
  omschrijving: 'De BerichtSubversie is 2.',
  lezing:
    'Het schema legt de waarde vast, dus een bericht met een andere subversie komt niet langs de schemacontrole. Het overtredende voorbeeld draait daarom niet in de regeltest; schema-constraints.test.ts laat zien dat de controle het wel vindt.',
  controles: voorBerichten(MET_KOP, subversie),
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
