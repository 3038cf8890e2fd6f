import { canonicalJson } from '../../../shared/canonicalJson';

// The audit log is a hash chain (SPEC §4.4; issue "tamper-evident audit log"): each entry's hash
// covers its own canonical content and the previous entry's hash, so editing, deleting,
// reordering or inserting any entry breaks every hash after it.

export const GENESIS_HASH = '0'.repeat(64);

export type Sha256 = (text: string) => string;

/** The fields of an entry that its hash covers (everything but the hash itself). */
export type AuditEntryContent = {
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  caseId: number | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  /** JSON text: the fields that changed, with values or, for restricted data, digests. */
  changes: string;
  prevHash: string;
};

export type AuditEntry = AuditEntryContent & { hash: string };

export function entryHash(content: AuditEntryContent, sha256: Sha256): string {
  return sha256(`${content.prevHash}\n${canonicalJson(content)}`);
}

export type ChainCheck =
  | { ok: true; count: number; headSeq: number; headHash: string }
  | { ok: false; count: number; brokenSeq: number; reason: string };

/**
 * Walks entries in sequence order. `expectedStart` lets a caller verify a slice that continues
 * from a known entry (a checkpoint, or the excerpt of a case bundle).
 */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  sha256: Sha256,
  expectedStart: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainCheck {
  let prevSeq = expectedStart.seq;
  let prevHash = expectedStart.hash;
  let count = 0;
  for (const e of entries) {
    if (e.seq !== prevSeq + 1) {
      return {
        ok: false,
        count,
        brokenSeq: e.seq,
        reason: `sequence jumps from ${prevSeq} to ${e.seq} (entries missing, inserted or reordered)`,
      };
    }
    if (e.prevHash !== prevHash) {
      return { ok: false, count, brokenSeq: e.seq, reason: 'does not link to the previous entry' };
    }
    const { hash, ...content } = e;
    if (entryHash(content, sha256) !== hash) {
      return {
        ok: false,
        count,
        brokenSeq: e.seq,
        reason: 'content does not match its hash (edited)',
      };
    }
    prevSeq = e.seq;
    prevHash = hash;
    count++;
  }
  return { ok: true, count, headSeq: prevSeq, headHash: prevHash };
}
