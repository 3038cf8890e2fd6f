import type { z } from 'zod';
import { appContract } from './contracts/app';
import { authoritiesContract } from './contracts/authorities';
import { auditContract } from './contracts/audit';
import { deadlinesContract } from './contracts/deadlines';
import { notesContract } from './contracts/notes';
import { timelineContract } from './contracts/timeline';
import { assessmentsContract, departuresContract } from './contracts/assessments';
import { casesContract } from './contracts/cases';
import { citationsContract } from './contracts/citations';
import { attachmentsContract } from './contracts/attachments';
import { identityContract } from './contracts/identity';
import { intakeContract } from './contracts/intake';
import { missionsContract } from './contracts/missions';
import { profilesContract } from './contracts/profiles';

// The one IPC contract: every channel (`noun:verb`) with the zod schema of its input and output,
// assembled from one module per feature. Main validates every input against it; handlers are a
// map that `satisfies` it (src/main/ipc/handlers.ts), so a channel without a handler does not
// compile, and src/shared/ipc/channels.ts must list exactly these keys (a test checks).
export const contract = {
  ...appContract,
  ...missionsContract,
  ...casesContract,
  ...authoritiesContract,
  ...citationsContract,
  ...timelineContract,
  ...notesContract,
  ...deadlinesContract,
  ...auditContract,

  ...profilesContract,
  ...intakeContract,
  ...identityContract,
  ...attachmentsContract,
  ...assessmentsContract,
  ...departuresContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
