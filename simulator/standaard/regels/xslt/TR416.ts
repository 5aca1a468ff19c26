import { productperiodeSleutel } from '../../toestand/sleutels';
import { prestatiesVan, type PrestatieInBericht } from '../berichtoverstijgend/declaratiehulp';
import { regel } from '../regel';
import { declaratieOpTwee, herhalingen, tweeStarts, tweeToewijzingen } from './hulp';

/** Debet prestaties are keyed by toewijzing, period and product; credits do not count. */
const debetSleutel = ({ p }: PrestatieInBericht) => (p.IngediendBedrag.DebetCredit === 'D' ? productperiodeSleutel(p) : undefined);

export const TR416 = regel({
  code: 'TR416',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Een declaratie bevat per ToewijzingNummer, ProductPeriode, ProductCategorie en ProductCode hooguit één debetprestatie.',
  lezing:
    'Binnen het bericht, over alle Clienten heen (een ToewijzingNummer hoort bij één client). Creditprestaties tellen niet mee. ' +
    'Dat er al een goedgekeurde debetprestatie uit een eerder bericht is, toetsen de berichtoverstijgende regels (TR389).',
  controles: {
    '323': ({ bericht }) =>
      herhalingen(prestatiesVan(bericht), debetSleutel).map(({ x: { p, klasse }, eerste }) => ({
        klasse,
        melding: `er is al een debetprestatie (${eerste.klasse}) voor toewijzing ${p.ToewijzingNummer}, product ${p.ProductCategorie}/${p.ProductCode} en periode ${p.ProductPeriode.Begindatum} t/m ${p.ProductPeriode.Einddatum}`,
      })),
  },
  voorbeelden: [
    {
      naam: 'declaratie met twee debetprestaties voor dezelfde toewijzing, hetzelfde product en dezelfde maand',
      bericht: (s) =>
        s.declaratie({
          nummer: 'D2026050001',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P202605001', toewijzing: 1, periode: '2026-05', volume: 6 },
            { referentie: 'P202605002', toewijzing: 1, periode: '2026-05', volume: 4 },
          ],
        }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]' },
    },
    {
      naam: 'declaratie met één debetprestatie per toewijzing',
      geschiedenis: (s) => [tweeToewijzingen(s), tweeStarts(s)],
      bericht: declaratieOpTwee,
      verwacht: 'goed',
    },
  ],
});
