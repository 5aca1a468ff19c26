import { regel } from '../regel';
import { isCredit, prestatiesVan } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR389 = regel({
  code: 'TR389',
  familie: 'berichtoverstijgend',
  retourcode: '9389',
  omschrijving:
    'Voor dezelfde ToewijzingNummer, ProductPeriode, ProductCategorie en ProductCode wordt pas een nieuwe debetprestatie ingediend als elke eerdere goedgekeurde debet daarvoor gecrediteerd is.',
  lezing:
    'Sinds 3.2 hoort het product bij de sleutel: op een aspecifieke (alleen categorie) of generieke (geen product) toewijzing mogen in dezelfde ProductPeriode debets voor verschillende producten staan, voor hetzelfde product niet. Een credit op de eerdere debet telt als die al goedgekeurd is of in hetzelfde bericht meekomt (IV086: credit en nieuwe debet mogen samen). Alleen goedgekeurde debets tellen; twee debets in één bericht toetst TR416.',
  controles: {
    '323': ({ bericht, toestand }) => {
      const prestaties = prestatiesVan(bericht);
      const gecrediteerdHier = new Set(prestaties.filter((x) => isCredit(x.p)).map((x) => x.p.ProductReferentie.VorigReferentieNummer ?? ''));
      return prestaties.flatMap((x) => {
        if (isCredit(x.p)) return [];
        const open = toestand.declaraties.openDebet(x.p, gecrediteerdHier);
        return open
          ? [
              {
                klasse: x.klasse,
                element: 'IngediendBedrag/DebetCredit',
                melding: `voor toewijzing ${x.p.ToewijzingNummer}, product ${x.p.ProductCategorie}/${x.p.ProductCode} en ProductPeriode ${x.p.ProductPeriode.Begindatum} t/m ${x.p.ProductPeriode.Einddatum} is debetprestatie ${open.ProductReferentie.ReferentieNummer} al goedgekeurd en niet gecrediteerd`,
              },
            ]
          : [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'tweede debet voor dezelfde maand en hetzelfde product zonder credit',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'nieuwe debet na een goedgekeurde credit op de eerste',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D3', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 7 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'credit en nieuwe debet in hetzelfde bericht (IV086)',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      ],
      bericht: (s) =>
        s.declaratie({
          nummer: 'D2',
          maand: '2026-05',
          prestaties: [
            { referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-05', volume: 5 },
            { referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 7 },
          ],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'nieuw in 3.2: aspecifieke toewijzing, een ander product in dezelfde maand mag',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', product: { Categorie: s.codes.product.Categorie }, omvang: null }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      ],
      bericht: (s) =>
        s.declaratie({
          nummer: 'D2',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P2', toewijzing: 1, product: { Categorie: s.codes.product.Categorie, Code: `${s.codes.product.Categorie}A99` }, periode: '2026-05', volume: 5 },
          ],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'nieuw in 3.2: aspecifieke toewijzing, hetzelfde product in dezelfde maand nog eens',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', product: { Categorie: s.codes.product.Categorie }, omvang: null }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'nieuw in 3.2: generieke toewijzing, een product uit een andere categorie in dezelfde maand mag',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 1000000 }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', product: null }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, product: s.codes.ander, periode: '2026-05', volume: 5 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'nieuw in 3.2: generieke toewijzing, hetzelfde product in dezelfde maand nog eens',
      geschiedenis: (s) => [
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', product: null, budget: 1000000 }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', product: null }),
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 5 }] }),
      verwacht: { klasse: PRESTATIE },
    },
  ],
});
