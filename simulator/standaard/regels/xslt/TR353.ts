import { regel } from '../regel';

const LEVERING = { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' };

export const TR353 = regel({
  code: 'TR353',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Een verzoek om wijziging bevat minstens één TeWijzigenProduct of NieuwProduct: een verzoek waarin niets verandert heeft geen zin.',
  controles: {
    '317': ({ bericht }) => {
      const v = bericht.Client.Verzoek;
      return (v.TeWijzigenProducten?.TeWijzigenProduct.length ?? 0) + (v.NieuweProducten?.NieuwProduct.length ?? 0) > 0
        ? []
        : [{ klasse: '/Bericht/Client/Verzoek', melding: 'het verzoek om wijziging bevat geen TeWijzigenProduct en geen NieuwProduct: er verandert niets' }];
    },
  },
  voorbeelden: [
    {
      naam: 'verzoek om wijziging met alleen ongewijzigde producten',
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1] }),
      verwacht: { klasse: '/Bericht/Client/Verzoek' },
    },
    {
      naam: 'verzoek om wijziging dat de lopende toewijzing wijzigt',
      geschiedenis: (s) => s.levering(LEVERING),
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2026-12-31', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
  ],
});
