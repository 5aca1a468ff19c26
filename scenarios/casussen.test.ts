/**
 * The scenarios of the suite, read from the feature files and replayed in one process, for Wmo and
 * for Jw: the reference parties take the steps, the receivers judge every message with the rules,
 * and every expectation of the scenario holds (the positive cases fully approved, the negative ones
 * with the rule's code). And the casuïstiek and the features agree: every case has its scenarios.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAANDNAMEN } from './omzetting';
import { CASUISTIEK } from './casuistiek';
import { speelInProces } from './inproces';
import { ingebouwdeScenarios } from '../steps/features';

/** Scenarios about a koppelvlak (features/koppelvlakken/) need its transport: they are played between simulators, not in one process. */
const overTransport = (tags: readonly string[]) => tags.some((t) => t.startsWith('@transport-'));

describe("de scenario's, in één proces", () => {
  for (const { pickel, plan } of ingebouwdeScenarios().filter((s) => !overTransport(s.pickel.tags))) {
    it(`${plan.domein}: ${pickel.naam}`, () => {
      const fouten = speelInProces(plan).flatMap((u, i) => u.fouten.map((f) => `stap ${i + 1} (${u.titel}): ${f}`));
      assert.deepEqual(fouten, []);
    });
  }
});

describe('de casuïstiek en de features', () => {
  it('elke casus heeft een scenario per domein en rol van het systeem onder test', () => {
    const gedekt = new Set(ingebouwdeScenarios().flatMap(({ pickel, plan }) => pickel.tags.map((t) => `${t.slice(1)}|${plan.domein}|${plan.sutRol}`)));
    const ontbreekt = CASUISTIEK.flatMap((c) => c.domeinen.flatMap((d) => c.sutRollen.map((r) => `${c.id}|${d}|${r}`))).filter((k) => !gedekt.has(k));
    assert.deepEqual(ontbreekt, []);
  });

  it('elk scenario hoort bij een casus, met diens regels als tags', () => {
    const fout: string[] = [];
    for (const { pickel } of ingebouwdeScenarios().filter((s) => !overTransport(s.pickel.tags))) {
      const c = CASUISTIEK.find((x) => pickel.tags.includes(`@${x.id}`));
      if (!c) fout.push(`${pickel.uri}: '${pickel.naam}' draagt geen casus-tag`);
      else for (const r of c.regels) if (!pickel.tags.includes(`@${r}`)) fout.push(`${pickel.naam}: mist @${r}`);
    }
    assert.deepEqual(fout, []);
  });

  // Against a real system the dates in a sentence move with the scenario; only these forms are recognised.
  it('schrijven elke datum als 05-01-2026 of januari 2026', () => {
    const herkend = new RegExp(`\\b\\d{2}-\\d{2}-\\d{4}\\b|\\b(${MAANDNAMEN.join('|')}) \\d{4}\\b`, 'g');
    const los = new RegExp(`\\b(19|20)\\d{2}\\b|\\b(${MAANDNAMEN.join('|')})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`);
    const fout = ingebouwdeScenarios().flatMap(({ pickel }) =>
      pickel.stappen
        .flatMap((s) => [s.tekst, ...(Array.isArray(s.extra) ? s.extra.flat() : [])])
        .filter((t) => los.test(t.replace(herkend, '')))
        .map((t) => `${pickel.naam}: ${t}`),
    );
    assert.deepEqual(fout, []);
  });
});
