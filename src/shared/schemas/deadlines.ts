import { z } from 'zod';
import { instantSchema } from './timeline';
import { entityId, optionalText, requiredText, textLimits } from './text';

/**
 * INTERIM_REVIEW: the interim no-handover measure's review (SPEC §2.11; it never lapses).
 * CAPITAL_DEADLINE, DECISION_REVIEW, SAFE_CONDUCT_ANSWER: deadlines events carry (SPEC §4.2).
 * FOLLOW_UP: whatever the adviser sets.
 */
export const DEADLINE_KINDS = [
  'INTERIM_REVIEW',
  'CAPITAL_DEADLINE',
  'DECISION_REVIEW',
  'SAFE_CONDUCT_ANSWER',
  'FOLLOW_UP',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  INTERIM_REVIEW: 'Interim measure review',
  CAPITAL_DEADLINE: 'Capital deadline',
  DECISION_REVIEW: 'Decision review',
  SAFE_CONDUCT_ANSWER: 'Safe-conduct answer due',
  FOLLOW_UP: 'Follow-up',
};

export const DEADLINE_STATUSES = ['OPEN', 'DONE', 'SUPERSEDED'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const deadlineSchema = z.object({
  id: entityId,
  caseId: entityId,
  caseReference: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  title: z.string(),
  dueAt: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  sourceEventId: entityId.nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const followUpCreateSchema = z.strictObject({
  caseId: entityId,
  title: requiredText(textLimits.line),
  dueAt: instantSchema,
  /** The event it follows up, if any. */
  eventId: entityId.optional(),
});
export type FollowUpCreateInput = z.input<typeof followUpCreateSchema>;

export const deadlineCompleteSchema = z.strictObject({
  id: entityId,
  note: optionalText(textLimits.line).default(''),
});

export const deadlineListSchema = z.strictObject({
  caseId: entityId,
  asOf: instantSchema.optional(),
});

export const dueSoonSchema = z.strictObject({
  /** Open deadlines due within this many days from now, plus every overdue one. */
  withinDays: z.number().int().min(1).max(365).default(14),
  limit: z.number().int().min(1).max(200).default(50),
});
