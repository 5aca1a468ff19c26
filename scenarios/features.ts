/**
 * Writes the Dutch feature files from the casuïstiek: one scenario per case and role of the system
 * under test, with a row per domain, every step and every expectation as a sentence. The features are
 * committed and read by domain experts; a test checks they match the cases, so they never drift.
 */
import type { Domein } from '../simulator/berichten/model';
import type { Rol } from '../simulator/rollen/fouten';
import { ALLE_CASUSSEN } from './casussen';
import { domeinwaarden, type Casus, type Stap } from './model';
import { verwachtingsregels } from './verwachtingen';

/** Title and introduction of each feature file. */
const FEATURES: Record<string, { titel: string; inleiding: string }> = {
  'features/casussen/casus-1-verlengen.feature': {
    titel: 'Casus 1: van toewijzing naar verlengen door de einddatum op te rekken',
    inleiding: 'Casusbeschrijving 3.2, casus 1. Blijven volume en frequentie gelijk en is de einddatum nog niet verstreken,\n  dan rekt de gemeente de bestaande toewijzing op (OP380).',
  },
  'features/casussen/casus-2-tijdelijk-naar-definitief.feature': {
    titel: 'Casus 2: van levering via tijdelijke stop naar definitieve stop met gelijke einddatum',
    inleiding: 'Casusbeschrijving 3.2, casus 2. Sinds 3.2 mag een definitieve stop na een tijdelijke stop dezelfde einddatum hebben\n  (de sleutel van StopProduct bevat RedenBeeindiging; TR414).',
  },
  'features/casussen/casus-3-tijdelijk-naar-definitief-later.feature': {
    titel: 'Casus 3: van tijdelijke stop naar definitieve stop met latere einddatum',
    inleiding: 'Casusbeschrijving 3.2, casus 3: de definitieve stop heeft een latere einddatum dan de tijdelijke.',
  },
  'features/casussen/casus-4-stop-corrigeren.feature': {
    titel: 'Casus 4: van levering via stop naar het corrigeren van de stop',
    inleiding: 'Casusbeschrijving 3.2, casus 4: verwijderen (StatusAanlevering 3) en opnieuw aanleveren in één bericht (IV008).',
  },
  'features/wijzigingen-32/op380-verlengen.feature': {
    titel: 'Wijziging 3.2: verlengen door oprekken, en wanneer juist een nieuwe toewijzing hoort',
    inleiding: 'OP380 eist oprekken bij gelijk volume en gelijke frequentie (niet totaal binnen de geldigheidsduur) zolang de einddatum niet\n  verstreken is; verandert de zorgvraag, dan volgt een nieuwe toewijzing (OP257).',
  },
  'features/wijzigingen-32/stopproduct.feature': {
    titel: 'Wijziging 3.2: tijdelijke en definitieve stop (TR413, TR414, TR415)',
    inleiding: 'Na een tijdelijke stop volgt zonder nieuwe start alleen een definitieve stop, met een einddatum die niet eerder ligt; na een\n  definitieve stop volgt geen stop meer.',
  },
  'features/wijzigingen-32/oude-gemeentecode.feature': {
    titel: 'Wijziging 3.2: een oude gemeentecode na een herindeling (TR378)',
    inleiding: 'Een vervallen CBS-code mag nog als die actueel was op de ingangsdatum van de toewijzing waar het bericht over gaat.',
  },
  'features/wijzigingen-32/contracttarief.feature': {
    titel: 'Wijziging 3.2: het ingediende tarief volgt het contracttarief (TR418, retourcode 0611)',
    inleiding: 'De gemeente en de aanbieder hebben 50 euro per uur afgesproken.',
  },
  'features/wijzigingen-32/meerdere-producten.feature': {
    titel: 'Wijziging 3.2: meerdere producten in één productperiode op een aspecifieke toewijzing',
    inleiding: 'Op een toewijzing zonder productcode mogen in dezelfde productperiode debetprestaties voor verschillende producten staan,\n  niet twee voor hetzelfde product (TR389).',
  },
  'features/wijzigingen-32/gi-regieberichten.feature': {
    titel: 'Wijziging 3.2: regieberichten verplicht voor een gecertificeerde instelling (Jeugdwet)',
    inleiding: 'Voor inspannings- en outputgerichte toewijzingen meldt een GI start en stop (OP270, OP295).',
  },
  'features/stromen/verzoek-om-toewijzing.feature': {
    titel: 'Berichtstroom: verzoek om toewijzing (VOT)',
    inleiding: 'Direct toewijzen, toewijzen na onderzoek, (na onderzoek) afwijzen, afwijzen op grond van het woonplaatsbeginsel.',
  },
  'features/stromen/verzoek-om-wijziging.feature': {
    titel: 'Berichtstroom: verzoek om wijziging (VOW)',
    inleiding: 'Een VOW bevat alle actuele toewijzingen: de te wijzigen en de ongewijzigde (TR349).',
  },
  'features/stromen/start-stop.feature': {
    titel: 'Berichtstroom: start en stop van de levering, correctie en verwijdering',
    inleiding: 'De berichtstromen van het startbericht en het stopbericht, met StatusAanlevering 3 voor verwijderen en corrigeren.',
  },
  'features/stromen/toewijzing.feature': {
    titel: 'Berichtstroom: een toewijzing beëindigen of verwijderen',
    inleiding: 'Een toewijzingsbericht bevat alle actuele toewijzingen plus de gewijzigde (OP087).',
  },
  'features/declareren/declareren.feature': {
    titel: 'Declareren: debet, credit en afgewezen prestaties',
    inleiding: 'Een volledig toegekende declaratie krijgt 8001; een declaratie-antwoord bevat alleen afgewezen prestaties (IV087).',
  },
  'features/techniek/technische-afkeur.feature': {
    titel: 'Technische afkeur: berichtschema en regels binnen het bericht',
    inleiding: 'Een bericht dat niet aan het schema voldoet krijgt geen retourbericht; breekt het een regel binnen het bericht, dan wordt\n  het in zijn geheel afgekeurd met 0001 in de Header (IV028).',
  },
};

