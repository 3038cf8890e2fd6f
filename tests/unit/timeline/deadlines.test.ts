import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/main/domain/assessment/config';
import { closureProblem, deadlineEffects } from '../../../src/main/domain/timeline/deadlines';

const at = '2026-03-01T10:00:00.000Z';
const event = (type: Parameters<typeof deadlineEffects>[0]['type'], payload = {}) =>
  deadlineEffects({ type, number: 4, occurredAt: at, payload }, defaultConfig);

describe('deadlines the timeline starts and ends', () => {
  it('a request starts the P-0 interim review unless the person is known to be off the premises', () => {
    // SPEC §2.11: review_by = set_at + interim.assessment_deadline_hours (72 by default).
    for (const onPremises of [undefined, 'Y', 'U']) {
      expect(event('REQUEST_RECEIVED', onPremises ? { on_premises: onPremises } : {})).toEqual({
        open: [
          {
            kind: 'INTERIM_REVIEW',
            title: 'Interim no-handover measure (P-0): complete the assessment',
            dueAt: '2026-03-04T10:00:00.000Z',
          },
        ],
        close: null,
      });
    }
    expect(event('REQUEST_RECEIVED', { on_premises: 'N' })).toEqual({ open: [], close: null });
  });

  it('events that carry a deadline open it; the events that answer them close them', () => {
    expect(
      event('CAPITAL_INSTRUCTION', {
        instruction: 'SEEK_ASSURANCES',
        deadline: '2026-03-05T12:00:00.000Z',
      }).open,
    ).toEqual([
      {
        kind: 'CAPITAL_DEADLINE',
        title: 'Capital instruction: seek assurances',
        dueAt: '2026-03-05T12:00:00.000Z',
      },
    ]);
    expect(event('SAFE_CONDUCT_REQUEST', {}).open[0]).toMatchObject({
      kind: 'SAFE_CONDUCT_ANSWER',
      dueAt: '2026-03-11T10:00:00.000Z', // safe_conduct_overdue_days = 10
    });
    expect(event('SAFE_CONDUCT_REQUEST', { host_response: 'GRANTED' }).open).toEqual([]);
    expect(
      event('HOST_STATE_COMMUNICATION', {
        direction: 'INBOUND',
        content_category: 'SAFE_CONDUCT_RESPONSE',
      }).close,
    ).toEqual({ kinds: ['SAFE_CONDUCT_ANSWER'], note: 'answered (event 4)' });
    expect(event('INTERIM_MEASURE_LIFTED', {}).close).toEqual({
      kinds: ['INTERIM_REVIEW'],
      note: 'lifted by event 4',
    });
    expect(event('CLOSURE', { reason: 'DEPARTED_SAFELY' }).close?.kinds).toBe('ALL');
    expect(
      event('DECISION', {
        decision: 'GRANT_DIPLOMATIC_ASYLUM',
        review_date: '2026-06-01T09:00:00.000Z',
      }).open,
    ).toEqual([
      {
        kind: 'DECISION_REVIEW',
        title: 'Review the decision (grant diplomatic asylum)',
        dueAt: '2026-06-01T09:00:00.000Z',
      },
    ]);
    expect(event('INTERVIEW', { kind: 'FULL' })).toEqual({ open: [], close: null });
  });

  it('a closure needs a departure or a withdrawn request (SPEC §4.2 #14)', () => {
    expect(closureProblem({ reason: 'DEPARTED_SAFELY' }, false)).toMatch(/departure or transfer/);
    expect(closureProblem({ reason: 'DEPARTED_SAFELY' }, true)).toBeNull();
    expect(closureProblem({ reason: 'WITHDREW_REQUEST' }, false)).toBeNull();
  });
});
