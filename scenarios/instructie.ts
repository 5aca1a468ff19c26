/**
 * A business step in words, for a tester who enters it in the system under test (`ketentest run
 * --handmatig`). It names every value of the action the suite stands for, in the run's own values
 * (moved dates, the run's client, numbers and references), one value per line as `label: waarde`,
 * so what the tester reads and what a trigger would receive are the same step.
 */
import type { Domein } from '../simulator/standaard/woorden';
import { redenCode } from '../simulator/standaard/berichten/sjablonen';
import type { Actie, OmvangJson, ProductJson } from '../simulator/partij/acties';
import { datumTekst, maandTekst } from './omzetting';

const WAT: Record<Actie['actie'], string> = {
  toewijzen: 'toewijzen: stuur een toewijzingsbericht (301) met deze toewijzing(en) en de andere actuele toewijzingen van de cliënt',
  verlengen: 'verlengen: verleng de toewijzing tot de nieuwe einddatum (oprekken waar OP380 dat eist, anders een nieuwe toewijzing)',
  wijzigen: 'wijzigen: wijzig de omvang of het budget per de ingangsdatum (de oude toewijzing eindigt de dag ervoor)',
  intrekken: 'intrekken: beëindig de toewijzing per de einddatum',
  verwijderen: 'verwijderen: verwijder de toewijzing (einddatum gelijk aan de ingangsdatum, reden wijziging 13)',
  'verzoek-beantwoorden': 'verzoek beantwoorden: beantwoord het verzoek van de aanbieder',
  'declaratie-beantwoorden': 'declaratie beantwoorden: stuur het declaratie-antwoord (325)',
  start: 'start: meld de start van de levering (305)',
  stop: 'stop: meld de stop van de levering (307)',
  'start-verwijderen': 'start verwijderen: trek de gemelde start in (305 met status aanlevering 3)',
  'stop-verwijderen': 'stop verwijderen: trek de actuele stop in (status aanlevering 3)',
  'start-corrigeren': 'start corrigeren: verwijder de start en meld hem opnieuw met de nieuwe begindatum, in één bericht',
  'stop-corrigeren': 'stop corrigeren: verwijder de stop en meld hem opnieuw, in één bericht',
  'verzoek-om-toewijzing': 'verzoek om toewijzing: vraag de producten aan (315)',
  'verzoek-om-wijziging': 'verzoek om wijziging: vraag het gewijzigde pakket aan (317), met alle actuele toewijzingen',
  declareren: 'declareren: stuur een declaratie (323)',
  crediteren: 'crediteren: crediteer de eerder goedgekeurde prestatie (323 met een creditregel)',
};

const EENHEID: Record<string, string> = {
  '01': 'minuut',
  '04': 'uur',
  '14': 'etmaal',
  '16': 'dagdeel (4 uur)',
  '82': 'stuks (output)',
  '83': "euro's",
  '84': 'stuks (inspanning)',
};
const FREQUENTIE: Record<string, string> = { '1': 'per dag', '2': 'per week', '4': 'per maand', '6': 'totaal binnen de geldigheidsduur van de toewijzing' };
const ANTWOORD: Record<string, string> = { toewijzen: 'toewijzen (met een toewijzingsbericht)', onderzoek: 'in onderzoek nemen (antwoord 2)', afwijzen: 'afwijzen (antwoord 1)' };
const REDEN_AFWIJZING: Record<string, string> = {
  '1': 'geen wijziging, maar nieuwe aanvraag',
  '2': 'past niet binnen budget',
  '3': 'geen contract',
  '4': 'past niet binnen contract',
  '5': 'andere gemeente',
  '6': 'stapeling',
  '7': 'zorginhoudelijke afkeur',
  '8': 'woonplaatsbeginsel',
  '9': 'leeftijdsgrens is bereikt',
};
const REDEN_BEEINDIGING: Record<string, string> = {
  tijdelijk: 'levering is tijdelijk beëindigd',
  definitief: 'levering is volgens plan beëindigd',
  volgensPlan: 'levering is volgens plan beëindigd',
  overlijden: 'overlijden',
  doorClient: 'voortijdig afgesloten, door cliënt',
  doorAanbieder: 'voortijdig afgesloten, door aanbieder',
  inOverleg: 'voortijdig afgesloten, in overleg',
  verhuizing: 'voortijdig afgesloten, externe oorzaak',
};

function euro(cent: number): string {
  return `€ ${(cent / 100).toFixed(2).replace('.', ',')} (${cent} eurocent)`;
}

