import { z } from 'zod';
import { caseLookupSchema, caseOpenSchema, caseSummarySchema } from '../../schemas/case';
import type { ChannelSchema } from './common';

export const caseListInputSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(50),
    /** Opaque keyset cursor returned by the previous page; never an offset. */
    cursor: z.string().max(200).optional(),
  })
  .strict();

export const casesContract = {
  'cases:open': { input: caseOpenSchema, output: caseSummarySchema },
  'cases:list': {
    input: caseListInputSchema,
    output: z.object({ items: z.array(caseSummarySchema), nextCursor: z.string().nullable() }),
  },
  'cases:get': { input: caseLookupSchema, output: caseSummarySchema },
} as const satisfies Record<string, ChannelSchema>;
