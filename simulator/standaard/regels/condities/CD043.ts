import { regel } from '../regel';
import { aangepast, aanvraag } from './voorbeeldberichten';

const BESCHIKKING = { nummer: 20260042, ingang: '2026-06-15' };

export const CD043 = regel({
  code: 'CD043',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een aangevraagd product heeft een BeschikkingIngangsdatum als het een BeschikkingNummer heeft, en anders niet.',
  controles: {
    '315': ({ bericht }) =>
      bericht.Client.AangevraagdeProducten.AangevraagdProduct.flatMap((p, i) => {
        const klasse = `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`;
        if (p.BeschikkingNummer !== undefined && p.BeschikkingIngangsdatum === undefined) {
          return [{ klasse, element: 'BeschikkingIngangsdatum', melding: `BeschikkingNummer ${p.BeschikkingNummer} zonder BeschikkingIngangsdatum` }];
        }
        if (p.BeschikkingNummer === undefined && p.BeschikkingIngangsdatum !== undefined) {
          return [{ klasse, element: 'BeschikkingIngangsdatum', melding: `BeschikkingIngangsdatum ${p.BeschikkingIngangsdatum} zonder BeschikkingNummer` }];
        }
        return [];
      }),
  },
  voorbeelden: [
    {
      naam: 'beschikkingnummer zonder ingangsdatum van de beschikking',
      bericht: (s) =>
        aangepast<'315'>(aanvraag(s, { beschikking: BESCHIKKING }), (b) => {
          delete b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.BeschikkingIngangsdatum;
        }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'ingangsdatum van de beschikking zonder beschikkingnummer',
      bericht: (s) =>
        aangepast<'315'>(aanvraag(s, { beschikking: BESCHIKKING }), (b) => {
          delete b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.BeschikkingNummer;
        }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'beschikkingnummer met ingangsdatum van de beschikking',
      bericht: (s) => aanvraag(s, { beschikking: BESCHIKKING }),
      verwacht: 'goed',
    },
    {
      naam: 'geen beschikking',
      bericht: (s) => aanvraag(s),
      verwacht: 'goed',
    },
  ],
});
