/**
 * The message flows of the berichtstromen (VOT, VOW, start and stop with corrections and removals)
 * and the life of a toewijzing (intrekken, verwijderen), each with its negative variants.
 */
import { BSN, casussenIn, UUR_PER_WEEK, type Casus, type Domeinwaarden, type Stap } from './model';

const START = '/Bericht/Client/StartProducten/StartProduct[1]';

/** A toewijzing (1001) from 01-01-2026 to 31-12-2026, 3 hours a week, and its start on 05-01-2026. */
export function levering(d: Domeinwaarden): Stap[] {
  return [
    {
      titel: 'de gemeente wijst 3 uur per week toe van 01-01-2026 tot en met 31-12-2026 (toewijzing 1001)',
      door: 'gemeente',
      datum: '2026-01-01',
      actie: {
        actie: 'toewijzen',
        bsn: BSN,
        toewijzingen: [{ nummer: 1001, product: d.productJson(), ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang: UUR_PER_WEEK }],
      },
      verwacht: { bericht: '301', retour: 'goedgekeurd' },
    },
    {
      titel: 'de aanbieder start de levering op 05-01-2026',
      door: 'aanbieder',
      datum: '2026-01-05',
      actie: { actie: 'start', bsn: BSN, toewijzingNummer: 1001, begindatum: '2026-01-05' },
      verwacht: { bericht: '305', inhoud: [{ soort: 'start', nummer: 1001, begindatum: '2026-01-05' }], retour: 'goedgekeurd' },
    },
  ];
}

/** Two toewijzingen (1001 and 1002, another product) and their starts: the situation a VOW changes. */
function tweeLeveringen(d: Domeinwaarden): Stap[] {
  return [
    {
      titel: 'de gemeente wijst twee producten toe van 01-01-2026 tot en met 31-12-2026 (toewijzingen 1001 en 1002)',
      door: 'gemeente',
      datum: '2026-01-01',
      actie: {
        actie: 'toewijzen',
        bsn: BSN,
        toewijzingen: [
          { nummer: 1001, product: d.productJson(), ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang: UUR_PER_WEEK },
          { nummer: 1002, product: d.productJson(d.ander), ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang: { ...UUR_PER_WEEK, volume: 2 } },
        ],
      },
      verwacht: { bericht: '301', retour: 'goedgekeurd' },
    },
    {
      titel: 'de aanbieder start beide leveringen op 05-01-2026',
      door: 'aanbieder',
      datum: '2026-01-05',
      actie: { actie: 'start', bsn: BSN, toewijzingNummer: 1001, begindatum: '2026-01-05' },
      verwacht: { bericht: '305', retour: 'goedgekeurd' },
    },
    {
      titel: 'de aanbieder start de tweede levering op 05-01-2026',
      door: 'aanbieder',
      datum: '2026-01-05',
      actie: { actie: 'start', bsn: BSN, toewijzingNummer: 1002, begindatum: '2026-01-05' },
      verwacht: { bericht: '305', retour: 'goedgekeurd' },
    },
  ];
}

function vot(d: Domeinwaarden, referentie: string): Stap {
  return {
    titel: `de aanbieder vraagt 3 uur per week aan vanaf 01-03-2026 (verzoek om toewijzing ${referentie})`,
    door: 'aanbieder',
    datum: '2026-02-15',
    actie: {
      actie: 'verzoek-om-toewijzing',
      bsn: BSN,
      producten: [{ referentieAanbieder: referentie, product: d.productJson(), ingangsdatum: '2026-03-01', einddatum: '2026-12-31', omvang: UUR_PER_WEEK }],
    },
    verwacht: { bericht: '315', retour: 'goedgekeurd' },
  };
}

function vow(referentie: string): Stap {
  return {
    titel: `de aanbieder vraagt per 01-04-2026 4 in plaats van 3 uur per week voor toewijzing 1001 (verzoek om wijziging ${referentie})`,
    door: 'aanbieder',
    datum: '2026-03-10',
    actie: {
      actie: 'verzoek-om-wijziging',
      bsn: BSN,
      referentieAanbieder: referentie,
      teWijzigen: [{ toewijzingNummer: 1001, ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { ...UUR_PER_WEEK, volume: 4 } }],
    },
    verwacht: { bericht: '317', retour: 'goedgekeurd' },
  };
}

