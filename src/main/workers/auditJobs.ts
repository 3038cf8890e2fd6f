import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ChainCheck, Checkpoint } from '../domain/audit/chain';
import * as schema from '../db/schema';
import { verifyAuditLog, writeCaseExport, type CaseExport } from '../services/auditService';
import type { Actor, ServiceContext } from '../services/context';

// Worker thread entry for the heavy audit work, off the main process's event loop (QUALITY.md
// A2, D7): verifying the whole chain, and writing a case's audit export. It opens its own
// read-only connection; in WAL mode that reads a consistent snapshot while the app writes on.

export type AuditJob = { dbPath: string; dataDir: string; nativeBinding?: string } & (
  | { kind: 'verify'; checkpoint: Checkpoint | null }
  | { kind: 'export'; caseId: number; actor: Actor; at: string }
);

export type AuditJobMessage =
  | { type: 'progress'; checked: number; total: number }
  | { type: 'verified'; result: ChainCheck; durationMs: number }
  | { type: 'exported'; export: CaseExport }
  | { type: 'error'; message: string };

const job = workerData as AuditJob;
const post = (m: AuditJobMessage) => parentPort?.postMessage(m);

function run(sqlite: Database.Database): void {
  if (job.kind === 'verify') {
    const started = performance.now();
    const result = verifyAuditLog(sqlite, {
      checkpoint: job.checkpoint,
      onProgress: (checked, total) => post({ type: 'progress', checked, total }),
    });
    post({ type: 'verified', result, durationMs: performance.now() - started });
    return;
  }
  const at = new Date(job.at);
  const ctx: ServiceContext = {
    db: drizzle({ client: sqlite, schema }),
    sqlite,
    clock: () => at,
    newId: () => {
      throw new Error('the export worker writes nothing to the database');
    },
    actor: job.actor,
    // The job runs as the actor who asked for it, not as a window's profile.
    session: { profile: null },
    dataDir: job.dataDir,
    schemaVersion: 0,
    appVersion: '',
  };
  post({ type: 'exported', export: writeCaseExport(ctx, job.caseId) });
}

try {
  const sqlite = new Database(job.dbPath, {
    readonly: true,
    fileMustExist: true,
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
  });
  try {
    run(sqlite);
  } finally {
    sqlite.close();
  }
} catch (e) {
  post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
