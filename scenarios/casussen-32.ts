/**
 * The four cases of the 3.2 case descriptions (casusbeschrijvingen iWmo/iJw 3.2), each with the
 * negative variants that show the rule at work. Values as in the descriptions; where a description
 * uses codes of one domain, the other domain uses its codes of the same meaning.
 */
import { DOMEINEN } from '../simulator/berichten/model';
import type { Reden, Sjablonen, Stap as Berichtstap } from '../simulator/berichten/sjablonen';
import { BSN, UUR_PER_WEEK, type Casus, type Domeinwaarden, type Stap } from './model';

/** The clients of case 2 and case 3 as the case descriptions name them. */
const BSN_CASUS_2 = '999996770';
const BSN_CASUS_3 = '999996782';

/** Case 1 and 4 share their first steps: toewijzing 667899 (3 hours a week) and its start. */
function toewijzingEnStart(d: Domeinwaarden): Stap[] {
  return [
    {
      titel: 'de gemeente wijst ambulante ondersteuning toe, 3 uur per week tot en met 30-06-2023',
      door: 'gemeente',
      datum: '2023-01-01',
      actie: { actie: 'toewijzen', bsn: BSN, toewijzingen: [{ nummer: 667899, product: d.productJson(), ingangsdatum: '2023-01-01', einddatum: '2023-06-30', omvang: UUR_PER_WEEK }] },
      verwacht: { bericht: '301', retour: 'goedgekeurd' },
    },
    {
      titel: 'de aanbieder start de levering op 05-01-2023',
      door: 'aanbieder',
      datum: '2023-01-05',
      actie: { actie: 'start', bsn: BSN, toewijzingNummer: 667899, begindatum: '2023-01-05' },
      verwacht: { bericht: '305', inhoud: [{ soort: 'start', nummer: 667899, begindatum: '2023-01-05' }], retour: 'goedgekeurd' },
    },
  ];
}

/** Case 2 and 3: a delivery of day care (6 dagdelen a week) and its temporary stop. */
function dagbestedingTijdelijkGestopt(d: Domeinwaarden, bsn: string): Stap[] {
  return [
    {
      titel: 'de gemeente wijst dagbesteding toe, 6 dagdelen per week van 15-05-2023 tot en met 31-12-2023',
      door: 'gemeente',
      datum: '2023-05-09',
      actie: { actie: 'toewijzen', bsn, toewijzingen: [{ nummer: 668877, product: d.productJson(), ingangsdatum: '2023-05-15', einddatum: '2023-12-31', omvang: { volume: 6, eenheid: '16', frequentie: '2' } }] },
      verwacht: { bericht: '301', retour: 'goedgekeurd' },
    },
    {
      titel: 'de aanbieder start de levering op 17-05-2023',
      door: 'aanbieder',
      datum: '2023-05-17',
      actie: { actie: 'start', bsn, toewijzingNummer: 668877, begindatum: '2023-05-17' },
      verwacht: { bericht: '305', retour: 'goedgekeurd' },
    },
    {
      titel: 'de cliënt wordt opgenomen: de aanbieder meldt een tijdelijke stop per 20-06-2023',
      door: 'aanbieder',
      datum: '2023-06-21',
      actie: { actie: 'stop', bsn, toewijzingNummer: 668877, einddatum: '2023-06-20', reden: 'tijdelijk' },
      verwacht: { bericht: '307', inhoud: [{ soort: 'stop', nummer: 668877, reden: d.reden('tijdelijk'), einddatum: '2023-06-20' }], retour: 'goedgekeurd' },
    },
  ];
}

/** A stop of that day care (toewijzing 668877, started on 17-05-2023), sent as it is. */
function dagbestedingStop(s: Sjablonen, bsn: string, reden: Reden, eind: string): Berichtstap {
  return s.stop({ nummer: 668877, ingang: '2023-05-15', begin: '2023-05-17', reden, eind }, { bsn });
}

const STOP = '/Bericht/Client/StopProducten/StopProduct[1]';

