/**
 * CS015, CS025 and CS319 are enforced by the XSD: a message that breaks them never gets past the
 * schema, so the rule harness cannot run their breaking examples. Here each breaking example is shown
 * to be refused by the schema and found by the rule's own check, on the typed message; CS015 and
 * CS025 on every message they apply to.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { voorbeeld } from '../../../../test/voorbeeldberichten';
import { berichttype, type Berichtnummer } from '../../berichten/catalogus';
import type { Domein } from '../../woorden';
import { Sjablonen } from '../../berichten/sjablonen';
import { valideerBericht } from '../../berichten/validator';
import { Bronnen } from '../../bronnen/bronnen';
import { Toestand } from '../../toestand/toestand';
import type { Regel, RegelContext } from '../regel';
import { MET_KOP } from '../condities/klassen';
import { CS015 } from './CS015';
import { CS025 } from './CS025';
import { CS319 } from './CS319';

const DATUM = '2026-06-30';

function context(d: Domein, nummer: Berichtnummer, bericht: unknown): RegelContext {
  return {
    domein: d,
    nummer,
    type: berichttype(d, nummer),
    bericht: bericht as RegelContext['bericht'],
    toestand: new Toestand(),
    bronnen: new Bronnen({ systeemdatum: DATUM }),
    systeemdatum: DATUM,
  };
}

describe('constraints die het schema al afdwingt', () => {
  for (const r of [CS015, CS025, CS319] as Regel[]) {
    for (const d of ['wmo', 'jw'] as const) {
      for (const v of r.voorbeelden.filter((x) => x.verwacht !== 'goed')) {
        it(`${r.code} ${d}: ${v.naam}`, () => {
          const stap = v.bericht(new Sjablonen(d, { dagtekening: DATUM }));
          assert.notDeepEqual(valideerBericht(berichttype(d, stap.nummer), stap.bericht), [], 'het schema weigert het bericht');
          const gevonden = r.controleer(context(d, stap.nummer, stap.bericht));
          const klasse = v.verwacht === 'goed' ? '' : v.verwacht.klasse;
          assert.ok(gevonden.length > 0 && gevonden.every((o) => o.klasse === klasse), JSON.stringify(gevonden));
        });
      }
    }
  }

  for (const d of ['wmo', 'jw'] as const) {
    for (const nummer of MET_KOP) {
      it(`CS015 en CS025 ${d}${nummer}: andere versie en subversie gevonden, het voorbeeldbericht zelf niet`, () => {
        const goed = voorbeeld(berichttype(d, nummer)) as { Header: { BerichtVersie: number; BerichtSubversie: number } };
        assert.deepEqual(CS015.controleer(context(d, nummer, goed)), []);
        assert.deepEqual(CS025.controleer(context(d, nummer, goed)), []);
        const fout = structuredClone(goed);
        fout.Header.BerichtVersie = 4;
        fout.Header.BerichtSubversie = 0;
        assert.equal(CS015.controleer(context(d, nummer, fout)).length, 1);
        assert.equal(CS025.controleer(context(d, nummer, fout)).length, 1);
      });
    }
  }
});
