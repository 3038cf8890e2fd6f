import type {
  assessmentsContract,
  departuresContract,
} from '../../../shared/ipc/contracts/assessments';
import { AppError } from '../../../shared/errors';
import type { CaseFacts } from '../../../shared/caseFacts/schema';
import {
  diffAssessments,
  getAssessment,
  getAssessmentRow,
  listAssessments,
  reproduceAssessment,
  runAssessment,
} from '../../services/assessmentService';
import { exportFacts } from '../../services/intake/factsService';
import { getCase } from '../../services/caseService';
import type { ServiceContext } from '../../services/context';
import { checkDeparture, listDepartures, recordDeparture } from '../../services/departureService';
import {
  finaliseAssessment,
  recordDetermination,
  returnToDraft,
  signOff,
  submitForReview,
} from '../../services/reviewService';
import type { HandlersFor } from './types';

/** The case's facts as on file now, or why they cannot be read. */
const currentFacts = (
  ctx: ServiceContext,
  caseId: number,
): { facts: CaseFacts } | { problem: string } => {
  try {
    return { facts: exportFacts(ctx, caseId) };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return { problem: e.message };
    throw e;
  }
};

const caseIdOf = (ctx: ServiceContext, reference: string) => getCase(ctx, { reference }).id;

export const assessmentHandlers = {
  'assessments:run': (input, ctx) => {
    const caseId = caseIdOf(ctx, input.reference);
    return runAssessment(ctx, {
      caseId,
      facts: exportFacts(ctx, caseId),
      asOf: input.asOf,
      mode: input.mode,
    });
  },
  'assessments:list': (input, ctx) => {
    const caseId = caseIdOf(ctx, input.reference);
    return listAssessments(ctx, caseId, currentFacts(ctx, caseId));
  },
  'assessments:get': (input, ctx) => getAssessment(ctx, input.assessmentId),
  'assessments:determine': (input, ctx) => recordDetermination(ctx, input),
  'assessments:submit': (input, ctx) => submitForReview(ctx, input),
  'assessments:return': (input, ctx) => returnToDraft(ctx, input),
  'assessments:sign': (input, ctx) => signOff(ctx, input),
  'assessments:finalise': (input, ctx) => {
    const current = currentFacts(ctx, getAssessmentRow(ctx, input.assessmentId).caseId);
    return finaliseAssessment(ctx, {
      assessmentId: input.assessmentId,
      currentFacts: 'facts' in current ? current.facts : null,
    });
  },
  'assessments:reproduce': (input, ctx) => reproduceAssessment(ctx, input.assessmentId),
  'assessments:diff': (input, ctx) => diffAssessments(ctx, input.fromId, input.toId),
} satisfies HandlersFor<keyof typeof assessmentsContract>;

export const departureHandlers = {
  'departures:check': ({ reference, ...rest }, ctx) =>
    checkDeparture(ctx, { ...rest, caseId: caseIdOf(ctx, reference) }),
  'departures:record': ({ reference, ...rest }, ctx) =>
    recordDeparture(ctx, { ...rest, caseId: caseIdOf(ctx, reference) }),
  'departures:list': (input, ctx) => listDepartures(ctx, caseIdOf(ctx, input.reference)),
} satisfies HandlersFor<keyof typeof departuresContract>;
