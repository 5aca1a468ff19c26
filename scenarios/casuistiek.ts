/**
 * The casuïstiek as a table: every case the suite proves, by the domain whose case descriptions it
 * comes from, the domains it applies to, the rules it proves and the roles a system under test can
 * have in it. The scenarios themselves are the feature files; a case's scenarios carry its id as a
 * tag (`@casus-1`), so `ketentest casuistiek` finds them by reading the features.
 */
import type { Domein } from '../simulator/berichten/model';
import type { Rol } from '../simulator/rollen/fouten';

export interface Casusrij {
  readonly id: string;
  readonly titel: string;
  /** The domain whose case descriptions it comes from (since 3.2 each standard also lists the other's). */
  readonly herkomst: Domein;
  readonly domeinen: readonly Domein[];
  /** The rules the case proves. */
  readonly regels: readonly string[];
  /** The roles a system under test can have in this case. */
  readonly sutRollen: readonly Rol[];
}

export const CASUISTIEK: readonly Casusrij[] = [
  { id: 'casus-1', titel: 'Van toewijzing naar verlengen van de toewijzing door de einddatum op te rekken', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP380', 'OP033x1'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'casus-1-volume-gewijzigd', titel: 'Verlengen met een ander volume: een nieuwe toewijzing', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP257', 'OP380'], sutRollen: ['gemeente'] },
  { id: 'casus-1-geen-nieuwe-start', titel: 'Na het oprekken blijft de start actueel: een tweede start wordt afgekeurd', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP380', 'TR326'], sutRollen: ['gemeente'] },
  { id: 'casus-2', titel: 'Van levering via tijdelijke stop naar definitieve stop met gelijke einddatum', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['OP377', 'OP378', 'TR414', 'TR413', 'TR074'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'casus-2-eerdere-einddatum', titel: 'Een definitieve stop met een eerdere einddatum dan de tijdelijke stop wordt afgekeurd', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR414', 'IV028'], sutRollen: ['gemeente'] },
  { id: 'casus-2-tweede-tijdelijke-stop', titel: 'Na een tijdelijke stop volgt zonder nieuwe start geen tweede tijdelijke stop', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR413', 'OP378'], sutRollen: ['gemeente'] },
  { id: 'casus-3', titel: 'Van tijdelijke stop naar definitieve stop met latere einddatum', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['OP377', 'OP378', 'TR414'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'casus-3-stop-na-definitief', titel: 'Na een definitieve stop volgt voor dezelfde levering geen stop meer', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR415', 'OP377'], sutRollen: ['gemeente'] },
  { id: 'casus-4', titel: 'Van levering via stop naar het corrigeren van de stop', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP033', 'OP033x2', 'IV008', 'TR063', 'TR074'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'casus-4-onbekende-stop-verwijderen', titel: 'Een stop verwijderen die nooit is gemeld wordt afgekeurd', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['TR063'], sutRollen: ['gemeente'] },
  { id: 'oude-gemeentecode', titel: 'Weesp (0457) na de herindeling: de oude code geldt nog voor een toewijzing van vóór de herindeling', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR378'], sutRollen: ['aanbieder'] },
  { id: 'oude-gemeentecode-na-herindeling', titel: 'Weesp (0457) voor een toewijzing die na de herindeling ingaat: S300', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR378'], sutRollen: ['aanbieder'] },
  { id: 'gi-regieberichten', titel: 'Een gecertificeerde instelling meldt de start van een toewijzing zelf', herkomst: 'jw', domeinen: ['jw'], regels: ['OP270', 'OP295', 'OP363'], sutRollen: ['aanbieder'] },
  { id: 'vot-direct-toewijzen', titel: 'Verzoek om toewijzing, direct toegewezen', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP274', 'OP344', 'TR379', 'TR355'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vot-toewijzen-na-onderzoek', titel: 'Verzoek om toewijzing, toegewezen na onderzoek', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP274', 'OP344', 'TR365', 'TR379'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vot-direct-afwijzen', titel: 'Verzoek om toewijzing, direct afgewezen', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP344', 'CD085', 'TR355'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vot-afwijzen-na-onderzoek', titel: 'Verzoek om toewijzing, afgewezen na onderzoek', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP344', 'TR365', 'CD085'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vot-woonplaatsbeginsel', titel: 'Verzoek om toewijzing, na onderzoek afgewezen op grond van het woonplaatsbeginsel', herkomst: 'jw', domeinen: ['jw'], regels: ['OP359', 'TR377', 'TR409', 'TR378'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vot-onderzoek-twee-keer', titel: 'Een verzoek dat in onderzoek is wordt niet nog eens in onderzoek genomen', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['TR360', 'OP344'], sutRollen: ['gemeente'] },
  { id: 'vot-onderhanden', titel: 'Een tweede verzoek terwijl het eerste nog in behandeling is, wordt afgekeurd', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['TR374', 'OP350'], sutRollen: ['gemeente'] },
  { id: 'vow-direct-toewijzen', titel: 'Verzoek om wijziging, direct toegewezen', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP306', 'OP308', 'OP348', 'TR349', 'TR379'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vow-toewijzen-na-onderzoek', titel: 'Verzoek om wijziging, toegewezen na onderzoek', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP346', 'OP348', 'TR365', 'TR379', 'TR349'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vow-direct-afwijzen', titel: 'Verzoek om wijziging, direct afgewezen', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP346', 'CD085', 'TR349'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vow-afwijzen-na-onderzoek', titel: 'Verzoek om wijziging, afgewezen na onderzoek', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP346', 'TR365', 'TR349'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'vow-onvolledig', titel: 'Een verzoek om wijziging zonder de ongewijzigde actuele toewijzingen wordt afgekeurd', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['TR349', 'OP308'], sutRollen: ['gemeente'] },
  { id: 'stop-na-start', titel: 'Definitieve stop na de start', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP072', 'OP155', 'OP288', 'TR382'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'tijdelijke-stop-na-start', titel: 'Tijdelijke stop na de start', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP072', 'OP155', 'TR382'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'start-na-stop', titel: 'Na een tijdelijke stop mag een nieuwe start volgen', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP379', 'TR326'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'start-verwijderen', titel: 'Een start verwijderen (StatusAanlevering 3)', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP033', 'IV008', 'TR063'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'start-corrigeren', titel: 'Een start corrigeren: verwijderen en opnieuw aanleveren in één bericht', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP033', 'OP033x2', 'IV008', 'TR063', 'TR074'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'stop-verwijderen', titel: 'Een stop verwijderen (StatusAanlevering 3)', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['OP033', 'IV008', 'TR063'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'start-zonder-toewijzing', titel: 'Een start die niet bij een toewijzing hoort wordt afgekeurd', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['TR019', 'OP363'], sutRollen: ['gemeente'] },
  { id: 'start-verwijderen-na-stop', titel: 'Een start verwijderen nadat de levering is gestopt wordt afgekeurd', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['TR071'], sutRollen: ['gemeente'] },
  { id: 'tweede-start', titel: 'Een tweede start terwijl de levering loopt wordt afgekeurd', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['TR326', 'OP289'], sutRollen: ['gemeente'] },
  { id: 'toewijzing-intrekken', titel: 'De gemeente beëindigt een toewijzing eerder', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['OP033x1', 'OP258', 'OP087'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'verwijderen-met-declaraties', titel: 'Een toewijzing met goedgekeurde declaraties wordt niet verwijderd', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR385', 'OP362'], sutRollen: ['gemeente'] },
  { id: 'toewijzing-verwijderen', titel: 'De gemeente verwijdert een ten onrechte verstuurde toewijzing', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['OP362', 'CS335'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'declareren-debet', titel: 'Een declaratie die volledig wordt toegekend', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['OP276', 'OP279', 'OP280', 'IV087', 'TR358'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'declareren-credit', titel: 'Een goedgekeurde prestatie crediteren', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['OP360', 'OP366', 'TR323', 'TR390', 'CD060'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'declareren-afgewezen-prestatie', titel: 'Een afgewezen prestatie: alleen die staat in het declaratie-antwoord', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR338', 'TR342', 'IV087', 'OP304'], sutRollen: ['gemeente'] },
  { id: 'contracttarief', titel: 'Het ingediende tarief volgt het contract (nieuw in 3.2)', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR418', 'TR346'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'contracttarief-afwijkend', titel: 'Een prestatie met een ander tarief dan het contract krijgt 0611', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR418'], sutRollen: ['gemeente'] },
  { id: 'producten-zelfde-periode', titel: 'Twee producten in dezelfde productperiode op een aspecifieke toewijzing (toegestaan sinds 3.2)', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR389', 'TR416'], sutRollen: ['gemeente', 'aanbieder'] },
  { id: 'producten-zelfde-periode-zelfde-product', titel: 'Een tweede debetprestatie voor hetzelfde product in dezelfde productperiode wordt afgewezen', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR389'], sutRollen: ['gemeente'] },
  { id: 'schema-afkeur-start', titel: 'Een startbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['IV028', 'OP047', 'OP286'], sutRollen: ['gemeente'] },
  { id: 'schema-afkeur-toewijzing', titel: 'Een toewijzingsbericht dat niet aan het berichtschema voldoet krijgt geen retourbericht', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['IV028', 'OP047'], sutRollen: ['aanbieder'] },
  { id: 'elfproef-start', titel: 'Een startbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001)', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['CS002', 'IV028', 'OP286'], sutRollen: ['gemeente'] },
  { id: 'elfproef-toewijzing', titel: 'Een toewijzingsbericht met een Bsn dat niet aan de elfproef voldoet wordt in zijn geheel afgekeurd (0001)', herkomst: 'jw', domeinen: ['wmo', 'jw'], regels: ['CS002', 'IV028'], sutRollen: ['aanbieder'] },
  { id: 'einddatum-voor-begindatum', titel: 'Een stop met een einddatum vóór de begindatum wordt in zijn geheel afgekeurd (0001)', herkomst: 'wmo', domeinen: ['wmo', 'jw'], regels: ['TR018', 'IV028'], sutRollen: ['gemeente'] },
];
