import { z } from 'zod';
import {
  assessmentIdInputSchema,
  assessmentListSchema,
  assessmentRunSchema,
  assessmentViewSchema,
  caseRefInputSchema,
  departureInputSchema,
  departureRecordSchema,
  determinationInputSchema,
  diffInputSchema,
  guardVerdictSchema,
  reproductionSchema,
  reviewNoteInputSchema,
  signoffInputSchema,
  versionDiffSchema,
} from '../../schemas/assessment';
import { entityId, optionalText, textLimits } from '../../schemas/text';
import type { ChannelSchema } from './common';

export const assessmentsContract = {
  'assessments:run': { input: assessmentRunSchema, output: assessmentViewSchema },
  'assessments:list': { input: caseRefInputSchema, output: assessmentListSchema },
  'assessments:get': { input: assessmentIdInputSchema, output: assessmentViewSchema },
  'assessments:determine': { input: determinationInputSchema, output: assessmentViewSchema },
  'assessments:submit': {
    input: z
      .object({ assessmentId: entityId, note: optionalText(textLimits.paragraph).optional() })
      .strict(),
    output: assessmentViewSchema,
  },
  'assessments:return': { input: reviewNoteInputSchema, output: assessmentViewSchema },
  'assessments:sign': { input: signoffInputSchema, output: assessmentViewSchema },
  'assessments:finalise': { input: assessmentIdInputSchema, output: assessmentViewSchema },
  'assessments:reproduce': { input: assessmentIdInputSchema, output: reproductionSchema },
  'assessments:diff': { input: diffInputSchema, output: versionDiffSchema },
} as const satisfies Record<string, ChannelSchema>;

export const departuresContract = {
  'departures:check': { input: departureInputSchema, output: guardVerdictSchema },
  'departures:record': { input: departureInputSchema, output: departureRecordSchema },
  'departures:list': { input: caseRefInputSchema, output: z.array(departureRecordSchema) },
} as const satisfies Record<string, ChannelSchema>;
