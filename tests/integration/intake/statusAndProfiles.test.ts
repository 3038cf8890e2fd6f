import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../src/main/ipc/trustedSender';
import { createRuntime } from '../../../src/main/runtime';
import type { Profile } from '../../../src/shared/ipc/contracts/profiles';
import type { CaseSummary } from '../../../src/shared/schemas/case';
import { auditRows, openedCase, QUITO } from '../../support/intake';
import { ok, testRuntime, TRUSTED_SENDER } from '../../support/runtime';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs();

describe('case status (SPEC §4.3)', () => {
  it('moves along allowed edges, and refuses the others with CONFLICT and a reason', () => {
    const rt = testRuntime(tempDir());
    try {
      const { case: c } = openedCase(rt);
      const move = (to: string) =>
        rt.invoke('cases:transition', { caseId: c.id, to, reason: 'test' });
      const refused = move('DECIDED_GRANTED');
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('CONFLICT');
        expect(refused.error.message).toMatch(
          /cannot move to “Decided — granted”; it can move to: Under assessment, Temporary refuge, Closed/,
        );
      }
      expect(ok<CaseSummary>(move('TEMPORARY_REFUGE')).status).toBe('TEMPORARY_REFUGE');
      expect(ok<CaseSummary>(move('UNDER_ASSESSMENT')).status).toBe('UNDER_ASSESSMENT');
      // The guard: no FINAL assessment exists, so no decision can be recorded.
      const guarded = move('DECIDED_REFUSED');
      expect(guarded.ok).toBe(false);
      if (!guarded.ok) expect(guarded.error.message).toMatch(/FINAL assessment/);
      const noReason = rt.invoke('cases:transition', { caseId: c.id, to: 'CLOSED', reason: '' });
      expect(noReason.ok).toBe(false);
      if (!noReason.ok)
        expect(noReason.error.issues).toEqual([{ path: 'reason', message: 'is required' }]);
      const transitions = auditRows(rt.database.sqlite).filter(
        (a) => a.action === 'case.transition',
      );
      expect(transitions).toHaveLength(2);
      expect(JSON.parse(transitions[0]?.changes ?? '[]')).toContainEqual({
        field: 'status',
        before: 'OPEN_TRIAGE',
        after: 'TEMPORARY_REFUGE',
      });
    } finally {
      rt.close();
    }
  });
});

describe('who is working (profiles)', () => {
  it('locks every channel but the profile ones until someone says who is working', () => {
    const rt = createRuntime({
      dataDir: tempDir(),
      trustedOrigin: APP_ORIGIN,
      requireProfile: true,
    });
    try {
      const locked = rt.call('missions:create', QUITO, TRUSTED_SENDER);
      expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(ok(rt.call('profiles:current', {}, TRUSTED_SENDER))).toBeNull();
      const badRole = rt.call(
        'profiles:create',
        { name: 'Ana', role: 'AMBASSADOR' },
        TRUSTED_SENDER,
      );
      expect(badRole).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const ana = ok<Profile>(
        rt.call('profiles:create', { name: 'Ana Legal', role: 'LEGAL_ADVISER' }, TRUSTED_SENDER),
      );
      ok(rt.call('missions:create', QUITO, TRUSTED_SENDER));
      const ben = ok<Profile>(
        rt.call('profiles:create', { name: 'Ben Duty', role: 'DUTY_OFFICER' }, TRUSTED_SENDER),
      );
      ok(rt.call('cases:open', { missionId: 1 }, TRUSTED_SENDER));
      ok(rt.call('profiles:switch', { profileId: ana.id }, TRUSTED_SENDER));
      expect(ok<Profile>(rt.call('profiles:current', {}, TRUSTED_SENDER)).name).toBe('Ana Legal');
      const actors = auditRows(rt.database.sqlite).map((a) => [a.action, a.actorName, a.actorRole]);
      expect(actors).toEqual([
        ['profile.create', 'Ana Legal', 'LEGAL_ADVISER'],
        ['mission.create', 'Ana Legal', 'LEGAL_ADVISER'],
        ['profile.create', 'Ben Duty', 'DUTY_OFFICER'],
        ['case.open', 'Ben Duty', 'DUTY_OFFICER'],
        // Opening a case also records its first timeline event and deadline (issue 6).
        ['event.record', 'Ben Duty', 'DUTY_OFFICER'],
        ['deadline.open', 'Ben Duty', 'DUTY_OFFICER'],
        ['profile.switch', 'Ana Legal', 'LEGAL_ADVISER'],
      ]);
      expect(ok<Profile[]>(rt.call('profiles:list', {}, TRUSTED_SENDER)).map((p) => p.id)).toEqual([
        ana.id,
        ben.id,
      ]);
    } finally {
      rt.close();
    }
  });

  it('the CLI and tests act as their own actor and are never locked', () => {
    const rt = testRuntime(tempDir());
    try {
      openedCase(rt);
      expect(auditRows(rt.database.sqlite).every((a) => a.actorName === 'Casefile')).toBe(true);
    } finally {
      rt.close();
    }
  });
});
