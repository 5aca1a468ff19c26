import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testBsn, voldoetAanElfproef } from './bsn';

describe('bsn', () => {
  it('elfproef: 9·d1 + … + 2·d8 − d9 deelbaar door 11', () => {
    assert.equal(voldoetAanElfproef('999900006'), true);
    assert.equal(voldoetAanElfproef('123456782'), true);
    assert.equal(voldoetAanElfproef('123456789'), false);
    assert.equal(voldoetAanElfproef('12345678'), false);
    assert.equal(voldoetAanElfproef('12345678a'), false);
  });

  it('test-BSNs: geldig, in de 9999-reeks en verschillend per n', () => {
    const reeks = Array.from({ length: 3000 }, (_, n) => testBsn(n));
    assert.ok(reeks.every((b) => voldoetAanElfproef(b) && b.startsWith('9999')));
    assert.equal(new Set(reeks).size, reeks.length);
    assert.throws(() => testBsn(4000), /geen test-BSN/);
  });
});
