// The writer child of R-crash and R-diskfull (bundled by the tests with esbuild, so it starts in
// milliseconds). It waits for "go" on stdin and opens the data dir with the app's own runtime.
//   crash: commits composite transactions (several use cases in one SQLite transaction, each with
//          its audit entry) for ever, acknowledging each on stdout only after COMMIT returned; the
//          parent SIGKILLs it at random.
//   fill:  commits one use case at a time through dispatch, as the UI would, until a write is
//          refused; reports the refusal as the renderer would see it, then checks reads still work.
import { writeSync } from 'node:fs';
import { createRuntime, type Runtime } from '../../../../src/main/runtime';
import { APP_ORIGIN } from '../../../../src/main/ipc/trustedSender';
import type { IpcResult } from '../../../../src/shared/errors';
import { QUITO } from '../../../support/seed';

const [mode, dataDir, migrationsDir] = process.argv.slice(2);
if ((mode !== 'crash' && mode !== 'fill') || !dataDir || !migrationsDir) {
  process.stderr.write('usage: writer crash|fill DATA_DIR MIGRATIONS_DIR\n');
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
    missions[0]?.id ?? value<{ id: number }>(rt.invoke('missions:create', QUITO)).id;
  writeSync(1, 'ready\n');
  if (mode === 'fill') fill(rt, missionId);
  else crash(rt, missionId);
});

function crash(rt: Runtime, missionId: number): never {
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
}

function fill(rt: Runtime, missionId: number): void {
  for (let i = 0; i < 100_000; i++) {
    const result = rt.invoke('cases:open', { missionId });
    if (result.ok) {
      writeSync(1, `ack ${(result.value as { id: number }).id}\n`);
      continue;
    }
    writeSync(1, `refused ${JSON.stringify(result.error)}\n`);
    // The store refuses writes, but what was saved must still be readable.
    const list = rt.invoke('cases:list', { limit: 500 });
    writeSync(1, `read ${list.ok ? 'ok' : JSON.stringify(list.error)}\n`);
    const again = rt.invoke('cases:open', { missionId });
    writeSync(1, `retry ${again.ok ? 'ok' : again.error.code}\n`);
    rt.close();
    return;
  }
  writeSync(1, 'never refused\n');
  rt.close();
}
