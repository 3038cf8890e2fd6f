import { z } from 'zod';
import { entityId } from './text';

/** SPEC §4.3 case state machine. */
export const CASE_STATUSES = [
  'OPEN_TRIAGE',
  'UNDER_ASSESSMENT',
  'TEMPORARY_REFUGE',
  'DECIDED_GRANTED',
  'DECIDED_REFUSED',
  'DEPARTURE_PENDING',
  'CLOSED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  OPEN_TRIAGE: 'Open — triage',
  UNDER_ASSESSMENT: 'Under assessment',
  TEMPORARY_REFUGE: 'Temporary refuge',
  DECIDED_GRANTED: 'Decided — granted',
  DECIDED_REFUSED: 'Decided — refused',
  DEPARTURE_PENDING: 'Departure pending',
  CLOSED: 'Closed',
};

/** A human reference such as `GBR-QUI-2026-0007`: sending state, mission code, year, sequence. */
export const caseReferenceSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{2}-[A-Z0-9]{2,8}-\d{4}-\d{4,}$/, {
    message: 'must look like GBR-QUI-2026-0007',
  });

export const caseOpenSchema = z.object({ missionId: entityId }).strict();

/** The engine's outcomes (SPEC §2.1), as the case list filters and shows them. */
export const CASE_OUTCOMES = [
  'PROTECTION_OBLIGATORY',
  'PERMISSIBLE_TREATY_BASIS',
  'PERMISSIBLE_ON_BALANCE',
  'NOT_JUSTIFIED',
  'INSUFFICIENT_INFORMATION',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  PROTECTION_OBLIGATORY: 'Protection obligatory',
  PERMISSIBLE_TREATY_BASIS: 'Permissible (treaty basis)',
  PERMISSIBLE_ON_BALANCE: 'Permissible on balance',
  NOT_JUSTIFIED: 'Not justified',
  INSUFFICIENT_INFORMATION: 'Insufficient information',
};

export const caseSummarySchema = z.object({
  id: entityId,
  reference: z.string(),
  missionId: entityId,
  missionName: z.string(),
  status: z.enum(CASE_STATUSES),
  openedAt: z.string(),
  updatedAt: z.string(),
  /** Pseudonymous label (never a name). */
  label: z.string().nullable(),
  latestOutcome: z.enum(CASE_OUTCOMES).nullable(),
  /** `urgency.imminent_threat`: Y / N / U, or null when not yet answered. */
  imminentThreat: z.enum(['Y', 'N', 'U']).nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseLookupSchema = z
  .object({ id: entityId.optional(), reference: caseReferenceSchema.optional() })
  .strict()
  .refine((v) => (v.id === undefined) !== (v.reference === undefined), {
    message: 'give exactly one of id or reference',
  });
