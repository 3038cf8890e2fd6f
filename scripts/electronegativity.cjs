// Runs @doyensec/electronegativity (Electron security scanner) over the given folders and prints
// one JSON report on stdout: { electronVersion, scans: [{ input, checks, issues, errors }] }.
// Usage: node scripts/electronegativity.cjs src out
//
// Run through its API rather than its CLI, which (a) fetches translations from the network at
// start-up and (b) requires a `commander` it does not declare. Casefile's tests never talk to the
// network, so the scanner's HTTP client is replaced by one that refuses at once.
const Module = require('node:module');
const { resolve } = require('node:path');

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'got') {
    const refuse = () => Promise.reject(new Error('network access is disabled in Casefile scans'));
    refuse.head = refuse;
    return refuse;
  }
  return originalLoad.call(this, request, parent, isMain);
};

const run = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

// Exclusions, each with its reason:
const EXCLUDED_CHECKS = [
  // Downloads Electron's release list from GitHub to list fixes newer than the installed version.
  // These machines have no network; Electron's currency is asserted offline instead
  // (tests/unit/security/layering.test.ts: "uses a current Electron").
  'AvailableSecurityFixesGlobalCheck',
];

async function main() {
  const inputs = process.argv.slice(2);
  if (inputs.length === 0) {
    console.error('usage: node scripts/electronegativity.cjs DIR...');
    process.exit(2);
  }
  const scans = [];
  // The scanner logs progress and a translation warning to the console; keep stdout for JSON.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  try {
    for (const input of inputs) {
      const result = await run({
        input: resolve(input),
        isRelative: true,
        excludeFromScan: EXCLUDED_CHECKS,
        electronVersionOverride: electronVersion,
      });
      scans.push({
        input,
        checks: result.globalChecks + result.atomicChecks,
        issues: result.issues.map((i) => ({
          id: i.id,
          severity: i.severity.name,
          confidence: i.confidence.name,
          file: i.file,
          line: i.location.line,
          manualReview: Boolean(i.manualReview),
          description: i.description,
        })),
        errors: result.errors,
      });
    }
  } finally {
    console.log = log;
  }
  process.stdout.write(
    `${JSON.stringify({ electronVersion, excluded: EXCLUDED_CHECKS, scans })}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
