import { z } from 'zod';
import type { ChannelSchema } from './common';

export const appContract = {
  'app:info': {
    input: z.object({}).strict(),
    output: z.object({ version: z.string(), dataDir: z.string(), schemaVersion: z.number() }),
  },
} as const satisfies Record<string, ChannelSchema>;
