import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/main/runtime';
import { APP_ORIGIN } from '../../src/main/ipc/trustedSender';
import { verifyCaseEvents } from '../../src/main/services/timelineService';
import type { Deadline } from '../../src/shared/schemas/deadlines';
import type { Note } from '../../src/shared/schemas/notes';
import type { TimelineEvent } from '../../src/shared/schemas/timeline';
import { useTempDirs } from '../support/tempDir';
import { TRUSTED_SENDER, testRuntime } from '../support/runtime';
import { callOk, missionWithCases } from '../support/seed';

const tempDir = useTempDirs();

type Page = {
  items: TimelineEvent[];
  nextCursor: string | null;
  total: number | null;
  notes: Note[];
};

// testRuntime's clock starts at 2026-11-27T09:00:00Z and moves one second per reading.
const daysAgo = (n: number, hour = 10) =>
  new Date(Date.UTC(2026, 10, 27 - n, hour, 0, 0)).toISOString();

const interview = (caseId: number, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  caseId,
  type: 'INTERVIEW',
  occurredAt,
  payload: { kind: 'SCREENING', ...extra },
});

describe('the case timeline', () => {
  it('opens every case with a request received and its P-0 interim deadline', () => {
    const rt = testRuntime(tempDir());
    try {
      const { cases } = missionWithCases(rt);
      const c = cases[0]!;
      const page = callOk<Page>(rt, 'timeline:list', { caseId: c.id });
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({
        number: 1,
        type: 'REQUEST_RECEIVED',
        origin: 'SYSTEM',
        occurredAt: c.openedAt,
        summary: 'Request for protection received',
        classification: 'RESTRICTED',
        payload: {},
      });
      const [deadline] = callOk<Deadline[]>(rt, 'deadlines:list', { caseId: c.id });
      expect(deadline).toMatchObject({
        kind: 'INTERIM_REVIEW',
        status: 'OPEN',
        dueAt: new Date(Date.parse(c.openedAt) + 72 * 3_600_000).toISOString(),
      });
    } finally {
      rt.close();
    }
  });

  it('records an adviser event and names every invalid field; writes nothing when refused', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const recorded = callOk<TimelineEvent>(rt, 'timeline:record', {
        caseId: c.id,
        type: 'HOST_STATE_COMMUNICATION',
        occurredAt: '2026-11-26T15:30:00-05:00',
        payload: {
          direction: 'INBOUND',
          form: 'NOTE_VERBALE',
          reference: 'MFA/DP/2026/118',
          summary: 'The Ministry demands the surrender of the person.',
          content_category: 'SURRENDER_DEMAND',
        },
      });
      expect(recorded).toMatchObject({
        number: 2,
        occurredAt: '2026-11-26T20:30:00.000Z',
        origin: 'ADVISER',
        summary:
          'Inbound note verbale — MFA/DP/2026/118 — The Ministry demands the surrender of the person.',
        recordedBy: { id: 'system' },
      });

      const countBefore = rt.database.sqlite
        .prepare('SELECT count(*) FROM audit_entries')
        .pluck()
        .get();
      const bad = rt.call(
        'timeline:record',
        {
          caseId: c.id,
          type: 'INTERVIEW',
          occurredAt: 'yesterday',
          payload: { kind: 'CHAT', mood: 'ok' },
        },
        TRUSTED_SENDER,
      );
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.issues?.map((i) => i.path).sort()).toEqual([
        'occurredAt',
        'payload.kind',
        'payload.mood',
      ]);
      const system = rt.call(
        'timeline:record',
        {
          caseId: c.id,
          type: 'ASSESSMENT_DRAFTED',
          occurredAt: daysAgo(1),
          payload: { assessment_id: 'A1' },
        },
        TRUSTED_SENDER,
      );
      expect(!system.ok && system.error.issues?.[0]?.path).toBe('type');
      const future = rt.call(
        'timeline:record',
        interview(c.id, '2027-01-01T00:00:00Z'),
        TRUSTED_SENDER,
      );
      expect(!future.ok && future.error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'occurredAt', message: expect.stringMatching(/future/) as string }],
      });
      const nowhere = rt.call('timeline:record', interview(999, daysAgo(1)), TRUSTED_SENDER);
      expect(!nowhere.ok && nowhere.error.code).toBe('NOT_FOUND');
      expect(rt.database.sqlite.prepare('SELECT count(*) FROM audit_entries').pluck().get()).toBe(
        countBefore,
      );
    } finally {
      rt.close();
    }
  });

  it('corrects by appending: the original stays, marked, and its deadlines are superseded', () => {
    const rt = testRuntime(tempDir());
    try {
      const cases = missionWithCases(rt, 2).cases;
      const a = cases[0]!;
      const b = cases[1]!;
      const [request] = callOk<Page>(rt, 'timeline:list', { caseId: a.id }).items as [
        TimelineEvent,
      ];
      const correction = callOk<TimelineEvent>(rt, 'timeline:record', {
        caseId: a.id,
        type: 'REQUEST_RECEIVED',
        occurredAt: daysAgo(0, 8),
        correctsEventId: request.id,
        payload: { channel: 'IN_PERSON', on_premises: 'N', words_used: 'Asked about a visa.' },
      });
      expect(correction.correctsEventId).toBe(request.id);
      expect(callOk<TimelineEvent>(rt, 'timeline:get', { id: request.id })).toMatchObject({
        correctedByEventId: correction.id,
        payload: {},
      });
      // Not on the premises: P-0 does not apply, so the deadline the request set is superseded.
      expect(callOk<Deadline[]>(rt, 'deadlines:list', { caseId: a.id })).toEqual([
        expect.objectContaining({ status: 'SUPERSEDED', closeNote: 'corrected by event 2' }),
      ]);

      const twice = rt.call(
        'timeline:record',
        {
          caseId: a.id,
          type: 'REQUEST_RECEIVED',
          occurredAt: daysAgo(0, 8),
          correctsEventId: request.id,
          payload: {},
        },
        TRUSTED_SENDER,
      );
      expect(!twice.ok && twice.error).toMatchObject({
        code: 'CONFLICT',
        message: 'event 1 was already corrected by event 2; correct that one instead',
      });
      const otherType = rt.call(
        'timeline:record',
        { ...interview(a.id, daysAgo(1)), correctsEventId: correction.id },
        TRUSTED_SENDER,
      );
      expect(!otherType.ok && otherType.error.message).toMatch(/keeps the type/);
      const otherCase = rt.call(
        'timeline:record',
        {
          caseId: b.id,
          type: 'REQUEST_RECEIVED',
          occurredAt: daysAgo(1),
          correctsEventId: correction.id,
          payload: {},
        },
        TRUSTED_SENDER,
      );
      expect(!otherCase.ok && otherCase.error.message).toMatch(/another case/);
    } finally {
      rt.close();
    }
  });

  it('pages by keyset in either order, filters by type, actor and dates, and counts', () => {
    const dir = tempDir();
    const rt = testRuntime(dir);
    const colleague = createRuntime({
      dataDir: dir,
      trustedOrigin: APP_ORIGIN,
      clock: () => new Date(Date.UTC(2026, 10, 27, 12)),
      actor: { id: 'u-amara', name: 'Amara Diallo', role: 'LEGAL_ADVISER' },
    });
    try {
      const c = missionWithCases(rt).cases[0]!;
      for (let i = 0; i < 30; i++) {
        callOk(rt, 'timeline:record', interview(c.id, daysAgo(30 - i)));
      }
      callOk(colleague, 'timeline:record', {
        caseId: c.id,
        type: 'THIRD_PARTY_CONTACT',
        occurredAt: daysAgo(3, 9),
        payload: { party: 'UNHCR', summary: 'Protection officer informed.' },
      });
      const walk = (input: Record<string, unknown>) => {
        const seen: TimelineEvent[] = [];
        let cursor: string | undefined;
        for (;;) {
          const page = callOk<Page>(rt, 'timeline:list', {
            caseId: c.id,
            limit: 7,
            ...input,
            ...(cursor ? { cursor } : {}),
          });
          seen.push(...page.items);
          if (!page.nextCursor) return seen;
          cursor = page.nextCursor;
        }
      };
      const desc = walk({});
      expect(desc).toHaveLength(32);
      expect(new Set(desc.map((e) => e.id)).size).toBe(32);
      const times = desc.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort().reverse());
      expect(walk({ order: 'asc' }).map((e) => e.id)).toEqual(desc.map((e) => e.id).reverse());

      expect(walk({ types: ['THIRD_PARTY_CONTACT'] }).map((e) => e.recordedBy.name)).toEqual([
        'Amara Diallo',
      ]);
      expect(walk({ actorId: 'u-amara' })).toHaveLength(1);
      const week = walk({ from: daysAgo(7, 0), to: daysAgo(2, 23) });
      expect(week.map((e) => e.type).sort()).toEqual(
        [...Array<string>(6).fill('INTERVIEW'), 'THIRD_PARTY_CONTACT'].sort(),
      );
      expect(
        callOk<Page>(rt, 'timeline:list', { caseId: c.id, limit: 5, types: ['INTERVIEW'] }).total,
      ).toBe(30);
      expect(
        callOk<{ id: string }[]>(rt, 'timeline:actors', { caseId: c.id })
          .map((a) => a.id)
          .sort(),
      ).toEqual(['system', 'u-amara']);
      const badRange = rt.call(
        'timeline:list',
        { caseId: c.id, from: daysAgo(1), to: daysAgo(5) },
        TRUSTED_SENDER,
      );
      expect(!badRange.ok && badRange.error.issues?.[0]?.path).toBe('to');
      const badCursor = rt.call(
        'timeline:list',
        { caseId: c.id, cursor: 'bm9wZQ' },
        TRUSTED_SENDER,
      );
      expect(!badCursor.ok && badCursor.error.issues?.[0]?.path).toBe('cursor');
    } finally {
      colleague.close();
      rt.close();
    }
  });

  it('"as known on" shows only what was recorded by then, corrections and notes included', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const first = callOk<TimelineEvent>(rt, 'timeline:record', interview(c.id, daysAgo(2)));
      const note = callOk<Note>(rt, 'notes:add', {
        caseId: c.id,
        target: { type: 'EVENT', id: first.id },
        body: 'Interpreter arrived late.',
      });
      const knownThen = first.recordedAt > note.createdAt ? first.recordedAt : note.createdAt;
      // Later the same day the file learns of an earlier event and corrects the interview.
      const late = callOk<TimelineEvent>(rt, 'timeline:record', {
        caseId: c.id,
        type: 'PREMISES_ENTRY',
        occurredAt: daysAgo(3),
        payload: { arrival_mode: 'WALK_IN' },
      });
      const fixed = callOk<TimelineEvent>(rt, 'timeline:record', {
        ...interview(c.id, daysAgo(2), { kind: 'FULL' }),
        correctsEventId: first.id,
      });
      callOk(rt, 'notes:correct', {
        noteId: note.id,
        body: 'Interpreter arrived 40 minutes late.',
      });

      const now = callOk<Page>(rt, 'timeline:list', { caseId: c.id });
      expect(now.items.map((e) => e.number)).toEqual([1, fixed.number, first.number, late.number]);
      expect(now.items.find((e) => e.id === first.id)?.correctedByEventId).toBe(fixed.id);
      expect(now.notes.map((n) => n.body)).toEqual([
        'Interpreter arrived late.',
        'Interpreter arrived 40 minutes late.',
      ]);

      const then = callOk<Page>(rt, 'timeline:list', { caseId: c.id, asOf: knownThen });
      expect(then.items.map((e) => e.id)).toEqual([
        expect.any(Number) as number, // the request, recorded when the case was opened
        first.id,
      ]);
      expect(then.total).toBe(2);
      expect(then.items.find((e) => e.id === first.id)?.correctedByEventId).toBeNull();
      expect(then.notes).toEqual([
        expect.objectContaining({ id: note.id, correctedByNoteId: null }),
      ]);
    } finally {
      rt.close();
    }
  });

  it('refuses a closure before any departure, unless the request was withdrawn', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const closure = (reason: string) => ({
        caseId: c.id,
        type: 'CLOSURE',
        occurredAt: daysAgo(0, 8),
        payload: { reason },
      });
      const early = rt.call('timeline:record', closure('DEPARTED_SAFELY'), TRUSTED_SENDER);
      expect(!early.ok && early.error).toMatchObject({
        code: 'CONFLICT',
        issues: [{ path: 'payload.reason' }],
      });
      callOk(rt, 'timeline:record', {
        caseId: c.id,
        type: 'DEPARTURE_OR_TRANSFER',
        occurredAt: daysAgo(0, 7),
        payload: { departure_type: 'DEPARTURE_UNDER_SAFE_CONDUCT', destination: 'MEX' },
      });
      callOk(rt, 'timeline:record', closure('DEPARTED_SAFELY'));
      // Closing ends every open deadline of the case (the P-0 review included).
      expect(
        callOk<Deadline[]>(rt, 'deadlines:list', { caseId: c.id }).map((d) => d.status),
      ).toEqual(['DONE']);
    } finally {
      rt.close();
    }
  });

  it('is append-only, and each case keeps its own hash chain that shows a raw edit', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      callOk(rt, 'timeline:record', interview(c.id, daysAgo(1)));
      callOk(rt, 'notes:add', { caseId: c.id, target: { type: 'CASE' }, body: 'First note.' });
      const db = rt.database.sqlite;
      for (const sql of [
        "UPDATE timeline_events SET summary = 'x'",
        'DELETE FROM timeline_events',
        "UPDATE notes SET body = 'x'",
        'DELETE FROM notes',
      ]) {
        expect(() => db.prepare(sql).run(), sql).toThrow(/append-only/);
      }
      expect(verifyCaseEvents(rt.context, c.id)).toEqual({ ok: true, count: 2 });
      db.exec('DROP TRIGGER timeline_events_no_update');
      db.prepare(`UPDATE timeline_events SET payload = '{"kind":"FULL"}' WHERE number = 2`).run();
      expect(verifyCaseEvents(rt.context, c.id)).toEqual({
        ok: false,
        brokenNumber: 2,
        reason: 'event 2 was edited',
      });
    } finally {
      rt.close();
    }
  });

  it('keeps the timeline of one case out of another', () => {
    const rt = testRuntime(tempDir());
    try {
      const cases = missionWithCases(rt, 2).cases;
      const a = cases[0]!;
      const b = cases[1]!;
      callOk(rt, 'timeline:record', interview(a.id, daysAgo(1)));
      expect(callOk<Page>(rt, 'timeline:list', { caseId: b.id }).total).toBe(1);
      expect(
        callOk<Page>(rt, 'timeline:list', { caseId: a.id }).items.map((e) => e.number),
      ).toEqual([1, 2]);
    } finally {
      rt.close();
    }
  });
});

