#!/usr/bin/env node
'use strict';
// The soak test (bench/soak.ts, compiled): node scripts/soak.js [--minuten N] [--tempo N] [--crash] [--data D]
// Build first (npm run build; `npm run soak -- --minuten 30` does both).
const path = require('node:path');
const { existsSync } = require('node:fs');

const gebouwd = path.join(__dirname, '..', 'dist', 'bench', 'soak.js');
if (!existsSync(gebouwd)) {
  console.error('soak: eerst npm run build');
  process.exit(2);
}
require(gebouwd)
  .soak(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
