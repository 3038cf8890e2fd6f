import { z } from 'zod';
import {
  auditEntryViewSchema,
  auditStatusSchema,
  caseTrailSchema,
  checkpointSchema,
} from '../../schemas/audit';
import { entityId } from '../../schemas/text';
import type { ChannelSchema } from './common';

export const auditContract = {
  /** The chain head, the last verification and any background job: the integrity badge. */
  'audit:status': { input: z.strictObject({}), output: auditStatusSchema },
  /** Starts verifying the whole chain in the background; answers at once with the status. */
  'audit:verify': { input: z.strictObject({}), output: auditStatusSchema },
  'audit:caseTrail': {
    input: caseTrailSchema,
    output: z.object({ items: z.array(auditEntryViewSchema), nextCursor: z.string().nullable() }),
  },
  /** Starts writing the case's audit trail to a file in the background. */
  'audit:exportCase': { input: z.strictObject({ caseId: entityId }), output: auditStatusSchema },
  'audit:checkpoint': { input: z.strictObject({}), output: checkpointSchema },
} as const satisfies Record<string, ChannelSchema>;
