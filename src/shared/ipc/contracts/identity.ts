import { z } from 'zod';
import {
  identityValuesSchema,
  type IdentityStatus,
  type RevealedIdentity,
} from '../../intake/identity';
import { entityId, requiredText, textLimits } from '../../schemas/text';
import { attachmentAddSchema } from './attachments';
import type { ChannelSchema } from './common';

const personRef = { caseId: entityId, personId: entityId };
const status = z.custom<IdentityStatus>();

export const identityContract = {
  /** Which identity fields are filled, for every person of the case; never their content. */
  'identity:status': { input: z.strictObject({ caseId: entityId }), output: z.array(status) },
  /** Shows a person's identity; recorded in the audit log as `identity.reveal`. */
  'identity:reveal': {
    input: z.strictObject({ ...personRef, reason: requiredText(textLimits.line) }),
    output: z.custom<RevealedIdentity>(),
  },
  'identity:update': {
    input: z.strictObject({ ...personRef, set: identityValuesSchema }),
    output: status,
  },
  'identity:set-photo': {
    input: attachmentAddSchema.omit({ evidenceId: true }).extend({ personId: entityId }),
    output: status,
  },
} as const satisfies Record<string, ChannelSchema>;
