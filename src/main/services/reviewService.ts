import { AppError } from '../../shared/errors';
import type { AssessmentStatus, FinalOutcome } from '../../shared/assessment/result';
import {
  STATUS_LABELS,
  type AssessmentView,
  type SignoffRole,
} from '../../shared/schemas/assessment';
import { SIGNOFF_ROLE_LABELS } from '../../shared/schemas/assessment';
import { classifyDetermination } from '../domain/review/determination';
import { prepared } from '../db/statements';
import {
  assessmentView,
  factsDigest,
  getAssessmentRow,
  parseResult,
  recordStatusChange,
  reviewRound,
  type AssessmentRow,
} from './assessmentService';
import type { CaseFacts } from '../../shared/caseFacts/schema';
import { recordAudit } from './audit';
import { interviewOnFile } from './caseRecords';
import { recordTimelineEvent } from './timelineService';
import { inTransaction, type ServiceContext } from './context';

// The adviser's determination and the review of a version (SPEC §0.2, §4.2 #8b; issue 5 item 5):
// DRAFT → UNDER_REVIEW → FINAL, with UNDER_REVIEW → DRAFT to send it back. A FINAL version is
// immutable (the service refuses, and triggers in the database refuse too).

const requireStatus = (row: AssessmentRow, allowed: AssessmentStatus, doing: string): void => {
  if (row.status !== allowed) {
    throw new AppError(
      'CONFLICT',
      `version ${row.version} is ${STATUS_LABELS[row.status].toLowerCase()}: ${doing} needs a ${STATUS_LABELS[allowed].toLowerCase()} version`,
    );
  }
};

export type DeterminationCommand = {
  assessmentId: number;
  subjectRef: string;
  kind: 'AGREE' | 'OVERRIDE';
  humanOutcome?: FinalOutcome | undefined;
  justification?: string | undefined;
};

