#!/usr/bin/env node
'use strict';
// Runs every compiled *.test.js under dist/ with node's test runner (helpers in test/ are not tests).
const { spawnSync } = require('node:child_process');
const { readdirSync } = require('node:fs');
const path = require('node:path');

function zoek(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? zoek(p) : e.name.endsWith('.test.js') ? [p] : [];
  });
}

const filter = process.argv.slice(2);
const bestanden = zoek(path.resolve(__dirname, '..', 'dist')).filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...bestanden], { stdio: 'inherit' });
process.exit(r.status ?? 1);
