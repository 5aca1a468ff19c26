#!/usr/bin/env node
'use strict';
// After an incremental build: removes what dist/ still holds of sources that no longer exist (a moved
// or deleted .ts), so no stale module is loaded (the rule catalogue and cucumber load by folder) and no
// deleted test runs.
const { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

function snoei(map) {
  for (const naam of readdirSync(map)) {
    const p = path.join(map, naam);
    if (statSync(p).isDirectory()) {
      snoei(p);
      if (readdirSync(p).length === 0) rmdirSync(p);
      continue;
    }
    const m = /^(.*)\.(js|js\.map|d\.ts)$/.exec(path.relative(dist, p));
    if (m && !existsSync(path.join(root, `${m[1]}.ts`))) unlinkSync(p);
  }
}

if (existsSync(dist)) snoei(dist);
