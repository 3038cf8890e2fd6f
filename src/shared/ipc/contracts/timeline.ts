import { z } from 'zod';
import { citationSchema } from '../../schemas/citation';
import { noteSchema } from '../../schemas/notes';
import {
  actorSchema,
  eventRecordSchema,
  instantSchema,
  timelineEventSchema,
  timelineListSchema,
} from '../../schemas/timeline';
import { entityId } from '../../schemas/text';
import type { ChannelSchema } from './common';

export const timelineContract = {
  'timeline:list': {
    input: timelineListSchema,
    output: z.object({
      items: z.array(timelineEventSchema),
      nextCursor: z.string().nullable(),
      /** How many events match, on the first page only. */
      total: z.number().int().nullable(),
      /** The notes on the events of this page. */
      notes: z.array(noteSchema),
      /** The authorities the events of this page cite, with pinpoints. */
      citations: z.array(citationSchema),
    }),
  },
  'timeline:get': {
    input: z.strictObject({ id: entityId, asOf: instantSchema.optional() }),
    output: timelineEventSchema,
  },
  'timeline:record': { input: eventRecordSchema, output: timelineEventSchema },
  'timeline:actors': {
    input: z.strictObject({ caseId: entityId }),
    output: z.array(actorSchema),
  },
  /** The case's own fields as the file stood at a moment, replayed from the audit log. */
  'timeline:caseAsOf': {
    input: z.strictObject({ caseId: entityId, asOf: instantSchema }),
    output: z.object({
      asOf: z.string(),
      fields: z.record(z.string(), z.unknown()),
      restrictedFields: z.array(z.string()),
      known: z.boolean(),
    }),
  },
} as const satisfies Record<string, ChannelSchema>;
