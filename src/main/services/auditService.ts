import type Database from 'better-sqlite3';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEntryView, Verification } from '../../shared/schemas/audit';
import {
  ChainVerifier,
  GENESIS_HASH,
  type AuditEntry,
  type ChainCheck,
  type Checkpoint,
} from '../domain/audit/chain';
import type { FieldChange } from '../domain/audit/changes';
import { formatCheckpoint } from '../domain/audit/checkpoint';
import { replayFields } from '../domain/audit/replay';
import { prepared } from '../db/statements';
import { AUDIT_COLUMNS, recordAudit, sha256Hex } from './audit';
import { getCase } from './caseService';
import { inTransaction, type ServiceContext } from './context';
import { cursorOr, page } from './cursor';
import { verifyCaseEvents } from './timelineService';

// Reading, verifying, checkpointing and exporting the audit log (issue 6). Writing it is
// audit.ts (recordAudit), called by every use case.

export function auditHead(sqlite: Database.Database): { seq: number; hash: string } {
  const head = prepared(
    sqlite,
    'SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1',
  ).get() as { seq: number; hash: string } | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

export type VerifyProgress = (checked: number, total: number) => void;

/**
 * Walks the whole chain by keyset in batches (never OFFSET, never the whole table in memory) and
 * stops at the first broken entry. Takes a bare connection so it runs the same in the CLI, in
 * the background worker and in tests.
 */
export function verifyAuditLog(
  sqlite: Database.Database,
  options: { checkpoint?: Checkpoint | null; onProgress?: VerifyProgress; batch?: number } = {},
): ChainCheck {
  const batch = options.batch ?? 20_000;
  const total = auditHead(sqlite).seq;
  // Rows as arrays (better-sqlite3's raw mode): building a keyed object per row in the driver
  // costs more than the hashing (QUALITY.md A2); the entry object is made here instead.
  const read = prepared(
    sqlite,
    `SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT ?`,
  );
  const verifier = new ChainVerifier(sha256Hex, undefined, options.checkpoint ?? null);
  let after = 0;
  try {
    read.raw(true);
    for (;;) {
      const rows = read.all(after, batch) as RawEntry[];
      for (const r of rows) if (!verifier.push(entryOf(r))) return verifier.result();
      const last = rows.at(-1);
      if (!last || rows.length < batch) break;
      after = last[0];
      options.onProgress?.(verifier.result().count, total);
    }
  } finally {
    read.raw(false);
  }
  return verifier.result();
}

/** A row of AUDIT_COLUMNS in raw mode, in that order. */
export type RawEntry = [
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number | null,
  string | null,
  string | null,
  string,
  string,
  string,
];

export function entryOf(r: RawEntry): AuditEntry {
  return {
    seq: r[0],
    at: r[1],
    actorId: r[2],
    actorName: r[3],
    actorRole: r[4],
    action: r[5],
    entityType: r[6],
    entityId: r[7],
    caseId: r[8],
    beforeDigest: r[9],
    afterDigest: r[10],
    changes: r[11],
    prevHash: r[12],
    hash: r[13],
  };
}

const VERIFICATION_COLUMNS = `id, started_at AS startedAt, finished_at AS finishedAt, ok,
  entries_checked AS entriesChecked, head_seq AS headSeq, head_hash AS headHash,
  broken_seq AS brokenSeq, reason, checkpoint_seq AS checkpointSeq, duration_ms AS durationMs,
  run_by AS runBy`;

export function lastVerification(ctx: ServiceContext): Verification | null {
  const row = prepared(
    ctx.sqlite,
    `SELECT ${VERIFICATION_COLUMNS} FROM audit_verifications ORDER BY id DESC LIMIT 1`,
  ).get() as (Omit<Verification, 'ok'> & { ok: number }) | undefined;
  return row ? { ...row, ok: row.ok === 1 } : null;
}

/** Keeps the result of a verification (what the integrity badge shows); audited like any write. */
export function recordVerification(
  ctx: ServiceContext,
  run: {
    result: ChainCheck;
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    checkpoint: Checkpoint | null;
    runBy: 'APP' | 'CLI';
  },
): Verification {
  return inTransaction(ctx, () => {
    const r = run.result;
    const { lastInsertRowid } = prepared(
      ctx.sqlite,
      `INSERT INTO audit_verifications (started_at, finished_at, ok, entries_checked, head_seq,
         head_hash, broken_seq, reason, checkpoint_seq, duration_ms, run_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      run.startedAt,
      run.finishedAt,
      r.ok ? 1 : 0,
      r.count,
      r.ok ? r.headSeq : null,
      r.ok ? r.headHash : null,
      r.ok ? null : r.brokenSeq,
      r.ok ? null : r.reason,
      run.checkpoint?.seq ?? null,
      Math.round(run.durationMs),
      run.runBy,
    );
    const saved = lastVerification(ctx);
    if (!saved) throw new Error('the verification was not saved');
    recordAudit(ctx, {
      action: 'audit.verify',
      entityType: 'audit_verification',
      entityId: Number(lastInsertRowid),
      after: saved,
    });
    return saved;
  });
}

/**
 * A checkpoint of the current head, to keep off the machine. Issuing one is itself recorded (as
 * the entry after the head it names), so the log shows when checkpoints were taken.
 */
export function takeCheckpoint(ctx: ServiceContext): Checkpoint & { text: string } {
  return inTransaction(ctx, () => {
    const head = auditHead(ctx.sqlite);
    const checkpoint: Checkpoint = {
      seq: head.seq,
      hash: head.hash,
      at: ctx.clock().toISOString(),
    };
    recordAudit(ctx, {
      action: 'audit.checkpoint',
      entityType: 'audit_checkpoint',
      entityId: head.seq,
      after: checkpoint,
    });
    return { ...checkpoint, text: formatCheckpoint(checkpoint, ctx.dataDir) };
  });
}

function toView(e: AuditEntry): AuditEntryView {
  return {
    seq: e.seq,
    at: e.at,
    actor: { id: e.actorId, name: e.actorName, role: e.actorRole },
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    caseId: e.caseId,
    beforeDigest: e.beforeDigest,
    afterDigest: e.afterDigest,
    changes: JSON.parse(e.changes) as AuditEntryView['changes'],
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

/** The audit trail of one case, newest first, by keyset on seq. */
export function caseTrail(
  ctx: ServiceContext,
  input: { caseId: number; limit: number; cursor?: string | undefined },
): { items: AuditEntryView[]; nextCursor: string | null } {
  getCase(ctx, { id: input.caseId });
  const [before] = cursorOr(input.cursor, ['number'] as const, [Number.MAX_SAFE_INTEGER]);
  const rows = prepared(
    ctx.sqlite,
    `SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE case_id = ? AND seq < ?
     ORDER BY seq DESC LIMIT ?`,
  ).all(input.caseId, before, input.limit + 1) as AuditEntry[];
  return page(rows.map(toView), input.limit, (last) => [last.seq]);
}

export type CaseExport = {
  path: string;
  file: string;
  entries: number;
  bytes: number;
  sha256: string;
};

/**
 * Writes a case's whole audit trail to a file under the data folder's `exports/` (to a temporary
 * name, flushed, then renamed, so a half-written export never exists). Only reads the database:
 * it runs in the background worker (QUALITY.md D7), and recordExport then audits it. Each entry
 * carries everything needed to recompute its hash; the chain head and the last verification say
 * where the entries sit in the whole log.
 */
export function writeCaseExport(ctx: ServiceContext, caseId: number): CaseExport {
  const c = getCase(ctx, { id: caseId });
  const entries = (
    prepared(
      ctx.sqlite,
      `SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE case_id = ? ORDER BY seq`,
    ).all(caseId) as AuditEntry[]
  ).map((e) => ({ ...e, changeList: JSON.parse(e.changes) as unknown }));
  const at = ctx.clock().toISOString();
  const document = {
    format: 'casefile-audit-export/1',
    serialisation:
      'casefile-audit/1 over the fields as stored (`changes` is the exact text hashed; `changeList` is it parsed): see src/main/domain/audit/chain.ts serialiseEntry',
    case: { id: c.id, reference: c.reference },
    exportedAt: at,
    exportedBy: ctx.actor,
    chainHead: auditHead(ctx.sqlite),
    lastVerification: lastVerification(ctx),
    caseEventChain: verifyCaseEvents(ctx, caseId),
    entries,
  };
  const dir = join(ctx.dataDir, 'exports');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = `${c.reference}-audit-${at.replace(/[:.]/g, '-')}.json`;
  const path = join(dir, file);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const temp = `${path}.partial`;
  writeFileSync(temp, text, { mode: 0o600, flush: true });
  renameSync(temp, path);
  return {
    path,
    file,
    entries: entries.length,
    bytes: Buffer.byteLength(text),
    sha256: sha256Hex(text),
  };
}

/** Exports are audited (issue 6 item 4): which file, how many entries, and its digest. */
export function recordExport(ctx: ServiceContext, caseId: number, x: CaseExport): void {
  inTransaction(ctx, () =>
    recordAudit(ctx, {
      action: 'audit.export',
      entityType: 'case_export',
      entityId: caseId,
      caseId,
      after: { file: x.file, entries: x.entries, bytes: x.bytes, sha256: x.sha256 },
    }),
  );
}

/** The case's own fields as of a moment, replayed from its audit entries (domain/audit/replay). */
export function caseAsOf(
  ctx: ServiceContext,
  input: { caseId: number; asOf: string },
): { asOf: string; fields: Record<string, unknown>; restrictedFields: string[]; known: boolean } {
  getCase(ctx, { id: input.caseId });
  const history = (
    prepared(
      ctx.sqlite,
      `SELECT changes FROM audit_entries
       WHERE entity_type = 'case' AND entity_id = ? AND at <= ? ORDER BY seq`,
    )
      .pluck()
      .all(String(input.caseId), input.asOf) as string[]
  ).map((text) => JSON.parse(text) as FieldChange[]);
  return { asOf: input.asOf, ...replayFields(history), known: history.length > 0 };
}
