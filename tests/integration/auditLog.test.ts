import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { entryHash, type AuditEntry } from '../../src/main/domain/audit/chain';
import { recordAudit, sha256Hex } from '../../src/main/services/audit';
import { inTransaction } from '../../src/main/services/context';
import type { AuditEntryView, AuditStatus } from '../../src/shared/schemas/audit';
import { useTempDirs } from '../support/tempDir';
import { TRUSTED_SENDER, testRuntime } from '../support/runtime';
import { callOk, missionWithCases } from '../support/seed';

const tempDir = useTempDirs();

function populated(dir: string) {
  const rt = testRuntime(dir);
  const { cases } = missionWithCases(rt, 3);
  for (const c of cases) {
    callOk(rt, 'notes:add', {
      caseId: c.id,
      target: { type: 'CASE' },
      body: `About ${c.reference}`,
    });
  }
  return { rt, cases };
}

describe('verification in the background worker', () => {
  it('runs off the main thread, then the badge status shows the verified head', async () => {
    const { rt } = populated(tempDir());
    try {
      const head = callOk<AuditStatus>(rt, 'audit:status', {}).head;
      expect(callOk<AuditStatus>(rt, 'audit:status', {}).last).toBeNull();
      const started = callOk<AuditStatus>(rt, 'audit:verify', {});
      // The call returns at once, with the run in progress.
      expect(started.running).toMatchObject({ checked: 0 });
      expect(started.last).toBeNull();
      await rt.context.auditJobs!.idle();
      const after = callOk<AuditStatus>(rt, 'audit:status', {});
      expect(after.running).toBeNull();
      expect(after.error).toBeNull();
      expect(after.last).toMatchObject({
        ok: true,
        entriesChecked: head.seq,
        headSeq: head.seq,
        headHash: head.hash,
        runBy: 'APP',
      });
      // Keeping the result is itself a write, audited as the entry after the head it verified.
      expect(after.head.seq).toBe(head.seq + 1);
    } finally {
      rt.close();
    }
  });

  it('reports a broken chain with the entry and the reason', async () => {
    const { rt } = populated(tempDir());
    try {
      const db = rt.database.sqlite;
      db.exec('DROP TRIGGER audit_entries_no_update');
      db.prepare("UPDATE audit_entries SET actor_name = 'Someone else' WHERE seq = 5").run();
      callOk(rt, 'audit:verify', {});
      await rt.context.auditJobs!.idle();
      expect(callOk<AuditStatus>(rt, 'audit:status', {}).last).toMatchObject({
        ok: false,
        brokenSeq: 5,
        entriesChecked: 4,
        reason: 'entry 5 does not match its hash (its content was edited)',
      });
    } finally {
      rt.close();
    }
  });

  it('exports a case trail in the background: every entry can be re-hashed from the file', async () => {
    const { rt, cases } = populated(tempDir());
    try {
      const c = cases[1]!;
      callOk(rt, 'audit:exportCase', { caseId: c.id });
      const busy = rt.call('audit:exportCase', { caseId: c.id }, TRUSTED_SENDER);
      expect(!busy.ok && busy.error.code).toBe('CONFLICT');
      await rt.context.auditJobs!.idle();
      const status = callOk<AuditStatus>(rt, 'audit:status', {});
      const last = status.export.last!;
      expect(last).toMatchObject({ caseId: c.id, entries: 4 });
      expect(last.path.startsWith(join(rt.context.dataDir, 'exports'))).toBe(true);
      const text = readFileSync(last.path, 'utf8');
      expect(sha256Hex(text)).toBe(last.sha256);
      const doc = JSON.parse(text) as {
        case: { reference: string };
        caseEventChain: unknown;
        entries: (AuditEntry & { changeList: unknown })[];
      };
      expect(doc.case.reference).toBe(c.reference);
      expect(doc.caseEventChain).toEqual({ ok: true, count: 1 });
      expect(doc.entries.map((e) => e.action)).toEqual([
        'case.open',
        'event.record',
        'deadline.open',
        'note.add',
      ]);
      for (const { changeList: _, ...e } of doc.entries)
        expect(entryHash(e, sha256Hex)).toBe(e.hash);
      // The export is audited, with the file's digest.
      const trail = callOk<{ items: AuditEntryView[] }>(rt, 'audit:caseTrail', {
        caseId: c.id,
        limit: 1,
      });
      expect(trail.items[0]).toMatchObject({
        action: 'audit.export',
        changes: expect.arrayContaining([{ field: 'sha256', after: last.sha256 }]) as unknown,
      });
    } finally {
      rt.close();
    }
  });
});

