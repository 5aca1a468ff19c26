import { regel } from '../regel';

import { declaratieMei, prestatiesVan } from '../berichtoverstijgend/declaratiehulp';

export const TR316 = regel({
  code: 'TR316',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Een debetprestatie wordt niet in hetzelfde bericht gecrediteerd: geen VorigReferentieNummer is gelijk aan het ReferentieNummer van een prestatie in hetzelfde bericht.',
  lezing: 'Vergeleken wordt over het hele bericht, over alle Clienten heen.',
  controles: {
    '323': ({ bericht }) => {
      const lijst = prestatiesVan(bericht);
      const referenties = new Map(lijst.map((x) => [x.p.ProductReferentie.ReferentieNummer, x.klasse]));
      return lijst.flatMap(({ p, klasse }) => {
        const vorig = p.ProductReferentie.VorigReferentieNummer;
        const debet = vorig === undefined ? undefined : referenties.get(vorig);
        return debet
          ? [{ klasse, element: 'ProductReferentie/VorigReferentieNummer', melding: `VorigReferentieNummer ${vorig} verwijst naar prestatie ${debet} in hetzelfde bericht` }]
          : [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'declaratie die een eigen debetprestatie meteen crediteert',
      bericht: (s) =>
        s.declaratie({
          nummer: 'D2026050001',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P202605001', toewijzing: 1, periode: '2026-05', volume: 10 },
            { referentie: 'P202605002', vorigeReferentie: 'P202605001', credit: true, toewijzing: 1, periode: '2026-05', volume: 10 },
          ],
        }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]' },
    },
    {
      naam: 'declaratie met alleen debetprestaties',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: declaratieMei,
      verwacht: 'goed',
    },
  ],
});
