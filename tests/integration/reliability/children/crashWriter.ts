// The child process of R-crash (bundled by the test with esbuild, so it starts in milliseconds).
// It waits for "go" on stdin, opens the data dir with the app's own runtime, then commits composite
// transactions (several use cases in one SQLite transaction, each with its audit entry) for ever,
// acknowledging each one on stdout only after COMMIT returned. The parent SIGKILLs it at random.
import { writeSync } from 'node:fs';
import { createRuntime } from '../../../../src/main/runtime';
import { APP_ORIGIN } from '../../../../src/main/ipc/trustedSender';
import type { IpcResult } from '../../../../src/shared/errors';

const [dataDir, migrationsDir] = process.argv.slice(2);
if (!dataDir || !migrationsDir) {
  process.stderr.write('usage: crashWriter DATA_DIR MIGRATIONS_DIR\n');
  process.exit(2);
}

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

process.stdin.once('data', () => {
  const rt = createRuntime({ dataDir, migrationsDir, trustedOrigin: APP_ORIGIN });
  const missions = value<{ id: number }[]>(rt.invoke('missions:list', {}));
  const missionId =
    missions[0]?.id ??
    value<{ id: number }>(
      rt.invoke('missions:create', {
        name: 'Embassy in Quito',
        code: 'QUI',
        sendingState: 'GBR',
        hostState: 'ECU',
        premisesType: 'EMBASSY_CHANCERY',
      }),
    ).id;
  writeSync(1, 'ready\n');
  const composite = rt.database.sqlite.transaction((): number[] => {
    const ids: number[] = [];
    // Three use cases in one transaction: all three cases and their audit entries, or none.
    for (let i = 0; i < 3; i++) {
      ids.push(value<{ id: number }>(rt.invoke('cases:open', { missionId })).id);
    }
    return ids;
  });
  for (;;) {
    const ids = composite.immediate();
    // Acknowledged only once COMMIT has returned: these ids must survive any kill from here on.
    writeSync(1, `ack ${ids.join(',')}\n`);
  }
});
