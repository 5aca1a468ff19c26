import { regel } from '../regel';
import { overMaximum } from './declaratiehulp';

const PRESTATIE = (n: number) => `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[${n}]`;

export const TR369 = regel({
  code: 'TR369',
  familie: 'berichtoverstijgend',
  retourcode: '9369',
  omschrijving: 'Heeft het toegewezen product een Budget, dan past het totaal van alle ingediende prestaties op die toewijzing binnen dat Budget.',
  lezing:
    'Een Budget is een bedrag in eurocent; vergeleken wordt daarom het IngediendBedrag (bij eenheid euro gelijk aan het GeleverdVolume, CS339), want een volume in uren of stuks is niet met een bedrag te vergelijken. Het totaal is het goedgekeurde bedrag (debet min credit) uit eerdere declaraties plus dit bericht: eerst gaan de credits op goedgekeurde debets eraf, dan telt elke debet mee in volgorde; een debet die het totaal boven het Budget brengt krijgt de code en telt niet mee.',
  controles: {
    '323': ({ bericht, toestand }) =>
      overMaximum(toestand, bericht, {
        waarde: (v, p) => (v.Budget === undefined ? undefined : p.IngediendBedrag.Bedrag),
        eerder: (v) => toestand.declaraties.nettoBedragOp(v.ToewijzingNummer),
        maximum: (v) => v.Budget,
      }).map(({ x, v, totaal, maximum }) => ({
        klasse: x.klasse,
        element: 'IngediendBedrag/Bedrag',
        melding: `met IngediendBedrag ${x.p.IngediendBedrag.Bedrag} komt toewijzing ${v.ToewijzingNummer} op ${totaal}, meer dan het Budget ${maximum}`,
      })),
  },
  voorbeelden: [
    {
      naam: 'generieke toewijzing met een budget van 1000 euro: mei brengt het totaal op 1100 euro',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 100000 }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', product: null }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, product: s.codes.ander, periode: '2026-05', volume: 12 }] }),
      verwacht: { klasse: PRESTATIE(1) },
    },
    {
      naam: 'generieke toewijzing met een budget van 1000 euro: april en mei samen precies 1000 euro',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 100000 }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', product: null }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, product: s.codes.ander, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'aspecifieke toewijzing met budget: twee producten in één bericht, het tweede past niet meer',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: { Categorie: s.codes.product.Categorie }, budget: 80000 }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', product: { Categorie: s.codes.product.Categorie } }),
      ],
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 },
            { referentie: 'P2', toewijzing: 1, product: { Categorie: s.codes.product.Categorie, Code: `${s.codes.product.Categorie}A99` }, periode: '2026-05', volume: 8 },
          ],
        }),
      verwacht: { klasse: PRESTATIE(2) },
    },
  ],
});
