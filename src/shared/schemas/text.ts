import { z } from 'zod';

// Text that reaches the database is NFC-normalised, and refused when it holds NUL or a lone
// surrogate: both corrupt exports and can smuggle content past search and review.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const textLimits = {
  code: 16,
  name: 200,
  line: 500,
  paragraph: 20_000,
} as const;

function refineText(schema: z.ZodString) {
  return schema
    .refine((s) => !s.includes('\u0000'), { message: 'must not contain a NUL character' })
    .refine((s) => !LONE_SURROGATE.test(s), {
      message: 'must not contain an unpaired surrogate (broken Unicode)',
    })
    .transform((s) => s.normalize('NFC'));
}

/** Required text: trimmed, at least one character, at most `max`. */
export function requiredText(max: number) {
  return refineText(
    z
      .string()
      .trim()
      .min(1, { message: 'is required' })
      .max(max, { message: `must be at most ${max} characters` }),
  );
}

/** Optional free text: may be empty, at most `max`. */
export function optionalText(max: number) {
  return refineText(z.string().max(max, { message: `must be at most ${max} characters` }));
}

/** ISO 3166-1 alpha-3, as SPEC §1.1 accepts it (`^[A-Z][A-Z0-9]{2}$`, so test codes like P1X pass). */
export const stateCode = z.string().regex(/^[A-Z][A-Z0-9]{2}$/, {
  message: 'must be a three-character ISO 3166-1 alpha-3 code in capitals, e.g. GBR',
});

/** Database ids are positive integers. */
export const entityId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
