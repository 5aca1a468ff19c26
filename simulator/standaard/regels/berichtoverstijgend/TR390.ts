import { regel } from '../regel';
import { isCredit, prestatiesVan } from './declaratiehulp';

export const TR390 = regel({
  code: 'TR390',
  familie: 'berichtoverstijgend',
  retourcode: '9390',
  omschrijving: 'Een debetprestatie wordt maar één keer gecrediteerd: er is nog geen goedgekeurde creditprestatie met hetzelfde VorigReferentieNummer.',
  lezing:
    'Alleen een goedgekeurde eerdere credit telt; een afgewezen credit heeft niets gecrediteerd. Twee credits op dezelfde debet in één bericht vangt TR315 (VorigReferentieNummer uniek in het bericht) al af.',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const vorig = x.p.ProductReferentie.VorigReferentieNummer;
        if (!isCredit(x.p) || !vorig) return [];
        const eerder = toestand.declaraties.creditsOp(vorig)[0];
        return eerder
          ? [
              {
                klasse: x.klasse,
                element: 'ProductReferentie/VorigReferentieNummer',
                melding: `debetprestatie ${vorig} is al gecrediteerd met prestatie ${eerder.ProductReferentie.ReferentieNummer}`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'tweede credit op dezelfde debetprestatie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) =>
        s.declaratie({ nummer: 'D3', maand: '2026-05', prestaties: [{ referentie: 'C2', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'credit op de gecorrigeerde debet na een eerdere credit',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
        s.declaratie({
          nummer: 'D2',
          maand: '2026-05',
          prestaties: [
            { referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 },
            { referentie: 'P2', toewijzing: 1, periode: '2026-04', volume: 8 },
          ],
        }),
      ],
      bericht: (s) =>
        s.declaratie({ nummer: 'D3', maand: '2026-05', prestaties: [{ referentie: 'C2', vorigeReferentie: 'P2', credit: true, toewijzing: 1, periode: '2026-04', volume: 8 }] }),
      verwacht: 'goed',
    },
  ],
});
