import { declaratieMei, prestatiesVan } from '../berichtoverstijgend/declaratiehulp';
import { regel } from '../regel';
import { herhalingen } from './hulp';

const PRESTATIE = (ci: number, pi: number) => `/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`;

export const TR315 = regel({
  code: 'TR315',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Een VorigReferentieNummer komt in een declaratie maar één keer voor: een prestatie wordt in één bericht hooguit één keer gecrediteerd.',
  lezing: 'Uniek over het hele bericht, over alle Clienten heen; prestaties zonder VorigReferentieNummer (debet) tellen niet mee.',
  controles: {
    '323': ({ bericht }) =>
      herhalingen(prestatiesVan(bericht), (x) => x.p.ProductReferentie.VorigReferentieNummer).map(({ x, eerste }) => ({
        klasse: x.klasse,
        element: 'ProductReferentie/VorigReferentieNummer',
        melding: `VorigReferentieNummer ${x.p.ProductReferentie.VorigReferentieNummer} komt ook voor in ${eerste.klasse}`,
      })),
  },
  voorbeelden: [
    {
      naam: 'declaratie die dezelfde prestatie twee keer crediteert',
      bericht: (s) =>
        s.declaratie({
          nummer: 'D2026060001',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P202606001', vorigeReferentie: 'P202604001', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 },
            { referentie: 'P202606002', vorigeReferentie: 'P202604001', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 },
          ],
        }),
      verwacht: { klasse: PRESTATIE(0, 1) },
    },
    {
      naam: 'declaratie met alleen debetprestaties',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: declaratieMei,
      verwacht: 'goed',
    },
  ],
});
