import { z } from 'zod';
import {
  noteAddSchema,
  noteCorrectSchema,
  noteHitSchema,
  noteListSchema,
  noteSchema,
  noteSearchSchema,
} from '../../schemas/notes';
import type { ChannelSchema } from './common';

export const notesContract = {
  'notes:list': {
    input: noteListSchema,
    output: z.object({ items: z.array(noteSchema), nextCursor: z.string().nullable() }),
  },
  'notes:add': { input: noteAddSchema, output: noteSchema },
  'notes:correct': { input: noteCorrectSchema, output: noteSchema },
  'notes:search': { input: noteSearchSchema, output: z.object({ items: z.array(noteHitSchema) }) },
} as const satisfies Record<string, ChannelSchema>;
