/**
 * The map in ARCHITECTURE.md stays true: every import in `simulator/` goes down the layers
 * (cli → dienst → partij → standaard), the folders within a layer import each other without cycles,
 * and the standard and the party touch no I/O (no files, HTTP or database): that is the service's.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT } from './bronnen';

const SIMULATOR = path.join(PROJECT, 'simulator');
const LAGEN = ['standaard', 'partij', 'dienst', 'cli'] as const;
/** Modules that do I/O: only the service and the command line use them. */
const IO = /^(node:)?(fs|fs\/promises|http|https|net|child_process)$|^express$|^better-sqlite3$/;
/** The one exception: the rule catalogue finds its rule modules in its own folder. */
const IO_TOEGESTAAN = new Set(['standaard/regels/catalogus.ts']);

interface Import {
  readonly van: string;
  readonly naar: string;
  readonly extern: boolean;
}

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((n) => {
    const p = path.join(map, n);
    return statSync(p).isDirectory() ? bestanden(p) : n.endsWith('.ts') ? [p] : [];
  });
}

function importsVan(bestand: string): Import[] {
  const tekst = readFileSync(bestand, 'utf8');
  const van = path.relative(SIMULATOR, bestand);
  return [...tekst.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|\brequire\(\s*'([^']+)'\s*\)/g)].map(
    (m) => {
      const spec = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
      if (!spec.startsWith('.')) return { van, naar: spec, extern: true };
      return { van, naar: path.relative(SIMULATOR, path.resolve(path.dirname(bestand), spec)), extern: false };
    },
  );
}

const laag = (p: string) => LAGEN.indexOf(p.split(path.sep)[0] as (typeof LAGEN)[number]);
const isTest = (p: string) => p.endsWith('.test.ts');
const alle = bestanden(SIMULATOR).flatMap(importsVan);

describe('architectuur: de lagen van simulator/', () => {
  it('elk bestand hoort bij een laag', () => {
    const zonder = bestanden(SIMULATOR)
      .map((b) => path.relative(SIMULATOR, b))
      .filter((p) => laag(p) < 0);
    assert.deepEqual(zonder, []);
  });

  it('importeert alleen omlaag: cli → dienst → partij → standaard', () => {
    const omhoog = alle.filter((i) => !i.extern && !i.naar.startsWith('..') && laag(i.naar) > laag(i.van)).map((i) => `${i.van} → ${i.naar}`);
    assert.deepEqual(omhoog, [], 'een import omhoog: verplaats het gedeelde naar de lagere laag');
  });

  it('buiten simulator/ alleen vanuit de opdrachtregel (en testhulp vanuit tests)', () => {
    const buiten = alle
      .filter((i) => !i.extern && i.naar.startsWith('..') && laag(i.van) !== LAGEN.indexOf('cli'))
      .filter((i) => !(isTest(i.van) && i.naar.startsWith(`..${path.sep}test${path.sep}`)))
      .map((i) => `${i.van} → ${i.naar}`);
    assert.deepEqual(buiten, []);
  });

  it('de standaard en de partij doen geen I/O', () => {
    const io = alle
      .filter((i) => i.extern && IO.test(i.naar) && laag(i.van) <= LAGEN.indexOf('partij') && !isTest(i.van) && !IO_TOEGESTAAN.has(i.van.split(path.sep).join('/')))
      .map((i) => `${i.van} → ${i.naar}`);
    assert.deepEqual(io, []);
  });

  it('geen kringen tussen de mappen van een laag', () => {
    // Folder graph one level below each layer (standaard/berichten → standaard/xml, ...).
    const map = (p: string) => p.split(path.sep).slice(0, 2).join('/');
    const kanten = new Map<string, Set<string>>();
    for (const i of alle) {
      if (i.extern || i.naar.startsWith('..') || isTest(i.van)) continue;
      const a = map(i.van);
      const b = map(i.naar);
      if (a === b || laag(a) !== laag(b)) continue;
      (kanten.get(a) ?? kanten.set(a, new Set()).get(a)!).add(b);
    }
    const kringen: string[] = [];
    const bezig = new Set<string>();
    const klaar = new Set<string>();
    const bezoek = (k: string, pad: string[]): void => {
      if (klaar.has(k)) return;
      if (bezig.has(k)) {
        kringen.push([...pad.slice(pad.indexOf(k)), k].join(' → '));
        return;
      }
      bezig.add(k);
      for (const n of kanten.get(k) ?? []) bezoek(n, [...pad, k]);
      bezig.delete(k);
      klaar.add(k);
    };
    for (const k of kanten.keys()) bezoek(k, []);
    assert.deepEqual(kringen, []);
  });
});
