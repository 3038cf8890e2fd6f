import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Three bundles. Main and preload stay CommonJS (package.json has no "type": "module").
export default defineConfig({
  main: {
    build: {
      // Runtime deps (better-sqlite3's native addon above all) load from node_modules, not the
      // bundle: a .node file cannot be bundled and must be rebuilt for Electron's ABI.
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The audit worker thread (verification, exports): its own entry, loaded by path.
          auditJobs: resolve(__dirname, 'src/main/workers/auditJobs.ts'),
        },
        output: { format: 'cjs' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload gets a require() that knows only electron and a few built-ins, so it
      // must be one self-contained file: bundle everything, split nothing.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset URLs, so the page works wherever app://casefile/ serves it from.
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
