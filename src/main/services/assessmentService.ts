import { canonicalJson } from '../../shared/canonicalJson';
import type { ExtraterritorialityMode } from '../../shared/caseFacts/enums';
import { caseFactsSchema, type CaseFacts } from '../../shared/caseFacts/schema';
import { formatIssues } from '../../shared/caseFacts/formatIssues';
import { AppError } from '../../shared/errors';
import type { AssessmentStatus } from '../../shared/assessment/result';
import type {
  AssessmentSummary,
  AssessmentView,
  Determination,
  Reproduction,
  RevisionReason,
  SignoffRole,
  VersionDiff,
} from '../../shared/schemas/assessment';
import { defaultConfig, type AssessmentResult, type RulesetConfig } from '../domain/assessment';
import { reviewState } from '../domain/review/determination';
import { diffJson } from '../domain/review/jsonDiff';
import { diffVersions } from '../domain/review/versionDiff';
import { prepared } from '../db/statements';
import { CURRENT_RULESET, rulesetFor } from './assessmentEngine';
import { recordAudit, sha256Hex } from './audit';
import { recordTimelineEvent, type TimelineEventInput } from './timelineService';
import { inTransaction, type ServiceContext } from './context';

// Running the engine on a case and keeping every result (issue 5 item 5): each run is a new
// version holding the exact engine input, configuration and output; the previous version becomes
// SUPERSEDED. Any version can be recomputed with its own ruleset and configuration and must
// reproduce the stored bytes.

export type AssessmentRow = {
  id: number;
  uid: string;
  caseId: number;
  version: number;
  status: AssessmentStatus;
  rulesetVersion: string;
  mode: ExtraterritorialityMode;
  asOf: string | null;
  configJson: string;
  configSha256: string;
  factsJson: string;
  inputsSha256: string;
  factsSha256: string;
  resultJson: string;
  resultSha256: string;
  outcome: AssessmentSummary['outcome'];
  outcomeSubBasis: AssessmentSummary['outcomeSubBasis'];
  revisionReason: RevisionReason | null;
  createdAt: string;
  createdByName: string;
  finalisedAt: string | null;
};

const ROW_SELECT = `SELECT id, uid, case_id AS caseId, version, status,
  ruleset_version AS rulesetVersion, mode, as_of AS asOf, config_json AS configJson,
  config_sha256 AS configSha256, facts_json AS factsJson, inputs_sha256 AS inputsSha256,
  facts_sha256 AS factsSha256, result_json AS resultJson, result_sha256 AS resultSha256, outcome,
  outcome_sub_basis AS outcomeSubBasis, revision_reason AS revisionReason,
  created_at AS createdAt, created_by_name AS createdByName, finalised_at AS finalisedAt
  FROM assessments`;

export function getAssessmentRow(ctx: ServiceContext, id: number): AssessmentRow {
  const row = prepared(ctx.sqlite, `${ROW_SELECT} WHERE id = ?`).get(id) as
    AssessmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `assessment ${id} does not exist`);
  return row;
}

/** The case's newest version; every older one is SUPERSEDED. */
export function latestAssessmentRow(ctx: ServiceContext, caseId: number): AssessmentRow | null {
  const row = prepared(
    ctx.sqlite,
    `${ROW_SELECT} WHERE case_id = ? ORDER BY version DESC LIMIT 1`,
  ).get(caseId) as AssessmentRow | undefined;
  return row ?? null;
}

export const summaryOf = (r: AssessmentRow): AssessmentSummary => ({
  id: r.id,
  uid: r.uid,
  version: r.version,
  status: r.status,
  outcome: r.outcome,
  outcomeSubBasis: r.outcomeSubBasis,
  asOf: r.asOf,
  rulesetVersion: r.rulesetVersion,
  mode: r.mode,
  revisionReason: r.revisionReason,
  createdAt: r.createdAt,
  createdByName: r.createdByName,
  finalisedAt: r.finalisedAt,
});

/**
 * SHA-256 of what the case file says, without the run's own time of assessment: two runs on the
 * same facts at different times have the same digest, so "the facts changed" can be told apart
 * from "time passed".
 */
export const factsDigest = (facts: CaseFacts): string =>
  sha256Hex(canonicalJson({ ...facts, as_of: undefined }));

