import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from '../../src/main/runtime';
import type { Mission } from '../../src/shared/schemas/mission';
import { ok, TRUSTED_SENDER } from './runtime';

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