function onderzoek(referentie: string, datum: string): Stap {
  return {
    titel: 'de gemeente neemt het verzoek in onderzoek',
    door: 'gemeente',
    datum,
    actie: { actie: 'verzoek-beantwoorden', referentieAanbieder: referentie, antwoord: 'onderzoek' },
    verwacht: { bericht: '319', inhoud: [{ soort: 'antwoord', antwoord: '2' }], retour: 'goedgekeurd' },
  };
}

function afwijzen(referentie: string, datum: string): Stap {
  return {
    titel: 'de gemeente wijst het verzoek af',
    door: 'gemeente',
    datum,
    actie: { actie: 'verzoek-beantwoorden', referentieAanbieder: referentie, antwoord: 'afwijzen', redenAfwijzing: '1' },
    verwacht: { bericht: '319', inhoud: [{ soort: 'antwoord', antwoord: '1', reden: '1' }], retour: 'goedgekeurd' },
  };
}

function toewijzenOpVot(referentie: string, datum: string): Stap {
  return {
    titel: 'de gemeente wijst het aangevraagde toe, met de ReferentieAanbieder van het verzoek',
    door: 'gemeente',
    datum,
    actie: { actie: 'verzoek-beantwoorden', referentieAanbieder: referentie, antwoord: 'toewijzen' },
    verwacht: {
      bericht: '301',
      inhoud: [
        { soort: 'toewijzing', nummer: 'nieuw', velden: { Ingangsdatum: '2026-03-01', Einddatum: '2026-12-31', ReferentieAanbieder: referentie } },
        { soort: 'referentie-overgenomen' },
      ],
      retour: 'goedgekeurd',
    },
  };
}

function toewijzenOpVow(referentie: string, datum: string): Stap {
  return {
    titel: 'de gemeente honoreert het verzoek: toewijzing 1001 eindigt op 31-03-2026, een nieuwe toewijzing van 4 uur per week begint op 01-04-2026',
    door: 'gemeente',
    datum,
    actie: { actie: 'verzoek-beantwoorden', referentieAanbieder: referentie, antwoord: 'toewijzen' },
    verwacht: {
      bericht: '301',
      inhoud: [
        { soort: 'toewijzing', nummer: 1001, velden: { Einddatum: '2026-03-31' } },
        { soort: 'toewijzing', nummer: 'nieuw', velden: { Ingangsdatum: '2026-04-01', Omvang: { Volume: 4 }, ReferentieAanbieder: referentie } },
        { soort: 'referentie-overgenomen' },
      ],
      retour: 'goedgekeurd',
    },
  };
}

