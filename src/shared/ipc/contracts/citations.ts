import { z } from 'zod';
import {
  citationAddSchema,
  citationSchema,
  citationTargetSchema,
  citationUpdateSchema,
} from '../../schemas/citation';
import { entityId } from '../../schemas/text';
import type { ChannelSchema } from './common';

// Authorities attached to a record (a case, later timeline events, notes, determinations), each
// with a pinpoint and a comment: one link table and one set of channels for every feature.
export const citationsContract = {
  'citations:list': {
    input: z.object({ target: citationTargetSchema }).strict(),
    output: z.array(citationSchema),
  },
  'citations:add': { input: citationAddSchema, output: citationSchema },
  'citations:update': { input: citationUpdateSchema, output: citationSchema },
  'citations:remove': {
    input: z.object({ id: entityId }).strict(),
    output: z.object({ id: entityId }),
  },
} as const satisfies Record<string, ChannelSchema>;
