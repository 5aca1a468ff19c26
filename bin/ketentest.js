#!/usr/bin/env node
'use strict';
// Runs the compiled CLI; `npm ci` / `npm install` compile it (the `prepare` script).
const { main } = require('../dist/simulator/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`ketentest: interne fout: ${e?.stack || e}`);
    process.exitCode = 70;
  },
);
