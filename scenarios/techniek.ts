/**
 * Technical rejection: a message that fails the schema gets no retourbericht at all (controleniveau 1);
 * one that breaks a rule within the message (a CD, CS or xslt rule) is rejected as a whole with 0001
 * in the Header (controleniveau 2). IV028 describes both.
 */
import { berichttype } from '../simulator/standaard/berichten/catalogus';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { BSN, casussenIn, type Casus } from './model';
import { levering } from './stromen';

const HEADER = '/Bericht/Header';

export const TECHNIEK: readonly Casus[] = [
  ...casussenIn('features/techniek/technische-afkeur.feature', 'wmo', [
    {
      id: 'schema-afkeur-start',
      titel: 'Een startbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht',
      regels: ['IV028', 'OP047', 'OP286'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt een start op 30-02-2026, een datum die niet bestaat',
          door: 'aanbieder',
          datum: '2026-03-02',
          xml: (s) =>
            schrijfXml(berichttype(s.domein, '305'), s.start({ nummer: 1001, ingang: '2026-01-01', begin: '2026-02-28' }, { bsn: BSN }).bericht).replace(
              '>2026-02-28<',
              '>2026-02-30<',
            ),
          verwacht: { retour: 'geen' },
        },
      ],
    },
    {
      id: 'schema-afkeur-toewijzing',
      titel: 'Een toewijzingsbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht',
      herkomst: 'jw',
      regels: ['IV028', 'OP047'],
      sutRollen: ['aanbieder'],
      stappen: (d) => [
        {
          titel: 'de gemeente stuurt een toewijzing met een onbekende eenheid (99)',
          door: 'gemeente',
          datum: '2026-01-01',
          xml: (s) =>
            schrijfXml(berichttype(s.domein, '301'), s.toewijzing({ nummer: 1101, ingang: '2026-01-01', eind: '2026-12-31', product: d.product }, { bsn: BSN }).bericht).replace(
              /(Eenheid>)04</,
              '$199<',
            ),
          verwacht: { retour: 'geen' },
        },
      ],
    },
    {
      id: 'elfproef-start',
      titel: 'Een startbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001)',
      regels: ['CS002', 'IV028', 'OP286'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt een start voor Bsn 123456789',
          door: 'aanbieder',
          datum: '2026-01-06',
          bericht: (s) => s.start({ nummer: 1001, ingang: '2026-01-01', begin: '2026-01-06' }, { bsn: '123456789' }),
          verwacht: { bericht: '305', retour: [{ klasse: HEADER, code: '0001' }] },
        },
      ],
    },
    {
      id: 'elfproef-toewijzing',
      titel: 'Een toewijzingsbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001)',
      herkomst: 'jw',
      regels: ['CS002', 'IV028'],
      sutRollen: ['aanbieder'],
      stappen: (d) => [
        {
          titel: 'de gemeente wijst toe aan Bsn 123456789',
          door: 'gemeente',
          datum: '2026-01-01',
          bericht: (s) => s.toewijzing({ nummer: 1102, ingang: '2026-01-01', eind: '2026-12-31', product: d.product }, { bsn: '123456789' }),
          verwacht: { bericht: '301', retour: [{ klasse: HEADER, code: '0001' }] },
        },
      ],
    },
    {
      id: 'einddatum-voor-begindatum',
      titel: 'Een stop met een einddatum vóór de begindatum wordt in zijn geheel afgekeurd (0001)',
      regels: ['TR018', 'IV028'],
      sutRollen: ['gemeente'],
      stappen: (d) => [
        ...levering(d),
        {
          titel: 'de aanbieder meldt een stop per 04-01-2026 van de levering die op 05-01-2026 begon',
          door: 'aanbieder',
          datum: '2026-01-06',
          bericht: (s) => s.stop({ nummer: 1001, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-01-04' }, { bsn: BSN }),
          verwacht: { bericht: '307', retour: [{ klasse: HEADER, code: '0001' }] },
        },
      ],
    },
  ]),
];
