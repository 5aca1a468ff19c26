/**
 * The parameter types of the step vocabulary: the domain's values as a tester writes them (a date
 * as 05-01-2026, a month as januari 2026, "3 uur per week", "50,00 euro", a retourcode, a message by
 * name and number). Cucumber uses them to match steps; the plan of a scenario (steps/plan.ts) uses
 * the same definitions, so both read a sentence alike.
 */
import { ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';
import { BERICHTNAMEN, GENUMMERDE_KLASSEN, HEENBERICHTEN, KLASSEN, klassePad, type Berichtnummer } from '../simulator/standaard/berichten/catalogus';
import type { OmvangJson } from '../simulator/partij/acties';
import { leesDatum, leesMaand, MAANDNAMEN } from '../scenarios/omzetting';

export { leesDatum, leesMaand };

export interface Parametertype<T = unknown> {
  readonly naam: string;
  readonly regexp: RegExp;
  readonly uitleg: string;
  readonly voorbeeld: string;
  lees(tekst: string): T;
}

function type<T>(naam: string, regexp: RegExp, uitleg: string, voorbeeld: string, lees: (tekst: string) => T): Parametertype<T> {
  return { naam, regexp, uitleg, voorbeeld, lees };
}

const MAAND = new RegExp(`(?:${MAANDNAMEN.join('|')}) \\d{4}`);

/** Eenheid (WJ756) by the words a tester uses, singular and plural. */
export const EENHEDEN: Readonly<Record<string, string>> = {
  minuut: '01',
  minuten: '01',
  uur: '04',
  etmaal: '14',
  etmalen: '14',
  dagdeel: '16',
  dagdelen: '16',
  stuk: '82',
  stuks: '82',
  euro: '83',
};
/** Frequentie (WMO757). */
export const FREQUENTIES: Readonly<Record<string, string>> = { 'per dag': '1', 'per week': '2', 'per maand': '4', 'in totaal': '6' };

const OMVANG = new RegExp(`\\d+ (?:${Object.keys(EENHEDEN).join('|')}) (?:${Object.keys(FREQUENTIES).join('|')})`);
export function leesOmvang(t: string): OmvangJson {
  const m = /^(\d+) (\S+) (.+)$/.exec(t)!;
  return { volume: Number(m[1]), eenheid: EENHEDEN[m[2]!]! as OmvangJson['eenheid'], frequentie: FREQUENTIES[m[3]!]! as OmvangJson['frequentie'] };
}

/** 5.000,00 euro → 500000 (cents) */
export function leesBedrag(t: string): number {
  const [euro, cent] = t
    .replace(/ euro$/, '')
    .replace(/\./g, '')
    .split(',');
  return Number(euro) * 100 + Number(cent);
}

/** Redenen beëindiging by meaning (the code differs per domain), or a code. */
export const REDENEN: Readonly<Record<string, string>> = {
  tijdelijk: 'tijdelijk',
  definitief: 'definitief',
  'volgens plan': 'volgensPlan',
  'door de cliënt': 'doorClient',
  'door de aanbieder': 'doorAanbieder',
  'in overleg': 'inOverleg',
  'wegens overlijden': 'overlijden',
  'wegens verhuizing': 'verhuizing',
};

/** {toewijzing}: "de toewijzing" (the last one named) is null, "toewijzing 1001" its number. */
export function leesToewijzing(t: string): number | null {
  const m = /(\d+)$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** "Ingangsdatum 01-07-2023, Einddatum 31-12-2023, Omvang 4 uur per week, RedenWijziging 04" as message fields. */
export function leesVelden(t: string): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const deel of t.split(/, (?=[A-Z])/)) {
    const m = /^([A-Z]\w+) (.+)$/.exec(deel.trim())!;
    const naam = m[1]!;
    const waarde = m[2]!;
    if (/^\d{2}-\d{2}-\d{4}$/.test(waarde)) uit[naam] = leesDatum(waarde);
    else if (naam === 'Omvang') {
      const o = leesOmvang(waarde);
      uit[naam] = { Volume: o.volume, Eenheid: o.eenheid, Frequentie: o.frequentie };
    } else if (naam === 'Budget') uit[naam] = leesBedrag(waarde);
    else uit[naam] = waarde;
  }
  return uit;
}

