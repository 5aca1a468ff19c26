/**
 * Faults: each turns one piece of the reference behaviour into a known violation of one rule, so
 * the conformance suite can prove it notices (`ketentest simulator --fout NAAM`, `--fouten` lists them).
 * The behaviour code asks `heeftFout(naam)` at the one place the fault changes.
 */
import { DOMEINEN, type Domein, type Rol } from '../standaard/woorden';

export interface Fout {
  readonly naam: string;
  /** The rule the faulty behaviour violates. */
  readonly regel: string;
  /** The role that misbehaves. */
  readonly rol: Rol | 'beide';
  readonly familie: 'toewijzing' | 'regie' | 'verzoek' | 'declaratie' | 'techniek' | 'koppelvlak';
  readonly domeinen: readonly Domein[];
  readonly uitleg: string;
  /** Rules the receiving side no longer checks (the fault answers 0200 where their code is due). */
  readonly negeertRegels?: readonly string[];
}

const BEIDE = DOMEINEN;

export const FOUTEN: readonly Fout[] = [
  {
    naam: 'verlengen-met-nieuw-nummer',
    regel: 'OP380',
    rol: 'gemeente',
    familie: 'toewijzing',
    domeinen: BEIDE,
    uitleg: 'verlengt met een nieuwe toewijzing (nieuw ToewijzingNummer) waar OP380 het oprekken van de einddatum eist',
  },
  {
    naam: 'verlengen-altijd-oprekken',
    regel: 'OP257',
    rol: 'gemeente',
    familie: 'toewijzing',
    domeinen: BEIDE,
    uitleg: 'rekt de bestaande toewijzing ook op als het volume of de frequentie wijzigt, waar een nieuwe toewijzing hoort',
  },
  {
    naam: 'eerdere-einddatum-accepteren',
    regel: 'TR414',
    rol: 'gemeente',
    familie: 'regie',
    domeinen: BEIDE,
    uitleg: 'keurt een stop goed (0200) waarvan de einddatum vóór die van de actuele (tijdelijke) stop ligt, waar 9414 hoort',
    negeertRegels: ['TR414'],
  },
  {
    naam: 'zelfde-einddatum-afkeuren',
    regel: 'TR414',
    rol: 'gemeente',
    familie: 'regie',
    domeinen: BEIDE,
    uitleg: 'keurt een definitieve stop met dezelfde einddatum als de tijdelijke stop af met 9414, zoals vóór 3.2',
  },
  {
    naam: 'tweede-tijdelijke-stop-accepteren',
    regel: 'TR413',
    rol: 'gemeente',
    familie: 'regie',
    domeinen: BEIDE,
    uitleg: 'accepteert na een tijdelijke stop nog een tijdelijke stop zonder nieuwe start, waar 9413 hoort',
    negeertRegels: ['TR413'],
  },
  {
    naam: 'stop-na-definitieve-stop-accepteren',
    regel: 'TR415',
    rol: 'gemeente',
    familie: 'regie',
    domeinen: BEIDE,
    uitleg: 'accepteert een stop na een definitieve stop van dezelfde levering, waar 9415 hoort',
    negeertRegels: ['TR415'],
  },
  {
    naam: 'stopsleutel-zonder-reden',
    regel: 'TR074',
    rol: 'gemeente',
    familie: 'regie',
    domeinen: BEIDE,
    uitleg:
      'gebruikt de sleutel van StopProduct zonder RedenBeeindiging (zoals vóór 3.2) en keurt een definitieve stop na een tijdelijke met dezelfde einddatum af als dubbel (9074)',
  },
  {
    naam: 'oude-gemeentecode-afkeuren',
    regel: 'TR378',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'keurt een vervallen gemeentecode af (S300) ook als die actueel was op de ingangsdatum van de toewijzing, wat TR378 sinds 3.2 toestaat',
  },
  {
    naam: 'contracttarief-negeren',
    regel: 'TR418',
    rol: 'gemeente',
    familie: 'declaratie',
    domeinen: BEIDE,
    uitleg: 'keurt een prestatie goed waarvan het ProductTarief afwijkt van het contracttarief, waar 0611 hoort',
    negeertRegels: ['TR418'],
  },
  {
    naam: 'producten-in-zelfde-periode-afkeuren',
    regel: 'TR389',
    rol: 'gemeente',
    familie: 'declaratie',
    domeinen: BEIDE,
    uitleg: 'keurt een tweede debetprestatie in dezelfde productperiode op een aspecifieke toewijzing af (9389), ook als die voor een ander product is',
  },
  {
    naam: 'gi-zonder-start',
    regel: 'OP295',
    rol: 'aanbieder',
    familie: 'regie',
    domeinen: ['jw'],
    uitleg: 'een gecertificeerde instelling die na een toewijzing nooit een startbericht stuurt (regieberichten zijn voor een GI verplicht)',
  },
  {
    naam: 'geen-retour',
    regel: 'IV028',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'stuurt op een heenbericht geen retourbericht',
  },
  {
    naam: 'retourcode-op-verkeerde-klasse',
    regel: 'IV028',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'zet de retourcode van een afgekeurde berichtklasse op de bovenliggende Client in plaats van op de klasse zelf',
  },
  {
    naam: 'technische-fout-accepteren',
    regel: 'TR018',
    rol: 'gemeente',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'slaat de controles binnen het bericht over: een stop met einddatum vóór de begindatum krijgt 0200 waar 0001 hoort',
    negeertRegels: ['TR018'],
  },
  {
    naam: 'onderzoek-twee-keer',
    regel: 'TR360',
    rol: 'gemeente',
    familie: 'verzoek',
    domeinen: BEIDE,
    uitleg: 'neemt een verzoek dat al in onderzoek is nog een keer in onderzoek (tweede antwoordbericht met antwoord 2)',
  },
  {
    naam: 'toewijzing-zonder-referentie',
    regel: 'TR379',
    rol: 'gemeente',
    familie: 'verzoek',
    domeinen: BEIDE,
    uitleg: 'wijst een verzoek toe zonder de ReferentieAanbieder van het verzoek over te nemen',
  },
  {
    naam: 'vow-onvolledig',
    regel: 'TR349',
    rol: 'aanbieder',
    familie: 'verzoek',
    domeinen: BEIDE,
    uitleg: 'stuurt een verzoek om wijziging zonder de ongewijzigde actuele toewijzingen',
  },
  {
    naam: 'start-zonder-toewijzing-accepteren',
    regel: 'TR019',
    rol: 'gemeente',
    familie: 'regie',
    domeinen: BEIDE,
    uitleg: 'keurt een startbericht goed dat niet bij een toewijzing hoort, waar 9019 hoort',
    negeertRegels: ['TR019'],
  },
  {
    naam: 'verwijderen-met-declaraties',
    regel: 'TR385',
    rol: 'gemeente',
    familie: 'toewijzing',
    domeinen: BEIDE,
    uitleg: 'verwijdert een toewijzing (RedenWijziging 13) waarop al goedgekeurde prestaties zijn gedeclareerd',
  },
  {
    naam: 'goedgekeurde-prestaties-terugsturen',
    regel: 'TR342',
    rol: 'gemeente',
    familie: 'declaratie',
    domeinen: BEIDE,
    uitleg: 'neemt in een declaratie-antwoord met afgewezen prestaties ook de goedgekeurde prestaties op',
  },
  // What a party sends besides its judgement: the suite judges every message of the system under test.
  {
    naam: 'xsdversie-verkeerd',
    regel: 'IV034',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: "vult in de Header van zijn heenberichten een BerichtXsdVersie die niet die van de 3.2-schema's is",
  },
  {
    naam: 'retour-kop-gewijzigd',
    regel: 'IV028',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'neemt in een retourbericht de Header van het heenbericht niet ongewijzigd over (een eigen Dagtekening in de BerichtIdentificatie)',
  },
  {
    naam: 'retour-afzender-verwisseld',
    regel: 'IV028',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'verwisselt in een retourbericht Afzender en Ontvanger van het heenbericht (een retour die het schema niet haalt)',
  },
  {
    naam: 'nagekomen-retour',
    regel: 'IV028',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'stuurt op een heenbericht na het retourbericht nog een tweede, waar er één hoort',
  },
  {
    naam: 'antwoord-prestatie-gewijzigd',
    regel: 'TR367',
    rol: 'gemeente',
    familie: 'declaratie',
    domeinen: BEIDE,
    uitleg: 'neemt een afgewezen prestatie in het declaratie-antwoord op met een ander GeleverdVolume dan in de declaratie',
  },
  {
    naam: 'antwoord-totaal-fout',
    regel: 'TR342',
    rol: 'gemeente',
    familie: 'declaratie',
    domeinen: BEIDE,
    uitleg: 'rekent in het declaratie-antwoord een TotaalToegekendBedrag dat niet klopt met de afgewezen prestaties (één euro te veel)',
  },
  {
    naam: 'bericht-dubbel',
    regel: 'TR056',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'stuurt elk heenbericht twee keer, met dezelfde BerichtIdentificatie',
  },
  {
    naam: 'eerst-andere-client',
    regel: 'OP080',
    rol: 'beide',
    familie: 'techniek',
    domeinen: BEIDE,
    uitleg: 'stuurt vóór elk heenbericht hetzelfde bericht over een andere cliënt, dat niet bij de stap hoort',
  },
  // Koppelvlak faults: how a party's connector mishandles what the chain does (dienst/transport/keten.ts);
  // their behaviour sits in the transport that meets it (stuf-ggk/, vsp/), their scenarios in features/koppelvlakken/.
  {
    naam: 'kopie-verwerken',
    regel: 'TR056',
    rol: 'beide',
    familie: 'koppelvlak',
    domeinen: BEIDE,
    uitleg: 'verwerkt een bericht dat de keten twee keer aflevert (dezelfde envelop) opnieuw en keurt de kopie goed, waar 9056 hoort',
    negeertRegels: ['TR056'],
  },
  {
    naam: 'laat-bericht-negeren',
    regel: 'IV028',
    rol: 'beide',
    familie: 'koppelvlak',
    domeinen: BEIDE,
    uitleg: 'laat een bericht liggen dat de keten laat aflevert (envelop meer dan een dag oud): er komt geen retourbericht',
  },
  {
    naam: 'fo01-genegeerd',
    regel: 'IV028',
    rol: 'gemeente',
    familie: 'koppelvlak',
    domeinen: BEIDE,
    uitleg: 'houdt een bericht waarop het knooppunt een Fo01 stuurde (IB103: niet afgeleverd, opnieuw aanbieden) voor afgeleverd en biedt het niet opnieuw aan',
  },
  {
    naam: '422-genegeerd',
    regel: 'IV028',
    rol: 'aanbieder',
    familie: 'koppelvlak',
    domeinen: BEIDE,
    uitleg: 'houdt een bericht dat de VSP-pushservice met 422 weigerde voor afgeleverd en biedt het niet opnieuw aan',
  },
  {
    naam: 'ophalen-zonder-bevestigen',
    regel: 'IV028',
    rol: 'aanbieder',
    familie: 'koppelvlak',
    domeinen: BEIDE,
    uitleg: 'haalt berichten op zonder hun ontvangst te bevestigen (DELETE): de VSP-wachtrij schuift niet op en latere berichten blijven onbeantwoord',
  },
];

export function fout(naam: string): Fout | undefined {
  return FOUTEN.find((f) => f.naam === naam);
}
