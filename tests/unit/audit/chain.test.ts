import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  entryHash,
  GENESIS_HASH,
  serialiseEntry,
  verifyChain,
  type AuditEntry,
} from '../../../src/main/domain/audit/chain';
import { describeChanges } from '../../../src/main/domain/audit/changes';
import { canonicalJson } from '../../../src/shared/canonicalJson';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      at: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
      actorId: 'a1',
      actorName: 'Adviser',
      actorRole: 'LEGAL_ADVISER',
      action: 'case.update',
      entityType: 'case',
      entityId: String(seq),
      caseId: seq,
      beforeDigest: null,
      afterDigest: sha256(String(seq)),
      changes: '[]',
      prevHash,
    };
    const hash = entryHash(content, sha256);
    out.push({ ...content, hash });
    prevHash = hash;
  }
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and refuses non-finite numbers', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":null,"z":0}]},"b":1}',
    );
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const entries = chain(50);
    expect(verifyChain(entries, sha256)).toEqual({
      ok: true,
      count: 50,
      headSeq: 50,
      headHash: entries[49]?.hash,
    });
  });

  it('names the first broken entry for an edit, a deletion, a swap and an insertion', () => {
    const edited = chain(10).map((e) => (e.seq === 4 ? { ...e, actorName: 'Someone else' } : e));
    expect(verifyChain(edited, sha256)).toMatchObject({
      ok: false,
      brokenSeq: 4,
      reason: /edited/,
    });

    // The missing entry itself is the first broken one.
    const deleted = chain(10).filter((e) => e.seq !== 6);
    expect(verifyChain(deleted, sha256)).toMatchObject({
      ok: false,
      brokenSeq: 6,
      reason: 'entry 6 is missing (the log goes from 5 to 7)',
    });

    const swapped = chain(10);
    [swapped[2], swapped[3]] = [swapped[3] as AuditEntry, swapped[2] as AuditEntry];
    expect(verifyChain(swapped, sha256)).toMatchObject({ ok: false, brokenSeq: 3 });

    // Renumbered so the sequence looks whole: the forgery does not link.
    const inserted = chain(10);
    const forged = { ...(inserted[4] as AuditEntry), entityId: 'forged' };
    inserted.splice(5, 0, forged);
    const renumbered = inserted.map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyChain(renumbered, sha256)).toMatchObject({ ok: false, brokenSeq: 6 });

    const relinkedHash = chain(10).map((e) => (e.seq === 8 ? { ...e, prevHash: GENESIS_HASH } : e));
    expect(verifyChain(relinkedHash, sha256)).toMatchObject({
      ok: false,
      brokenSeq: 8,
      reason: /does not link to entry 7/,
    });
  });

  it('verifies a slice against a known starting point', () => {
    const entries = chain(10);
    const start = entries[4] as AuditEntry;
    expect(
      verifyChain(entries.slice(5), sha256, { seq: start.seq, hash: start.hash }),
    ).toMatchObject({
      ok: true,
      count: 5,
    });
  });
});

describe('checkpoints', () => {
  it('detect a cut-off tail and a rewritten chain, and accept a log that grew since', () => {
    const entries = chain(20);
    const at = '2026-01-01T00:00:00.000Z';
    const cp = { seq: 15, hash: (entries[14] as AuditEntry).hash, at };
    expect(verifyChain(entries, sha256, undefined, cp)).toMatchObject({ ok: true, count: 20 });
    expect(verifyChain(entries.slice(0, 12), sha256, undefined, cp)).toEqual({
      ok: false,
      count: 12,
      brokenSeq: 13,
      reason: `the log ends at entry 12, but the checkpoint of ${at} saw entry 15: entries 13 to 15 were cut off`,
    });
    // Rebuilt from entry 10 on with valid hashes: only the checkpoint can tell.
    const rebuilt = chain(20).map((e) => ({ ...e }));
    let prev = (rebuilt[8] as AuditEntry).hash;
    for (const e of rebuilt.slice(9)) {
      e.actorName = 'Forger';
      e.prevHash = prev;
      e.hash = entryHash(e, sha256);
      prev = e.hash;
    }
    expect(verifyChain(rebuilt, sha256)).toMatchObject({ ok: true });
    expect(verifyChain(rebuilt, sha256, undefined, cp)).toMatchObject({
      ok: false,
      brokenSeq: 15,
      reason: /differs from the checkpoint/,
    });
  });
});

describe('serialiseEntry', () => {
  const base = chain(1)[0] as AuditEntry;
  it('is unambiguous: moving text between adjacent fields changes it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat({ max: 5 }), (a, b, cut) => {
        const left = { ...base, actorName: a + b.slice(0, cut), actorRole: b.slice(cut) };
        const right = { ...base, actorName: a, actorRole: b };
        return left.actorName === right.actorName || serialiseEntry(left) !== serialiseEntry(right);
      }),
    );
    expect(serialiseEntry({ ...base, caseId: null })).not.toBe(
      serialiseEntry({ ...base, caseId: 0 }),
    );
    expect(serialiseEntry({ ...base, beforeDigest: null })).not.toBe(
      serialiseEntry({ ...base, beforeDigest: '-' }),
    );
  });

  it('is the documented casefile-audit/1 text', () => {
    const e = {
      ...base,
      seq: 7,
      at: 'T',
      actorId: 'a',
      actorName: 'Ann',
      actorRole: '',
      action: 'x.y',
      entityType: 'e',
      entityId: '12',
      caseId: 3,
      beforeDigest: null,
      afterDigest: 'd',
      changes: '[]',
      prevHash: 'p',
    };
    expect(serialiseEntry(e)).toBe('p\n7;1:T1:a3:Ann0:3:x.y1:e2:123;-1:d2:[]');
  });
});

describe('describeChanges', () => {
  it('lists changed fields with values, and only digests for restricted fields', () => {
    const changes = describeChanges(
      { status: 'OPEN_TRIAGE', fullName: 'A. Person', note: 'same' },
      { status: 'UNDER_ASSESSMENT', fullName: 'B. Person', note: 'same' },
      new Set(['fullName']),
      sha256,
    );
    expect(changes).toEqual([
      {
        field: 'fullName',
        beforeDigest: sha256('"A. Person"'),
        afterDigest: sha256('"B. Person"'),
      },
      { field: 'status', before: 'OPEN_TRIAGE', after: 'UNDER_ASSESSMENT' },
    ]);
    expect(JSON.stringify(changes)).not.toContain('Person');
  });
});