describe('events the app records itself', () => {
  it('adding an evidence item puts it on the timeline in the same transaction', () => {
    const rt = testRuntime(tempDir());
    try {
      const c = missionWithCases(rt).cases[0]!;
      const added = callOk<{ record: { ref: string } }>(rt, 'intake:add', {
        caseId: c.id,
        kind: 'evidence',
        set: { kind: 'COURT_RECORD', grade: 'A' },
      });
      const page = callOk<Page>(rt, 'timeline:list', { caseId: c.id });
      expect(page.items[0]).toMatchObject({
        type: 'EVIDENCE_ADDED',
        origin: 'SYSTEM',
        payload: { evidence_id: added.record.ref, kind: 'COURT_RECORD', grade: 'A' },
      });
      // The item and its event are each audited, in the one transaction.
      const actions = rt.database.sqlite
        .prepare('SELECT action FROM audit_entries ORDER BY seq DESC LIMIT 2')
        .pluck()
        .all();
      expect(actions).toEqual(['event.record', 'intake.add']);
      // A refused item leaves no event behind.
      const refused = rt.call(
        'intake:add',
        { caseId: c.id, kind: 'evidence', set: { kind: 'COURT_RECORD' } },
        TRUSTED_SENDER,
      );
      expect(refused.ok).toBe(false);
      expect(callOk<Page>(rt, 'timeline:list', { caseId: c.id }).total).toBe(2);
    } finally {
      rt.close();
    }
  });
});
