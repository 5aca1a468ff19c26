#!/usr/bin/env node
'use strict';
// Runs the compiled tests (*.test.js under dist/; helpers in test/ are not tests) with node's test runner.
//
//   node scripts/tests.js                      every test
//   node scripts/tests.js --unit               the fast ones: all but the slow files below, one file per core at a time
//   node scripts/tests.js cli simulator-api    the test files whose path contains one of these words
//   node scripts/tests.js TR414                the examples of one rule (any TR, CD or CS code)
//
// A compiled test whose .ts is gone is not run, so a dist/ built before a test was deleted or moved
// never runs it.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync } = require('node:fs');
const { availableParallelism } = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

/**
 * Slow: two simulators playing every case over HTTP, every fault against the suite, the XSD oracle (xmllint), the suite against an
 * external system, the web view in a browser, the reliability cases (child processes, kill -9) and PostgreSQL.
 */
const TRAAG = [
  'test/betrouwbaarheid',
  'test/postgres',
  'test/simulator-casussen',
  'test/simulator-fouten',
  'test/xsd-pariteit',
  'test/retour-xsd',
  'test/suite-extern',
  'test/handmatig',
  'test/webweergave-browser',
  'scenarios/tijdlijn',
];

function zoek(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? zoek(p) : e.name.endsWith('.test.js') ? [p] : [];
  });
}

const args = process.argv.slice(2);
const unit = args.includes('--unit');
const regel = args.find((a) => /^(TR|CD|CS)\d+$/.test(a));
const filter = args.filter((a) => a !== '--unit' && a !== regel);
const env = { ...process.env, ...(regel && { KETENTEST_REGEL: regel }) };

const bron = (f) => path.join(root, `${path.relative(dist, f).replace(/\.js$/, '')}.ts`);
const alle = existsSync(dist) ? zoek(dist) : [];
const verouderd = alle.filter((f) => !existsSync(bron(f)));
for (const f of verouderd) console.error(`overgeslagen (de bron bestaat niet meer): ${path.relative(root, f)}`);
const bestanden = alle
  .filter((f) => !verouderd.includes(f))
  .filter((f) => !unit || !TRAAG.some((t) => path.relative(dist, f).startsWith(t)))
  .filter((f) => (regel ? f.endsWith(`${path.sep}regels.test.js`) : filter.length === 0 || filter.some((x) => f.includes(x))));
if (bestanden.length === 0) {
  console.error('geen tests gevonden (eerst npm run build?)');
  process.exit(1);
}
// The fast files: one per core at a time (node's default leaves a core idle). Not more: the timing tests
// (declaratieregels grow linearly) must keep a core to themselves.
const gelijktijdig = unit ? [`--test-concurrency=${Math.max(2, availableParallelism())}`] : [];
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...gelijktijdig, ...bestanden], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