/** Agree with the engine, or override it with a written justification; the engine result stays. */
export function recordDetermination(
  ctx: ServiceContext,
  input: DeterminationCommand,
): AssessmentView {
  return inTransaction(ctx, () => {
    const row = getAssessmentRow(ctx, input.assessmentId);
    requireStatus(row, 'DRAFT', 'recording a determination');
    const subject = parseResult(row).subjects.find((s) => s.subject_ref === input.subjectRef);
    if (subject === undefined) {
      throw new AppError('VALIDATION', `${input.subjectRef} is not assessed in this version`, [
        { path: 'subjectRef', message: 'is not a subject of this assessment' },
      ]);
    }
    const classified = classifyDetermination(subject, input.kind, input.humanOutcome);
    if (!classified.ok) {
      throw new AppError('VALIDATION', `your outcome ${classified.message}`, [
        { path: 'humanOutcome', message: classified.message },
      ]);
    }
    const d = classified.value;
    const justification = input.kind === 'OVERRIDE' ? (input.justification ?? '').trim() : null;
    prepared(
      ctx.sqlite,
      `INSERT INTO assessment_determinations (assessment_id, subject_ref, kind, engine_outcome,
         human_outcome, justification, override_kind, needs_capital_desk, recorded_at,
         recorded_by_id, recorded_by_name, recorded_by_role)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.id,
      input.subjectRef,
      input.kind,
      subject.outcome,
      d.humanOutcome,
      justification,
      d.overrideKind,
      d.needsCapitalDesk ? 1 : 0,
      ctx.clock().toISOString(),
      ctx.actor.id,
      ctx.actor.name,
      ctx.actor.role,
    );
    recordAudit(ctx, {
      action: 'assessment.determine',
      entityType: 'assessment',
      entityId: row.uid,
      caseId: row.caseId,
      after: {
        subjectRef: input.subjectRef,
        kind: input.kind,
        engineOutcome: subject.outcome,
        humanOutcome: d.humanOutcome,
        overrideKind: d.overrideKind,
        justification,
      },
    });
    return assessmentView(ctx, row);
  });
}

const changeStatus = (
  ctx: ServiceContext,
  row: AssessmentRow,
  to: AssessmentStatus,
  note: string | null,
  finalisedAt: string | null = null,
): AssessmentView => {
  prepared(ctx.sqlite, 'UPDATE assessments SET status = ?, finalised_at = ? WHERE id = ?').run(
    to,
    finalisedAt,
    row.id,
  );
  recordStatusChange(ctx, row.id, row.status, to, note);
  recordAudit(ctx, {
    action: `assessment.${to === 'DRAFT' ? 'return' : to === 'FINAL' ? 'finalise' : 'submit'}`,
    entityType: 'assessment',
    entityId: row.uid,
    caseId: row.caseId,
    before: { status: row.status },
    after: { status: to, note, finalisedAt },
  });
  return assessmentView(ctx, getAssessmentRow(ctx, row.id));
};

/** DRAFT → UNDER_REVIEW once every subject has a determination. */
export function submitForReview(
  ctx: ServiceContext,
  input: { assessmentId: number; note?: string | undefined },
): AssessmentView {
  return inTransaction(ctx, () => {
    const row = getAssessmentRow(ctx, input.assessmentId);
    requireStatus(row, 'DRAFT', 'submitting for review');
    const view = assessmentView(ctx, row);
    if (!view.review.canSubmit) {
      throw new AppError(
        'CONFLICT',
        `record a determination for ${view.review.missingDeterminations.join(', ')} first`,
        view.review.missingDeterminations.map((ref) => ({
          path: `determinations.${ref}`,
          message: 'has no determination yet',
        })),
      );
    }
    return changeStatus(ctx, row, 'UNDER_REVIEW', input.note?.trim() || null);
  });
}

/** UNDER_REVIEW → DRAFT with the reviewer's reason; this round's sign-offs no longer count. */
export function returnToDraft(
  ctx: ServiceContext,
  input: { assessmentId: number; note: string },
): AssessmentView {
  return inTransaction(ctx, () => {
    const row = getAssessmentRow(ctx, input.assessmentId);
    requireStatus(row, 'UNDER_REVIEW', 'returning to draft');
    return changeStatus(ctx, row, 'DRAFT', input.note);
  });
}

/** Records an approver's sign-off on the version under review (SPEC §4.2 #8b "approvers"). */
export function signOff(
  ctx: ServiceContext,
  input: {
    assessmentId: number;
    role: SignoffRole;
    name: string;
    reference?: string | undefined;
  },
): AssessmentView {
  return inTransaction(ctx, () => {
    const row = getAssessmentRow(ctx, input.assessmentId);
    requireStatus(row, 'UNDER_REVIEW', 'a sign-off');
    const round = reviewRound(ctx, row.id);
    const already = prepared(
      ctx.sqlite,
      'SELECT name FROM assessment_signoffs WHERE assessment_id = ? AND review_round = ? AND role = ?',
    ).get(row.id, round, input.role) as { name: string } | undefined;
    if (already) {
      throw new AppError(
        'CONFLICT',
        `the ${SIGNOFF_ROLE_LABELS[input.role].toLowerCase()} has already signed (${already.name})`,
        [{ path: 'role', message: 'has already signed this version' }],
      );
    }
    const reference = input.reference?.trim() || null;
    prepared(
      ctx.sqlite,
      `INSERT INTO assessment_signoffs (assessment_id, review_round, role, name, reference,
         signed_at, recorded_by_id, recorded_by_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.id,
      round,
      input.role,
      input.name,
      reference,
      ctx.clock().toISOString(),
      ctx.actor.id,
      ctx.actor.name,
    );
    recordAudit(ctx, {
      action: 'assessment.signoff',
      entityType: 'assessment',
      entityId: row.uid,
      caseId: row.caseId,
      after: { role: input.role, name: input.name, reference, round },
    });
    return assessmentView(ctx, row);
  });
}

/**
 * UNDER_REVIEW → FINAL: every subject determined, every required sign-off given (CAPITAL_DESK
 * too when an obligatory outcome is overridden downward), and the facts unchanged since the
 * version was computed — a final assessment must be of the facts on file.
 */
export function finaliseAssessment(
  ctx: ServiceContext,
  input: { assessmentId: number; currentFacts: CaseFacts | null },
): AssessmentView {
  return inTransaction(ctx, () => {
    const row = getAssessmentRow(ctx, input.assessmentId);
    requireStatus(row, 'UNDER_REVIEW', 'finalising');
    const view = assessmentView(ctx, row);
    if (view.review.missingSignoffs.length > 0) {
      throw new AppError(
        'CONFLICT',
        `finalising needs the sign-off of ${view.review.missingSignoffs
          .map((r) => SIGNOFF_ROLE_LABELS[r].toLowerCase())
          .join(', ')}`,
        view.review.missingSignoffs.map((r) => ({
          path: `signoffs.${r}`,
          message: 'has not signed yet',
        })),
      );
    }
    if (input.currentFacts !== null && factsDigest(input.currentFacts) !== row.factsSha256) {
      throw new AppError(
        'CONFLICT',
        'the facts changed after this version was computed: re-assess, then finalise the new version',
      );
    }
    // P-2 (SPEC §2.11): no assessment of a subject is FINAL before an interview with them (or
    // their recorded refusal) is on the timeline.
    const notInterviewed = view.result.subjects
      .map((s) => s.subject_ref)
      .filter((ref) => !interviewOnFile(ctx, row.caseId, ref));
    if (notInterviewed.length > 0) {
      throw new AppError(
        'CONFLICT',
        `finalising needs an interview on the timeline with ${notInterviewed.join(', ')} (or their recorded refusal) (P-2)`,
        notInterviewed.map((ref) => ({
          path: `subjects.${ref}`,
          message: 'has no interview on the timeline',
        })),
      );
    }
    const finalised = changeStatus(ctx, row, 'FINAL', null, ctx.clock().toISOString());
    const overrides = finalised.determinations.filter((d) => d.kind === 'OVERRIDE');
    recordTimelineEvent(ctx, {
      caseId: row.caseId,
      type: 'ASSESSMENT_FINALISED',
      origin: 'SYSTEM',
      subjectRefs: finalised.result.subjects.map((s) => s.subject_ref),
      payload: {
        assessment_id: row.uid,
        approvers: finalised.signoffs.map((x) => `${SIGNOFF_ROLE_LABELS[x.role]}: ${x.name}`),
        engine_outcome: finalised.outcome,
        human_outcome:
          finalised.determinations.find((d) => d.subjectRef === finalised.result.subject_ref)
            ?.humanOutcome ?? finalised.outcome,
        override: overrides.length > 0 ? 'Y' : 'N',
        ...(overrides.length > 0
          ? {
              justification: overrides
                .map((d) => `${d.subjectRef}: ${d.justification ?? ''}`)
                .join('\n\n'),
            }
          : {}),
      },
    });
    return finalised;
  });
}
