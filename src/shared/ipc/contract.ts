import { z } from 'zod';
import { missionCreateSchema, missionSchema } from '../schemas/mission';
import { caseLookupSchema, caseOpenSchema, caseSummarySchema } from '../schemas/case';

// The one IPC contract: every channel (`noun:verb`) with the zod schema of its input and output.
// Main validates every input against it; handlers are a map that `satisfies` it (see
// src/main/ipc/handlers.ts), so a channel without a handler does not compile.

const empty = z.object({}).strict();

export const caseListInputSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(50),
    /** Opaque keyset cursor returned by the previous page; never an offset. */
    cursor: z.string().max(200).optional(),
  })
  .strict();

export const contract = {
  'app:info': {
    input: empty,
    output: z.object({ version: z.string(), dataDir: z.string(), schemaVersion: z.number() }),
  },
  'missions:list': { input: empty, output: z.array(missionSchema) },
  'missions:create': { input: missionCreateSchema, output: missionSchema },
  'cases:open': { input: caseOpenSchema, output: caseSummarySchema },
  'cases:list': {
    input: caseListInputSchema,
    output: z.object({ items: z.array(caseSummarySchema), nextCursor: z.string().nullable() }),
  },
  'cases:get': { input: caseLookupSchema, output: caseSummarySchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