export const STROMEN: readonly Casus[] = [
  // ------------------------------------------------------------------------------------ VOT
  ...casussenIn('features/stromen/verzoek-om-toewijzing.feature', 'jw', [
    {
      id: 'vot-direct-toewijzen',
      titel: 'Verzoek om toewijzing, direct toegewezen',
      regels: ['OP274', 'OP344', 'TR379', 'TR355'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [vot(d, 'VOT-1'), toewijzenOpVot('VOT-1', '2026-02-18')],
    },
    {
      id: 'vot-toewijzen-na-onderzoek',
      titel: 'Verzoek om toewijzing, toegewezen na onderzoek',
      regels: ['OP274', 'OP344', 'TR365', 'TR379'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [vot(d, 'VOT-2'), onderzoek('VOT-2', '2026-02-18'), toewijzenOpVot('VOT-2', '2026-02-25')],
    },
    {
      id: 'vot-direct-afwijzen',
      titel: 'Verzoek om toewijzing, direct afgewezen',
      regels: ['OP344', 'CD085', 'TR355'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [vot(d, 'VOT-3'), afwijzen('VOT-3', '2026-02-18')],
    },
    {
      id: 'vot-afwijzen-na-onderzoek',
      titel: 'Verzoek om toewijzing, afgewezen na onderzoek',
      regels: ['OP344', 'TR365', 'CD085'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [vot(d, 'VOT-4'), onderzoek('VOT-4', '2026-02-18'), afwijzen('VOT-4', '2026-02-25')],
    },
    {
      id: 'vot-woonplaatsbeginsel',
      titel: 'Verzoek om toewijzing, na onderzoek afgewezen op grond van het woonplaatsbeginsel',
      domeinen: ['jw'],
      regels: ['OP359', 'TR377', 'TR409', 'TR378'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        vot(d, 'VOT-5'),
        onderzoek('VOT-5', '2026-02-18'),
        {
          titel: 'de gemeente wijst af: volgens het woonplaatsbeginsel is Amsterdam (0363) verantwoordelijk',
          door: 'gemeente',
          datum: '2026-02-25',
          actie: { actie: 'verzoek-beantwoorden', referentieAanbieder: 'VOT-5', antwoord: 'afwijzen', redenAfwijzing: '8', woonplaatsbeginsel: '0363' },
          verwacht: { bericht: '319', inhoud: [{ soort: 'antwoord', antwoord: '1', reden: '8', woonplaatsbeginsel: '0363' }], retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'vot-onderzoek-twee-keer',
      titel: 'Een verzoek dat in onderzoek is wordt niet nog eens in onderzoek genomen',
      regels: ['TR360', 'OP344'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        vot(d, 'VOT-6'),
        onderzoek('VOT-6', '2026-02-18'),
        {
          titel: 'de gemeente wordt gevraagd het verzoek nog eens in onderzoek te nemen',
          door: 'gemeente',
          datum: '2026-02-20',
          actie: { actie: 'verzoek-beantwoorden', referentieAanbieder: 'VOT-6', antwoord: 'onderzoek' },
          verwacht: { geweigerd: true },
        },
      ],
    },
    {
      id: 'vot-onderhanden',
      titel: 'Een tweede verzoek terwijl het eerste nog in behandeling is, wordt afgekeurd',
      regels: ['TR374', 'OP350'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        vot(d, 'VOT-7'),
        {
          titel: 'de aanbieder stuurt nog een verzoek om toewijzing voor dezelfde cliënt',
          door: 'aanbieder',
          datum: '2026-02-16',
          bericht: (s) => s.vot({ referentie: 'VOT-8', ingang: '2026-04-01', eind: '2026-12-31', product: d.ander }, { bsn: BSN }),
          verwacht: { bericht: '315', retour: [{ klasse: '/Bericht/Client', code: '9374' }] },
        },
      ],
    },
  ]),
  // ------------------------------------------------------------------------------------ VOW
  ...casussenIn('features/stromen/verzoek-om-wijziging.feature', 'jw', [
    {
      id: 'vow-direct-toewijzen',
      titel: 'Verzoek om wijziging, direct toegewezen',
      regels: ['OP306', 'OP308', 'OP348', 'TR349', 'TR379'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [...tweeLeveringen(d), vow('VOW-1'), toewijzenOpVow('VOW-1', '2026-03-15')],
    },
    {
      id: 'vow-toewijzen-na-onderzoek',
      titel: 'Verzoek om wijziging, toegewezen na onderzoek',
      regels: ['OP346', 'OP348', 'TR365', 'TR379', 'TR349'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [...tweeLeveringen(d), vow('VOW-2'), onderzoek('VOW-2', '2026-03-12'), toewijzenOpVow('VOW-2', '2026-03-20')],
    },
    {
      id: 'vow-direct-afwijzen',
      titel: 'Verzoek om wijziging, direct afgewezen',
      regels: ['OP346', 'CD085', 'TR349'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [...tweeLeveringen(d), vow('VOW-3'), afwijzen('VOW-3', '2026-03-12')],
    },
    {
      id: 'vow-afwijzen-na-onderzoek',
      titel: 'Verzoek om wijziging, afgewezen na onderzoek',
      regels: ['OP346', 'TR365', 'TR349'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [...tweeLeveringen(d), vow('VOW-4'), onderzoek('VOW-4', '2026-03-12'), afwijzen('VOW-4', '2026-03-20')],
    },
    {
      id: 'vow-onvolledig',
      titel: 'Een verzoek om wijziging zonder de ongewijzigde actuele toewijzingen wordt afgekeurd',
      regels: ['TR349', 'OP308'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...tweeLeveringen(d),
        {
          titel: 'de aanbieder vraagt een wijziging van toewijzing 1001 en laat toewijzing 1002 weg',
          door: 'aanbieder',
          datum: '2026-03-10',
          bericht: (s) =>
            s.vow(
              { referentie: 'VOW-5', teWijzigen: [{ nummer: 1001, ingang: '2026-04-01', eind: '2026-12-31', omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' } }] },
              { bsn: BSN },
            ),
          verwacht: { bericht: '317', retour: [{ klasse: '/Bericht/Client/Verzoek', code: '9349' }] },
        },
      ],
    },
  ]),
  // ------------------------------------------------------------------------------------ start en stop
  ...casussenIn('features/stromen/start-stop.feature', 'jw', [
    {
      id: 'stop-na-start',
      titel: 'Definitieve stop na de start',
      regels: ['OP072', 'OP155', 'OP288', 'TR382'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt de definitieve stop per 31-03-2026, volgens plan',
          door: 'aanbieder',
          datum: '2026-04-02',
          actie: { actie: 'stop', bsn: BSN, toewijzingNummer: 1001, einddatum: '2026-03-31', reden: 'volgensPlan' },
          verwacht: { bericht: '307', inhoud: [{ soort: 'stop', nummer: 1001, reden: d.reden('volgensPlan'), einddatum: '2026-03-31' }], retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'tijdelijke-stop-na-start',
      titel: 'Tijdelijke stop na de start',
      regels: ['OP072', 'OP155', 'TR382'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt een tijdelijke stop per 28-02-2026',
          door: 'aanbieder',
          datum: '2026-03-02',
          actie: { actie: 'stop', bsn: BSN, toewijzingNummer: 1001, einddatum: '2026-02-28', reden: 'tijdelijk' },
          verwacht: { bericht: '307', inhoud: [{ soort: 'stop', nummer: 1001, reden: d.reden('tijdelijk'), einddatum: '2026-02-28' }], retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'start-na-stop',
      titel: 'Na een tijdelijke stop mag een nieuwe start volgen',
      regels: ['OP379', 'TR326'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt een tijdelijke stop per 28-02-2026',
          door: 'aanbieder',
          datum: '2026-03-02',
          actie: { actie: 'stop', bsn: BSN, toewijzingNummer: 1001, einddatum: '2026-02-28', reden: 'tijdelijk' },
          verwacht: { bericht: '307', retour: 'goedgekeurd' },
        },
        {
          titel: 'de levering wordt hervat: de aanbieder meldt een nieuwe start op 16-03-2026',
          door: 'aanbieder',
          datum: '2026-03-16',
          actie: { actie: 'start', bsn: BSN, toewijzingNummer: 1001, begindatum: '2026-03-16' },
          verwacht: { bericht: '305', inhoud: [{ soort: 'start', nummer: 1001, begindatum: '2026-03-16' }], retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'start-verwijderen',
      titel: 'Een start verwijderen (StatusAanlevering 3)',
      regels: ['OP033', 'IV008', 'TR063'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder verwijdert de start',
          door: 'aanbieder',
          datum: '2026-01-08',
          actie: { actie: 'start-verwijderen', bsn: BSN, toewijzingNummer: 1001 },
          verwacht: { bericht: '305', retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'start-corrigeren',
      titel: 'Een start corrigeren: verwijderen en opnieuw aanleveren in één bericht',
      regels: ['OP033', 'OP033x2', 'IV008', 'TR063', 'TR074'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder corrigeert de begindatum naar 06-01-2026',
          door: 'aanbieder',
          datum: '2026-01-08',
          actie: { actie: 'start-corrigeren', bsn: BSN, toewijzingNummer: 1001, nieuweBegindatum: '2026-01-06' },
          verwacht: { bericht: '305', inhoud: [{ soort: 'start', nummer: 1001, begindatum: '2026-01-06' }], retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'stop-verwijderen',
      titel: 'Een stop verwijderen (StatusAanlevering 3)',
      regels: ['OP033', 'IV008', 'TR063'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt een stop per 31-03-2026',
          door: 'aanbieder',
          datum: '2026-04-02',
          actie: { actie: 'stop', bsn: BSN, toewijzingNummer: 1001, einddatum: '2026-03-31', reden: 'volgensPlan' },
          verwacht: { bericht: '307', retour: 'goedgekeurd' },
        },
        {
          titel: 'de aanbieder verwijdert de stop weer',
          door: 'aanbieder',
          datum: '2026-04-03',
          actie: { actie: 'stop-verwijderen', bsn: BSN, toewijzingNummer: 1001 },
          verwacht: { bericht: '307', retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'start-zonder-toewijzing',
      titel: 'Een start die niet bij een toewijzing hoort wordt afgekeurd',
      regels: ['TR019', 'OP363'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt een start voor toewijzing 9999, die de gemeente nooit heeft afgegeven',
          door: 'aanbieder',
          datum: '2026-01-06',
          bericht: (s) => s.start({ nummer: 9999, ingang: '2026-01-01', begin: '2026-01-06' }, { bsn: BSN }),
          verwacht: { bericht: '305', retour: [{ klasse: START, code: '9019' }] },
        },
      ],
    },
    {
      id: 'start-verwijderen-na-stop',
      titel: 'Een start verwijderen nadat de levering is gestopt wordt afgekeurd',
      regels: ['TR071'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt de definitieve stop per 31-03-2026',
          door: 'aanbieder',
          datum: '2026-04-02',
          actie: { actie: 'stop', bsn: BSN, toewijzingNummer: 1001, einddatum: '2026-03-31', reden: 'volgensPlan' },
          verwacht: { bericht: '307', retour: 'goedgekeurd' },
        },
        {
          titel: 'de aanbieder verwijdert daarna de start',
          door: 'aanbieder',
          datum: '2026-04-03',
          bericht: (s) => s.start({ nummer: 1001, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }, { bsn: BSN }),
          verwacht: { bericht: '305', retour: [{ klasse: START, code: '9071' }] },
        },
      ],
    },
    {
      id: 'tweede-start',
      titel: 'Een tweede start terwijl de levering loopt wordt afgekeurd',
      regels: ['TR326', 'OP289'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt nog een start voor toewijzing 1001, op 01-02-2026',
          door: 'aanbieder',
          datum: '2026-02-02',
          bericht: (s) => s.start({ nummer: 1001, ingang: '2026-01-01', begin: '2026-02-01' }, { bsn: BSN }),
          verwacht: { bericht: '305', retour: [{ klasse: START, code: '9326' }] },
        },
      ],
    },
  ]),
  // ------------------------------------------------------------------------------------ toewijzingen
  ...casussenIn('features/stromen/toewijzing.feature', 'wmo', [
    {
      id: 'toewijzing-intrekken',
      titel: 'De gemeente beëindigt een toewijzing eerder',
      regels: ['OP033x1', 'OP258', 'OP087'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de gemeente beëindigt toewijzing 1001 per 30-06-2026 (herbeoordeling: verkorting)',
          door: 'gemeente',
          datum: '2026-04-01',
          actie: { actie: 'intrekken', bsn: BSN, toewijzingNummer: 1001, einddatum: '2026-06-30', redenWijziging: '05' },
          verwacht: { bericht: '301', inhoud: [{ soort: 'toewijzing', nummer: 1001, velden: { Einddatum: '2026-06-30', RedenWijziging: '05' } }], retour: 'goedgekeurd' },
        },
      ],
    },
    {
      id: 'verwijderen-met-declaraties',
      titel: 'Een toewijzing met goedgekeurde declaraties wordt niet verwijderd',
      regels: ['TR385', 'OP362'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder declareert januari 2026 en de gemeente keurt die goed',
          door: 'aanbieder',
          datum: '2026-02-05',
          actie: {
            actie: 'declareren',
            maand: '2026-01',
            declaratieNummer: 'D202601V',
            prestaties: [{ toewijzingNummer: 1001, volume: 12, product: d.productJson(), eenheid: '04', tarief: 5000 }],
          },
          verwacht: { bericht: '323', retour: 'goedgekeurd' },
        },
        {
          titel: 'de gemeente wordt gevraagd toewijzing 1001 te verwijderen',
          door: 'gemeente',
          datum: '2026-02-10',
          actie: { actie: 'verwijderen', bsn: BSN, toewijzingNummer: 1001 },
          verwacht: { geweigerd: true },
        },
      ],
    },
    {
      id: 'toewijzing-verwijderen',
      titel: 'De gemeente verwijdert een ten onrechte verstuurde toewijzing',
      regels: ['OP362', 'CS335'],
      sutRollen: ['gemeente', 'aanbieder'],
      stappen: (d) => [
        {
          titel: 'de gemeente wijst toewijzing 1003 toe vanaf 01-05-2026',
          door: 'gemeente',
          datum: '2026-04-01',
          actie: {
            actie: 'toewijzen',
            bsn: BSN,
            toewijzingen: [{ nummer: 1003, product: d.productJson(), ingangsdatum: '2026-05-01', einddatum: '2026-12-31', omvang: UUR_PER_WEEK }],
          },
          verwacht: { bericht: '301', retour: 'goedgekeurd' },
        },
        {
          titel: 'de gemeente verwijdert toewijzing 1003: einddatum gelijk aan de ingangsdatum, reden 13',
          door: 'gemeente',
          datum: '2026-04-03',
          actie: { actie: 'verwijderen', bsn: BSN, toewijzingNummer: 1003 },
          verwacht: {
            bericht: '301',
            inhoud: [{ soort: 'toewijzing', nummer: 1003, velden: { Ingangsdatum: '2026-05-01', Einddatum: '2026-05-01', RedenWijziging: '13' } }],
            retour: 'goedgekeurd',
          },
        },
      ],
    },
  ]),
];
