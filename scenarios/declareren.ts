/**
 * Declareren: a debet declaratie answered with 8001, a credit, rejected prestaties (only those
 * returned, IV087), the contract tariff (TR418/0611, new in 3.2) and several products in one product
 * period on an aspecific toewijzing (allowed since 3.2 when the products differ).
 *
 * All declarations of a case are about one DeclaratiePeriode: a second declaration corrects or adds
 * to the last period (OP284, IV090). Against a system that keeps its administration, the suite then
 * never declares a month before one it declared earlier, whatever the order of the scenarios (TR318).
 */
import type { Domein } from '../simulator/berichten/model';
import type { BronnenConfig, Tarief } from '../simulator/bronnen/bronnen';
import { BSN, casussenIn, domeinwaarden, type Casus, type Domeinwaarden, type Stap } from './model';
import { levering } from './stromen';

const PRESTATIE = (n: number) => `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[${n}]`;

/** The contract tariff both parties use in the tariff cases: 50 euro an hour for the domain's product. */
function contracttarieven(d: Domeinwaarden): Tarief[] {
  return [{ gemeente: '0384', productCode: d.product.Code!, eenheid: '04', tarief: 5000 }];
}

/** The external sources both parties need for a case in a domain: the contract tariff when its setup asks for it. */
export function casusBronnen(casus: Casus, domein: Domein): BronnenConfig {
  return casus.opzet?.tarieven ? { tarieven: contracttarieven(domeinwaarden(domein)) } : {};
}

function declaratieJanuari(d: Domeinwaarden): Stap {
  return {
    titel: 'de aanbieder declareert januari 2026: 12 uur op toewijzing 1001 tegen 50 euro per uur',
    door: 'aanbieder',
    datum: '2026-02-05',
    actie: {
      actie: 'declareren',
      maand: '2026-01',
      declaratieNummer: 'D202601',
      prestaties: [{ toewijzingNummer: 1001, volume: 12, product: d.productJson(), eenheid: '04', tarief: 5000, referentie: 'P2026010001' }],
    },
    verwacht: { bericht: '323', retour: 'goedgekeurd', retourInhoud: [{ soort: 'declaratie-antwoord', codes: ['8001'] }] },
  };
}

/** An aspecific toewijzing (category only, with a budget) and its start. */
function aspecifiek(d: Domeinwaarden): Stap[] {
  return [
    {
      titel: `de gemeente wijst aspecifiek toe: categorie ${d.product.Categorie} met een budget van 5000 euro, van 01-01-2026 tot en met 31-12-2026`,
      door: 'gemeente',
      datum: '2026-01-01',
      actie: { actie: 'toewijzen', bsn: BSN, toewijzingen: [{ nummer: 2001, product: { categorie: d.product.Categorie }, ingangsdatum: '2026-01-01', einddatum: '2026-12-31', budget: 500000 }] },
      verwacht: { bericht: '301', retour: 'goedgekeurd' },
    },
    {
      titel: 'de aanbieder start de levering op 05-01-2026',
      door: 'aanbieder',
      datum: '2026-01-05',
      actie: { actie: 'start', bsn: BSN, toewijzingNummer: 2001, begindatum: '2026-01-05' },
      verwacht: { bericht: '305', retour: 'goedgekeurd' },
    },
    {
      titel: `de aanbieder declareert januari 2026: 10 uur product ${d.product.Code}`,
      door: 'aanbieder',
      datum: '2026-02-05',
      actie: {
        actie: 'declareren',
        maand: '2026-01',
        declaratieNummer: 'D202601A',
        prestaties: [{ toewijzingNummer: 2001, volume: 10, product: d.productJson(), eenheid: '04', tarief: 5000, referentie: 'A2026010001' }],
      },
      verwacht: { bericht: '323', retour: 'goedgekeurd' },
    },
  ];
}