const alternatieven = (w: readonly string[]) => new RegExp(w.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

export const PARAMETERTYPES: readonly Parametertype[] = [
  type('datum', /\d{2}-\d{2}-\d{4}/, 'een datum als DD-MM-JJJJ', '05-01-2026', leesDatum),
  type('maand', MAAND, 'een kalendermaand met jaar', 'januari 2026', leesMaand),
  type('rol', /gemeente|aanbieder/, 'de rol van een partij', 'gemeente', (t) => t),
  type('domein', /wmo|jw/, 'het domein: wmo (iWmo) of jw (iJw)', 'jw', (t) => t),
  type('productcode', /\d{2}[A-Z0-9]{3}/, 'een productcode (categorie en code)', '45A04', (t) => t),
  type('omvang', OMVANG, `volume, eenheid (${Object.keys(EENHEDEN).join(', ')}) en frequentie (${Object.keys(FREQUENTIES).join(', ')})`, '3 uur per week', leesOmvang),
  type('bedrag', /\d{1,3}(?:\.\d{3})*,\d{2} euro/, 'een bedrag in euro, met komma en twee decimalen', '50,00 euro', leesBedrag),
  type('retourcode', /[0-9S]\d{3}/, 'een retourcode (WJ001)', '9414', (t) => t),
  type(
    'bericht',
    new RegExp(HEENBERICHTEN.map((n) => `${BERICHTNAMEN[n]} \\(${n}\\)`).join('|')),
    'een heenbericht bij naam en nummer',
    'startbericht (305)',
    (t) => /\((\d{3})\)$/.exec(t)![1] as Berichtnummer,
  ),
  type('reden', alternatieven(Object.keys(REDENEN)), `een reden beëindiging: ${Object.keys(REDENEN).join(', ')}`, 'in overleg', (t) => REDENEN[t]!),
  type(
    'klasse',
    new RegExp(`${alternatieven(Object.keys(KLASSEN)).source}|(?:${Object.keys(GENUMMERDE_KLASSEN).join('|')}) \\d+`),
    'een berichtklasse: de Header, de Client, het Verzoek, StopProduct 1, Prestatie 2, …',
    'StopProduct 1',
    klassePad,
  ),
  type('bsn', /\d{9}/, 'een burgerservicenummer', '999900006', (t) => t),
  type('gemeentecode', /\d{4}/, 'een CBS-gemeentecode', '0457', (t) => t),
  type('eenheid', alternatieven(Object.keys(EENHEDEN)), 'een eenheid', 'uur', (t) => EENHEDEN[t]!),
  type('redenwijziging', /\d{2}/, 'een reden wijziging toewijzing (JZ002), twee cijfers', '05', (t) => t),
  type('toewijzing', /de toewijzing|toewijzing \d+/, '"de toewijzing" (de laatst genoemde) of "toewijzing" met haar nummer', 'toewijzing 1001', leesToewijzing),
  type(
    'levering',
    /de levering(?: van toewijzing \d+)?/,
    '"de levering" (van de laatst genoemde toewijzing) of "de levering van toewijzing" met haar nummer',
    'de levering van toewijzing 1002',
    leesToewijzing,
  ),
  type(
    'velden',
    /[A-Z]\w+ [^,]+(?:, [A-Z]\w+ [^,]+)*/,
    'velden van het bericht met hun waarde, gescheiden door komma\'s (datums als DD-MM-JJJJ, Omvang als "3 uur per week")',
    'Einddatum 31-03-2026, RedenWijziging 04',
    leesVelden,
  ),
];

/** A registry with the vocabulary's parameter types, for matching sentences outside Cucumber. */
export function parameterregister(): ParameterTypeRegistry {
  const r = new ParameterTypeRegistry();
  for (const p of PARAMETERTYPES) r.defineParameterType(new ParameterType(p.naam, p.regexp, null, (t: string) => p.lees(t), false, false));
  return r;
}
