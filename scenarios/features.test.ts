/** The committed feature files are exactly what the casuïstiek says (run `npm run features` after changing a case). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { genereerFeatures } from './features';

const ROOT = path.resolve(__dirname, '..', '..');
const features = genereerFeatures();

describe('features/', () => {
  for (const [bestand, inhoud] of features) {
    it(`${bestand} volgt de casuïstiek`, () => {
      assert.equal(readFileSync(path.join(ROOT, bestand), 'utf8'), inhoud, 'verouderd: draai npm run features');
    });
  }

  it('bevat geen featurebestand dat de casuïstiek niet (meer) schrijft', () => {
    const aanwezig = readdirSync(path.join(ROOT, 'features'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.feature'))
      .map((f) => `features/${f.split(path.sep).join('/')}`)
      .sort();
    assert.deepEqual(aanwezig, [...features.keys()].sort(), 'draai npm run features');
  });
});
