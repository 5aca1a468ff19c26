/**
 * `ketentest run --handmatig`: a tester takes the steps of the system under test from the
 * instructions the suite writes. This test is that tester: it reads only the instruction text (no
 * JSON), enters what it says in a separately started reference (through its /acties, as a user
 * would through the screens of a product) and the cases complete. Every date in a step's sentence
 * is a date of its instruction: what the tester reads and what the system must do are one step.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { startSimulator } from '../simulator/dienst/starten';
import type { Domein } from '../simulator/standaard/woorden';
import type { Rol } from '../simulator/standaard/woorden';
import { draaiSuite } from '../simulator/cli/run';
import { instructies, type Instructie } from '../scenarios/handmatig';
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

describe('de suite met een tester (--handmatig)', () => {
  const gevallen: [Rol, Domein, string][] = [
    ['gemeente', 'jw', '@casus-1 or @vot-toewijzen-na-onderzoek or @vow-direct-toewijzen'],
    ['aanbieder', 'wmo', '@casus-4 or @vow-direct-toewijzen or @declareren-credit'],
  ];
  for (const [rol, domein, tags] of gevallen) {
    it(`systeem onder test ${rol} (${domein}): ${tags}`, async () => {
      const poort = 21_000 + Math.floor(Math.random() * 1000) * 2;
      const sut = await startSimulator({
        config: testConfig(rol, domein, { sutUrl: `http://127.0.0.1:${poort + 1}` }),
        poort,
        data: mkdtempSync(path.join(os.tmpdir(), 'ketentest-handmatig-')),
      });
      const gelezen: Instructie[] = [];
      const rapport = mkdtempSync(path.join(os.tmpdir(), 'ketentest-handmatig-rapport-'));
      const fouten: string[] = [];
      const tester = (i: Instructie) => {
        gelezen.push(i);
        const actie = leesInstructie(i.regels);
        void fetch(`${sut.url}/acties`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(actie) }).then(async (r) => {
          if (!r.ok) fouten.push(`${i.stap}: ${r.status} ${await r.text()}`);
        });
      };
      instructies.on('instructie', tester);
      try {
        const s = await draaiSuite({
          rollen: [rol],
          domeinen: [domein],
          sutUrl: sut.url!,
          handmatig: true,
          poort: poort + 1,
          tags,
          timeoutMs: 5000,
          rapport,
          fouten: [],
          rapporten: false,
          log: () => {},
        });
        assert.deepEqual(fouten, []);
        assert.deepEqual(
          s.gefaald.map((g) => `${g.scenario}: ${g.melding.slice(0, 300)}`),
          [],
        );
        assert.equal(s.scenarios.totaal, 3);
        assert.ok(gelezen.length >= 6, `${gelezen.length} instructies`);
        const features = readdirSync(path.join(rapport, 'features'), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.feature'))
          .map((f) => readFileSync(path.join(rapport, 'features', f), 'utf8'))
          .join('\n');
        for (const i of gelezen) {
          // The sentence of the step that ran, with this run's dates...
          assert.match(features, new RegExp(`^ {4}\\S+ ${i.stap.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'), i.stap);
          // ...names the dates the tester enters (where it names the step's own values).
          const inZin: string[] = i.stap.match(/\b\d{2}-\d{2}-\d{4}\b/g) ?? [];
          const inInstructie: string[] = i.regels.join('\n').match(/\b\d{2}-\d{2}-\d{4}\b/g) ?? [];
          if (inZin.length && inInstructie.length)
            assert.ok(
              inZin.some((d) => inInstructie.includes(d)),
              `'${i.stap}' en de instructie noemen andere datums:\n${i.regels.join('\n')}`,
            );
        }
      } finally {
        instructies.off('instructie', tester);
        await sut.stop();
      }
    });
  }
});
