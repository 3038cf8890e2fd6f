import { z } from 'zod';
import { authorityIdSchema, authoritySummarySchema } from './authority';
import { entityId, optionalText, textLimits } from './text';

/**
 * What can cite an authority. Each feature that attaches authorities adds its target type here
 * and a resolver in src/main/services/citationTargets.ts (timeline events, notes, assessments and
 * determinations attach authorities the same way cases do).
 */
export const CITATION_TARGET_TYPES = ['case', 'event', 'note'] as const;
export type CitationTargetType = (typeof CITATION_TARGET_TYPES)[number];

export const citationTargetSchema = z
  .object({
    type: z.enum(CITATION_TARGET_TYPES),
    /** The target's id as text, so integer and UUID keys fit alike. */
    id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { message: 'must be the id of the record' }),
  })
  .strict();
export type CitationTarget = z.infer<typeof citationTargetSchema>;

/** e.g. "¶ 118", "art. 33(2)", "pp. 193–195"; empty cites the authority as a whole. */
export const pinpointSchema = optionalText(100);
export const citationCommentSchema = optionalText(textLimits.line);

export const citationSchema = z.object({
  id: entityId,
  target: citationTargetSchema,
  authority: authoritySummarySchema,
  pinpoint: z.string(),
  comment: z.string(),
  /** The full citation with its pinpoint, as it is copied into a memo. */
  formatted: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Citation = z.infer<typeof citationSchema>;

export const citationAddSchema = z
  .object({
    target: citationTargetSchema,
    authorityId: authorityIdSchema,
    pinpoint: pinpointSchema.default(''),
    comment: citationCommentSchema.default(''),
  })
  .strict();
export type CitationAdd = z.input<typeof citationAddSchema>;

/**
 * An authority cited by a record that carries its citations as part of itself (a note): given
 * when the record is written, and fixed with it.
 */
export const citedAuthoritySchema = z
  .object({ authorityId: authorityIdSchema, pinpoint: pinpointSchema.default('') })
  .strict();
export type CitedAuthority = z.input<typeof citedAuthoritySchema>;

export const citationUpdateSchema = z
  .object({ id: entityId, pinpoint: pinpointSchema, comment: citationCommentSchema })
  .strict();
