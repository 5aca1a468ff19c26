import { regel } from '../regel';
import { aangepast, toewijzing } from './voorbeeldberichten';

export const CD007 = regel({
  code: 'CD007',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Bij Communicatie van de client staat een Taal als de Vorm 1 (tolk taal) is, en anders niet.',
  controles: {
    '301': ({ bericht }) => {
      const c = bericht.Client.Communicatie;
      if (!c) return [];
      if (c.Vorm === '1' && c.Taal === undefined) {
        return [{ klasse: '/Bericht/Client', element: 'Communicatie/Taal', melding: 'Communicatie met Vorm 1 (tolk taal) zonder Taal' }];
      }
      if (c.Vorm !== '1' && c.Taal !== undefined) {
        return [{ klasse: '/Bericht/Client', element: 'Communicatie/Taal', melding: `Communicatie met Vorm ${c.Vorm} heeft toch Taal ${c.Taal}` }];
      }
      return [];
    },
  },
  voorbeelden: [
    {
      naam: 'tolk taal zonder taal',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Communicatie = { Vorm: '1' })),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'doventolk met een taal',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Communicatie = { Vorm: '2', Taal: 'Nederlandse Gebarentaal' })),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'tolk taal met een taal',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Communicatie = { Vorm: '1', Taal: 'Pools' })),
      verwacht: 'goed',
    },
    {
      naam: 'doofblindentolk zonder taal',
      bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.Communicatie = { Vorm: '3' })),
      verwacht: 'goed',
    },
  ],
});
