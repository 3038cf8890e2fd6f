// better-sqlite3 is a native module: Node (tests, CLI) and Electron (the desktop app) need builds
// for different ABIs. Rebuilding in place for one breaks the other, so we keep both:
//   - node_modules/better-sqlite3/build/Release/better_sqlite3.node  for Node (npm install builds it)
//   - node_modules/.casefile-electron/better_sqlite3.node            for Electron (built here)
// and the Electron main process passes the second one to better-sqlite3 as `nativeBinding`.
// Usage: node scripts/ensure-electron-abi.mjs node|electron
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const mode = process.argv[2];
const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function nodeBuildLoads() {
  try {
    const probe = execFileSync(
      process.execPath,
      ['-e', "new (require('better-sqlite3'))(':memory:').close(); console.log('ok')"],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return probe.trim() === 'ok';
  } catch {
    return false;
  }
}

if (mode === 'node') {
  if (!nodeBuildLoads()) {
    console.warn('better-sqlite3 is not built for this Node; rebuilding it (about a minute)…');
    execFileSync(npm, ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
    if (!nodeBuildLoads()) {
      console.error('better-sqlite3 still does not load under Node after a rebuild.');
      process.exit(1);
    }
  }
} else if (mode === 'electron') {
  const electronDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(electronDir, 'path.txt'))) {
    // package.json denies electron's postinstall (CI and air-gapped machines cannot download the
    // binary); on a networked machine we fetch it here, the first time the app is started.
    console.log('Downloading the Electron runtime (first start only)…');
    execFileSync(process.execPath, [join(electronDir, 'install.js')], {
      cwd: electronDir,
      stdio: 'inherit',
    });
  }
  const electronVersion = JSON.parse(
    readFileSync(join(electronDir, 'package.json'), 'utf8'),
  ).version;
  const outDir = join(root, 'node_modules', '.casefile-electron');
  const marker = join(outDir, `electron-${electronVersion}`);
  if (!existsSync(marker)) {
    console.log(`Building better-sqlite3 for Electron ${electronVersion} (about a minute)…`);
    const work = mkdtempSync(join(tmpdir(), 'casefile-bsql-'));
    try {
      const pkgDir = join(work, 'better-sqlite3');
      const source = join(root, 'node_modules', 'better-sqlite3');
      const nodeBuild = join(source, 'build');
      cpSync(source, pkgDir, { recursive: true, filter: (src) => !src.startsWith(nodeBuild) });
      const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', {
        paths: [join(process.execPath, '..', '..', 'lib', 'node_modules', 'npm'), root],
      });
      execFileSync(
        process.execPath,
        [
          nodeGyp,
          'rebuild',
          '--release',
          `--target=${electronVersion}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        { cwd: pkgDir, stdio: 'inherit' },
      );
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
      cpSync(
        join(pkgDir, 'build', 'Release', 'better_sqlite3.node'),
        join(outDir, 'better_sqlite3.node'),
      );
      cpSync(join(pkgDir, 'binding.gyp'), marker);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
} else {
  console.error('usage: node scripts/ensure-electron-abi.mjs node|electron');
  process.exit(2);
}