export const CASUSSEN_32: readonly Casus[] = [
  {
    id: 'casus-1',
    titel: 'Van toewijzing naar verlengen van de toewijzing door de einddatum op te rekken',
    herkomst: 'jw',
    domeinen: DOMEINEN,
    regels: ['OP380', 'OP033x1'],
    sutRollen: ['gemeente', 'aanbieder'],
    feature: 'features/casussen/casus-1-verlengen.feature',
    stappen: (d) => [
      ...toewijzingEnStart(d),
      {
        titel: 'de gemeente verlengt de toewijzing tot en met 31-12-2023; volume en frequentie blijven gelijk',
        door: 'gemeente',
        datum: '2023-05-10',
        actie: { actie: 'verlengen', bsn: BSN, toewijzingNummer: 667899, einddatum: '2023-12-31' },
        verwacht: {
          bericht: '301',
          inhoud: [
            { soort: 'toewijzing', nummer: 667899, velden: { Ingangsdatum: '2023-01-01', Einddatum: '2023-12-31', RedenWijziging: '04' } },
            { soort: 'geen-nieuwe-toewijzing' },
          ],
          retour: 'goedgekeurd',
        },
      },
    ],
  },
  {
    id: 'casus-1-volume-gewijzigd',
    titel: 'Verlengen met een ander volume: een nieuwe toewijzing',
    herkomst: 'jw',
    domeinen: DOMEINEN,
    regels: ['OP257', 'OP380'],
    sutRollen: ['gemeente'],
    feature: 'features/wijzigingen-32/op380-verlengen.feature',
    stappen: (d) => [
      ...toewijzingEnStart(d),
      {
        titel: 'de gemeente verlengt de toewijzing tot en met 31-12-2023 met 4 in plaats van 3 uur per week',
        door: 'gemeente',
        datum: '2023-05-10',
        actie: { actie: 'verlengen', bsn: BSN, toewijzingNummer: 667899, einddatum: '2023-12-31', omvang: { ...UUR_PER_WEEK, volume: 4 } },
        verwacht: {
          bericht: '301',
          inhoud: [
            { soort: 'toewijzing', nummer: 'nieuw', velden: { Ingangsdatum: '2023-07-01', Einddatum: '2023-12-31', Omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' } } },
            { soort: 'toewijzing', nummer: 667899, velden: { Einddatum: '2023-06-30' } },
          ],
          retour: 'goedgekeurd',
        },
      },
    ],
  },
  {
    id: 'casus-1-geen-nieuwe-start',
    titel: 'Na het oprekken blijft de start actueel: een tweede start wordt afgekeurd',
    herkomst: 'jw',
    domeinen: DOMEINEN,
    regels: ['OP380', 'TR326'],
    sutRollen: ['gemeente'],
    feature: 'features/wijzigingen-32/op380-verlengen.feature',
    stappen: (d) => [
      ...toewijzingEnStart(d),
      {
        titel: 'de gemeente verlengt de toewijzing door de einddatum op te rekken',
        door: 'gemeente',
        datum: '2023-05-10',
        actie: { actie: 'verlengen', bsn: BSN, toewijzingNummer: 667899, einddatum: '2023-12-31' },
        verwacht: { bericht: '301', inhoud: [{ soort: 'geen-nieuwe-toewijzing' }], retour: 'goedgekeurd' },
      },
      {
        titel: 'de aanbieder meldt toch een nieuwe start per 01-06-2023',
        door: 'aanbieder',
        datum: '2023-06-01',
        bericht: (s) => s.start({ nummer: 667899, ingang: '2023-01-01', begin: '2023-06-01' }, { bsn: BSN }),
        verwacht: { bericht: '305', retour: [{ klasse: '/Bericht/Client/StartProducten/StartProduct[1]', code: '9326' }] },
      },
    ],
  },
  {
    id: 'casus-2',
    titel: 'Van levering via tijdelijke stop naar definitieve stop met gelijke einddatum',
    herkomst: 'wmo',
    domeinen: DOMEINEN,
    regels: ['OP377', 'OP378', 'TR414', 'TR413', 'TR074'],
    sutRollen: ['gemeente', 'aanbieder'],
    feature: 'features/casussen/casus-2-tijdelijk-naar-definitief.feature',
    stappen: (d) => [
      ...dagbestedingTijdelijkGestopt(d, BSN_CASUS_2),
      {
        titel: 'de cliënt komt niet terug: de aanbieder meldt de definitieve stop met dezelfde einddatum 20-06-2023',
        door: 'aanbieder',
        datum: '2023-07-04',
        actie: { actie: 'stop', bsn: BSN_CASUS_2, toewijzingNummer: 668877, einddatum: '2023-06-20', reden: 'inOverleg' },
        verwacht: { bericht: '307', inhoud: [{ soort: 'stop', nummer: 668877, reden: d.reden('inOverleg'), einddatum: '2023-06-20' }], retour: 'goedgekeurd' },
      },
    ],
  },
  {
    id: 'casus-2-eerdere-einddatum',
    titel: 'Een definitieve stop met een eerdere einddatum dan de tijdelijke stop wordt afgekeurd',
    herkomst: 'wmo',
    domeinen: DOMEINEN,
    regels: ['TR414', 'IV028'],
    sutRollen: ['gemeente'],
    feature: 'features/wijzigingen-32/stopproduct.feature',
    stappen: (d) => [
      ...dagbestedingTijdelijkGestopt(d, BSN_CASUS_2),
      {
        titel: 'de aanbieder meldt de definitieve stop met einddatum 10-06-2023, vóór de tijdelijke stop',
        door: 'aanbieder',
        datum: '2023-07-04',
        bericht: (s) => dagbestedingStop(s, BSN_CASUS_2, 'inOverleg', '2023-06-10'),
        verwacht: { bericht: '307', retour: [{ klasse: STOP, code: '9414' }] },
      },
    ],
  },
  {
    id: 'casus-2-tweede-tijdelijke-stop',
    titel: 'Na een tijdelijke stop volgt zonder nieuwe start geen tweede tijdelijke stop',
    herkomst: 'wmo',
    domeinen: DOMEINEN,
    regels: ['TR413', 'OP378'],
    sutRollen: ['gemeente'],
    feature: 'features/wijzigingen-32/stopproduct.feature',
    stappen: (d) => [
      ...dagbestedingTijdelijkGestopt(d, BSN_CASUS_2),
      {
        titel: 'de aanbieder meldt nog een tijdelijke stop, per 25-06-2023',
        door: 'aanbieder',
        datum: '2023-07-04',
        bericht: (s) => dagbestedingStop(s, BSN_CASUS_2, 'tijdelijk', '2023-06-25'),
        verwacht: { bericht: '307', retour: [{ klasse: STOP, code: '9413' }] },
      },
    ],
  },
  {
    id: 'casus-3',
    titel: 'Van tijdelijke stop naar definitieve stop met latere einddatum',
    herkomst: 'wmo',
    domeinen: DOMEINEN,
    regels: ['OP377', 'OP378', 'TR414'],
    sutRollen: ['gemeente', 'aanbieder'],
    feature: 'features/casussen/casus-3-tijdelijk-naar-definitief-later.feature',
    stappen: (d) => [
      {
        titel: 'de gemeente heeft op 16-03-2020 dagbesteding toegewezen (12 dagdelen per maand, zonder einddatum)',
        door: 'gemeente',
        datum: '2020-03-16',
        actie: { actie: 'toewijzen', bsn: BSN_CASUS_3, toewijzingen: [{ nummer: 12563, product: d.productJson(), ingangsdatum: '2020-03-16', omvang: { volume: 12, eenheid: '16', frequentie: '4' } }] },
        verwacht: { bericht: '301', retour: 'goedgekeurd' },
      },
      {
        titel: 'de aanbieder is op 30-03-2020 met de levering gestart',
        door: 'aanbieder',
        datum: '2020-03-30',
        actie: { actie: 'start', bsn: BSN_CASUS_3, toewijzingNummer: 12563, begindatum: '2020-03-30' },
        verwacht: { bericht: '305', retour: 'goedgekeurd' },
      },
      {
        titel: 'de cliënt wordt opgenomen: tijdelijke stop per 07-06-2023',
        door: 'aanbieder',
        datum: '2023-06-08',
        actie: { actie: 'stop', bsn: BSN_CASUS_3, toewijzingNummer: 12563, einddatum: '2023-06-07', reden: 'tijdelijk' },
        verwacht: { bericht: '307', retour: 'goedgekeurd' },
      },
      {
        titel: 'de cliënt keert niet terug: definitieve stop per 29-06-2023',
        door: 'aanbieder',
        datum: '2023-07-03',
        actie: { actie: 'stop', bsn: BSN_CASUS_3, toewijzingNummer: 12563, einddatum: '2023-06-29', reden: 'inOverleg' },
        verwacht: { bericht: '307', inhoud: [{ soort: 'stop', nummer: 12563, reden: d.reden('inOverleg'), einddatum: '2023-06-29' }], retour: 'goedgekeurd' },
      },
    ],
  },
  {
    id: 'casus-3-stop-na-definitief',
    titel: 'Na een definitieve stop volgt voor dezelfde levering geen stop meer',
    herkomst: 'wmo',
    domeinen: DOMEINEN,
    regels: ['TR415', 'OP377'],
    sutRollen: ['gemeente'],
    feature: 'features/wijzigingen-32/stopproduct.feature',
    stappen: (d) => [
      ...dagbestedingTijdelijkGestopt(d, BSN_CASUS_3),
      {
        titel: 'de aanbieder meldt de definitieve stop per 29-06-2023',
        door: 'aanbieder',
        datum: '2023-07-03',
        actie: { actie: 'stop', bsn: BSN_CASUS_3, toewijzingNummer: 668877, einddatum: '2023-06-29', reden: 'inOverleg' },
        verwacht: { bericht: '307', retour: 'goedgekeurd' },
      },
      {
        titel: 'de aanbieder meldt daarna nog een definitieve stop per 30-06-2023',
        door: 'aanbieder',
        datum: '2023-07-05',
        bericht: (s) => dagbestedingStop(s, BSN_CASUS_3, 'volgensPlan', '2023-06-30'),
        verwacht: { bericht: '307', retour: [{ klasse: STOP, code: '9415' }] },
      },
    ],
  },
  {
    id: 'casus-4',
    titel: 'Van levering via stop naar het corrigeren van de stop',
    herkomst: 'jw',
    domeinen: DOMEINEN,
    regels: ['OP033', 'OP033x2', 'IV008', 'TR063', 'TR074'],
    sutRollen: ['gemeente', 'aanbieder'],
    feature: 'features/casussen/casus-4-stop-corrigeren.feature',
    stappen: (d) => [
      ...toewijzingEnStart(d),
      {
        titel: 'de levering eindigt: de aanbieder meldt een stop per 17-06-2023, eenzijdig door de aanbieder beëindigd',
        door: 'aanbieder',
        datum: '2023-06-19',
        actie: { actie: 'stop', bsn: BSN, toewijzingNummer: 667899, einddatum: '2023-06-17', reden: 'doorAanbieder' },
        verwacht: { bericht: '307', retour: 'goedgekeurd' },
      },
      {
        titel: 'de aanbieder corrigeert de reden in één bericht: de oude stop verwijderen, de juiste stop (volgens plan) aanleveren',
        door: 'aanbieder',
        datum: '2023-06-22',
        actie: { actie: 'stop-corrigeren', bsn: BSN, toewijzingNummer: 667899, reden: 'volgensPlan' },
        verwacht: { bericht: '307', inhoud: [{ soort: 'stop', nummer: 667899, reden: d.reden('volgensPlan'), einddatum: '2023-06-17' }], retour: 'goedgekeurd' },
      },
    ],
  },
  {
    id: 'casus-4-onbekende-stop-verwijderen',
    titel: 'Een stop verwijderen die nooit is gemeld wordt afgekeurd',
    herkomst: 'jw',
    domeinen: DOMEINEN,
    regels: ['TR063'],
    sutRollen: ['gemeente'],
    feature: 'features/stromen/start-stop.feature',
    stappen: (d) => [
      ...toewijzingEnStart(d),
      {
        titel: 'de aanbieder verwijdert een stop per 17-06-2023 die hij nooit heeft gestuurd',
        door: 'aanbieder',
        datum: '2023-06-22',
        bericht: (s) => s.stop({ nummer: 667899, ingang: '2023-01-01', begin: '2023-01-05', reden: 'doorAanbieder', eind: '2023-06-17', status: '3' }, { bsn: BSN }),
        verwacht: { bericht: '307', retour: [{ klasse: STOP, code: '9063' }] },
      },
    ],
  },
];
