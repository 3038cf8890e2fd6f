import { z } from 'zod';
import type { AttachmentMeta } from '../../intake/records';
import { entityId, requiredText } from '../../schemas/text';
import type { ChannelSchema } from './common';

/** Files are kept inside the database; past this size a scan should be split or compressed. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENT_LABEL = '20 MB';
const MAX_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex (64 characters)' });

export const attachmentAddSchema = z
  .object({
    caseId: entityId,
    evidenceId: entityId,
    fileName: requiredText(255),
    /** What the file says it is; the main process records what its bytes say. */
    // A media type's restricted names (RFC 6838 §4.2); found by R-text: any text, NUL included,
    // was accepted and stored here.
    mediaType: z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*$/, {
        message: 'must be a media type such as application/pdf',
      })
      .optional(),
    dataBase64: z
      .base64({ message: 'is not base64-encoded file content' })
      .min(1, { message: 'is empty: the file has no content' })
      .max(MAX_BASE64, {
        message: `is larger than ${MAX_ATTACHMENT_LABEL}; split or compress the file and attach the parts`,
      }),
    /** The SHA-256 the renderer computed; the main process recomputes it and must agree. */
    sha256: sha256Hex.optional(),
  })
  .strict();
export type AttachmentAdd = z.input<typeof attachmentAddSchema>;

const attachmentRef = z.object({ caseId: entityId, attachmentId: entityId }).strict();
const meta = z.custom<AttachmentMeta>();

export const attachmentsContract = {
  'attachments:add': { input: attachmentAddSchema, output: meta },
  /** The file's bytes, after checking them against the SHA-256 recorded at intake. */
  'attachments:open': {
    input: attachmentRef,
    output: z.object({ meta, dataBase64: z.string() }),
  },
  'attachments:verify': {
    input: attachmentRef,
    output: z.object({ meta, verifiedAt: z.string() }),
  },
  'attachments:remove': { input: attachmentRef, output: z.object({ removed: z.literal(true) }) },
} as const satisfies Record<string, ChannelSchema>;