export function scenarionaam(c: Casus, rol: Rol): string {
  return `${c.titel} (systeem onder test: ${rol})`;
}

function tags(c: Casus, rol: Rol): string {
  const opzet = [
    ...(c.opzet?.gi ? ['@opzet-gi'] : []),
    ...(c.opzet?.tarieven ? ['@opzet-tarieven'] : []),
    ...(c.opzet?.gemeente ? [`@opzet-gemeente-${c.opzet.gemeente}`] : []),
    ...(c.opzet?.vasteDatums ? ['@vaste-datums'] : []),
  ];
  return [`@${c.id}`, `@sut-${rol}`, ...c.regels.map((r) => `@${r}`), ...opzet].join(' ');
}

/** Which scenarios to write, and with which steps (the case's own, or mapped onto a run). */
export interface Featurekeuze {
  readonly rollen?: readonly Rol[];
  readonly domeinen?: readonly Domein[];
  readonly stappen?: (c: Casus, d: Domein, rol: Rol) => readonly Stap[];
  /** The comment line under the language line. */
  readonly herkomst?: string;
}

const eigenStappen = (c: Casus, d: Domein) => c.stappen(domeinwaarden(d));

/** The steps of a scenario in one domain: every step and its expectations as sentences. */
function stapregels(stappen: readonly Stap[], rol: Rol): string[] {
  const regels: string[] = [];
  stappen.forEach((s, i) => {
    regels.push(`    Als stap ${i + 1}: ${s.titel}`);
    verwachtingsregels(s, rol).forEach((v, j) => regels.push(`    ${j === 0 ? 'Dan' : 'En'} ${v.tekst}`));
  });
  return regels;
}

/** One outline per group of domains whose sentences are the same (codes can differ between Wmo and Jw). */
function scenarios(c: Casus, rol: Rol, k: Featurekeuze): string[] {
  const groepen = new Map<string, Domein[]>();
  for (const d of c.domeinen.filter((x) => !k.domeinen || k.domeinen.includes(x))) {
    const key = stapregels((k.stappen ?? eigenStappen)(c, d, rol), rol).join('\n');
    (groepen.get(key) ?? groepen.set(key, []).get(key)!).push(d);
  }
  const uit: string[] = [];
  for (const [stappen, domeinen] of groepen) {
    uit.push('', `  ${tags(c, rol)}`, `  Abstract Scenario: ${scenarionaam(c, rol)}`, `    Gegeven casus "${c.id}" in het domein <domein> met als systeem onder test de ${rol}`, stappen);
    for (const d of domeinen) uit.push('', `    @${d}`, '    Voorbeelden:', '      | domein |', `      | ${d.padEnd(6)} |`);
  }
  return uit;
}

/** Every feature file: path → content. */
export function genereerFeatures(k: Featurekeuze = {}): Map<string, string> {
  const perBestand = new Map<string, Casus[]>();
  for (const c of ALLE_CASUSSEN) (perBestand.get(c.feature) ?? perBestand.set(c.feature, []).get(c.feature)!).push(c);
  const uit = new Map<string, string>();
  for (const [bestand, casussen] of perBestand) {
    const kop = FEATURES[bestand];
    if (!kop) throw new Error(`geen titel voor ${bestand} in FEATURES`);
    const regels = ['# language: nl', `# ${k.herkomst ?? 'Geschreven uit de casuïstiek in scenarios/ (npm run features): pas de casus aan, niet dit bestand.'}`, 'Functionaliteit: ' + kop.titel, `  ${kop.inleiding}`];
    for (const c of casussen) for (const rol of c.sutRollen.filter((r) => !k.rollen || k.rollen.includes(r))) regels.push(...scenarios(c, rol, k));
    uit.set(bestand, `${regels.join('\n')}\n`);
  }
  return uit;
}
