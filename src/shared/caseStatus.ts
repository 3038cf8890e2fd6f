import { CASE_STATUSES, type CaseStatus } from './schemas/case';

// SPEC §4.3 case state machine. Each edge names the event that moves the case and the guard the
// main process checks before it lets the move happen; the renderer shows the same edges.

export type Transition = {
  from: CaseStatus;
  to: CaseStatus;
  /** The SPEC §4 event that makes the move. */
  via: string;
  /** What must hold, checked by the main process (src/main/services/caseStatusService.ts). */
  guard?: 'FINAL_ASSESSMENT' | 'ALL_SUBJECTS_DEPARTED_OR_WITHDRAWN';
};

const OPEN: readonly CaseStatus[] = ['OPEN_TRIAGE', 'UNDER_ASSESSMENT', 'TEMPORARY_REFUGE'];

export const TRANSITIONS: readonly Transition[] = [
  { from: 'OPEN_TRIAGE', to: 'UNDER_ASSESSMENT', via: 'INTERVIEW (screening)' },
  { from: 'OPEN_TRIAGE', to: 'TEMPORARY_REFUGE', via: 'DECISION (temporary refuge)' },
  { from: 'TEMPORARY_REFUGE', to: 'UNDER_ASSESSMENT', via: 'INTERVIEW (screening)' },
  {
    from: 'UNDER_ASSESSMENT',
    to: 'DECIDED_GRANTED',
    via: 'ASSESSMENT_FINALISED + DECISION (grant)',
    guard: 'FINAL_ASSESSMENT',
  },
  {
    from: 'UNDER_ASSESSMENT',
    to: 'DECIDED_REFUSED',
    via: 'ASSESSMENT_FINALISED + DECISION (refuse)',
    guard: 'FINAL_ASSESSMENT',
  },
  { from: 'DECIDED_GRANTED', to: 'UNDER_ASSESSMENT', via: 'RISK_CHANGED / new evidence' },
  { from: 'DECIDED_REFUSED', to: 'UNDER_ASSESSMENT', via: 'RISK_CHANGED / new evidence' },
  { from: 'DECIDED_GRANTED', to: 'DEPARTURE_PENDING', via: 'SAFE_CONDUCT_REQUEST' },
  { from: 'DECIDED_REFUSED', to: 'DEPARTURE_PENDING', via: 'SAFE_CONDUCT_REQUEST' },
  { from: 'DEPARTURE_PENDING', to: 'UNDER_ASSESSMENT', via: 'RISK_CHANGED' },
  {
    from: 'DEPARTURE_PENDING',
    to: 'CLOSED',
    via: 'DEPARTURE_OR_TRANSFER + CLOSURE',
    guard: 'ALL_SUBJECTS_DEPARTED_OR_WITHDRAWN',
  },
  // CLOSURE after WITHDREW_REQUEST (SPEC §4.2 #14) may end a case that is still open.
  ...OPEN.map((from): Transition => ({
    from,
    to: 'CLOSED',
    via: 'CLOSURE (request withdrawn)',
    guard: 'ALL_SUBJECTS_DEPARTED_OR_WITHDRAWN',
  })),
];

export function transitionsFrom(status: CaseStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === status);
}

export function findTransition(from: CaseStatus, to: CaseStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export const isCaseStatus = (s: string): s is CaseStatus =>
  (CASE_STATUSES as readonly string[]).includes(s);
