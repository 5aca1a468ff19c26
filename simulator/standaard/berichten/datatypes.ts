/**
 * The logical datatypes (LDT) of the iWmo/iJw 3.2 basisschema, in the project's own form.
 * Both domains share them; only ProductCategorie and RedenBeeindiging differ in their code lists.
 */
import type { Datum, Geheel, Patroon, PerDomein, Tekst, Tijd } from './model';

const WS = ' \\t\\n\\r'; // the XSD \s: space, tab, line feed, carriage return

/** Patterns, as libxml2 applies the official ones, rewritten to run in linear time. */
export const PATRONEN = {
  /** `.*[^\s].*`: one line (XSD `.` excludes line breaks) with at least one non-space character. */
  nietLeeg: {
    regex: `^(?=[^\\n\\r]*$)[ \\t]*[^${WS}]`,
    uitleg: 'tekst op één regel met minstens één teken dat geen spatie is',
  },
  /** `([.\s]*\S+[.\s]*)+`: any text with at least one non-space character; line breaks allowed. */
  commentaar: { regex: `^[${WS}]*[^${WS}]`, uitleg: 'tekst met minstens één teken dat geen spatie is' },
  versie: {
    regex: '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$',
    uitleg: 'een versienummer van drie gehele getallen gescheiden door punten, zoals 1.0.0',
  },
  voorletters: { regex: '^[a-zA-Z\\u00C0-\\u1EF3]+$', uitleg: 'alleen letters, aaneengesloten (zonder punten of spaties)' },
  alfanumeriek: { regex: '^[a-zA-Z0-9]+$', uitleg: 'alleen letters en cijfers' },
  cijfers: { regex: '^[0-9]*$', uitleg: 'alleen cijfers' },
} as const satisfies Record<string, Patroon>;

export function cijfers(n: number): Patroon {
  return { regex: `^[0-9]{${n}}$`, uitleg: `precies ${n} cijfers` };
}

