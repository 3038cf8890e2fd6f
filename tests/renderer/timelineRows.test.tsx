import { describe, expect, it } from 'vitest';
import { buildRows } from '../../src/renderer/src/features/timeline/timelineRows';
import { describeIntegrity } from '../../src/renderer/src/features/audit/IntegrityBadge';
import type { Deadline } from '../../src/shared/schemas/deadlines';
import type { TimelineEvent } from '../../src/shared/schemas/timeline';

// Local noon on a given day, so the grouping holds in any time zone.
const at = (day: number, hour = 12) => new Date(2026, 2, day, hour).toISOString();

const event = (id: number, occurredAt: string): TimelineEvent => ({
  id,
  uid: `u${id}`,
  caseId: 1,
  number: id,
  type: 'INTERVIEW',
  occurredAt,
  occurredPrecision: 'EXACT',
  recordedAt: occurredAt,
  recordedBy: { id: 'a', name: 'A', role: 'LEGAL_ADVISER' },
  origin: 'ADVISER',
  classification: 'NORMAL',
  subjectRefs: [],
  summary: 'x',
  payload: {},
  correctsEventId: null,
  correctedByEventId: null,
  hash: 'h',
});

const deadline = (id: number, dueAt: string, status: Deadline['status'] = 'OPEN'): Deadline => ({
  id,
  caseId: 1,
  caseReference: 'GBR-QUI-2026-0001',
  kind: 'FOLLOW_UP',
  title: 't',
  dueAt,
  status,
  sourceEventId: null,
  createdAt: at(1),
  closedAt: null,
  closeNote: null,
});

const shape = (rows: ReturnType<typeof buildRows>) =>
  rows.map((r) =>
    r.kind === 'day' ? `day` : r.kind === 'event' ? `e${r.event.id}` : `d${r.deadline.id}`,
  );

describe('buildRows', () => {
  it('groups by local day and slots deadlines in by time, newest first', () => {
    const events = [event(3, at(12, 9)), event(2, at(10, 15)), event(1, at(10, 8))];
    const rows = buildRows(
      events,
      [deadline(7, at(14)), deadline(8, at(10, 12)), deadline(9, at(11), 'SUPERSEDED')],
      'desc',
      true,
    );
    expect(shape(rows)).toEqual(['day', 'd7', 'day', 'e3', 'day', 'e2', 'd8', 'e1']);
    expect(
      rows.filter((r) => r.kind === 'event').map((r) => (r.kind === 'event' ? r.position : 0)),
    ).toEqual([1, 2, 3]);
  });

  it('holds back deadlines beyond the loaded page, and works oldest first too', () => {
    const events = [event(3, at(12)), event(2, at(10))];
    expect(shape(buildRows(events, [deadline(8, at(5))], 'desc', false))).toEqual([
      'day',
      'e3',
      'day',
      'e2',
    ]);
    expect(shape(buildRows(events, [deadline(8, at(5))], 'desc', true))).toEqual([
      'day',
      'e3',
      'day',
      'e2',
      'day',
      'd8',
    ]);
    expect(shape(buildRows([...events].reverse(), [deadline(8, at(11))], 'asc', true))).toEqual([
      'day',
      'e2',
      'day',
      'd8',
      'day',
      'e3',
    ]);
  });
});

describe('the integrity badge', () => {
  const base = {
    head: { seq: 10, hash: 'h' },
    last: null,
    running: null,
    error: null,
    export: { running: null, last: null, error: null },
  };
  const verified = {
    id: 1,
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:00:01.000Z',
    ok: true,
    entriesChecked: 9,
    headSeq: 9,
    headHash: 'h',
    brokenSeq: null,
    reason: null,
    checkpointSeq: null,
    durationMs: 12,
    runBy: 'APP' as const,
  };
  const now = Date.parse('2026-03-01T10:05:01.000Z');
  it('says what it knows, and says BROKEN loudly', () => {
    expect(describeIntegrity(undefined, now).tone).toBe('unknown');
    expect(describeIntegrity(base, now)).toEqual({
      tone: 'unknown',
      text: 'Audit log: not verified yet',
    });
    expect(
      describeIntegrity({ ...base, running: { startedAt: 'x', checked: 250, total: 1000 } }, now),
    ).toEqual({
      tone: 'pending',
      text: 'Audit log: verifying… 25%',
    });
    expect(describeIntegrity({ ...base, last: verified }, now)).toEqual({
      tone: 'ok',
      text: 'Audit log verified 5 minutes ago: 9 entries intact',
    });
    expect(
      describeIntegrity(
        { ...base, last: { ...verified, ok: false, brokenSeq: 7, reason: 'edited' } },
        now,
      ),
    ).toEqual({ tone: 'broken', text: 'Audit log BROKEN at entry 7' });
  });
});
