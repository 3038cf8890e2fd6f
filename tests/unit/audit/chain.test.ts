import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  entryHash,
  GENESIS_HASH,
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

    const deleted = chain(10).filter((e) => e.seq !== 6);
    expect(verifyChain(deleted, sha256)).toMatchObject({ ok: false, brokenSeq: 7 });

    const swapped = chain(10);
    [swapped[2], swapped[3]] = [swapped[3] as AuditEntry, swapped[2] as AuditEntry];
    expect(verifyChain(swapped, sha256)).toMatchObject({ ok: false, brokenSeq: 4 });

    const inserted = chain(10);
    const forged = { ...(inserted[4] as AuditEntry), entityId: 'forged' };
    inserted.splice(5, 0, forged);
    expect(verifyChain(inserted, sha256)).toMatchObject({ ok: false, brokenSeq: 5 });
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
