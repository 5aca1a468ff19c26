/** The committed feature files are exactly what the casuïstiek says (run `npm run features` after changing a case). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { genereerFeatures } from './features';

const ROOT = path.resolve(__dirname, '..', '..');

describe('features/', () => {
  for (const [bestand, inhoud] of genereerFeatures()) {
    it(`${bestand} volgt de casuïstiek`, () => {
      assert.equal(readFileSync(path.join(ROOT, bestand), 'utf8'), inhoud, 'verouderd: draai npm run features');
    });
  }
});
