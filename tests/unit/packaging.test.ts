import type { Stats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import { describe, expect, it } from 'vitest';

// The electron-builder configuration (package.json "build"), asserted without building: the
// fuses it flips, the targets, and which project files electron-builder's own matcher puts into
// the asar. Building needs the Electron binary, which these machines cannot download.

const repo = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
  build: Configuration;
};
const build = pkg.build;

const fileStat = { isDirectory: () => false, isFile: () => true } as unknown as Stats;

type Filter = (file: string, stat: Stats) => boolean;
type Matcher = { createFilter: () => Filter };
// The two matchers the packager builds (platformPackager.ts): the app's files with electron-builder's
// default exclusions added, and for node_modules the exclusions alone. Internal, hence untyped.
const internals = fileMatcher as unknown as {
  getMainFileMatchers: (...args: unknown[]) => Matcher[];
  getNodeModuleFileMatcher: (...args: unknown[]) => Matcher;
};

/** electron-builder's real decision for a project file: does it go into the app's asar? */
function packaged(): (relativePath: string) => boolean {
  const info = {
    projectDir: repo,
    buildResourcesDir: 'build',
    isPrepackedAppAsar: false,
    config: build,
    debugLogger: { isEnabled: false },
  };
  const expand = (pattern: string): string => pattern;
  const main = internals.getMainFileMatchers(
    repo,
    '/app',
    expand,
    {},
    { info },
    join(repo, 'dist'),
  );
  expect(main).toHaveLength(1);
  const appFilter = main[0]!.createFilter();
  const modulesFilter = internals
    .getNodeModuleFileMatcher(repo, '/app', expand, {}, info)
    .createFilter();
  const production = new Set(Object.keys(pkg.dependencies));
  return (relativePath) => {
    const abs = join(repo, relativePath);
    if (!relativePath.startsWith('node_modules/')) return appFilter(abs, fileStat);
    // The packager copies production dependencies only, then applies the exclusions.
    const name = relativePath.split('/')[1]!;
    return production.has(name) && modulesFilter(abs, fileStat);
  };
}

describe('packaging (electron-builder)', () => {
  it('flips every Electron fuse of the security checklist', () => {
    expect(build.electronFuses).toStrictEqual({
      // ELECTRON_RUN_AS_NODE would turn the signed binary into a general-purpose Node.
      runAsNode: false,
      enableCookieEncryption: true,
      // NODE_OPTIONS / --inspect would let anyone with a shell inject code or attach a debugger.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // The app is served on app://, never file://.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar, unpacking only the native module', () => {
    expect(build.asar).toBe(true);
    expect(build.asarUnpack).toEqual(['**/*.node']);
    expect(pkg.main).toBe('./out/main/index.js');
  });

  it('rebuilds better-sqlite3 for Electron from source (no prebuilt download)', () => {
    expect(build.npmRebuild).toBe(true);
    expect(build.buildDependenciesFromSource).toBe(true);
  });

  it('targets AppImage and deb on Linux and NSIS on Windows, and never publishes', () => {
    expect(build.linux?.target).toEqual(['AppImage', 'deb']);
    expect(build.win?.target).toEqual(['nsis']);
    expect(build.publish).toBeNull();
    expect(pkg.scripts['dist']).toMatch(/electron-builder --linux AppImage deb --publish never/);
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win nsis --publish never/);
    // electron-builder rebuilds better-sqlite3 in place for Electron; tests and the CLI need the
    // Node build back afterwards.
    expect(pkg.scripts['dist']).toMatch(/ensure-electron-abi\.mjs node$/);
  });

  it.each([
    'package.json',
    'out/main/index.js',
    'out/preload/index.js',
    'out/renderer/index.html',
    'out/renderer/assets/index-abc123.js',
    'out/renderer/assets/index-abc123.css',
    'migrations/0000_init.sql',
    'migrations/0001_audit.sql',
    'migrations/meta/_journal.json',
    'migrations/meta/0000_snapshot.json',
    'src/main/data/authorities.json',
    'src/main/data/case-facts.schema.json',
    'node_modules/better-sqlite3/lib/index.js',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  ])('ships %s', (file) => {
    expect(packaged()(file)).toBe(true);
  });

  it.each([
    'src/main/index.ts',
    'src/main/db/client.ts',
    'src/renderer/index.html',
    'tests/e2e/fixtures.ts',
    'tests/fixtures/golden/GC-01.json',
    'bench/run.ts',
    'scripts/ensure-electron-abi.mjs',
    '.ci/run',
    'README.md',
    'out/main/index.js.map',
    'out/cli/cli.js',
    'node_modules/.casefile-electron/better_sqlite3.node',
    'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
    'node_modules/better-sqlite3/src/better_sqlite3.cpp',
    'node_modules/better-sqlite3/build/Release/test_extension.node',
    'node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
    'dist/linux-unpacked/resources/app.asar',
  ])('leaves out %s', (file) => {
    expect(packaged()(file)).toBe(false);
  });

  it('every migration and every authority file in the repository is shipped', () => {
    const ship = packaged();
    const journal = JSON.parse(
      readFileSync(join(repo, 'migrations/meta/_journal.json'), 'utf8'),
    ) as { entries: { tag: string }[] };
    expect(journal.entries.length).toBeGreaterThan(0);
    for (const { tag } of journal.entries) {
      expect(ship(`migrations/${tag}.sql`), tag).toBe(true);
    }
  });
});
