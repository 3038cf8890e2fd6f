import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Runtime } from '../../src/main/runtime';
import type { Mission } from '../../src/shared/schemas/mission';
import { ok, testRuntime, TRUSTED_SENDER } from './runtime';

/**
 * A temp dir in memory (/dev/shm) where there is one: suites that make thousands of commits test
 * validation and logic, not the disk, and fsync on a busy CI disk would dominate their time.
 */
export function fastTempDir(): { path: string; remove: () => void } {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const path = mkdtempSync(join(base, 'casefile-rel-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Two missions and three cases, so generated ids 1..5 often name real rows. */
export function seedRows(rt: Runtime): void {
  const missions = [
    { name: 'Embassy in Quito', code: 'QUI', hostState: 'ECU' },
    { name: 'Consulate in Lima', code: 'LIM', hostState: 'PER' },
  ].map((m) =>
    ok<Mission>(
      rt.call(
        'missions:create',
        { ...m, sendingState: 'GBR', premisesType: 'EMBASSY_CHANCERY' },
        TRUSTED_SENDER,
      ),
    ),
  );
  for (const missionId of [missions[0]!.id, missions[0]!.id, missions[1]!.id]) {
    ok(rt.call('cases:open', { missionId }, TRUSTED_SENDER));
  }
}

/**
 * tests/integration/reliability/children/writer.ts as one CommonJS file (better-sqlite3 stays
 * external and loads from node_modules): a Node start of tens of ms instead of tsx's second.
 */
export function bundleWriter(): string {
  const repo = resolve(__dirname, '../..');
  const outDir = join(repo, 'node_modules', '.cache', 'casefile-tests');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `writer-${process.pid}.cjs`);
  buildSync({
    entryPoints: [join(repo, 'tests/integration/reliability/children/writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  return outfile;
}

/** One seeded runtime in a fast temp dir for the whole file: `runtime()` is valid inside tests. */
export function useSeededRuntime(): () => Runtime {
  let rt: Runtime | undefined;
  let dir: { path: string; remove: () => void } | undefined;
  beforeAll(() => {
    dir = fastTempDir();
    rt = testRuntime(dir.path);
    seedRows(rt);
  });
  afterAll(() => {
    rt?.close();
    dir?.remove();
  });
  return () => {
    if (!rt) throw new Error('the seeded runtime exists only inside tests');
    return rt;
  };
}