describe('casefile audit', () => {
  it('verify prints ok, checkpoint prints the head, and a checkpoint catches a cut-off tail', async () => {
    const dir = tempDir();
    const { rt } = populated(dir);
    rt.close();

    const ok = await cli(['audit', 'verify', '--data-dir', dir]);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toMatch(/^audit log verified: 13 entries, head entry 13 [0-9a-f]{64}$/m);

    const cp = await cli(['audit', 'checkpoint', '--data-dir', dir]);
    expect(cp.code).toBe(0);
    expect(cp.stdout).toMatch(/^CASEFILE AUDIT CHECKPOINT/);
    expect(cp.stdout).toMatch(/^entry: +14$/m); // 13 + the verification just recorded
    const file = join(dir, '..', `${Date.now()}-checkpoint.txt`);
    writeFileSync(file, cp.stdout);

    const json = await cli(['audit', 'verify', '--checkpoint', file, '--json', '--data-dir', dir]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, checkpoint: { seq: 14 } });

    // Someone with the file drops the trigger and cuts the last entries off.
    const again = testRuntime(dir);
    again.database.sqlite.exec('DROP TRIGGER audit_entries_no_delete');
    again.database.sqlite.prepare('DELETE FROM audit_entries WHERE seq >= 12').run();
    again.close();
    const caught = await cli(['audit', 'verify', '--checkpoint', file, '--data-dir', dir]);
    expect(caught.code).toBe(1);
    expect(caught.stdout).toContain(
      'AUDIT LOG BROKEN at entry 12: the log ends at entry 11, but the checkpoint of',
    );
    // Without the checkpoint a shorter chain is a valid chain: only a checkpoint can tell.
    expect((await cli(['audit', 'verify', '--data-dir', dir])).code).toBe(0);
  });

  it('verify names the edited entry and exits 1; a bad checkpoint file exits 2', async () => {
    const dir = tempDir();
    const { rt } = populated(dir);
    rt.database.sqlite.exec('DROP TRIGGER audit_entries_no_update');
    rt.database.sqlite.prepare(`UPDATE audit_entries SET changes = '[]' WHERE seq = 7`).run();
    rt.close();
    const broken = await cli(['audit', 'verify', '--json', '--data-dir', dir]);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, brokenSeq: 7, count: 6 });
    const missing = await cli([
      'audit',
      'verify',
      '--checkpoint',
      join(dir, 'nope.txt'),
      '--data-dir',
      dir,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--checkpoint cannot be read/);
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'not a checkpoint');
    const bad = await cli(['audit', 'verify', '--checkpoint', junk, '--data-dir', dir]);
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--checkpoint the file is not a checkpoint/) as string,
    });
  });

  it('export writes the trail of the named case and refuses a malformed reference', async () => {
    const dir = tempDir();
    const { rt, cases } = populated(dir);
    rt.close();
    const out = await cli([
      'audit',
      'export',
      '--case',
      cases[0]!.reference,
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(out.code).toBe(0);
    const written = JSON.parse(out.stdout) as { path: string; entries: number };
    expect(written.entries).toBe(4);
    expect(JSON.parse(readFileSync(written.path, 'utf8'))).toMatchObject({
      format: 'casefile-audit-export/1',
    });
    const bad = await cli(['audit', 'export', '--case', 'nonsense', '--data-dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--case must look like/);
  });
});

describe('the case as known on a date', () => {
  it('replays the case fields from the audit log up to that moment', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const ctx = rt.context;
      const before = ctx.clock().toISOString();
      inTransaction(ctx, () =>
        recordAudit(ctx, {
          action: 'case.status',
          entityType: 'case',
          entityId: c.id,
          caseId: c.id,
          before: { status: 'OPEN_TRIAGE' },
          after: { status: 'UNDER_ASSESSMENT' },
        }),
      );
      const then = callOk<{ fields: { status: string }; known: boolean }>(rt, 'timeline:caseAsOf', {
        caseId: c.id,
        asOf: before,
      });
      expect(then).toMatchObject({
        known: true,
        fields: { status: 'OPEN_TRIAGE', reference: c.reference },
      });
      const now = callOk<{ fields: { status: string } }>(rt, 'timeline:caseAsOf', {
        caseId: c.id,
        asOf: ctx.clock().toISOString(),
      });
      expect(now.fields.status).toBe('UNDER_ASSESSMENT');
      const beforeOpening = callOk<{ known: boolean }>(rt, 'timeline:caseAsOf', {
        caseId: c.id,
        asOf: '2020-01-01T00:00:00Z',
      });
      expect(beforeOpening.known).toBe(false);
    } finally {
      rt.close();
    }
  });
});
