#!/usr/bin/env node
'use strict';
// Writes features/ from the casuïstiek (scenarios/); run after changing a case: npm run features.
const { mkdirSync, writeFileSync, readdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const { genereerFeatures } = require('../dist/scenarios/features.js');

const root = path.resolve(__dirname, '..');
const features = genereerFeatures();
for (const f of readdirSync(path.join(root, 'features'), { recursive: true })) {
  if (String(f).endsWith('.feature') && !features.has(`features/${f}`)) rmSync(path.join(root, 'features', String(f)));
}
for (const [bestand, inhoud] of features) {
  mkdirSync(path.dirname(path.join(root, bestand)), { recursive: true });
  writeFileSync(path.join(root, bestand), inhoud);
}
console.log(`${features.size} featurebestanden geschreven`);
