import { regel } from '../regel';

const LEVERING = { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' };

export const TR352 = regel({
  code: 'TR352',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Een verzoek om wijziging bevat minstens één OngewijzigdProduct of TeWijzigenProduct: het gaat altijd uit van een actuele toewijzing, en alle actuele toewijzingen staan erin.',
  controles: {
    '317': ({ bericht }) => {
      const v = bericht.Client.Verzoek;
      return (v.OngewijzigdeProducten?.OngewijzigdProduct.length ?? 0) + (v.TeWijzigenProducten?.TeWijzigenProduct.length ?? 0) > 0
        ? []
        : [{ klasse: '/Bericht/Client/Verzoek', melding: 'het verzoek om wijziging bevat geen OngewijzigdProduct en geen TeWijzigenProduct' }];
    },
  },
  voorbeelden: [
    {
      naam: 'verzoek om wijziging met alleen een nieuw product',
      bericht: (s) => s.vow({ referentie: 'VOW-1', nieuw: [{ product: s.codes.ander, ingang: '2026-08-01', eind: '2026-12-31' }] }),
      verwacht: { klasse: '/Bericht/Client/Verzoek' },
    },
    {
      naam: 'verzoek om wijziging dat de lopende toewijzing ongewijzigd laat en een product toevoegt',
      geschiedenis: (s) => s.levering(LEVERING),
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ product: s.codes.ander, ingang: '2026-08-01', eind: '2026-12-31' }] }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging dat alleen de lopende toewijzing wijzigt',
      geschiedenis: (s) => s.levering(LEVERING),
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2026-12-31', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
  ],
});
