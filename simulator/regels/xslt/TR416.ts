import { productperiodeSleutel } from '../../toestand/sleutels';
import { prestatiesVan } from '../berichtoverstijgend/declaratiehulp';
import { regel, type Overtreding } from '../regel';

export const TR416 = regel({
  code: 'TR416',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Een declaratie bevat per ToewijzingNummer, ProductPeriode, ProductCategorie en ProductCode hooguit één debetprestatie.',
  lezing:
    'Binnen het bericht, over alle Clienten heen (een ToewijzingNummer hoort bij één client). Creditprestaties tellen niet mee. ' +
    'Dat er al een goedgekeurde debetprestatie uit een eerder bericht is, toetsen de berichtoverstijgende regels (TR389).',
  controles: {
    '323': ({ bericht }) => {
      const eerder = new Map<string, string>();
      const uit: Overtreding[] = [];
      for (const { p, klasse } of prestatiesVan(bericht)) {
        if (p.IngediendBedrag.DebetCredit !== 'D') continue;
        const k = productperiodeSleutel(p);
        const eerste = eerder.get(k);
        if (eerste) {
          uit.push({
            klasse,
            melding: `er is al een debetprestatie (${eerste}) voor toewijzing ${p.ToewijzingNummer}, product ${p.ProductCategorie}/${p.ProductCode} en periode ${p.ProductPeriode.Begindatum} t/m ${p.ProductPeriode.Einddatum}`,
          });
        } else eerder.set(k, klasse);
      }
      return uit;
    },
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
      geschiedenis: (s) => [
        s.toewijzing(
          [
            { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15' },
            { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15', product: s.codes.ander },
          ],
          { dagtekening: '2025-12-15' },
        ),
        s.start([
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' },
          { nummer: 2, ingang: '2026-01-01', begin: '2026-01-05', product: s.codes.ander },
        ]),
      ],
      bericht: (s) =>
        s.declaratie({
          nummer: 'D2026050001',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P202605001', toewijzing: 1, periode: '2026-05', volume: 10 },
            { referentie: 'P202605002', toewijzing: 2, product: s.codes.ander, periode: '2026-05', volume: 4 },
          ],
        }),
      verwacht: 'goed',
    },
  ],
});
