import type { Contract } from '../../shared/ipc/contract';
import { appHandlers } from './handlers/app';
import { authorityHandlers } from './handlers/authorities';
import { auditHandlers } from './handlers/audit';
import { deadlineHandlers } from './handlers/deadlines';
import { noteHandlers } from './handlers/notes';
import { timelineHandlers } from './handlers/timeline';
import { assessmentHandlers, departureHandlers } from './handlers/assessments';
import { caseHandlers } from './handlers/cases';
import { citationHandlers } from './handlers/citations';
import { attachmentHandlers } from './handlers/attachments';
import { identityHandlers } from './handlers/identity';
import { intakeHandlers } from './handlers/intake';
import { missionHandlers } from './handlers/missions';
import { profileHandlers } from './handlers/profiles';
import type { HandlersFor } from './handlers/types';

export type Handlers = HandlersFor<keyof Contract>;

// One handler per channel, one module per feature; `satisfies` makes a missing or mistyped
// channel a compile error.
export const handlers = {
  ...appHandlers,
  ...missionHandlers,
  ...caseHandlers,
  ...authorityHandlers,
  ...citationHandlers,
  ...timelineHandlers,
  ...noteHandlers,
  ...deadlineHandlers,
  ...auditHandlers,

  ...profileHandlers,
  ...intakeHandlers,
  ...identityHandlers,
  ...attachmentHandlers,
  ...assessmentHandlers,
  ...departureHandlers,
} satisfies Handlers;
