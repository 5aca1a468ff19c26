/**
 * What the business rules (OP), filling instructions (IV) and principles (UP) that the scenarios carry
 * as tags mean, in the project's own Dutch wording, for the conformance statement and the report's rule page.
 *
 * The TR, CD and CS rules each have their own file with code in this folder's subfolders (see README.md):
 * they check one message against the standard. OP, IV and UP rules govern the process (who sends what,
 * when, in which order) and are checked by the scenarios that carry their tag, so only their meaning
 * lives here. One entry per code used as a tag under features/ (bedrijfsregels.test.ts keeps the two in step).
 */

export type SoortBedrijfsregel = 'bedrijfsregel' | 'invulinstructie' | 'uitgangspunt';

export interface Bedrijfsregel {
  readonly soort: SoortBedrijfsregel;
  /** One Dutch sentence: what the rule requires; where Wmo and Jw differ, it says so. */
  readonly omschrijving: string;
}

export const BEDRIJFSREGELS: Readonly<Record<string, Bedrijfsregel>> = {
  IV008: {
    soort: 'invulinstructie',
    omschrijving:
      'Start of stop corrigeren: de oude berichtklasse op haar logische sleutel verwijderen (StatusAanlevering 3) en zo nodig een nieuwe aanleveren (1), liefst in één bericht.',
  },
  IV028: {
    soort: 'invulinstructie',
    omschrijving:
      'Elk heenbericht krijgt één retourbericht (bij een schemafout geen): alleen de Header als alles goed is, 0001 bij afkeur binnen het bericht, anders codes per berichtklasse.',
  },
  IV034: {
    soort: 'invulinstructie',
    omschrijving: 'BasisschemaXsdVersie en BerichtXsdVersie in de Header krijgen de versienummers die in de appinfo van het gebruikte XSD staan.',
  },
  IV087: {
    soort: 'invulinstructie',
    omschrijving:
      'Op elke declaratie volgt één declaratie-antwoord: bij volledige toekenning met retourcode 8001, anders met alleen de afgewezen cliënten en prestaties en hun retourcodes.',
  },
  OP033: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Een verstuurd start- of stopbericht wijzig je met StatusAanlevering: een berichtklasse is nieuw (1) of vervalt (3); een verwijderde klasse telt als nooit verzonden.',
  },
  OP033x1: {
    soort: 'bedrijfsregel',
    omschrijving:
      'De gemeente wijzigt een toewijzing (einddatum korter of langer, verwijderen, volume of budget) alleen met een nieuw toewijzingsbericht; de laatste versie is leidend.',
  },
  OP033x2: {
    soort: 'bedrijfsregel',
    omschrijving: 'StatusAanlevering 2 (berichtklasse gewijzigd) komt in start- en stopberichten niet voor: corrigeren is verwijderen (3) en opnieuw aanleveren (1).',
  },
  OP047: {
    soort: 'bedrijfsregel',
    omschrijving: 'Voldoet een bericht niet aan de geldende standaard (schema of regels), dan mag de ontvangende partij het afkeuren in plaats van het te verwerken.',
  },
  OP072: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een aanbieder meldt het einde van een levering pas nadat hij de start ervan heeft gemeld, en het stopbericht verwijst naar die start.',
  },
  OP080: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Ketenpartijen hechten geen betekenis aan het moment of de volgorde waarin berichten binnenkomen en verwerkt worden, want berichten kunnen met terugwerkende kracht komen.',
  },
  OP087: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Een toewijzingsbericht bevat voor één cliënt en aanbieder alle toewijzingen die op of na de aanmaakdatum gelden, plus wat sinds het vorige bericht is gewijzigd.',
  },
  OP155: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een tijdelijke of definitieve stop verwijst naar de meest recente startmelding van die levering.',
  },
  OP257: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Verandert de zorgvraag, dan volgt een nieuwe toewijzing (ander product of andere omvang) of past de gemeente de bestaande aan (einddatum, volume bij totaal, budget).',
  },
  OP258: {
    soort: 'bedrijfsregel',
    omschrijving: 'Beëindigt de gemeente een toewijzing, dan laat zij dat de aanbieder weten met een toewijzingsbericht.',
  },
  OP270: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Gemeente en aanbieder spreken af welke begin- en einddatum in start- en stopberichten komen; sinds 3.2 zonder uitzondering voor een gecertificeerde instelling (Jw).',
  },
  OP274: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Op een verzoek om toewijzing antwoordt de gemeente per product binnen 5 werkdagen met een toewijzing of antwoordbericht; na onderzoek volgt het besluit binnen 8 weken.',
  },
  OP276: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een aanbieder declareert alleen voor een cliënt van wie hij een toewijzing heeft ontvangen, en nooit op een verwijderde toewijzing (RedenWijziging 13).',
  },
  OP279: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een aanbieder declareert een product alleen over de periode waarin de toewijzing ervan geldig is.',
  },
  OP280: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een declaratiebericht hoort bij één declaratieperiode, maar mag ook prestaties uit eerder verstreken perioden bevatten.',
  },
  OP286: {
    soort: 'bedrijfsregel',
    omschrijving: 'Vindt de ontvanger een technische fout, dan keurt hij het hele bericht af en meldt dat de verzender; het bericht geldt dan als niet verzonden.',
  },
  OP288: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Is een levering met een startbericht gemeld, dan volgt het einde ervan altijd met een stopbericht, ook als zij gewoon op de einddatum van de toewijzing afloopt.',
  },
  OP289: {
    soort: 'bedrijfsregel',
    omschrijving: 'Per toegewezen product is hooguit één start actueel: een nieuwe start mag pas na een (tijdelijke) stop, of als correctie van de vorige start.',
  },
  OP295: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Bij inspannings- en outputgerichte uitvoering zijn start- en stopberichten verplicht, ook voor een gecertificeerde instelling (Jw, sinds 3.2); een stop volgt op een start.',
  },
  OP304: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Een declaratie-antwoord noemt alleen de cliënten bij wie iets is afgewezen, met hun afgewezen prestaties en retourcodes; volledig goedgekeurde cliënten blijven eruit.',
  },
  OP306: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Een verzoek om wijziging stuurt de aanbieder alleen tijdens een lopende levering met actuele toewijzingen, als de cliënt een ander pakket producten nodig heeft.',
  },
  OP308: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een verzoek om wijziging beschrijft de hele gewenste situatie: de producten die blijven, die veranderen en die erbij komen.',
  },
  OP344: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Elk verzoek (VOT of VOW) eindigt, eventueel na onderzoek, in een toewijzing of een afwijzing; over een VOT mag per product worden beslist, over een VOW alleen als geheel.',
  },
  OP346: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Op een verzoek om wijziging antwoordt de gemeente binnen 5 werkdagen met een toewijzing of antwoordbericht; na onderzoek volgt het besluit binnen 8 weken na dagtekening.',
  },
  OP348: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Bij een gehonoreerd verzoek om wijziging neemt de gemeente het gevraagde één op één over; alleen data (terugwerkende kracht) en nummer (nieuwe toewijzing) mogen afwijken.',
  },
  OP350: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een aanbieder stuurt geen nieuw verzoek om toewijzing of wijziging voor een cliënt zolang een eerder verzoek nog niet is toegewezen of afgewezen.',
  },
  OP359: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Alleen Jeugdwet: wijst de gemeente een verzoek om toewijzing af wegens het woonplaatsbeginsel, dan doet zij dat binnen 2 weken en noemt zij de gemeente die wel betaalt.',
  },
  OP360: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een prestatie mag alleen worden gecrediteerd als zij eerder is goedgekeurd en nog niet eerder is gecrediteerd.',
  },
  OP362: {
    soort: 'bedrijfsregel',
    omschrijving: 'De gemeente verwijdert een toewijzing alleen als de zorg die daarop al geleverd of gedeclareerd is daardoor niet onrechtmatig wordt.',
  },
  OP363: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Bij output- of inspanningsgerichte uitvoering meldt de aanbieder start en stop van de ondersteuning, en alleen voor producten waarvoor hij een toewijzing heeft.',
  },
  OP366: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een prestatieregel wordt eerst volledig gecrediteerd voordat er een correctie op komt; in een declaratie worden creditregels vóór debetregels verwerkt.',
  },
  OP377: {
    soort: 'bedrijfsregel',
    omschrijving: 'Een (tijdelijke) stop volgt altijd op een start; de enige uitzondering is een definitieve stop die direct op een tijdelijke stop volgt.',
  },
  OP378: {
    soort: 'bedrijfsregel',
    omschrijving: 'Na een tijdelijke stop is zonder nieuwe start alleen nog een definitieve stop toegestaan, dus geen tweede tijdelijke stop.',
  },
  OP379: {
    soort: 'bedrijfsregel',
    omschrijving: 'Na een tijdelijke of een definitieve stop mag de aanbieder de levering opnieuw starten met een startbericht.',
  },
  OP380: {
    soort: 'bedrijfsregel',
    omschrijving:
      'Verlengt de gemeente met gelijk of leeg volume en gelijke frequentie (niet totaal per geldigheidsduur) vóór de einddatum verstreken is, dan rekt zij de toewijzing op.',
  },
};

/** The entry of an OP, IV or UP code (`OP380`, `OP033x1`), or undefined when the suite does not use it. */
export function bedrijfsregel(code: string): Bedrijfsregel | undefined {
  return Object.hasOwn(BEDRIJFSREGELS, code) ? BEDRIJFSREGELS[code] : undefined;
}