export const DECLAREREN: readonly Casus[] = [
  ...casussenIn('features/declareren/declareren.feature', 'wmo', [
    {
      id: 'declareren-debet',
      titel: 'Een declaratie die volledig wordt toegekend',
      regels: ['OP276', 'OP279', 'OP280', 'IV087', 'TR358'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [...levering(d), declaratieJanuari(d)],
    },
    {
      id: 'declareren-credit',
      titel: 'Een goedgekeurde prestatie crediteren',
      regels: ['OP360', 'OP366', 'TR323', 'TR390', 'CD060'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        declaratieJanuari(d),
        {
          titel: 'de aanbieder crediteert de prestatie in een tweede declaratie over januari 2026 (een correctie op de laatste periode, OP284)',
          door: 'aanbieder',
          datum: '2026-02-10',
          actie: { actie: 'crediteren', referentie: 'P2026010001', maand: '2026-01' },
          verwacht: { bericht: '323', retour: 'goedgekeurd', retourInhoud: [{ soort: 'declaratie-antwoord', codes: ['8001'] }] },
        },
      ],
    },
    {
      id: 'declareren-afgewezen-prestatie',
      titel: 'Een afgewezen prestatie: alleen die staat in het declaratie-antwoord',
      regels: ['TR338', 'TR342', 'IV087', 'OP304'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder declareert januari 2026: een prestatie op toewijzing 1001 en een op toewijzing 9999, die niet bestaat',
          door: 'aanbieder',
          datum: '2026-02-05',
          bericht: (s) =>
            s.declaratie(
              {
                nummer: 'D202601X',
                maand: '2026-01',
                prestaties: [
                  { referentie: 'P2026010011', toewijzing: 1001, periode: '2026-01', volume: 12 },
                  { referentie: 'P2026010012', toewijzing: 9999, periode: '2026-01', volume: 12 },
                ],
              },
              { bsn: BSN },
            ),
          verwacht: { bericht: '323', retour: [{ klasse: PRESTATIE(2), code: '9338' }], retourInhoud: [{ soort: 'prestaties-afgewezen', aantal: 1 }] },
        },
      ],
    },
  ]),
  ...casussenIn('features/wijzigingen-32/contracttarief.feature', 'wmo', [
    {
      id: 'contracttarief',
      titel: 'Het ingediende tarief volgt het contract (nieuw in 3.2)',
      regels: ['TR418', 'TR346'],
      sutRollen: ['gemeente', 'aanbieder'],
      opzet: { tarieven: true },
      stappen: (d) => [...levering(d), declaratieJanuari(d)],
    },
    {
      id: 'contracttarief-afwijkend',
      titel: 'Een prestatie met een ander tarief dan het contract krijgt 0611',
      regels: ['TR418'],
      sutRollen: ['gemeente'],
      opzet: { tarieven: true },
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder declareert januari 2026 tegen 60 euro per uur, het contract zegt 50',
          door: 'aanbieder',
          datum: '2026-02-05',
          bericht: (s) => s.declaratie({ nummer: 'D202601T', maand: '2026-01', prestaties: [{ referentie: 'P2026010021', toewijzing: 1001, periode: '2026-01', volume: 12, tarief: 6000 }] }, { bsn: BSN }),
          verwacht: { bericht: '323', retour: [{ klasse: PRESTATIE(1), code: '0611' }] },
        },
      ],
    },
  ]),
  ...casussenIn('features/wijzigingen-32/meerdere-producten.feature', 'wmo', [
    {
      id: 'producten-zelfde-periode',
      titel: 'Twee producten in dezelfde productperiode op een aspecifieke toewijzing (toegestaan sinds 3.2)',
      regels: ['TR389', 'TR416'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...aspecifiek(d),
        {
          titel: `de aanbieder declareert in een tweede declaratie over januari 2026 nog 5 uur, voor een ander product (${d.product.Categorie}A99)`,
          door: 'aanbieder',
          datum: '2026-02-10',
          actie: {
            actie: 'declareren',
            maand: '2026-01',
            declaratieNummer: 'D202601B',
            prestaties: [
              { toewijzingNummer: 2001, volume: 5, product: { categorie: d.product.Categorie, code: `${d.product.Categorie}A99` }, eenheid: '04', tarief: 5000, referentie: 'A2026010002', begindatum: '2026-01-01', einddatum: '2026-01-31' },
            ],
          },
          verwacht: { bericht: '323', retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'producten-zelfde-periode-zelfde-product',
      titel: 'Een tweede debetprestatie voor hetzelfde product in dezelfde productperiode wordt afgewezen',
      regels: ['TR389'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...aspecifiek(d),
        {
          titel: `de aanbieder declareert in een tweede declaratie over januari 2026 nog eens 5 uur voor hetzelfde product ${d.product.Code}`,
          door: 'aanbieder',
          datum: '2026-02-10',
          bericht: (s) =>
            s.declaratie(
              { nummer: 'D202601C', maand: '2026-01', prestaties: [{ referentie: 'A2026010003', toewijzing: 2001, product: d.product, periode: '2026-01', volume: 5 }] },
              { bsn: BSN },
            ),
          verwacht: { bericht: '323', retour: [{ klasse: PRESTATIE(1), code: '9389' }] },
        },
      ],
    },
  ]),
];
