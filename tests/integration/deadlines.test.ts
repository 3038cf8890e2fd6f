import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/shared/schemas/deadlines';
import { useTempDirs } from '../support/tempDir';
import { TRUSTED_SENDER, testRuntime } from '../support/runtime';
import { callOk, missionWithCases } from '../support/seed';

const tempDir = useTempDirs();

describe('deadlines', () => {
  it('list what is due soon across cases, overdue first, and leave out what is done', () => {
    const rt = testRuntime(tempDir());
    try {
      const cases = missionWithCases(rt, 2).cases;
      const a = cases[0]!;
      const b = cases[1]!;
      // Clock: 2026-11-27T09:00Z. Each case has its P-0 review due three days after opening.
      const overdue = callOk<Deadline>(rt, 'deadlines:followUp', {
        caseId: b.id,
        title: 'Call UNHCR back',
        dueAt: '2026-11-26T17:00:00Z',
      });
      const later = callOk<Deadline>(rt, 'deadlines:followUp', {
        caseId: a.id,
        title: 'Chase the medical report',
        dueAt: '2027-02-01T09:00:00Z',
      });
      const due = callOk<Deadline[]>(rt, 'deadlines:dueSoon', { withinDays: 14 });
      expect(due.map((d) => [d.caseReference, d.kind])).toEqual([
        [b.reference, 'FOLLOW_UP'],
        [a.reference, 'INTERIM_REVIEW'],
        [b.reference, 'INTERIM_REVIEW'],
      ]);
      expect(due.some((d) => d.id === later.id)).toBe(false);

      const done = callOk<Deadline>(rt, 'deadlines:complete', {
        id: overdue.id,
        note: 'Spoke to Ms Okafor',
      });
      expect(done).toMatchObject({ status: 'DONE', closeNote: 'Spoke to Ms Okafor' });
      expect(callOk<Deadline[]>(rt, 'deadlines:dueSoon', {}).map((d) => d.id)).not.toContain(
        overdue.id,
      );
      // As known before it was done, it was open.
      const then = callOk<Deadline[]>(rt, 'deadlines:list', {
        caseId: b.id,
        asOf: overdue.createdAt,
      });
      expect(then.find((d) => d.id === overdue.id)).toMatchObject({
        status: 'OPEN',
        closedAt: null,
      });
      const twice = rt.call('deadlines:complete', { id: overdue.id }, TRUSTED_SENDER);
      expect(!twice.ok && twice.error.code).toBe('CONFLICT');
    } finally {
      rt.close();
    }
  });

  it('never lets the interim review be ticked off: only a new assessment lifts the measure', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const [interim] = callOk<Deadline[]>(rt, 'deadlines:list', { caseId: c.id });
      const tick = rt.call('deadlines:complete', { id: interim!.id }, TRUSTED_SENDER);
      expect(!tick.ok && tick.error).toMatchObject({
        code: 'CONFLICT',
        message: /Interim measure lifted/,
      });
      callOk(rt, 'timeline:record', {
        caseId: c.id,
        type: 'INTERIM_MEASURE_LIFTED',
        occurredAt: '2026-11-27T08:00:00Z',
        payload: { assessment_ref: 'A-2', reason: 'The new assessment finds no engaged risk.' },
      });
      expect(callOk<Deadline[]>(rt, 'deadlines:list', { caseId: c.id })).toEqual([
        expect.objectContaining({ status: 'DONE', closeNote: 'lifted by event 2' }),
      ]);
    } finally {
      rt.close();
    }
  });

  it('refuses a follow-up on an event of another case, and unknown times', () => {
    const rt = testRuntime(tempDir());
    try {
      const cases = missionWithCases(rt, 2).cases;
      const bad = rt.call(
        'deadlines:followUp',
        { caseId: cases[1]!.id, title: 'x', dueAt: '2026-12-01T09:00:00Z', eventId: 1 },
        TRUSTED_SENDER,
      );
      expect(!bad.ok && bad.error.issues?.[0]?.path).toBe('eventId');
      const when = rt.call(
        'deadlines:followUp',
        { caseId: cases[0]!.id, title: 'x', dueAt: 'next week' },
        TRUSTED_SENDER,
      );
      expect(!when.ok && when.error.issues?.[0]?.path).toBe('dueAt');
    } finally {
      rt.close();
    }
  });
});