export function letterlijk(waarde: string): Patroon {
  return { regex: `^${waarde.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, uitleg: `precies '${waarde}'` };
}

function tekst(naam: string, eigen: Omit<Tekst, 'soort' | 'naam' | 'plaats'>): Tekst {
  return { soort: 'tekst', naam, plaats: 'basis', ...eigen };
}
function code(naam: string, maxLengte: number, waarden: PerDomein<readonly string[]>): Tekst {
  return tekst(naam, { maxLengte, waarden });
}
function geheel(naam: string, min: number, max: number): Geheel {
  return { soort: 'geheel', naam, plaats: 'basis', min, max };
}
function vrij(naam: string, maxLengte: number): Tekst {
  return tekst(naam, { minLengte: 1, maxLengte, patroon: PATRONEN.nietLeeg });
}

const reeks = (s: string): readonly string[] => s.split(' ');

const LANDCODES = reeks(
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW',
);

/** Codes of WJ001 that the XSD accepts in a RetourCode element. */
export const RETOURCODES = reeks(
  '0001 0200 0233 0611 8001 8017 8021 8187 8214 8848 9019 9056 9063 9069 9071 9074 9307 9308 9319 9321 9322 9326 ' +
    '9332 9333 9338 9339 9340 9341 9346 9347 9349 9350 9351 9355 9357 9359 9360 9361 9365 9366 9367 9369 9373 9374 ' +
    '9375 9379 9384 9385 9387 9388 9389 9390 9411 9412 9413 9414 9415 S300 S329',
);

const nummers = (van: number, tot: number): string[] => Array.from({ length: tot - van + 1 }, (_, i) => String(van + i).padStart(2, '0'));

export const LDT = {
  AanduidingWoonadres: code('LDT_AanduidingWoonadres', 2, reeks('AB BY TO WW')),
  AdresSoort: code('LDT_AdresSoort', 2, reeks('01 02 03 04')),
  AgbCode: tekst('LDT_AgbCode', { minLengte: 1, maxLengte: 8, patroon: cijfers(8) }),
  Bedrag: geheel('LDT_Bedrag', 0, 99999999),
  BerichtCode: tekst('LDT_BerichtCode', { minLengte: 1, maxLengte: 3 }),
  BerichtSubversie: geheel('LDT_BerichtSubversie', 0, 99),
  BerichtVersie: geheel('LDT_BerichtVersie', 0, 99),
  Budget: geheel('LDT_Budget', 0, 99999999),
  BurgerServicenummer: tekst('LDT_BurgerServicenummer', { minLengte: 1, maxLengte: 9, patroon: cijfers(9) }),
  Commentaar: tekst('LDT_Commentaar', { minLengte: 1, patroon: PATRONEN.commentaar }),
  Communicatievorm: code('LDT_Communicatievorm', 1, reeks('1 2 3')),
  Datum: { soort: 'datum', naam: 'LDT_Datum', plaats: 'basis' } as Datum,
  DatumGebruik: code('LDT_DatumGebruik', 1, reeks('1 2 3')),
  DebetCredit: code('LDT_DebetCredit', 1, reeks('C D')),
  Eenheid: code('LDT_Eenheid', 2, reeks('01 04 14 16 82 83 84')),
  Emailadres: vrij('LDT_Emailadres', 80),
  Frequentie: code('LDT_Frequentie', 1, reeks('1 2 4 6')),
  Gemeente: tekst('LDT_Gemeente', { minLengte: 1, patroon: cijfers(4) }),
  Geslacht: code('LDT_Geslacht', 1, reeks('0 1 2')),
  Huisletter: vrij('LDT_Huisletter', 1),
  Huisnummer: geheel('LDT_Huisnummer', 0, 99999),
  HuisnummerToevoeging: vrij('LDT_HuisnummerToevoeging', 4),
  IdentificatieBericht: vrij('LDT_IdentificatieBericht', 12),
  IdentificatieDeclaratie: tekst('LDT_IdentificatieDeclaratie', { minLengte: 1, maxLengte: 12 }),
  JaNee: code('LDT_JaNee', 1, reeks('1 2')),
  JuridischeStatus: code('LDT_JuridischeStatus', 2, reeks('01 02 03 04 05 11 12')),
  LandCode: code('LDT_LandCode', 2, LANDCODES),
  Landnummer: vrij('LDT_Landnummer', 4),
  Naam: vrij('LDT_Naam', 200),
  NaamGebruik: code('LDT_NaamGebruik', 1, reeks('1 2 3 4 5 6')),
  NaamVerwijzer: vrij('LDT_NaamVerwijzer', 64),
  Nummer: geheel('LDT_Nummer', 0, 999999999),
  Organisatienaam: vrij('LDT_Organisatienaam', 35),
  Persoonsid: vrij('LDT_Persoonsid', 20),
  Plaatsnaam: vrij('LDT_Plaatsnaam', 80),
  Postcode: vrij('LDT_Postcode', 8),
  ProductCategorie: code('LDT_ProductCategorie', 2, {
    wmo: nummers(1, 18),
    jw: [...nummers(31, 38), ...nummers(40, 55)],
  }),
  ProductCode: vrij('LDT_ProductCode', 5),
  RedenAfwijzingVerzoek: code('LDT_RedenAfwijzingVerzoek', 2, reeks('1 2 3 4 5 6 7 8 9')),
  RedenBeeindiging: code('LDT_RedenBeeindiging', 2, {
    wmo: reeks('02 19 20 21 22 23 31 36 37 38 39'),
    jw: reeks('02 20 31 32 33 34 35 36 37 38 39'),
  }),
  RedenVerzoek: code('LDT_RedenVerzoek', 1, reeks('1 2')),
  RedenWijziging: code('LDT_RedenWijziging', 2, nummers(1, 14)),
  Referentie: vrij('LDT_Referentie', 36),
  ReferentieNummer: tekst('LDT_ReferentieNummer', { minLengte: 1, maxLengte: 20 }),
  RelatieVolgorde: geheel('LDT_RelatieVolgorde', 0, 99),
  RetourCode: code('LDT_RetourCode', 4, RETOURCODES),
  SoortRelatie: code('LDT_SoortRelatie', 2, nummers(3, 25)),
  StatusAanlevering: code('LDT_StatusAanlevering', 1, reeks('1 2 3 9')),
  Straatnaam: vrij('LDT_Straatnaam', 24),
  Taal: vrij('LDT_Taal', 25),
  Telefoonnummer: tekst('LDT_Telefoonnummer', { minLengte: 1, maxLengte: 15, patroon: PATRONEN.cijfers }),
  Tijd: { soort: 'tijd', naam: 'LDT_Tijd', plaats: 'basis' } as Tijd,
  TotaalBedrag: geheel('LDT_TotaalBedrag', 0, 999999999999),
  TypeVerwijzer: code('LDT_TypeVerwijzer', 2, reeks('01 02 03 04 05 06 08')),
  Versie: tekst('LDT_Versie', { minLengte: 1, patroon: PATRONEN.versie }),
  VerzoekAntwoord: code('LDT_VerzoekAntwoord', 1, reeks('1 2')),
  Volume: geheel('LDT_Volume', 0, 99999999),
  Voorletters: tekst('LDT_Voorletters', { minLengte: 1, maxLengte: 6, patroon: PATRONEN.voorletters }),
  Voorvoegsel: vrij('LDT_Voorvoegsel', 10),
  WettelijkeVertegenwoordiging: code('LDT_WettelijkeVertegenwoordiging', 2, reeks('06 07 08 09 10')),
} as const;

/** An anonymous restriction of a basis type with a fixed value (BerichtCode 414, BerichtVersie 3, ...). */
export function vasteTekst(basis: Tekst, waarde: string): Tekst {
  return { ...basis, naam: undefined, plaats: 'bericht', patroon: letterlijk(waarde) };
}
export function vastGeheel(basis: Geheel, waarde: string): Geheel {
  return { ...basis, naam: undefined, plaats: 'bericht', vast: waarde };
}
export function metPatroon(basis: Tekst, patroon: Patroon): Tekst {
  return { ...basis, naam: undefined, plaats: 'bericht', patroon };
}
