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

export const caseSummarySchema = z.object({
  id: entityId,
  reference: z.string(),
  missionId: entityId,
  missionName: z.string(),
  status: z.enum(CASE_STATUSES),
  openedAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseLookupSchema = z
  .object({ id: entityId.optional(), reference: caseReferenceSchema.optional() })
  .strict()
  .refine((v) => (v.id === undefined) !== (v.reference === undefined), {
    message: 'give exactly one of id or reference',
  });
