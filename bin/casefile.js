#!/usr/bin/env node
'use strict';
// Built by `npm run build` into out/cli/cli.js (no Electron needed).
const { runCli } = require('../out/cli/cli.js');
runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`error: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
