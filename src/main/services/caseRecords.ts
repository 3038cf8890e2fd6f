import { AppError } from '../../shared/errors';
import type { CaseFacts } from '../../shared/caseFacts/schema';
import type { ServiceContext } from './context';

// What the assessment work reads from other parts of the case file. The intake (issue 3) owns the
// facts and the timeline (issue 6) owns interviews and decisions; until they are wired in, these
// answer conservatively: no facts, no interview, no decision (so the P-6 guard fails closed).

/** The canonical CaseFacts of a stored case (SPEC §1.1). */
export type CaseFactsReader = (ctx: ServiceContext, caseId: number) => CaseFacts;

export const readCaseFacts: CaseFactsReader = () => {
  throw new AppError(
    'NOT_FOUND',
    'The facts of this case are not recorded yet: complete the intake first.',
  );
};

/** P-2: an INTERVIEW with the subject, or a recorded refusal, is on the timeline. */
export const interviewOnFile = (_ctx: ServiceContext, _caseId: number, _subjectRef: string) =>
  false;

/** P-6 (ii): a DECISION to refuse or terminate rests on a FINAL assessment of the subject. */
export const decisionOnFinalAssessment = (
  _ctx: ServiceContext,
  _caseId: number,
  _subjectRef: string,
) => false;
