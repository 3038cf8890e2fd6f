import { describe, expect, it } from 'vitest';
import { verifyChain, type AuditEntry } from '../../src/main/domain/audit/chain';
import { AUDIT_COLUMNS, recordAudit, sha256Hex } from '../../src/main/services/audit';
import { inTransaction } from '../../src/main/services/context';
import type { Mission } from '../../src/shared/schemas/mission';
import { useTempDirs } from '../support/tempDir';
import { ok, testRuntime, TRUSTED_SENDER } from '../support/runtime';

const tempDir = useTempDirs();
const quito = {
  name: 'Embassy in Quito',
  code: 'QUI',
  sendingState: 'GBR',
  hostState: 'ECU',
  premisesType: 'EMBASSY_CHANCERY',
};

describe('the audit log', () => {
  it('records one chained entry per mutation, in the same transaction, and none for reads', () => {
    const rt = testRuntime(tempDir());
    try {
      const m = ok<Mission>(rt.call('missions:create', quito, TRUSTED_SENDER));
      rt.call('cases:open', { missionId: m.id }, TRUSTED_SENDER);
      rt.call('cases:list', {}, TRUSTED_SENDER);
      rt.call('missions:create', quito, TRUSTED_SENDER); // CONFLICT: nothing written
      const entries = rt.database.sqlite
        .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries ORDER BY seq`)
        .all() as AuditEntry[];
      // Opening a case also records the request on its timeline, which starts the P-0 deadline.
      expect(entries.map((e) => e.action)).toEqual([
        'mission.create',
        'case.open',
        'event.record',
        'deadline.open',
      ]);
      expect(entries[1]).toMatchObject({ entityType: 'case', actorId: 'system', caseId: 1 });
      expect(JSON.parse(entries[1]?.changes ?? '[]')).toContainEqual({
        field: 'status',
        after: 'OPEN_TRIAGE',
      });
      expect(verifyChain(entries, sha256Hex)).toMatchObject({ ok: true, count: 4 });
    } finally {
      rt.close();
    }
  });

  it('refuses UPDATE and DELETE on audit entries', () => {
    const rt = testRuntime(tempDir());
    try {
      ok(rt.call('missions:create', quito, TRUSTED_SENDER));
      const db = rt.database.sqlite;
      expect(() => db.prepare("UPDATE audit_entries SET actor_name = 'x'").run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare('DELETE FROM audit_entries').run()).toThrow(/append-only/);
    } finally {
      rt.close();
    }
  });

  it('rolls back with the use case when the use case fails after writing its entry', () => {
    const rt = testRuntime(tempDir());
    try {
      const ctx = rt.context;
      expect(() =>
        inTransaction(ctx, () => {
          recordAudit(ctx, { action: 'test.fail', entityType: 'test', entityId: 1, after: {} });
          throw new Error('use case failed');
        }),
      ).toThrow('use case failed');
      expect(ctx.sqlite.prepare('SELECT count(*) FROM audit_entries').pluck().get()).toBe(0);
      expect(() => recordAudit(ctx, { action: 'x', entityType: 'x', entityId: 1 })).toThrow(
        /inside the use case transaction/,
      );
    } finally {
      rt.close();
    }
  });
});
