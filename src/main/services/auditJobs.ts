import { Worker } from 'node:worker_threads';
import type { CaseExport } from './auditService';
import { recordExport, recordVerification } from './auditService';
import type { ServiceContext } from './context';
import type { Checkpoint } from '../domain/audit/chain';
import type { AuditJob, AuditJobMessage } from '../workers/auditJobs';

/**
 * Where the worker's code is. The built app points at the bundled out/main/auditJobs.js; tests
 * and the loopback host run the TypeScript source through tsx (a dev dependency), which a Node 20
 * worker can only load by registering it itself.
 */
export type WorkerSpec = { file: string; viaTsx?: boolean };

export type AuditJobsState = {
  verify: {
    running: { startedAt: string; checked: number; total: number } | null;
    error: string | null;
  };
  export: {
    running: { caseId: number; startedAt: string } | null;
    last: (CaseExport & { caseId: number; at: string }) | null;
    error: string | null;
  };
};

export type AuditJobs = {
  /** Starts verifying the chain unless a verification is running (then false). */
  verify: (checkpoint?: Checkpoint | null) => boolean;
  /** Starts exporting a case's audit trail unless an export is running (then false). */
  exportCase: (caseId: number) => boolean;
  state: () => AuditJobsState;
  /** Resolves once every started job has finished and been saved. */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
};

function spawn(spec: WorkerSpec, job: AuditJob): Worker {
  if (!spec.viaTsx) return new Worker(spec.file, { workerData: job });
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(spec.file)});`, {
    eval: true,
    workerData: job,
  });
}

/**
 * Runs the heavy audit jobs in worker threads so the interactive path never waits for them
 * (QUALITY.md D7). Results come back as messages and are saved here, on the main thread, in one
 * short transaction each (a verification record; the export's audit entry).
 */
export function createAuditJobs(options: {
  worker: WorkerSpec;
  dbPath: string;
  nativeBinding?: string;
  context: ServiceContext;
}): AuditJobs {
  const ctx = options.context;
  const s: AuditJobsState = {
    verify: { running: null, error: null },
    export: { running: null, last: null, error: null },
  };
  const workers = new Set<Worker>();
  const pending = new Set<Promise<void>>();

  function launch(
    job: AuditJob,
    onMessage: (m: AuditJobMessage) => void,
    onFailure: (message: string) => void,
  ): void {
    const w = spawn(options.worker, {
      ...job,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    workers.add(w);
    const finished = new Promise<void>((resolve) => {
      let settled = false;
      const settle = (failure: string | null) => {
        if (settled) return;
        settled = true;
        if (failure !== null) onFailure(failure);
        workers.delete(w);
        resolve();
      };
      w.on('message', (m: AuditJobMessage) => {
        if (m.type === 'progress') return onMessage(m);
        if (m.type === 'error') return settle(m.message);
        try {
          onMessage(m);
          settle(null);
        } catch (e) {
          settle(`finished but could not be saved: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
      w.on('error', (e) => settle(e.message));
      w.on('exit', (code) => settle(`the worker stopped without a result (exit ${code})`));
    });
    pending.add(finished);
    void finished.then(() => pending.delete(finished));
  }

  return {
    verify: (checkpoint = null) => {
      if (s.verify.running) return false;
      const startedAt = ctx.clock().toISOString();
      s.verify = { running: { startedAt, checked: 0, total: 0 }, error: null };
      launch(
        { kind: 'verify', checkpoint, dbPath: options.dbPath, dataDir: ctx.dataDir },
        (m) => {
          if (m.type === 'progress') {
            s.verify.running = { startedAt, checked: m.checked, total: m.total };
          } else if (m.type === 'verified') {
            recordVerification(ctx, {
              result: m.result,
              startedAt,
              finishedAt: ctx.clock().toISOString(),
              durationMs: m.durationMs,
              checkpoint,
              runBy: 'APP',
            });
            s.verify.running = null;
          }
        },
        (failure) => {
          s.verify = { running: null, error: `The verification could not run: ${failure}` };
        },
      );
      return true;
    },
    exportCase: (caseId) => {
      if (s.export.running) return false;
      const at = ctx.clock().toISOString();
      s.export = { running: { caseId, startedAt: at }, last: s.export.last, error: null };
      launch(
        {
          kind: 'export',
          caseId,
          actor: ctx.actor,
          at,
          dbPath: options.dbPath,
          dataDir: ctx.dataDir,
        },
        (m) => {
          if (m.type !== 'exported') return;
          recordExport(ctx, caseId, m.export);
          s.export = { running: null, last: { ...m.export, caseId, at }, error: null };
        },
        (failure) => {
          s.export = {
            running: null,
            last: s.export.last,
            error: `The export could not be written: ${failure}`,
          };
        },
      );
      return true;
    },
    state: () => structuredClone(s),
    idle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    stop: async () => {
      await Promise.all([...workers].map((w) => w.terminate()));
      await Promise.all([...pending]);
    },
  };
}
