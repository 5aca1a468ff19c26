/**
 * `ketentest run` against an external system, on the days that catch the calendar's edges. A
 * simulator started on its own plays the system under test: its own clock (the day of the test,
 * through KETENTEST_VANDAAG), state that survives between scenarios and runs (no reset), and it acts
 * through its /acties trigger, configured as a vendor would (the contract tariff of the tariff
 * scenarios; a gecertificeerde instelling for the GI scenario, in a system of its own). The suite
 * moves the case dates for that day and gives each scenario run its own client, numbers and
 * references; every scenario passes, also when the same system is tested twice in a row.
 *
 * Every scenario of both roles and both domains runs on the first day of a month, twice; on the
 * other days both roles of one domain (alternating), to stay within the time of the test run. The
 * days run in calendar order: a system's clock only moves forward.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { startSimulator, type DraaiendeSimulator } from '../simulator/dienst/starten';
import type { Domein } from '../simulator/standaard/woorden';
import type { Rol } from '../simulator/standaard/woorden';
import { draaiSuite } from '../simulator/cli/run';
import { ingebouwdeScenarios, scenarioVan } from '../steps/features';
import { testConfig } from './tweesimulatoren';

const tijdelijk = (naam: string) => mkdtempSync(path.join(os.tmpdir(), `ketentest-${naam}-`));

/** A system under test that keeps its administration for the whole file, per role, domain and setup. */
const systemen = new Map<string, { sut: DraaiendeSimulator; poort: number }>();
async function systeem(rol: Rol, domein: Domein, gi: boolean) {
  const sleutel = `${rol}|${domein}|${gi}`;
  if (!systemen.has(sleutel)) {
    const poort = 19_000 + Math.floor(Math.random() * 1000) * 2;
    const sut = await startSimulator({
      config: testConfig(rol, domein, {
        sutUrl: `http://127.0.0.1:${poort + 1}`,
        bronnen: scenarioVan('contracttarief', domein, 'gemeente')!.opzet.bronnen!,
        ...(gi && { gi: true }),
      }),
      poort,
      data: tijdelijk('extern'),
    });
    systemen.set(sleutel, { sut, poort });
  }
  return systemen.get(sleutel)!;
}

after(async () => {
  for (const { sut } of systemen.values()) await sut.stop();
});

/** The scenarios a run selects: every built-in one with this domain and role (and GI setup or not). */
function verwacht(rol: Rol, domein: Domein, gi: boolean): number {
  // A run over bare HTTP leaves out the scenarios of another koppelvlak (features/koppelvlakken/).
  return ingebouwdeScenarios().filter(
    ({ plan, pickel }) => plan.domein === domein && plan.sutRol === rol && !!plan.opzet.gi === gi && !pickel.tags.some((t) => t.startsWith('@transport-')),
  ).length;
}

/**
 * `nawacht`: the grace period for stragglers (`--nawacht`). The second run of the first day of a month (both
 * roles and domains) keeps the default of an external run; the others wait only until the exchange is quiet (this SUT says when it has
 * nothing left to deliver), which keeps the file within the test run's time. What arrives late is still
 * judged in test/rechter-extern.test.ts.
 */
async function draai(vandaag: string, rol: Rol, domein: Domein, gi = false, reeks?: string, nawachtMs?: number) {
  const { sut, poort } = await systeem(rol, domein, gi);
  const vorige = process.env.KETENTEST_VANDAAG;
  process.env.KETENTEST_VANDAAG = vandaag;
  try {
    const s = await draaiSuite({
      rollen: [rol],
      domeinen: [domein],
      sutUrl: sut.url!,
      trigger: sut.url!,
      poort: poort + 1,
      tags: gi ? '@opzet-gi' : 'not @opzet-gi',
      timeoutMs: 5000,
      ...(nawachtMs !== undefined && { nawachtMs }),
      rapport: tijdelijk('extern-rapport'),
      ...(reeks && { data: reeks }),
      fouten: [],
      rapporten: false,
      log: () => {},
    });
    assert.deepEqual(
      s.gefaald.map((g) => `${g.scenario}: ${g.melding.slice(0, 400)}`),
      [],
      `${vandaag}, systeem onder test ${rol} (${domein})`,
    );
    assert.equal(s.scenarios.totaal, verwacht(rol, domein, gi), `${s.scenarios.totaal} scenario's`);
  } finally {
    if (vorige === undefined) delete process.env.KETENTEST_VANDAAG;
    else process.env.KETENTEST_VANDAAG = vorige;
  }
}

describe('de suite tegen een extern systeem, op de randen van de kalender', () => {
  const reeks = tijdelijk('reeks');
  // In the order of the calendar: a system's clock only moves forward.
  const dagen: [string, readonly Domein[], number][] = [
    ['2026-11-30', ['wmo'], 1],
    ['2026-12-01', ['wmo', 'jw'], 2],
    ['2026-12-02', ['jw'], 1],
    ['2026-12-31', ['wmo'], 1],
    ['2027-01-01', ['jw'], 1],
    ['2027-02-28', ['wmo'], 1],
    ['2028-02-28', ['jw'], 1],
    ['2028-02-29', ['wmo'], 1],
  ];
  for (const [dag, domeinen, keren] of dagen) {
    for (const domein of domeinen) {
      for (const rol of ['gemeente', 'aanbieder'] as const) {
        it(`${dag}, systeem onder test ${rol} (${domein})${keren > 1 ? ': twee keer achter elkaar tegen hetzelfde systeem' : ''}`, async () => {
          for (let k = 0; k < keren; k++) await draai(dag, rol, domein, false, reeks, k > 0 ? undefined : 0);
        });
      }
    }
    if (dag === '2026-12-01') {
      it(`${dag}: de gecertificeerde instelling (Jeugdwet) meldt zelf de start`, async () => {
        await draai(dag, 'aanbieder', 'jw', true);
      });
    }
  }
});
