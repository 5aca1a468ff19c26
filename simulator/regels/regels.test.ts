/**
 * Every rule's examples: the breaking case gets exactly the rule's code on exactly its berichtklasse
 * (and nothing else fires), the passing case is fully approved. Histories must be accepted in full.
 * Every rule must have at least one of each.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { berichttype } from '../berichten/catalogus';
import type { Domein } from '../berichten/model';
import { Sjablonen } from '../berichten/sjablonen';
import { valideerBericht } from '../berichten/validator';
import { Bronnen } from '../bronnen/bronnen';
import { ALLE_REGELS } from './catalogus';
import { codeVan, type Regel, type Voorbeeld } from './regel';
import { Uitwisseling } from './uitwisseling';

export const VOORBEELD_DATUM = '2026-06-30';

function klassePad(v: Voorbeeld): string {
  return v.verwacht === 'goed' ? '' : v.verwacht.klasse;
}

export function speelVoorbeeld(r: Regel, v: Voorbeeld, d: Domein) {
  const datum = v.systeemdatum ?? VOORBEELD_DATUM;
  const u = new Uitwisseling(new Bronnen({ ...v.bronnen, systeemdatum: datum }));
  const s = new Sjablonen(d, { dagtekening: datum });
  for (const stap of v.geschiedenis?.(s) ?? []) {
    const type = berichttype(d, stap.nummer);
    assert.deepEqual(valideerBericht(type, stap.bericht), [], `${r.code} ${v.naam}: geschiedenis ${type} voldoet aan het schema`);
    const b = u.ontvang(type, stap.bericht);
    assert.ok(
      b.uitkomst === 'goedgekeurd',
      `${r.code} ${v.naam} (${d}): geschiedenis ${type} moet goedgekeurd zijn, maar: ${JSON.stringify(b.bevindingen)}`,
    );
  }
  const stap = v.bericht(s);
  const type = berichttype(d, stap.nummer);
  assert.deepEqual(valideerBericht(type, stap.bericht), [], `${r.code} ${v.naam}: ${type} voldoet aan het schema`);
  return { type, beoordeling: u.ontvang(type, stap.bericht) };
}

describe('regels: elk voorbeeld geeft precies de verwachte retourcode', () => {
  for (const r of ALLE_REGELS) {
    describe(r.code, () => {
      it('heeft een overtredend en een goedgekeurd voorbeeld', () => {
        assert.ok(r.voorbeelden.some((v) => v.verwacht !== 'goed'), `${r.code} mist een overtredend voorbeeld`);
        assert.ok(r.voorbeelden.some((v) => v.verwacht === 'goed'), `${r.code} mist een goedgekeurd voorbeeld`);
      });
      for (const v of r.voorbeelden) {
        const domeinen = v.domeinen ?? (['wmo', 'jw'] as const).filter((d) => r.berichten[d].length > 0);
        for (const d of domeinen) {
          it(`${d}: ${v.naam}`, () => {
            const { beoordeling: b } = speelVoorbeeld(r, v, d);
            const heeftRetour = b.retour !== undefined;
            if (v.verwacht === 'goed') {
              assert.equal(b.uitkomst, 'goedgekeurd', JSON.stringify(b.bevindingen));
              assert.deepEqual(b.bevindingen, []);
              return;
            }
            const toegestaan = new Set([r.code, ...(v.metRegels ?? [])]);
            assert.ok(b.bevindingen.some((x) => x.regel === r.code) && b.bevindingen.every((x) => toegestaan.has(x.regel)), JSON.stringify(b.bevindingen));
            assert.ok(b.bevindingen.some((x) => x.pad.startsWith(klassePad(v))), JSON.stringify(b.bevindingen));
            // A 325 is not answered: only the findings tell.
            if (!heeftRetour) return;
            const code = v.verwacht.code ?? codeVan(r);
            const fout = b.retourcodes.filter((x) => x.codes.some((c) => c !== '0200' && c !== '0233' && c !== '8001'));
            const klasse = r.niveau === 'bericht' || r.niveau === 'schema' ? '/Bericht/Header' : v.verwacht.klasse;
            assert.deepEqual(fout.map((x) => ({ pad: x.pad, codes: x.codes })), [{ pad: klasse, codes: [code] }], JSON.stringify(b.bevindingen));
          });
        }
      }
    });
  }
});
