import { z } from 'zod';
import {
  annotateSchema,
  annotationSchema,
  authorityDetailSchema,
  authorityIdSchema,
  authoritySchema,
  authoritySearchResultSchema,
  authoritySearchSchema,
  footnoteResultSchema,
  localAuthorityFieldsSchema,
  localAuthorityUpdateSchema,
  SEED_FOOTNOTE_COUNT,
} from '../../schemas/authority';
import type { ChannelSchema } from './common';

export const authoritiesContract = {
  'authorities:search': { input: authoritySearchSchema, output: authoritySearchResultSchema },
  'authorities:get': {
    input: z.object({ id: authorityIdSchema }).strict(),
    output: authorityDetailSchema,
  },
  'authorities:footnote': {
    input: z
      .object({
        footnote: z
          .number()
          .int()
          .min(1, { message: `must be a seed footnote number, 1 to ${SEED_FOOTNOTE_COUNT}` })
          .max(SEED_FOOTNOTE_COUNT, {
            message: `must be a seed footnote number, 1 to ${SEED_FOOTNOTE_COUNT}`,
          }),
      })
      .strict(),
    output: footnoteResultSchema,
  },
  'authorities:create': { input: localAuthorityFieldsSchema, output: authoritySchema },
  'authorities:update': { input: localAuthorityUpdateSchema, output: authoritySchema },
  'authorities:annotate': { input: annotateSchema, output: annotationSchema },
} as const satisfies Record<string, ChannelSchema>;
