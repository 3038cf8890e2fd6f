// Bundles the `casefile` CLI for plain Node (no Electron): out/cli/cli.js, CommonJS.
// Native and heavy packages stay external and load from node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
await build({
  // The worker thread that recomputes stored assessments is loaded by file name, next to cli.js.
  entryPoints: {
    cli: 'src/main/cli.ts',
    reassessWorker: 'src/main/workers/reassessWorker.ts',
  },
  outdir: 'out/cli',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: Object.keys(pkg.dependencies ?? {}),
  logLevel: 'warning',
});
