import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash, type AuditEntry, type Checkpoint } from '../../src/main/domain/audit/chain';
import type { Runtime } from '../../src/main/runtime';
import { AUDIT_COLUMNS, sha256Hex } from '../../src/main/services/audit';
import { verifyAuditLog } from '../../src/main/services/auditService';
import type { Note } from '../../src/shared/schemas/notes';
import type { TimelineEvent } from '../../src/shared/schemas/timeline';
import { useTempDirs } from '../support/tempDir';
import { testRuntime } from '../support/runtime';
import { callOk, missionWithCases } from '../support/seed';

// QUALITY.md R-tamper / issue 6 acceptance: with the append-only triggers dropped, 1,000 random
// raw-SQL edits, deletions, reorderings and insertions of audit rows are each detected, and the
// verifier names the first broken entry, the one the mutation predicts. Each mutation runs in a
// transaction that is rolled back, so every trial starts from the same populated database.

const tempDir = useTempDirs();

const CONTENT_COLUMNS = [
  'at',
  'actor_id',
  'actor_name',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'case_id',
  'before_digest',
  'after_digest',
  'changes',
  'prev_hash',
  'hash',
] as const;

type Mutation =
  | { kind: 'edit'; seq: number; column: (typeof CONTENT_COLUMNS)[number]; salt: string }
  | { kind: 'delete'; seq: number }
  | { kind: 'truncate'; from: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'move'; seq: number }
  | { kind: 'insertNaive'; at: number }
  | { kind: 'insertForged'; at: number }
  | { kind: 'appendBroken'; linkToHead: boolean }
  | { kind: 'rewriteTail'; from: number };

const COLS = `seq, at, actor_id, actor_name, actor_role, action, entity_type, entity_id, case_id,
  before_digest, after_digest, changes, prev_hash, hash`;
const VALUES = `@seq, @at, @actorId, @actorName, @actorRole, @action, @entityType, @entityId,
  @caseId, @beforeDigest, @afterDigest, @changes, @prevHash, @hash`;

let rt: Runtime;
let db: Database.Database;
let head: number;
let original: AuditEntry[];
let checkpoint: Checkpoint;

function populate(r: Runtime): void {
  const { cases } = missionWithCases(r, 14);
  for (const [i, c] of cases.entries()) {
    const ev = callOk<TimelineEvent>(r, 'timeline:record', {
      caseId: c.id,
      type: 'INTERVIEW',
      occurredAt: '2026-11-20T10:00:00Z',
      payload: { kind: 'SCREENING', interviewers: ['A. Adviser'] },
    });
    callOk(r, 'timeline:record', {
      caseId: c.id,
      type: 'HOST_STATE_COMMUNICATION',
      occurredAt: '2026-11-21T10:00:00Z',
      classification: i % 2 === 0 ? 'RESTRICTED' : 'NORMAL',
      payload: { direction: 'INBOUND', form: 'NOTE_VERBALE', summary: `Note ${i}` },
    });
    const n = callOk<Note>(r, 'notes:add', {
      caseId: c.id,
      target: { type: 'EVENT', id: ev.id },
      body: `Note on ${c.reference}`,
    });
    callOk(r, 'notes:correct', { noteId: n.id, body: `Corrected note on ${c.reference}` });
    callOk(r, 'deadlines:followUp', {
      caseId: c.id,
      title: 'Follow up',
      dueAt: '2026-12-01T09:00:00Z',
    });
  }
}

