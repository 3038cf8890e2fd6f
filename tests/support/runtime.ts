import { resolve } from 'node:path';
import { createRuntime, type Runtime } from '../../src/main/runtime';
import type { WorkerSpec } from '../../src/main/services/auditJobs';
import { APP_ORIGIN } from '../../src/main/ipc/trustedSender';
import type { IpcResult } from '../../src/shared/errors';
import type { CaseSummary } from '../../src/shared/schemas/case';
import type { Mission } from '../../src/shared/schemas/mission';

export const TRUSTED_SENDER = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

/** The audit worker from source (the built app uses out/main/auditJobs.js). */
export const SOURCE_AUDIT_WORKER: WorkerSpec = {
  file: resolve(__dirname, '../../src/main/workers/auditJobs.ts'),
  viaTsx: true,
};

/** A runtime on a real SQLite file with a pinned clock that advances one second per call. */
export function testRuntime(dataDir: string, start = Date.UTC(2026, 10, 27, 9, 0, 0)): Runtime {
  let t = start;
  return createRuntime({
    dataDir,
    trustedOrigin: APP_ORIGIN,
    clock: () => new Date((t += 1000)),
    auditWorker: SOURCE_AUDIT_WORKER,
  });
}

export function ok<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A mission (Embassy in Quito, GBR in ECU) and a case opened at it, through dispatch. */
export function openTestCase(rt: Runtime): CaseSummary {
  const mission = ok<Mission>(
    rt.call(
      'missions:create',
      {
        name: 'Embassy in Quito',
        code: 'QUI',
        sendingState: 'GBR',
        hostState: 'ECU',
        premisesType: 'EMBASSY_CHANCERY',
      },
      TRUSTED_SENDER,
    ),
  );
  return ok<CaseSummary>(rt.call('cases:open', { missionId: mission.id }, TRUSTED_SENDER));
}
