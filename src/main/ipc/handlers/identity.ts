import type { identityContract } from '../../../shared/ipc/contracts/identity';
import {
  identityStatus,
  revealIdentity,
  setIdentityPhoto,
  updateIdentity,
} from '../../services/intake/identityService';
import type { HandlersFor } from './types';

export const identityHandlers = {
  'identity:status': (input, ctx) => identityStatus(ctx, input.caseId),
  'identity:reveal': (input, ctx) => revealIdentity(ctx, input),
  'identity:update': (input, ctx) => updateIdentity(ctx, input),
  'identity:set-photo': (input, ctx) => setIdentityPhoto(ctx, input),
} satisfies HandlersFor<keyof typeof identityContract>;
