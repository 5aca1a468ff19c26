import { regel } from '../regel';
import { herhalingen } from './hulp';

const AP = '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct';

export const TR383 = regel({
  code: 'TR383',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Elk AangevraagdProduct in een verzoek om toewijzing heeft een eigen ReferentieAanbieder.',
  controles: {
    '315': ({ bericht }) =>
      herhalingen(
        bericht.Client.AangevraagdeProducten.AangevraagdProduct.map((p, i) => ({ p, i })),
        (x) => x.p.ReferentieAanbieder,
      ).map(({ x, eerste }) => ({
        klasse: `${AP}[${x.i + 1}]`,
        element: 'ReferentieAanbieder',
        melding: `ReferentieAanbieder ${x.p.ReferentieAanbieder} staat ook bij AangevraagdProduct ${eerste.i + 1}`,
      })),
  },
  voorbeelden: [
    {
      naam: 'twee aangevraagde producten met dezelfde referentie',
      bericht: (s) =>
        s.vot([
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' },
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31', product: s.codes.ander },
        ]),
      verwacht: { klasse: `${AP}[2]` },
    },
    {
      naam: 'twee aangevraagde producten met elk een eigen referentie',
      bericht: (s) =>
        s.vot([
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' },
          { referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31', product: s.codes.ander },
        ]),
      verwacht: 'goed',
    },
  ],
});
