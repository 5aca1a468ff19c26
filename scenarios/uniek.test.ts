/** Each scenario run against a system that keeps its administration gets values no earlier run used. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { voldoetAanElfproef } from '../simulator/standaard/berichten/bsn';
import { Reeks, RUNS_PER_BSN_REEKS, uniekeOmzetting } from './uniek';

describe('waarden eigen aan een scenariorun', () => {
  it('gaan verder waar de vorige run ophield, ook na een herstart', () => {
    const bestand = path.join(mkdtempSync(path.join(os.tmpdir(), 'ketentest-reeks-')), 'reeks.json');
    const eerste = new Reeks(bestand);
    const a = [eerste.neem(), eerste.neem()];
    const tweede = new Reeks(bestand);
    assert.equal(tweede.neem(), a[1]! + 1);
  });

  it('geven elke cliënt, elk nummer en elke referentie van de casus een eigen, vaste waarde', () => {
    const o = uniekeOmzetting(42);
    const bsn = o.bsn!('999993653');
    assert.ok(voldoetAanElfproef(bsn) && bsn >= '999900006' && bsn <= '999999990', bsn);
    assert.equal(o.bsn!('999993653'), bsn);
    assert.notEqual(o.bsn!('999996770'), bsn);
    assert.equal(o.bsn!('123456789'), '123456789', 'een bewust foute Bsn blijft fout');
    assert.equal(o.nummer!(1001), o.nummer!(1001));
    assert.notEqual(o.nummer!(1001), o.nummer!(1002));
    assert.equal(o.referentie!('VOT-1'), `VOT-1${o.achtervoegsel}`);
  });

  it('delen tussen runs geen cliënt of nummer, tot de test-BSNs rond zijn', () => {
    const bsns = new Set<string>();
    const nummers = new Set<number>();
    for (let run = 0; run < RUNS_PER_BSN_REEKS; run++) {
      const o = uniekeOmzetting(run);
      bsns.add(o.bsn!('999993653'));
      nummers.add(o.nummer!(1001)).add(o.nummer!(1002));
    }
    assert.equal(bsns.size, RUNS_PER_BSN_REEKS);
    assert.equal(nummers.size, 2 * RUNS_PER_BSN_REEKS);
  });
});
