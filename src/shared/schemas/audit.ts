import { z } from 'zod';
import { actorSchema } from './timeline';
import { entityId } from './text';

/** One changed field of an audit entry: values, or only digests for restricted data. */
export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  beforeDigest: z.string().optional(),
  afterDigest: z.string().optional(),
});
export type FieldChangeView = z.infer<typeof fieldChangeSchema>;

export const auditEntryViewSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: actorSchema,
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  caseId: z.number().int().nullable(),
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  changes: z.array(fieldChangeSchema),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

export const verificationSchema = z.object({
  id: entityId,
  startedAt: z.string(),
  finishedAt: z.string(),
  ok: z.boolean(),
  entriesChecked: z.number().int(),
  headSeq: z.number().int().nullable(),
  headHash: z.string().nullable(),
  brokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
  checkpointSeq: z.number().int().nullable(),
  durationMs: z.number().int(),
  runBy: z.enum(['APP', 'CLI']),
});
export type Verification = z.infer<typeof verificationSchema>;

export const auditStatusSchema = z.object({
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  last: verificationSchema.nullable(),
  /** A verification running in the background worker, with how far it has got. */
  running: z
    .object({ startedAt: z.string(), checked: z.number().int(), total: z.number().int() })
    .nullable(),
  /** The background verifier could not start or crashed (it never blocks the app). */
  error: z.string().nullable(),
  /** The case audit export running in the background, the last one written, or its failure. */
  export: z.object({
    running: z.object({ caseId: entityId, startedAt: z.string() }).nullable(),
    last: z
      .object({
        caseId: entityId,
        at: z.string(),
        path: z.string(),
        file: z.string(),
        entries: z.number().int(),
        bytes: z.number().int(),
        sha256: z.string(),
      })
      .nullable(),
    error: z.string().nullable(),
  }),
});
export type AuditStatus = z.infer<typeof auditStatusSchema>;

export const caseTrailSchema = z.strictObject({
  caseId: entityId,
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const checkpointSchema = z.object({
  seq: z.number().int(),
  hash: z.string(),
  at: z.string(),
  /** The printable form (casefile audit checkpoint prints the same). */
  text: z.string(),
});
