import type { attachmentsContract } from '../../../shared/ipc/contracts/attachments';
import {
  addAttachment,
  openAttachment,
  removeAttachment,
  verifyAttachment,
} from '../../services/intake/attachmentService';
import type { HandlersFor } from './types';

export const attachmentHandlers = {
  'attachments:add': (input, ctx) => addAttachment(ctx, input),
  'attachments:open': (input, ctx) => openAttachment(ctx, input),
  'attachments:verify': (input, ctx) => verifyAttachment(ctx, input),
  'attachments:remove': (input, ctx) => removeAttachment(ctx, input),
} satisfies HandlersFor<keyof typeof attachmentsContract>;
