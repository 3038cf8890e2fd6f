import type { FinalOutcome, SubjectResult } from '../../../../shared/assessment/result';
import { OUTCOME_LABELS } from '../../../../shared/assessment/labels';

/** A date-time the adviser reads: local, with the zone, never ambiguous. */
export const formatTime = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

/** CSS modifier for an outcome chip: colour is reserved for status (UX.md). */
export const outcomeTone = (o: FinalOutcome): string => {
  switch (o) {
    case 'PROTECTION_OBLIGATORY':
      return 'obligatory';
    case 'PERMISSIBLE_TREATY_BASIS':
    case 'PERMISSIBLE_ON_BALANCE':
      return 'permissible';
    case 'NOT_JUSTIFIED':
      return 'not-justified';
    case 'INSUFFICIENT_INFORMATION':
      return 'insufficient';
    default: {
      const never: never = o;
      return String(never);
    }
  }
};

/** "Insufficient information (between Not justified and Protection obligatory)". */
export const outcomeWithRange = (
  s:
    | Pick<SubjectResult, 'outcome' | 'range'>
    | { outcome: FinalOutcome; range: readonly [string, string] | null },
): string => {
  const base = OUTCOME_LABELS[s.outcome];
  if (s.outcome !== 'INSUFFICIENT_INFORMATION' || s.range === null) return base;
  const [pess, opt] = s.range as readonly [FinalOutcome, FinalOutcome];
  return `${base} (between ${OUTCOME_LABELS[pess].toLowerCase()} and ${OUTCOME_LABELS[opt].toLowerCase()})`;
};

/** A short, readable rendering of a rule's result or input value. */
export const describeValue = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
};
