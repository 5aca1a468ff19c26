/**
 * A tester of `--handmatig`, as the tests play it: it reads only the instruction text (no JSON) and
 * makes of it what to enter in the system under test (here: a separately started reference, through
 * its /acties, as a user would through the screens of a product).
 */
import assert from 'node:assert/strict';

type Waarde = string | number | null | Record<string, unknown>;

/** What a tester makes of one line: the field it fills in and the value, read from the words. */
function lees(label: string, tekst: string, lijst: string | undefined): [string, Waarde] {
  const datum = (t: string) => {
    const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(t);
    assert.ok(m, `geen datum: ${t}`);
    return `${m[3]}-${m[2]}-${m[1]}`;
  };
  const tussenHaakjes = (t: string) => /\(([^)]*)\)\s*(per eenheid)?$/.exec(t)?.[1] ?? '';
  const cent = (t: string) => Number(/(\d+) eurocent/.exec(t)![1]);
  switch (label) {
    case 'Cliënt (BSN)':
      return ['bsn', tekst];
    case 'Toewijzingnummer':
      return [lijst === 'Toewijzing' ? 'nummer' : 'toewijzingNummer', Number(tekst)];
    case 'Referentie aanbieder':
      return ['referentieAanbieder', tekst];
    case 'Antwoord':
      return ['antwoord', tekst.startsWith('toewijzen') ? 'toewijzen' : tekst.startsWith('in onderzoek') ? 'onderzoek' : 'afwijzen'];
    case 'Reden afwijzing':
      return ['redenAfwijzing', tekst.split(' ')[0]!];
    case 'Gemeente volgens het woonplaatsbeginsel':
      return ['woonplaatsbeginsel', tekst];
    case 'Product': {
      if (tekst.startsWith('geen')) return ['product', null];
      const m = /^categorie (\d{2})(?:, productcode (\S+))?/.exec(tekst)!;
      return ['product', { categorie: m[1]!, ...(m[2] && { code: m[2] }) }];
    }
    case 'Ingangsdatum van de toewijzing':
      return ['toewijzingIngangsdatum', datum(tekst)];
    case 'Ingangsdatum':
      return ['ingangsdatum', datum(tekst)];
    case 'Begindatum':
      return ['begindatum', datum(tekst)];
    case 'Nieuwe begindatum':
      return ['nieuweBegindatum', datum(tekst)];
    case 'Einddatum':
      return ['einddatum', datum(tekst)];
    case 'Reden beëindiging':
      return ['reden', tekst.split(' ')[0]!];
    case 'Reden wijziging':
      return ['redenWijziging', tekst];
    case 'Omvang': {
      const m = /volume (\d+), eenheid (\d+), frequentie (\d+)/.exec(tussenHaakjes(tekst))!;
      return ['omvang', { volume: Number(m[1]), eenheid: m[2]!, frequentie: m[3]! }];
    }
    case 'Budget':
      return ['budget', cent(tekst)];
    case 'Declaratieperiode':
      return ['maand', tussenHaakjes(tekst)];
    case 'Declaratienummer':
      return ['declaratieNummer', tekst];
    case 'Referentienummer van de prestatie':
      return ['referentie', tekst];
    case 'Volume':
      return ['volume', Number(tekst)];
    case 'Eenheid':
      return ['eenheid', tekst.split(' ')[0]!];
    case 'Tarief':
      return ['tarief', cent(tekst)];
    case 'Bedrag':
      return ['bedrag', cent(tekst)];
    case 'Commentaar':
      return ['commentaar', tekst];
    case 'Retourcode':
      return ['retourcode', tekst];
    default:
      throw new Error(`de tester begrijpt '${label}' niet`);
  }
}

const LIJSTEN: Record<string, string> = {
  Toewijzing: 'toewijzingen',
  'Aangevraagd product': 'producten',
  'Te wijzigen toewijzing': 'teWijzigen',
  'Nieuw product': 'nieuw',
  Prestatie: 'prestaties',
  'Af te wijzen prestatie': 'afwijzen',
};

/** The step as a tester reads it: what to do, and every value, from the words alone. */
export function leesInstructie(regels: readonly string[]): Record<string, unknown> {
  const [wat, ...rest] = regels;
  const actie = /^Wat: ([^:]+):/.exec(wat!)![1]!.replace(/ /g, '-');
  const uit: Record<string, unknown> = { actie };
  let item: Record<string, unknown> | undefined;
  let lijst: string | undefined;
  for (const regel of rest) {
    const kop = /^(\S.*) \d+:$/.exec(regel);
    if (kop && LIJSTEN[kop[1]!]) {
      lijst = kop[1]!;
      item = {};
      ((uit[LIJSTEN[lijst]!] ??= []) as unknown[]).push(item);
      continue;
    }
    const m = /^(\s*)([^:]+): (.*)$/.exec(regel);
    assert.ok(m, `onleesbare regel: ${regel}`);
    const binnen = m[1]!.length > 0;
    const [veld, waarde] = lees(m[2]!, m[3]!, binnen ? lijst : undefined);
    (binnen ? item! : uit)[veld] = waarde;
  }
  return uit;
}
