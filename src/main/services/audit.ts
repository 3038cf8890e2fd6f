import { createHash, hash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonicalJson';
import {
  entryHash,
  GENESIS_HASH,
  type AuditEntry,
  type AuditEntryContent,
} from '../domain/audit/chain';
import { describeChanges, stateDigest, type StateSnapshot } from '../domain/audit/changes';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';

// crypto.hash (Node ≥ 20.12, Electron 45's Node 22) is the one-shot form: a third of the cost of
// createHash().update().digest() on short inputs, which is what verifying 10^6 entries is made
// of (QUALITY.md A2). The fallback keeps older Node 20 releases working.
export const sha256Hex: (text: string) => string =
  typeof hash === 'function'
    ? (text) => hash('sha256', text, 'hex')
    : (text) => createHash('sha256').update(text).digest('hex');

export type AuditRecord = {
  /** `noun.verb`, e.g. `case.open`, `identity.reveal`. */
  action: string;
  entityType: string;
  entityId: string | number;
  caseId?: number | null;
  before?: StateSnapshot;
  after?: StateSnapshot;
  /** Fields of before/after recorded as digests only (restricted identity data). */
  restricted?: readonly string[];
};

/**
 * Appends one entry to the audit chain. Call it inside the use case's transaction: the entry
 * commits or rolls back with the change it records.
 */
export function recordAudit(ctx: ServiceContext, record: AuditRecord): AuditEntry {
  if (!ctx.sqlite.inTransaction) {
    throw new Error('recordAudit must run inside the use case transaction');
  }
  const head = prepared(
    ctx.sqlite,
    'SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1',
  ).get() as { seq: number; hash: string } | undefined;
  const before = record.before ?? null;
  const after = record.after ?? null;
  const content: AuditEntryContent = {
    seq: (head?.seq ?? 0) + 1,
    at: ctx.clock().toISOString(),
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    actorRole: ctx.actor.role,
    action: record.action,
    entityType: record.entityType,
    entityId: String(record.entityId),
    caseId: record.caseId ?? null,
    beforeDigest: stateDigest(before, sha256Hex),
    afterDigest: stateDigest(after, sha256Hex),
    changes: canonicalJson(
      describeChanges(before, after, new Set(record.restricted ?? []), sha256Hex),
    ),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const entry: AuditEntry = { ...content, hash: entryHash(content, sha256Hex) };
  prepared(
    ctx.sqlite,
    `INSERT INTO audit_entries (seq, at, actor_id, actor_name, actor_role, action, entity_type,
       entity_id, case_id, before_digest, after_digest, changes, prev_hash, hash)
     VALUES (@seq, @at, @actorId, @actorName, @actorRole, @action, @entityType, @entityId,
       @caseId, @beforeDigest, @afterDigest, @changes, @prevHash, @hash)`,
  ).run(entry);
  return entry;
}

export const AUDIT_COLUMNS = `seq, at, actor_id AS actorId, actor_name AS actorName,
  actor_role AS actorRole, action, entity_type AS entityType, entity_id AS entityId,
  case_id AS caseId, before_digest AS beforeDigest, after_digest AS afterDigest, changes,
  prev_hash AS prevHash, hash`;