function row(seq: number): AuditEntry {
  return db
    .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE seq = ?`)
    .get(seq) as AuditEntry;
}

function insert(e: AuditEntry): void {
  db.prepare(`INSERT INTO audit_entries (${COLS}) VALUES (${VALUES})`).run(e);
}

/** Makes room at `at` by moving every entry from there on one place up. */
function shiftFrom(at: number): void {
  db.prepare('UPDATE audit_entries SET seq = seq + 1000000 WHERE seq >= ?').run(at);
  db.prepare('UPDATE audit_entries SET seq = seq - 999999 WHERE seq >= 1000000').run();
}

/** Applies the mutation with raw SQL and returns the entry the verifier must name. */
function apply(m: Mutation): number {
  switch (m.kind) {
    case 'edit': {
      const current = db
        .prepare(`SELECT ${m.column} AS v FROM audit_entries WHERE seq = ?`)
        .get(m.seq) as {
        v: string | number | null;
      };
      const next =
        m.column === 'case_id'
          ? current.v === null
            ? 1
            : Number(current.v) + 1
          : current.v === null
            ? m.salt
            : `${String(current.v)}${m.salt}`;
      db.prepare(`UPDATE audit_entries SET ${m.column} = ? WHERE seq = ?`).run(next, m.seq);
      return m.seq;
    }
    case 'delete':
      db.prepare('DELETE FROM audit_entries WHERE seq = ?').run(m.seq);
      return m.seq; // the missing entry; for the last one, only the checkpoint shows it
    case 'truncate':
      db.prepare('DELETE FROM audit_entries WHERE seq >= ?').run(m.from);
      return m.from;
    case 'swap': {
      db.prepare('UPDATE audit_entries SET seq = -1 WHERE seq = ?').run(m.a);
      db.prepare('UPDATE audit_entries SET seq = ? WHERE seq = ?').run(m.a, m.b);
      db.prepare('UPDATE audit_entries SET seq = ? WHERE seq = -1').run(m.b);
      return Math.min(m.a, m.b);
    }
    case 'move':
      db.prepare('UPDATE audit_entries SET seq = ? WHERE seq = ?').run(head + 50, m.seq);
      return m.seq;
    case 'insertNaive': {
      // A copy of the entry there, with one field changed and its old hash kept.
      const there = row(m.at);
      shiftFrom(m.at);
      insert({ ...there, entityId: `${there.entityId}-forged` });
      return m.at;
    }
    case 'insertForged': {
      // A forger who knows the serialisation: the new entry links and hashes correctly, so the
      // break shows at the next entry, which no longer links to its predecessor.
      const prev = m.at === 1 ? null : row(m.at - 1);
      const there = row(m.at);
      shiftFrom(m.at);
      const content = {
        ...there,
        seq: m.at,
        action: 'case.forged',
        prevHash: prev?.hash ?? there.prevHash,
      };
      insert({ ...content, hash: entryHash(content, sha256Hex) });
      // …unless it took the checkpointed place itself: then the checkpoint shows it there.
      return m.at === head ? head : m.at + 1;
    }
    case 'appendBroken': {
      const last = row(head);
      const content = {
        ...last,
        seq: head + 1,
        action: 'case.appended',
        prevHash: m.linkToHead ? last.hash : last.prevHash,
      };
      insert({
        ...content,
        hash: m.linkToHead ? sha256Hex('not the hash') : entryHash(content, sha256Hex),
      });
      return head + 1;
    }
    case 'rewriteTail': {
      // Rewrites an entry and re-hashes everything after it: a consistent chain that only the
      // checkpoint, kept off the machine, can contradict.
      let prevHash = m.from === 1 ? original[0]!.prevHash : row(m.from - 1).hash;
      for (let seq = m.from; seq <= head; seq++) {
        const e = row(seq);
        const content = {
          ...e,
          prevHash,
          actorName: seq === m.from ? 'Someone else' : e.actorName,
        };
        const hash = entryHash(content, sha256Hex);
        db.prepare(
          'UPDATE audit_entries SET actor_name = ?, prev_hash = ?, hash = ? WHERE seq = ?',
        ).run(content.actorName, prevHash, hash, seq);
        prevHash = hash;
      }
      return head;
    }
  }
}

describe('tamper evidence of the audit log (R-tamper)', () => {
  beforeAll(() => {
    rt = testRuntime(tempDir());
    populate(rt);
    db = rt.database.sqlite;
    original = db
      .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries ORDER BY seq`)
      .all() as AuditEntry[];
    head = original.length;
    checkpoint = { seq: head, hash: original.at(-1)!.hash, at: '2026-11-27T12:00:00.000Z' };
    db.exec('DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;');
  });
  afterAll(() => rt.close());

  it('starts from an intact, populated chain', () => {
    expect(head).toBeGreaterThan(100);
    expect(verifyAuditLog(db, { checkpoint })).toMatchObject({ ok: true, count: head });
  });

  it('detects 1,000 random raw-SQL mutations and names the first broken entry of each', () => {
    const anySeq = () => fc.integer({ min: 1, max: head });
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({
        kind: fc.constant('edit' as const),
        seq: anySeq(),
        column: fc.constantFrom(...CONTENT_COLUMNS),
        salt: fc.string({ minLength: 1, maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), seq: anySeq() }),
      fc.record({ kind: fc.constant('truncate' as const), from: anySeq() }),
      fc
        .tuple(anySeq(), anySeq())
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => ({ kind: 'swap' as const, a, b })),
      fc.record({ kind: fc.constant('move' as const), seq: anySeq() }),
      fc.record({ kind: fc.constant('insertNaive' as const), at: anySeq() }),
      fc.record({ kind: fc.constant('insertForged' as const), at: anySeq() }),
      fc.record({ kind: fc.constant('appendBroken' as const), linkToHead: fc.boolean() }),
      fc.record({ kind: fc.constant('rewriteTail' as const), from: anySeq() }),
    );
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(mutation, (m) => {
        db.exec('BEGIN');
        try {
          const expected = apply(m);
          const result = verifyAuditLog(db, { checkpoint, batch: 64 });
          expect(result, JSON.stringify(m)).toMatchObject({ ok: false, brokenSeq: expected });
          if (!result.ok) expect(result.reason).toContain(`${expected}`);
        } finally {
          db.exec('ROLLBACK');
        }
        kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      }),
      { numRuns: 1000, seed: 20261127 },
    );
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(1000);
    for (const k of [
      'edit',
      'delete',
      'truncate',
      'swap',
      'move',
      'insertNaive',
      'insertForged',
      'appendBroken',
      'rewriteTail',
    ]) {
      expect(kinds.get(k) ?? 0, k).toBeGreaterThan(50);
    }
    console.log(
      `[R-tamper] 1000/1000 mutations of a ${head}-entry chain detected, first broken entry named; by kind: ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    // Every trial was rolled back: the log is exactly as it was.
    expect(db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries ORDER BY seq`).all()).toEqual(
      original,
    );
  });

  it('detects a cut-off tail only against a checkpoint', () => {
    db.exec('BEGIN');
    try {
      db.prepare('DELETE FROM audit_entries WHERE seq > ?').run(head - 5);
      expect(verifyAuditLog(db)).toMatchObject({ ok: true, count: head - 5 });
      expect(verifyAuditLog(db, { checkpoint })).toEqual({
        ok: false,
        count: head - 5,
        brokenSeq: head - 4,
        reason: `the log ends at entry ${head - 5}, but the checkpoint of ${checkpoint.at} saw entry ${head}: entries ${head - 4} to ${head} were cut off`,
      });
    } finally {
      db.exec('ROLLBACK');
    }
  });
});