function product(p: ProductJson | null | undefined): string {
  if (!p) return 'geen (generieke toewijzing, zonder product)';
  return `categorie ${p.categorie}${p.code ? `, productcode ${p.code}` : ', zonder productcode'}`;
}

function omvang(o: OmvangJson): string {
  return `${o.volume} ${EENHEID[o.eenheid] ?? o.eenheid} ${FREQUENTIE[o.frequentie] ?? o.frequentie} (volume ${o.volume}, eenheid ${o.eenheid}, frequentie ${o.frequentie})`;
}

function maand(m: string): string {
  return `${maandTekst(m)} (${m})`;
}

/** Labels and how each value is written; the order is the order of the lines. */
const VELDEN: readonly [string, string, (w: never, domein: Domein) => string][] = [
  ['bsn', 'Cliënt (BSN)', (w: string) => w],
  ['nummer', 'Toewijzingnummer', (w: number) => String(w)],
  ['toewijzingNummer', 'Toewijzingnummer', (w: number) => String(w)],
  ['referentieAanbieder', 'Referentie aanbieder', (w: string) => w],
  ['antwoord', 'Antwoord', (w: string) => ANTWOORD[w] ?? w],
  ['redenAfwijzing', 'Reden afwijzing', (w: string) => `${w} (${REDEN_AFWIJZING[w] ?? 'onbekend'})`],
  ['woonplaatsbeginsel', 'Gemeente volgens het woonplaatsbeginsel', (w: string) => w],
  ['product', 'Product', (w: ProductJson | null) => product(w)],
  ['toewijzingIngangsdatum', 'Ingangsdatum van de toewijzing', (w: string) => datumTekst(w)],
  ['ingangsdatum', 'Ingangsdatum', (w: string) => datumTekst(w)],
  ['begindatum', 'Begindatum', (w: string) => datumTekst(w)],
  ['nieuweBegindatum', 'Nieuwe begindatum', (w: string) => datumTekst(w)],
  ['einddatum', 'Einddatum', (w: string) => datumTekst(w)],
  ['reden', 'Reden beëindiging', (w: string, d: Domein) => `${redenCode(d, w)} (${REDEN_BEEINDIGING[w] ?? 'code uit de lijst reden beëindiging'})`],
  ['redenWijziging', 'Reden wijziging', (w: string) => w],
  ['omvang', 'Omvang', (w: OmvangJson) => omvang(w)],
  ['budget', 'Budget', (w: number) => euro(w)],
  ['maand', 'Declaratieperiode', (w: string) => maand(w)],
  ['declaratieNummer', 'Declaratienummer', (w: string) => w],
  ['referentie', 'Referentienummer van de prestatie', (w: string) => w],
  ['volume', 'Volume', (w: number) => String(w)],
  ['eenheid', 'Eenheid', (w: string) => `${w} (${EENHEID[w] ?? 'onbekend'})`],
  ['tarief', 'Tarief', (w: number) => `${euro(w)} per eenheid`],
  ['bedrag', 'Bedrag', (w: number) => euro(w)],
  ['commentaar', 'Commentaar', (w: string) => w],
];

const LIJSTEN: readonly [string, string][] = [
  ['toewijzingen', 'Toewijzing'],
  ['producten', 'Aangevraagd product'],
  ['teWijzigen', 'Te wijzigen toewijzing'],
  ['nieuw', 'Nieuw product'],
  ['prestaties', 'Prestatie'],
  ['afwijzen', 'Af te wijzen prestatie'],
];

function regels(o: Record<string, unknown>, domein: Domein, inspringing: string): string[] {
  const uit: string[] = [];
  for (const [veld, label, schrijf] of VELDEN) {
    if (o[veld] !== undefined) uit.push(`${inspringing}${label}: ${(schrijf as (w: unknown, d: Domein) => string)(o[veld], domein)}`);
  }
  for (const [veld, label] of LIJSTEN) {
    const lijst = o[veld] as Record<string, unknown>[] | undefined;
    lijst?.forEach((x, i) => uit.push(`${inspringing}${label} ${i + 1}:`, ...regels(x, domein, `${inspringing}  `)));
  }
  if (o.retourcode !== undefined) uit.push(`${inspringing}Retourcode: ${String(o.retourcode)}`);
  return uit;
}

/** The action in words: what to do, then every value on a line of its own. */
export function instructieTekst(a: Actie, domein: Domein): string[] {
  const { actie, dagtekening: _dagtekening, ...rest } = a;
  return [`Wat: ${WAT[actie]}`, ...regels(rest as Record<string, unknown>, domein, '')];
}
