import { z } from 'zod';
import {
  deadlineCompleteSchema,
  deadlineListSchema,
  deadlineSchema,
  dueSoonSchema,
  followUpCreateSchema,
} from '../../schemas/deadlines';
import type { ChannelSchema } from './common';

export const deadlinesContract = {
  'deadlines:list': { input: deadlineListSchema, output: z.array(deadlineSchema) },
  'deadlines:dueSoon': { input: dueSoonSchema, output: z.array(deadlineSchema) },
  'deadlines:followUp': { input: followUpCreateSchema, output: deadlineSchema },
  'deadlines:complete': { input: deadlineCompleteSchema, output: deadlineSchema },
} as const satisfies Record<string, ChannelSchema>;
