import { prepared } from '../db/statements';
import type { ServiceContext } from './context';

// What the assessment work reads from other parts of the case file: the timeline (SPEC §4) holds
// the interviews and decisions the procedural rules ask for. The facts themselves come from the
// intake (`exportFacts` in ./intake/factsService).

/**
 * An event of `type` on the case that concerns the subject: one naming the subject, or one naming
 * no one, which concerns the whole case (an event recorded without persons is about everyone on
 * the premises — the UI leaves "Persons concerned" empty in the usual one-person case).
 */
const EVENT_FOR_SUBJECT = `SELECT 1 FROM timeline_events e
  WHERE e.case_id = @caseId AND e.type = @type
    AND (json_array_length(e.subject_refs) = 0
      OR EXISTS (SELECT 1 FROM json_each(e.subject_refs) s WHERE s.value = @subjectRef))
    AND NOT EXISTS (SELECT 1 FROM timeline_events c WHERE c.corrects_event_id = e.id)
    AND (@decision IS NULL OR json_extract(e.payload, '$.decision') IN ('REFUSE', 'TERMINATE'))
  LIMIT 1`;

const hasEvent = (
  ctx: ServiceContext,
  caseId: number,
  subjectRef: string,
  type: 'INTERVIEW' | 'DECISION',
): boolean =>
  prepared(ctx.sqlite, EVENT_FOR_SUBJECT).get({
    caseId,
    type,
    subjectRef,
    decision: type === 'DECISION' ? 1 : null,
  }) !== undefined;

/** P-2 (SPEC §2.11): an INTERVIEW with the subject (which records a refusal too) is on file. */
export const interviewOnFile = (ctx: ServiceContext, caseId: number, subjectRef: string) =>
  hasEvent(ctx, caseId, subjectRef, 'INTERVIEW');

/**
 * P-6 (ii): a DECISION to refuse or terminate concerning the subject is on file while the
 * subject's latest assessment is FINAL (§4.2 #11: REFUSE/TERMINATE need a FINAL assessment).
 */
export const decisionOnFinalAssessment = (
  ctx: ServiceContext,
  caseId: number,
  subjectRef: string,
): boolean =>
  hasEvent(ctx, caseId, subjectRef, 'DECISION') &&
  prepared(
    ctx.sqlite,
    `SELECT 1 FROM assessments a JOIN assessment_subjects s ON s.assessment_id = a.id
     WHERE a.case_id = ? AND a.status = 'FINAL' AND s.subject_ref = ? LIMIT 1`,
  ).get(caseId, subjectRef) !== undefined;
