import { canonicalJson } from '../../shared/canonicalJson';
import { AppError } from '../../shared/errors';
import { handoverGuardSchema, type FinalOutcome } from '../../shared/assessment/result';
import type {
  DepartureInput,
  DepartureRecord,
  GuardVerdict,
  SignoffRole,
} from '../../shared/schemas/assessment';
import { evaluateDepartureGuard } from '../domain/review/departureGuard';
import { prepared } from '../db/statements';
import { latestAssessmentRow } from './assessmentService';
import { recordAudit } from './audit';
import { decisionOnFinalAssessment, interviewOnFile } from './caseRecords';
import { inTransaction, type ServiceContext } from './context';
import { getCase } from './caseService';

// Recording a departure, transfer or handover of a subject, guarded by P-6 (SPEC §2.11, §4.2 #13).
// The guard runs here, in the main process, on every call: the renderer only explains it.

export type DepartureCommand = Omit<DepartureInput, 'reference'> & { caseId: number };

type SubjectRow = {
  version: number;
  outcome: FinalOutcome;
  outcomeAltMode: FinalOutcome | null;
  handoverGuard: string;
};

/** The subject in the case's newest assessment version, if it was assessed there. */
const currentSubject = (ctx: ServiceContext, caseId: number, subjectRef: string) => {
  const latest = latestAssessmentRow(ctx, caseId);
  if (latest === null) return { assessmentId: null, current: null };
  const row = prepared(
    ctx.sqlite,
    `SELECT a.version, s.outcome, s.outcome_alt_mode AS outcomeAltMode,
       s.handover_guard AS handoverGuard
     FROM assessment_subjects s JOIN assessments a ON a.id = s.assessment_id
     WHERE s.assessment_id = ? AND s.subject_ref = ?`,
  ).get(latest.id, subjectRef) as SubjectRow | undefined;
  if (row === undefined) return { assessmentId: latest.id, current: null };
  return {
    assessmentId: latest.id,
    current: {
      version: row.version,
      outcome: row.outcome,
      altOutcome: row.outcomeAltMode,
      guard: handoverGuardSchema.parse(JSON.parse(row.handoverGuard)),
    },
  };
};

const verdictFor = (ctx: ServiceContext, input: DepartureCommand) => {
  const { assessmentId, current } = currentSubject(ctx, input.caseId, input.subjectRef);
  const verdict = evaluateDepartureGuard({
    subjectRef: input.subjectRef,
    type: input.type,
    destination: input.destination ?? null,
    current,
    interviewOnFile: interviewOnFile(ctx, input.caseId, input.subjectRef),
    decisionOnFinal: decisionOnFinalAssessment(ctx, input.caseId, input.subjectRef),
    signoffs: input.override?.signoffs ?? [],
    justification: input.override?.justification ?? '',
    informedConsentInterviewRef: input.informedConsentInterviewRef ?? '',
  });
  return { assessmentId, verdict };
};

/** What the guard would say about this departure now; nothing is written. */
export const checkDeparture = (ctx: ServiceContext, input: DepartureCommand): GuardVerdict =>
  verdictFor(ctx, input).verdict;

/** Records the departure if the guard allows it; otherwise refuses it, saying why. */
export function recordDeparture(ctx: ServiceContext, input: DepartureCommand): DepartureRecord {
  return inTransaction(ctx, () => {
    getCase(ctx, { id: input.caseId });
    const { assessmentId, verdict } = verdictFor(ctx, input);
    if (!verdict.allowed || verdict.compliance === null) {
      throw new AppError(
        'FORBIDDEN',
        `The P-6 guard refuses this departure of ${input.subjectRef}: ${verdict.problems[0]?.message ?? 'its conditions are not met'}`,
        verdict.problems,
      );
    }
    const overriding = verdict.compliance !== 'CLEAR';
    const signoffs = (input.override?.signoffs ?? []).filter(
      (s) => overriding || verdict.requiredSignoffs.includes(s.role),
    );
    const at = ctx.clock().toISOString();
    const { lastInsertRowid } = prepared(
      ctx.sqlite,
      `INSERT INTO departures (uid, case_id, subject_ref, type, destination, occurred_at,
         receiving_authority, details, informed_consent_interview_ref, assessment_id, guard_json,
         compliance, override_justification, recorded_at, recorded_by_id, recorded_by_name,
         recorded_by_role)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      ctx.newId(),
      input.caseId,
      input.subjectRef,
      input.type,
      input.destination ?? null,
      input.occurredAt,
      input.receivingAuthority?.trim() ?? '',
      input.details?.trim() ?? '',
      input.informedConsentInterviewRef?.trim() || null,
      assessmentId,
      canonicalJson(verdict),
      verdict.compliance,
      overriding ? (input.override?.justification ?? '').trim() : null,
      at,
      ctx.actor.id,
      ctx.actor.name,
      ctx.actor.role,
    );
    const id = Number(lastInsertRowid);
    const insertSignoff = prepared(
      ctx.sqlite,
      'INSERT INTO departure_signoffs (departure_id, role, name, reference) VALUES (?, ?, ?, ?)',
    );
    for (const s of signoffs) insertSignoff.run(id, s.role, s.name, s.reference?.trim() || null);
    const record = listDepartures(ctx, input.caseId).find((d) => d.id === id);
    if (record === undefined) throw new Error('unreachable: the departure was just written');
    recordAudit(ctx, {
      action: 'departure.record',
      entityType: 'departure',
      entityId: id,
      caseId: input.caseId,
      after: {
        subjectRef: record.subjectRef,
        type: record.type,
        destination: record.destination,
        compliance: record.compliance,
        signoffs: record.signoffs.map((s) => `${s.role}: ${s.name}`),
      },
    });
    return record;
  });
}

export function listDepartures(ctx: ServiceContext, caseId: number): DepartureRecord[] {
  const rows = prepared(
    ctx.sqlite,
    `SELECT id, subject_ref AS subjectRef, type, destination, occurred_at AS occurredAt,
       receiving_authority AS receivingAuthority, compliance,
       override_justification AS overrideJustification, recorded_at AS recordedAt,
       recorded_by_name AS recordedByName
     FROM departures WHERE case_id = ? ORDER BY id`,
  ).all(caseId) as Omit<DepartureRecord, 'signoffs'>[];
  const signoffs = prepared(
    ctx.sqlite,
    `SELECT role, name, reference FROM departure_signoffs WHERE departure_id = ? ORDER BY id`,
  );
  return rows.map((r) => ({
    ...r,
    signoffs: signoffs.all(r.id) as { role: SignoffRole; name: string; reference: string | null }[],
  }));
}
