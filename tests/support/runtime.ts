import { createRuntime, type Runtime } from '../../src/main/runtime';
import { APP_ORIGIN } from '../../src/main/ipc/trustedSender';
import type { IpcResult } from '../../src/shared/errors';

export const TRUSTED_SENDER = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

/** A runtime on a real SQLite file with a pinned clock that advances one second per call. */
export function testRuntime(dataDir: string, start = Date.UTC(2026, 10, 27, 9, 0, 0)): Runtime {
  let t = start;
  return createRuntime({
    dataDir,
    trustedOrigin: APP_ORIGIN,
    clock: () => new Date((t += 1000)),
  });
}

export function ok<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