export const parseResult = (row: Pick<AssessmentRow, 'resultJson'>): AssessmentResult =>
  JSON.parse(row.resultJson) as AssessmentResult;

export const parseFacts = (row: Pick<AssessmentRow, 'factsJson'>): CaseFacts =>
  JSON.parse(row.factsJson) as CaseFacts;

/** The engine writes placeholders for version and status; the stored row is authoritative. */
const withRecordState = (result: AssessmentResult, row: AssessmentRow): AssessmentResult => ({
  ...result,
  version: row.version,
  status: row.status,
  subjects: result.subjects.map((s) => ({ ...s, version: row.version, status: row.status })),
});

/** The earliest time an interim measure of this result was set, if one is in force. */
const interimSetAt = (result: AssessmentResult): string | null => {
  const times = result.subjects
    .map((s) => s.interim_measure?.set_at ?? null)
    .filter((t): t is string => t !== null)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0] ?? null;
};

const revisionReasonOf = (
  previous: AssessmentRow,
  next: { factsSha256: string; configSha256: string; rulesetVersion: string; mode: string },
): RevisionReason => {
  if (previous.factsSha256 !== next.factsSha256) return 'FACTS_CHANGED';
  if (
    previous.configSha256 !== next.configSha256 ||
    previous.rulesetVersion !== next.rulesetVersion
  ) {
    return 'CONFIG_CHANGED';
  }
  if (previous.mode !== next.mode) return 'MODE_CHANGED';
  return 'REASSESSED';
};

