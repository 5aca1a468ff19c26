/**
 * A tester of `--handmatig`, as the tests play it: it reads only the instruction text (no JSON) and
 * makes of it what to enter in the system under test (here: a separately started reference, through
 * its /acties, as a user would through the screens of a product).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Liveweergave } from '../simulator/cli/live/liveweergave';
import type { RunOpties } from '../simulator/cli/run';
import { type DraaiendeSimulator, startSimulator } from '../simulator/dienst/starten';
import type { Domein, Rol } from '../simulator/standaard/woorden';
import { testConfig } from './tweesimulatoren';

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

/** The system under test: a reference started on its own port; our simulator of the run will listen on `poort + 1`. */
export async function startSut(rol: Rol, domein: Domein, data = ':memory:'): Promise<{ sut: DraaiendeSimulator; poort: number }> {
  const poort = 21_000 + Math.floor(Math.random() * 2000) * 2;
  const sut = await startSimulator({ config: testConfig(rol, domein, { sutUrl: `http://127.0.0.1:${poort + 1}` }), poort, data });
  return { sut, poort };
}

/** The system does what an instruction says, through its own /acties (as its user would in its screens); a failure's text. */
export async function doe(url: string, regels: readonly string[]): Promise<string | undefined> {
  const r = await fetch(`${url}/acties`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(leesInstructie(regels)) });
  return r.ok ? undefined : `${r.status} ${await r.text()}`;
}

/** `ketentest run --handmatig` against that system, in this process (draaiSuite's options). */
export function handmatigeRun(
  { sut, poort }: { sut: DraaiendeSimulator; poort: number },
  o: { rol: Rol; domein: Domein; tags: string; timeoutMs: number; rapport?: string; live?: Liveweergave },
): RunOpties {
  return {
    rollen: [o.rol],
    domeinen: [o.domein],
    sutUrl: sut.url!,
    handmatig: true,
    poort: poort + 1,
    tags: o.tags,
    timeoutMs: o.timeoutMs,
    rapport: o.rapport ?? mkdtempSync(path.join(os.tmpdir(), 'ketentest-handmatig-rapport-')),
    fouten: [],
    rapporten: false,
    log: () => {},
    ...(o.live && { live: o.live }),
  };
}
