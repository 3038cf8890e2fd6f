// The audit log is a hash chain (SPEC §4.4; issue 6 "tamper-evident audit log"): each entry's
// hash covers its own canonical content and the previous entry's hash, so editing, deleting,
// reordering or inserting any entry breaks the chain at that entry, and cutting off the tail is
// caught by comparing against a checkpoint kept outside the machine.

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

const str = (s: string | null): string => (s === null ? '-' : `${s.length}:${s}`);
const int = (n: number | null): string => (n === null ? '-' : `${n};`);

/**
 * The canonical serialisation of an entry ("casefile-audit/1"), written down so that an inquiry
 * can recompute every hash with its own tools:
 *
 *   prevHash "\n" seq ";" at actorId actorName actorRole action entityType entityId caseId
 *   beforeDigest afterDigest changes
 *
 * in exactly that order, where a string is `<length>:<text>` (length in UTF-16 code units), an
 * integer is `<decimal>;` and a null is `-`. The encoding is unambiguous (every field is either
 * length-prefixed or terminated), so two different entries never serialise alike. The hash is
 * SHA-256 over the UTF-8 bytes of that text, in lowercase hex. It is a flat encoding rather than
 * JSON because verification is bounded by it: QUALITY.md A2 allows 1.5x a raw read + hash.
 */
export function serialiseEntry(c: AuditEntryContent): string {
  return (
    `${c.prevHash}\n${int(c.seq)}${str(c.at)}${str(c.actorId)}${str(c.actorName)}` +
    `${str(c.actorRole)}${str(c.action)}${str(c.entityType)}${str(c.entityId)}${int(c.caseId)}` +
    `${str(c.beforeDigest)}${str(c.afterDigest)}${str(c.changes)}`
  );
}

export function entryHash(content: AuditEntryContent, sha256: Sha256): string {
  return sha256(serialiseEntry(content));
}

/**
 * A copy of the chain head taken at some moment and kept off the machine (printed, signed,
 * filed). The log must still contain that entry, unchanged; a log that ends before it has lost
 * its tail.
 */
export type Checkpoint = { seq: number; hash: string; at: string };

export type ChainCheck =
  | { ok: true; count: number; headSeq: number; headHash: string }
  | { ok: false; count: number; brokenSeq: number; reason: string };

export type ChainStart = { seq: number; hash: string };

/**
 * Checks entries one at a time, in the order they are read (by seq), so a caller can stream a
 * chain of any length through it. `start` lets a caller verify a slice that continues from a
 * known entry. The first break is final: later entries are not looked at.
 */
export class ChainVerifier {
  private prevSeq: number;
  private prevHash: string;
  private count = 0;
  private broken: { brokenSeq: number; reason: string } | null = null;

  constructor(
    private readonly sha256: Sha256,
    start: ChainStart = { seq: 0, hash: GENESIS_HASH },
    private readonly checkpoint: Checkpoint | null = null,
  ) {
    this.prevSeq = start.seq;
    this.prevHash = start.hash;
  }

  /** Feeds the next entry; false once the chain is broken (stop reading). */
  push(e: AuditEntry): boolean {
    if (this.broken) return false;
    const expected = this.prevSeq + 1;
    if (e.seq !== expected) {
      this.broken =
        e.seq > expected
          ? {
              brokenSeq: expected,
              reason:
                e.seq === expected + 1
                  ? `entry ${expected} is missing (the log goes from ${this.prevSeq} to ${e.seq})`
                  : `entries ${expected} to ${e.seq - 1} are missing (the log goes from ${this.prevSeq} to ${e.seq})`,
            }
          : {
              brokenSeq: expected,
              reason: `entry ${e.seq} appears where entry ${expected} should be (out of order or duplicated)`,
            };
      return false;
    }
    if (e.prevHash !== this.prevHash) {
      this.broken = {
        brokenSeq: e.seq,
        reason: `entry ${e.seq} does not link to entry ${this.prevSeq} (an entry was removed, replaced or inserted before it)`,
      };
      return false;
    }
    if (entryHash(e, this.sha256) !== e.hash) {
      this.broken = {
        brokenSeq: e.seq,
        reason: `entry ${e.seq} does not match its hash (its content was edited)`,
      };
      return false;
    }
    if (this.checkpoint && e.seq === this.checkpoint.seq && e.hash !== this.checkpoint.hash) {
      this.broken = {
        brokenSeq: e.seq,
        reason: `entry ${e.seq} differs from the checkpoint of ${this.checkpoint.at} (the log was rewritten up to this entry)`,
      };
      return false;
    }
    this.prevSeq = e.seq;
    this.prevHash = e.hash;
    this.count++;
    return true;
  }

  result(): ChainCheck {
    if (this.broken) return { ok: false, count: this.count, ...this.broken };
    if (this.checkpoint && this.prevSeq < this.checkpoint.seq) {
      return {
        ok: false,
        count: this.count,
        brokenSeq: this.prevSeq + 1,
        reason: `the log ends at entry ${this.prevSeq}, but the checkpoint of ${this.checkpoint.at} saw entry ${this.checkpoint.seq}: entries ${this.prevSeq + 1} to ${this.checkpoint.seq} were cut off`,
      };
    }
    return { ok: true, count: this.count, headSeq: this.prevSeq, headHash: this.prevHash };
  }
}

/** Walks a whole chain in seq order (see ChainVerifier). */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  sha256: Sha256,
  start?: ChainStart,
  checkpoint?: Checkpoint | null,
): ChainCheck {
  const v = new ChainVerifier(sha256, start, checkpoint ?? null);
  for (const e of entries) if (!v.push(e)) break;
  return v.result();
}
