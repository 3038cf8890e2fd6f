import type { DeadlineKind } from '../../../shared/schemas/deadlines';
import type { Payload } from '../../../shared/timeline/fields';
import { optionLabel } from '../../../shared/timeline/fields';
import type { EventType } from '../../../shared/timeline/eventTypes';
import type { RulesetConfig } from '../assessment/config';

// Which deadlines an event starts and which it ends (SPEC §2.11, §4.2). Pure: the service
// writes what this returns, in the event's own transaction.

export type DeadlineDraft = { kind: DeadlineKind; title: string; dueAt: string };

export type DeadlineEffects = {
  open: DeadlineDraft[];
  /** Open deadlines of these kinds on the case are done because of this event. */
  close: { kinds: readonly DeadlineKind[] | 'ALL'; note: string } | null;
};

export type EventForDeadlines = {
  type: EventType;
  number: number;
  occurredAt: string;
  payload: Payload;
};

const HOUR = 3_600_000;

const iso = (ms: number) => new Date(ms).toISOString();

export function deadlineEffects(
  e: EventForDeadlines,
  config: Pick<RulesetConfig, 'interim' | 'safe_conduct_overdue_days'>,
): DeadlineEffects {
  const p = e.payload;
  const str = (k: string): string | undefined => {
    const v = p[k];
    return typeof v === 'string' ? v : undefined;
  };
  switch (e.type) {
    case 'REQUEST_RECEIVED': {
      // P-0 runs for a subject on the premises or possibly so (Y or U; not recorded is unknown)
      // from the request until the first assessment; review_by = set_at + deadline_hours.
      if (str('on_premises') === 'N') return { open: [], close: null };
      return {
        open: [
          {
            kind: 'INTERIM_REVIEW',
            title: 'Interim no-handover measure (P-0): complete the assessment',
            dueAt: iso(Date.parse(e.occurredAt) + config.interim.assessment_deadline_hours * HOUR),
          },
        ],
        close: null,
      };
    }
    case 'INTERIM_MEASURE_SET': {
      const reviewBy = str('review_by');
      return reviewBy
        ? {
            open: [
              {
                kind: 'INTERIM_REVIEW',
                title: `Interim no-handover measure (${str('basis') === 'P1' ? 'P-1' : 'P-0'}): review`,
                dueAt: iso(Date.parse(reviewBy)),
              },
            ],
            close: null,
          }
        : { open: [], close: null };
    }
    case 'INTERIM_MEASURE_LIFTED':
      return {
        open: [],
        close: { kinds: ['INTERIM_REVIEW'], note: `lifted by event ${e.number}` },
      };
    case 'CAPITAL_INSTRUCTION': {
      const deadline = str('deadline');
      return deadline
        ? {
            open: [
              {
                kind: 'CAPITAL_DEADLINE',
                title: `Capital instruction: ${optionLabel(str('instruction') ?? 'OTHER').toLowerCase()}`,
                dueAt: iso(Date.parse(deadline)),
              },
            ],
            close: null,
          }
        : { open: [], close: null };
    }
    case 'DECISION': {
      const review = str('review_date');
      return review
        ? {
            open: [
              {
                kind: 'DECISION_REVIEW',
                title: `Review the decision (${optionLabel(str('decision') ?? '').toLowerCase()})`,
                dueAt: iso(Date.parse(review)),
              },
            ],
            close: null,
          }
        : { open: [], close: null };
    }
    case 'SAFE_CONDUCT_REQUEST': {
      // Caracas art. XII: the host must answer "immediately"; past the configured days the
      // request is overdue (SPEC §4.2 #12).
      const answered = str('host_response');
      if (answered !== undefined && answered !== 'NO_RESPONSE') return { open: [], close: null };
      return {
        open: [
          {
            kind: 'SAFE_CONDUCT_ANSWER',
            title: 'Safe conduct: the host state has not answered',
            dueAt: iso(Date.parse(e.occurredAt) + config.safe_conduct_overdue_days * 24 * HOUR),
          },
        ],
        close: null,
      };
    }
    case 'HOST_STATE_COMMUNICATION':
      return str('content_category') === 'SAFE_CONDUCT_RESPONSE' && str('direction') === 'INBOUND'
        ? {
            open: [],
            close: { kinds: ['SAFE_CONDUCT_ANSWER'], note: `answered (event ${e.number})` },
          }
        : { open: [], close: null };
    case 'CLOSURE':
      return { open: [], close: { kinds: 'ALL', note: `case closed (event ${e.number})` } };
    default:
      return { open: [], close: null };
  }
}

/**
 * SPEC §4.2 #14: a closure needs a final departure or transfer, or the request withdrawn.
 * Returns the problem, or null.
 */
export function closureProblem(payload: Payload, caseHasDeparture: boolean): string | null {
  if (payload.reason === 'WITHDREW_REQUEST' || caseHasDeparture) return null;
  return 'needs a recorded departure or transfer first, unless the request was withdrawn';
}