export function recordStatusChange(
  ctx: ServiceContext,
  assessmentId: number,
  from: AssessmentStatus | null,
  to: AssessmentStatus,
  note: string | null,
): void {
  prepared(
    ctx.sqlite,
    `INSERT INTO assessment_status_changes
       (assessment_id, from_status, to_status, at, actor_id, actor_name, actor_role, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    assessmentId,
    from,
    to,
    ctx.clock().toISOString(),
    ctx.actor.id,
    ctx.actor.name,
    ctx.actor.role,
    note,
  );
}

export type RunInput = {
  caseId: number;
  facts: CaseFacts;
  asOf?: string | undefined;
  mode?: ExtraterritorialityMode | undefined;
  config?: RulesetConfig;
};

type Prepared = {
  previous: AssessmentRow | null;
  asOf: string;
  mode: ExtraterritorialityMode;
  config: RulesetConfig;
  /** The exact engine input: the case's facts with the run's time of assessment. */
  facts: CaseFacts;
  result: AssessmentResult;
};

/** Builds the engine input for a run on the case's facts and runs the current ruleset. */
const prepare = (ctx: ServiceContext, input: RunInput): Prepared => {
  const now = ctx.clock();
  const asOf = input.asOf ?? now.toISOString();
  if (Date.parse(asOf) > now.getTime()) {
    throw new AppError('VALIDATION', 'the time of assessment is in the future', [
      { path: 'asOf', message: 'must not be in the future' },
    ]);
  }
  const config = input.config ?? defaultConfig;
  const mode = input.mode ?? config.extraterritoriality_mode;
  const ruleset = rulesetFor(CURRENT_RULESET);
  if (ruleset === null) throw new Error('unreachable: the current ruleset is always available');
  const previous = latestAssessmentRow(ctx, input.caseId);
  // F3b: the interim measure never lapses and its deadline runs from when it was first set, so a
  // re-run carries the earlier set time forward unless the facts record one.
  const carried = previous === null ? null : interimSetAt(parseResult(previous));
  const engineFacts: CaseFacts = {
    ...input.facts,
    as_of: asOf,
    ...(input.facts.interim_measure_set_at === undefined && carried !== null
      ? { interim_measure_set_at: carried }
      : {}),
  };
  const parsed = caseFactsSchema.safeParse(engineFacts);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      'the recorded facts are not a valid CaseFacts document',
      formatIssues(parsed.error),
    );
  }
  return {
    previous,
    asOf,
    mode,
    config,
    facts: parsed.data,
    result: ruleset.run(parsed.data, config, mode),
  };
};

/** What a run would give now, without storing anything (`casefile assess --case`). */
export const previewAssessment = (ctx: ServiceContext, input: RunInput): AssessmentResult =>
  prepare(ctx, input).result;

// SPEC §4.2 #8a names three reasons for a revision. Changed facts on file are new information
// (whether new evidence or a corrected answer, the intake cannot tell); the extraterritoriality
// mode is part of the ruleset configuration (§2.12), so a mode change is a configuration change;
// a re-run on the same facts and configuration (a later time of assessment) corrects the dating.
const TIMELINE_REVISION_REASON: Record<
  RevisionReason,
  'NEW_EVIDENCE' | 'CORRECTION' | 'CONFIG_CHANGE'
> = {
  FACTS_CHANGED: 'NEW_EVIDENCE',
  CONFIG_CHANGED: 'CONFIG_CHANGE',
  MODE_CHANGED: 'CONFIG_CHANGE',
  REASSESSED: 'CORRECTION',
};

/** SPEC §4.2 #8 ASSESSMENT_DRAFTED, or #8a ASSESSMENT_REVISED when it supersedes a version. */
const assessmentEvent = (
  caseId: number,
  row: AssessmentRow,
  previous: AssessmentRow | null,
  reason: RevisionReason | null,
): TimelineEventInput =>
  previous === null || reason === null
    ? {
        caseId,
        type: 'ASSESSMENT_DRAFTED',
        origin: 'SYSTEM',
        payload: {
          assessment_id: row.uid,
          version: row.version,
          ruleset_version: row.rulesetVersion,
          config_hash: row.configSha256,
          inputs_hash: row.inputsSha256,
          outcome: row.outcome,
        },
      }
    : {
        caseId,
        type: 'ASSESSMENT_REVISED',
        origin: 'SYSTEM',
        payload: {
          prior_assessment_id: previous.uid,
          assessment_id: row.uid,
          reason: TIMELINE_REVISION_REASON[reason],
          outcome: row.outcome,
        },
      };

/**
 * Assesses the case's facts as of `asOf` (default: now) and stores the result as the case's next
 * version; the previous version, whatever its status, becomes SUPERSEDED (SPEC §4.2 #8a).
 */
export function runAssessment(ctx: ServiceContext, input: RunInput): AssessmentView {
  return inTransaction(ctx, () => {
    const { previous, asOf, mode, config, facts, result } = prepare(ctx, input);
    const now = ctx.clock();
    const factsJson = canonicalJson(facts);
    const resultJson = canonicalJson(result);
    const factsSha256 = factsDigest(input.facts);
    const version = (previous?.version ?? 0) + 1;
    const at = now.toISOString();
    const revisionReason =
      previous === null
        ? null
        : revisionReasonOf(previous, {
            factsSha256,
            configSha256: result.config_sha256,
            rulesetVersion: result.ruleset_version,
            mode,
          });

    const { lastInsertRowid } = prepared(
      ctx.sqlite,
      `INSERT INTO assessments (uid, case_id, version, status, ruleset_version, mode, as_of,
         config_json, config_sha256, facts_json, inputs_sha256, facts_sha256, result_json,
         result_sha256, outcome, outcome_sub_basis, revision_reason, previous_id, created_at,
         created_by_id, created_by_name, created_by_role)
       VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      ctx.newId(),
      input.caseId,
      version,
      result.ruleset_version,
      mode,
      asOf,
      canonicalJson(config),
      result.config_sha256,
      factsJson,
      result.inputs_sha256,
      factsSha256,
      resultJson,
      sha256Hex(resultJson),
      result.outcome,
      result.outcome_sub_basis,
      revisionReason,
      previous?.id ?? null,
      at,
      ctx.actor.id,
      ctx.actor.name,
      ctx.actor.role,
    );
    const id = Number(lastInsertRowid);
    const insertSubject = prepared(
      ctx.sqlite,
      `INSERT INTO assessment_subjects (assessment_id, position, subject_ref, role, outcome,
         outcome_sub_basis, outcome_alt_mode, handover_guard, interim_review_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    result.subjects.forEach((s, i) => {
      insertSubject.run(
        id,
        i,
        s.subject_ref,
        s.role,
        s.outcome,
        s.outcome_sub_basis,
        s.outcome_alt_mode,
        canonicalJson(s.handover_guard),
        s.interim_measure?.review_by ?? null,
      );
    });
    recordStatusChange(ctx, id, null, 'DRAFT', null);
    if (previous !== null && previous.status !== 'SUPERSEDED') {
      prepared(ctx.sqlite, `UPDATE assessments SET status = 'SUPERSEDED' WHERE id = ?`).run(
        previous.id,
      );
      recordStatusChange(ctx, previous.id, previous.status, 'SUPERSEDED', `by version ${version}`);
    }
    // The case list filters and shows the latest outcome (issue 3); the principal's is the case's.
    prepared(ctx.sqlite, 'UPDATE cases SET updated_at = ?, latest_outcome = ? WHERE id = ?').run(
      at,
      result.outcome,
      input.caseId,
    );

    const row = getAssessmentRow(ctx, id);
    recordTimelineEvent(ctx, assessmentEvent(input.caseId, row, previous, revisionReason));
    recordAudit(ctx, {
      action: previous === null ? 'assessment.draft' : 'assessment.revise',
      entityType: 'assessment',
      entityId: row.uid,
      caseId: input.caseId,
      after: {
        version,
        outcome: row.outcome,
        outcomeSubBasis: row.outcomeSubBasis,
        rulesetVersion: row.rulesetVersion,
        configSha256: row.configSha256,
        inputsSha256: row.inputsSha256,
        resultSha256: row.resultSha256,
        revisionReason,
        supersedes: previous === null ? null : previous.uid,
      },
    });
    return assessmentView(ctx, row);
  });
}

type DeterminationRow = Determination & { needsCapitalDesk: number | boolean };

/** The newest determination per subject, in subject order. */
export function currentDeterminations(ctx: ServiceContext, assessmentId: number): Determination[] {
  const rows = prepared(
    ctx.sqlite,
    `SELECT d.subject_ref AS subjectRef, d.kind, d.engine_outcome AS engineOutcome,
       d.human_outcome AS humanOutcome, d.justification, d.override_kind AS overrideKind,
       d.needs_capital_desk AS needsCapitalDesk, d.recorded_at AS recordedAt,
       d.recorded_by_name AS recordedByName
     FROM assessment_determinations d
     JOIN assessment_subjects s ON s.assessment_id = d.assessment_id AND s.subject_ref = d.subject_ref
     WHERE d.assessment_id = ?
       AND d.id = (SELECT max(id) FROM assessment_determinations
                   WHERE assessment_id = d.assessment_id AND subject_ref = d.subject_ref)
     ORDER BY s.position`,
  ).all(assessmentId) as DeterminationRow[];
  return rows.map((r) => ({ ...r, needsCapitalDesk: Boolean(r.needsCapitalDesk) }));
}

/** How many times the version has been submitted for review (sign-offs belong to one round). */
export function reviewRound(ctx: ServiceContext, assessmentId: number): number {
  const { n } = prepared(
    ctx.sqlite,
    `SELECT count(*) AS n FROM assessment_status_changes
     WHERE assessment_id = ? AND to_status = 'UNDER_REVIEW'`,
  ).get(assessmentId) as { n: number };
  return n;
}

/**
 * The sign-offs of the current review round: none while the version is back in draft, because a
 * sign-off approves the determinations as they stood when it was given.
 */
export function currentSignoffs(ctx: ServiceContext, assessmentId: number) {
  const { lastReview, lastReturn } = prepared(
    ctx.sqlite,
    `SELECT max(CASE WHEN to_status = 'UNDER_REVIEW' THEN id END) AS lastReview,
       max(CASE WHEN to_status = 'DRAFT' AND from_status = 'UNDER_REVIEW' THEN id END) AS lastReturn
     FROM assessment_status_changes WHERE assessment_id = ?`,
  ).get(assessmentId) as { lastReview: number | null; lastReturn: number | null };
  if (lastReview === null || (lastReturn !== null && lastReturn > lastReview)) return [];
  return prepared(
    ctx.sqlite,
    `SELECT role, name, reference, signed_at AS signedAt FROM assessment_signoffs
     WHERE assessment_id = ? AND review_round = ? ORDER BY id`,
  ).all(assessmentId, reviewRound(ctx, assessmentId)) as {
    role: SignoffRole;
    name: string;
    reference: string | null;
    signedAt: string;
  }[];
}

export function assessmentView(ctx: ServiceContext, row: AssessmentRow): AssessmentView {
  const result = withRecordState(parseResult(row), row);
  const determinations = currentDeterminations(ctx, row.id);
  const signoffs = currentSignoffs(ctx, row.id);
  const history = prepared(
    ctx.sqlite,
    `SELECT from_status AS fromStatus, to_status AS toStatus, at, actor_name AS actorName, note
     FROM assessment_status_changes WHERE assessment_id = ? ORDER BY id`,
  ).all(row.id) as AssessmentView['history'];
  const { reference } = prepared(ctx.sqlite, 'SELECT reference FROM cases WHERE id = ?').get(
    row.caseId,
  ) as { reference: string };
  return {
    ...summaryOf(row),
    caseReference: reference,
    configSha256: row.configSha256,
    inputsSha256: row.inputsSha256,
    resultSha256: row.resultSha256,
    result,
    determinations,
    signoffs,
    history,
    review: reviewState({
      status: row.status,
      subjectRefs: result.subjects.map((s) => s.subject_ref),
      determinations,
      signoffs,
    }),
  };
}

export const getAssessment = (ctx: ServiceContext, id: number): AssessmentView =>
  assessmentView(ctx, getAssessmentRow(ctx, id));

/** Every version of a case, newest first, and whether the facts moved on since the newest. */
export function listAssessments(
  ctx: ServiceContext,
  caseId: number,
  currentFacts: { facts: CaseFacts } | { problem: string },
): { versions: AssessmentSummary[]; factsChanged: boolean | null; factsProblem: string | null } {
  const rows = prepared(ctx.sqlite, `${ROW_SELECT} WHERE case_id = ? ORDER BY version DESC`).all(
    caseId,
  ) as AssessmentRow[];
  const newest = rows[0];
  if ('problem' in currentFacts) {
    return {
      versions: rows.map(summaryOf),
      factsChanged: null,
      factsProblem: currentFacts.problem,
    };
  }
  return {
    versions: rows.map(summaryOf),
    factsChanged:
      newest === undefined ? null : newest.factsSha256 !== factsDigest(currentFacts.facts),
    factsProblem: null,
  };
}

/** At most this many differences are reported when a recomputation disagrees. */
const MAX_DIFFERENCES = 50;

/**
 * Recomputes a stored version with its own ruleset version, configuration and mode, and compares
 * the canonical bytes with what was stored (ARCHITECTURE.md "Determinism"; issue 5 item 5).
 */
export function reproduceAssessment(ctx: ServiceContext, id: number): Reproduction {
  const row = getAssessmentRow(ctx, id);
  const base = {
    assessmentId: row.id,
    version: row.version,
    rulesetVersion: row.rulesetVersion,
    storedSha256: row.resultSha256,
  };
  const fail = (problem: string): Reproduction => ({
    ...base,
    reproduced: false,
    recomputedSha256: null,
    differences: [],
    problem,
  });
  const ruleset = rulesetFor(row.rulesetVersion);
  if (ruleset === null) return fail(`this build does not carry ruleset ${row.rulesetVersion}`);
  const config = ruleset.parseConfig(JSON.parse(row.configJson));
  if (config === null) return fail('the stored configuration is not valid for its ruleset');
  const facts = caseFactsSchema.safeParse(JSON.parse(row.factsJson));
  if (!facts.success) return fail('the stored facts are not a valid CaseFacts document');
  const recomputedJson = canonicalJson(ruleset.run(facts.data, config, row.mode));
  const recomputedSha256 = sha256Hex(recomputedJson);
  const reproduced = recomputedJson === row.resultJson && recomputedSha256 === row.resultSha256;
  return {
    ...base,
    reproduced,
    recomputedSha256,
    differences: reproduced
      ? []
      : diffJson(JSON.parse(row.resultJson), JSON.parse(recomputedJson), MAX_DIFFERENCES),
    problem: null,
  };
}

/** Side by side: facts changed, rules whose result changed, outcome movement per subject. */
export function diffAssessments(ctx: ServiceContext, fromId: number, toId: number): VersionDiff {
  const from = getAssessmentRow(ctx, fromId);
  const to = getAssessmentRow(ctx, toId);
  if (from.caseId !== to.caseId) {
    throw new AppError('VALIDATION', 'both versions must belong to the same case', [
      { path: 'toId', message: 'is a version of another case' },
    ]);
  }
  const diff = diffVersions(
    { facts: parseFacts(from), result: parseResult(from) },
    { facts: parseFacts(to), result: parseResult(to) },
  );
  return { from: summaryOf(from), to: summaryOf(to), ...diff };
}
