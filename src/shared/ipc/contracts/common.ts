import type { z } from 'zod';

/** One channel: the zod schema of its input and of its output. */
export type ChannelSchema = { input: z.ZodType; output: z.ZodType };
