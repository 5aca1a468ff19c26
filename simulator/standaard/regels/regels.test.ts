/**
 * Every rule's examples: the breaking case gets exactly the rule's code on exactly its berichtklasse
 * (and nothing else fires), the passing case is fully approved. Histories must be accepted in full.
 * Every rule must have at least one of each.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { valideerBericht } from '../berichten/validator';
import { ALLE_REGELS } from './catalogus';
import { codeVan, type Voorbeeld } from './regel';
import { afwijzendeCodes } from './beoordeling';
import { speelVoorbeeld } from '../../../test/regelvoorbeelden';

function klassePad(v: Voorbeeld): string {
  return v.verwacht === 'goed' ? '' : v.verwacht.klasse;
}

/** `node scripts/tests.js TR414`: only this rule's examples. */
const ALLEEN = process.env.KETENTEST_REGEL;

describe('regels: elk voorbeeld geeft precies de verwachte retourcode', () => {
  for (const r of ALLE_REGELS.filter((x) => !ALLEEN || x.code === ALLEEN)) {
    describe(r.code, () => {
      it('heeft een overtredend en een goedgekeurd voorbeeld', () => {
        assert.ok(
          r.voorbeelden.some((v) => v.verwacht !== 'goed'),
          `${r.code} mist een overtredend voorbeeld`,
        );
        assert.ok(
          r.voorbeelden.some((v) => v.verwacht === 'goed'),
          `${r.code} mist een goedgekeurd voorbeeld`,
        );
      });
      for (const v of r.voorbeelden) {
        const domeinen = v.domeinen ?? (['wmo', 'jw'] as const).filter((d) => r.berichten[d].length > 0);
        for (const d of domeinen) {
          it(`${d}: ${v.naam}`, () => {
            const { beoordeling: b } = speelVoorbeeld(r, v, d);
            const heeftRetour = b.retour !== undefined;
            if (b.retour) assert.deepEqual(valideerBericht(b.retour.type, b.retour.bericht), [], 'het retourbericht voldoet aan het schema');
            if (v.verwacht === 'goed') {
              assert.equal(b.uitkomst, 'goedgekeurd', JSON.stringify(b.bevindingen));
              assert.deepEqual(b.bevindingen, []);
              return;
            }
            const toegestaan = new Set([r.code, ...(v.metRegels ?? [])]);
            assert.ok(b.bevindingen.some((x) => x.regel === r.code) && b.bevindingen.every((x) => toegestaan.has(x.regel)), JSON.stringify(b.bevindingen));
            // The finding sits on the expected class itself (the class, or an element inside it), not deeper in a child class.
            const k = klassePad(v);
            const opKlasse = (pad: string) => pad === k || (pad.startsWith(`${k}/`) && !pad.slice(k.length).includes('['));
            assert.ok(
              b.bevindingen.some((x) => x.regel === r.code && opKlasse(x.pad)),
              `${k}: ${JSON.stringify(b.bevindingen)}`,
            );
            // A 325 is not answered: only the findings tell.
            if (!heeftRetour) return;
            const code = v.verwacht.code ?? codeVan(r);
            const fout = b.retourcodes.filter((x) => afwijzendeCodes(x.codes).length > 0);
            const klasse = r.niveau === 'bericht' || r.niveau === 'schema' ? '/Bericht/Header' : v.verwacht.klasse;
            assert.deepEqual(
              fout.map((x) => ({ pad: x.pad, codes: x.codes })),
              [{ pad: klasse, codes: [code] }],
              JSON.stringify(b.bevindingen),
            );
          });
        }
      }
    });
  }
});
