import { z } from 'zod';
import type { CaseFacts } from '../../caseFacts/schema';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  caseLookupSchema,
  caseOpenSchema,
  caseSummarySchema,
} from '../../schemas/case';
import { entityId, optionalText, requiredText, textLimits } from '../../schemas/text';
import type { ChannelSchema } from './common';

export const CASE_SORTS = ['UPDATED', 'OPENED'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/** Filter values for urgency: an answer, or NONE for "not yet answered". */
export const URGENCY_FILTERS = ['Y', 'N', 'U', 'NONE'] as const;

export const caseListInputSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(50),
    /** Opaque keyset cursor returned by the previous page; never an offset. */
    cursor: z.string().max(200).optional(),
    /** Reference, pseudonymous label, or a restricted identity (names, document number). */
    // Text like any other, trimmed by the service (found by R-text: NUL and lone surrogates passed).
    search: optionalText(textLimits.name).optional(),
    missionId: entityId.optional(),
    status: z.enum(CASE_STATUSES).optional(),
    urgency: z.enum(URGENCY_FILTERS).optional(),
    /** An outcome, or NONE for "not assessed yet". */
    outcome: z.enum([...CASE_OUTCOMES, 'NONE']).optional(),
    sort: z.enum(CASE_SORTS).default('UPDATED'),
  })
  .strict();
export type CaseListInput = z.input<typeof caseListInputSchema>;

export const caseListRowSchema = caseSummarySchema.extend({
  /** The search matched a restricted identity field; the identity itself stays masked. */
  identityMatch: z.boolean(),
});
export type CaseListRow = z.infer<typeof caseListRowSchema>;

export const caseTransitionSchema = z
  .object({
    caseId: entityId,
    to: z.enum(CASE_STATUSES),
    reason: requiredText(textLimits.line),
  })
  .strict();

export const casesContract = {
  'cases:open': { input: caseOpenSchema, output: caseSummarySchema },
  'cases:list': {
    input: caseListInputSchema,
    output: z.object({ items: z.array(caseListRowSchema), nextCursor: z.string().nullable() }),
  },
  'cases:get': { input: caseLookupSchema, output: caseSummarySchema },
  'cases:transition': { input: caseTransitionSchema, output: caseSummarySchema },
  'cases:facts': { input: caseLookupSchema, output: z.custom<CaseFacts>() },
  'cases:import-facts': {
    input: z
      .object({
        /** Validated by the service against CaseFacts, so that issues carry JSON paths. */
        facts: z.unknown(),
        missionId: entityId.optional(),
      })
      .strict(),
    output: caseSummarySchema,
  },
} as const satisfies Record<string, ChannelSchema>;
