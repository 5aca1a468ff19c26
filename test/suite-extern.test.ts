/**
 * `ketentest run` against an external system: a simulator started on its own (its own clock, state
 * that survives between scenarios, no reset) plays the SUT and acts through its /acties trigger. The
 * suite shifts the case dates to lie before today and gives each scenario run its own client,
 * numbers and references, and the scenarios pass for both roles.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { startSimulator } from '../simulator/dienst/starten';
import { draaiSuite } from '../simulator/cli/run';
import { casusMetId } from '../scenarios/casussen';
import { testConfig } from './tweesimulatoren';

const CASUSSEN = ['casus-1', 'casus-2', 'casus-4', 'vot-toewijzen-na-onderzoek', 'vow-direct-toewijzen', 'start-corrigeren', 'einddatum-voor-begindatum'];
const TAGS = `(${CASUSSEN.map((id) => `@${id}`).join(' or ')})`;

describe('de suite tegen een extern systeem', () => {
  for (const rol of ['gemeente', 'aanbieder'] as const) {
    it(`SUT ${rol}: geen reset, eigen klok, gedeelde toestand tussen scenario's`, async () => {
      const poort = 19_000 + Math.floor(Math.random() * 1000) * 2;
      const sut = await startSimulator({
        config: testConfig(rol, 'jw', { sutUrl: `http://127.0.0.1:${poort + 1}` }),
        poort,
        data: mkdtempSync(path.join(os.tmpdir(), 'ketentest-extern-')),
      });
      try {
        const s = await draaiSuite({
          rollen: [rol],
          domeinen: ['jw'],
          sutUrl: sut.url!,
          trigger: sut.url!,
          poort: poort + 1,
          tags: TAGS,
          timeoutMs: 5000,
          rapport: mkdtempSync(path.join(os.tmpdir(), 'ketentest-extern-rapport-')),
          fouten: [],
          rapporten: false,
          log: () => {},
        });
        // One Jw scenario per selected case that has this role for the system under test.
        const verwacht = CASUSSEN.map((id) => casusMetId(id)!).filter((c) => c.domeinen.includes('jw') && c.sutRollen.includes(rol)).length;
        assert.equal(s.scenarios.totaal, verwacht, `${s.scenarios.totaal} scenario's`);
        assert.deepEqual(
          s.gefaald.map((g) => `${g.scenario}: ${g.melding.slice(0, 300)}`),
          [],
        );
      } finally {
        await sut.stop();
      }
    });
  }
});
