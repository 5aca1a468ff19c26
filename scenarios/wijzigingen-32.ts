/**
 * The 3.2 changes not covered by the four cases: an old municipality code after a merger (TR378)
 * and start and stop messages mandatory for a gecertificeerde instelling (OP270/OP295, Jw).
 * (OP380, the StopProduct key with TR413-TR415, the contract tariff and several products in one
 * product period are in casussen-32.ts and declareren.ts.)
 */
import { DOMEINEN } from '../simulator/berichten/model';
import { BSN, UUR_PER_WEEK, type Casus } from './model';

export const WIJZIGINGEN_32: readonly Casus[] = [
  {
    id: 'oude-gemeentecode',
    titel: 'Weesp (0457) na de herindeling: de oude code geldt nog voor een toewijzing van vóór de herindeling',
    herkomst: 'wmo',
    domeinen: DOMEINEN,
    regels: ['TR378'],
    sutRollen: ['aanbieder'],
    opzet: { gemeente: '0457', vasteDatums: 'de herindeling van Weesp in Amsterdam op 24-03-2022' },
    feature: 'features/wijzigingen-32/oude-gemeentecode.feature',
    stappen: (d) => [
      {
        titel: 'gemeente Weesp (0457) wijst op 01-06-2022 toe met ingang 01-01-2022, vóór de herindeling van 24-03-2022',
        door: 'gemeente',
        datum: '2022-06-01',
        actie: { actie: 'toewijzen', bsn: BSN, toewijzingen: [{ nummer: 4571, product: d.productJson(), ingangsdatum: '2022-01-01', einddatum: '2022-12-31', omvang: UUR_PER_WEEK }] },
        verwacht: { bericht: '301', retour: 'goedgekeurd' },
      },
    ],
  },
  {
    id: 'oude-gemeentecode-na-herindeling',
    titel: 'Weesp (0457) voor een toewijzing die na de herindeling ingaat: S300',
    herkomst: 'wmo',
    domeinen: DOMEINEN,
    regels: ['TR378'],
    sutRollen: ['aanbieder'],
    opzet: { gemeente: '0457', vasteDatums: 'de herindeling van Weesp in Amsterdam op 24-03-2022' },
    feature: 'features/wijzigingen-32/oude-gemeentecode.feature',
    stappen: (d) => [
      {
        titel: 'gemeente Weesp (0457) wijst op 01-06-2022 toe met ingang 01-05-2022, na de herindeling',
        door: 'gemeente',
        datum: '2022-06-01',
        actie: { actie: 'toewijzen', bsn: BSN, toewijzingen: [{ nummer: 4572, product: d.productJson(), ingangsdatum: '2022-05-01', einddatum: '2022-12-31', omvang: UUR_PER_WEEK }] },
        verwacht: { bericht: '301', retour: [{ klasse: '/Bericht/Header', code: 'S300' }] },
      },
    ],
  },
  {
    id: 'gi-regieberichten',
    titel: 'Een gecertificeerde instelling meldt de start van een toewijzing zelf',
    herkomst: 'jw',
    domeinen: ['jw'],
    regels: ['OP270', 'OP295', 'OP363'],
    sutRollen: ['aanbieder'],
    opzet: { gi: true },
    feature: 'features/wijzigingen-32/gi-regieberichten.feature',
    stappen: (d) => [
      {
        titel: 'de gemeente wijst de GI een maatregel toe per 01-03-2026',
        door: 'gemeente',
        datum: '2026-03-01',
        actie: { actie: 'toewijzen', bsn: BSN, toewijzingen: [{ nummer: 5001, product: d.productJson(), ingangsdatum: '2026-03-01', einddatum: '2026-12-31', omvang: UUR_PER_WEEK }] },
        verwacht: { bericht: '301', retour: 'goedgekeurd', volgt: [{ door: 'aanbieder', bericht: '305', inhoud: [{ soort: 'start', nummer: 5001 }] }] },
      },
    ],
  },
];
