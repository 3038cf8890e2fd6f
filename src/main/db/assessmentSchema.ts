import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { cases } from './schema';

// Stored assessments (issue 5; SPEC §2.14, §4.2 #8–8b and #13). Each run of the engine on a case
// is one version that keeps the exact engine input, configuration and output, so it can be
// recomputed and compared byte for byte. Around it: the per-subject summary that guards and lists
// read, the adviser's determinations, the sign-offs and every status change. Triggers in the
// migration keep the recorded content immutable and the side tables append-only.

/** One version of a case's assessment (the SPEC's CaseAssessment container). */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    /** DRAFT → UNDER_REVIEW → FINAL; any of them → SUPERSEDED when a newer version is made. */
    status: text('status').notNull(),
    rulesetVersion: text('ruleset_version').notNull(),
    mode: text('mode').notNull(),
    /** The time of assessment the engine was given (CaseFacts `as_of`); the engine never reads a clock. */
    asOf: text('as_of'),
    /** Canonical JSON of the configuration the engine ran with, and its SHA-256. */
    configJson: text('config_json').notNull(),
    configSha256: text('config_sha256').notNull(),
    /** Canonical JSON of the exact CaseFacts the engine read; its SHA-256 is `inputs_sha256`. */
    factsJson: text('facts_json').notNull(),
    inputsSha256: text('inputs_sha256').notNull(),
    /** SHA-256 of the facts without the run's own inputs (as_of, interim set time). */
    factsSha256: text('facts_sha256').notNull(),
    /** Canonical JSON of the engine output exactly as produced, and its SHA-256. */
    resultJson: text('result_json').notNull(),
    resultSha256: text('result_sha256').notNull(),
    /** The principal's outcome, for lists and chips. */
    outcome: text('outcome').notNull(),
    outcomeSubBasis: text('outcome_sub_basis'),
    /** Why this version exists when it is not the first (SPEC §4.2 #8a). */
    revisionReason: text('revision_reason'),
    previousId: integer('previous_id').references((): AnySQLiteColumn => assessments.id),
    createdAt: text('created_at').notNull(),
    createdById: text('created_by_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdByRole: text('created_by_role').notNull(),
    finalisedAt: text('finalised_at'),
  },
  (t) => [
    uniqueIndex('assessments_case_version_uq').on(t.caseId, t.version),
    index('assessments_case_status_idx').on(t.caseId, t.status),
    check('assessments_status_ck', sql`status IN ('DRAFT', 'UNDER_REVIEW', 'FINAL', 'SUPERSEDED')`),
    check('assessments_version_ck', sql`version >= 1`),
  ],
);

/** Per subject of a version (principal first): what the P-6 guard and the lists read. */
export const assessmentSubjects = sqliteTable(
  'assessment_subjects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    position: integer('position').notNull(),
    subjectRef: text('subject_ref').notNull(),
    role: text('role').notNull(),
    outcome: text('outcome').notNull(),
    outcomeSubBasis: text('outcome_sub_basis'),
    outcomeAltMode: text('outcome_alt_mode'),
    /** Canonical JSON of the engine's `handover_guard` for this subject. */
    handoverGuard: text('handover_guard').notNull(),
    /** `interim_measure.review_by`, when an interim measure is in force (home: due soon). */
    interimReviewBy: text('interim_review_by'),
  },
  (t) => [
    uniqueIndex('assessment_subjects_ref_uq').on(t.assessmentId, t.subjectRef),
    index('assessment_subjects_review_idx').on(t.interimReviewBy),
    check('assessment_subjects_role_ck', sql`role IN ('principal', 'dependant')`),
  ],
);

/**
 * The adviser's determination per subject (UX "Explain, then decide"): agree with the engine or
 * override it with a written justification. Append-only; the newest row per subject is current.
 */
export const assessmentDeterminations = sqliteTable(
  'assessment_determinations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    subjectRef: text('subject_ref').notNull(),
    kind: text('kind').notNull(),
    engineOutcome: text('engine_outcome').notNull(),
    humanOutcome: text('human_outcome').notNull(),
    justification: text('justification'),
    /** NONE, OVERRIDE or OVERRIDE_OF_ABSOLUTE_BAR (SPEC §4.2 #8b, F3c: never compliant). */
    overrideKind: text('override_kind').notNull(),
    /** Overrides an outcome that may be obligatory downwards: CAPITAL_DESK must sign too. */
    needsCapitalDesk: integer('needs_capital_desk', { mode: 'boolean' }).notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedById: text('recorded_by_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedByRole: text('recorded_by_role').notNull(),
  },
  (t) => [
    index('assessment_determinations_subject_idx').on(t.assessmentId, t.subjectRef, t.id),
    check('assessment_determinations_kind_ck', sql`kind IN ('AGREE', 'OVERRIDE')`),
    check(
      'assessment_determinations_override_ck',
      sql`override_kind IN ('NONE', 'OVERRIDE', 'OVERRIDE_OF_ABSOLUTE_BAR')`,
    ),
  ],
);

/** Approvals recorded while a version is under review (SPEC §4.2 #8b "approvers"). */
export const assessmentSignoffs = sqliteTable(
  'assessment_signoffs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** Which submission for review this approves; a return to draft voids earlier rounds. */
    reviewRound: integer('review_round').notNull(),
    role: text('role').notNull(),
    name: text('name').notNull(),
    /** E.g. the capital's telegram number for a CAPITAL_DESK approval. */
    reference: text('reference'),
    signedAt: text('signed_at').notNull(),
    recordedById: text('recorded_by_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
  },
  (t) => [
    uniqueIndex('assessment_signoffs_role_uq').on(t.assessmentId, t.reviewRound, t.role),
    check(
      'assessment_signoffs_role_ck',
      sql`role IN ('LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK')`,
    ),
  ],
);

/** Every status a version has had, with who moved it and why. Append-only. */
export const assessmentStatusChanges = sqliteTable(
  'assessment_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    note: text('note'),
  },
  (t) => [index('assessment_status_changes_idx').on(t.assessmentId, t.id)],
);

/**
 * Departures, transfers and handovers of a subject, each recorded with the P-6 guard's verdict
 * (SPEC §2.11, §4.2 #13). An override of an absolute bar is stored as such and never compliant.
 */
export const departures = sqliteTable(
  'departures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    subjectRef: text('subject_ref').notNull(),
    type: text('type').notNull(),
    /** Where it takes the person, in the terms of the risk destinations (SPEC §1.2). */
    destination: text('destination'),
    occurredAt: text('occurred_at').notNull(),
    receivingAuthority: text('receiving_authority').notNull(),
    details: text('details').notNull(),
    informedConsentInterviewRef: text('informed_consent_interview_ref'),
    /** The assessment version the guard read, if any existed. */
    assessmentId: integer('assessment_id').references(() => assessments.id),
    /** Canonical JSON of the guard's verdict at the time of recording. */
    guardJson: text('guard_json').notNull(),
    /** CLEAR (not guarded, or every condition met), OVERRIDE or OVERRIDE_OF_ABSOLUTE_BAR. */
    compliance: text('compliance').notNull(),
    overrideJustification: text('override_justification'),
    recordedAt: text('recorded_at').notNull(),
    recordedById: text('recorded_by_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedByRole: text('recorded_by_role').notNull(),
  },
  (t) => [
    index('departures_case_idx').on(t.caseId, t.id),
    check(
      'departures_compliance_ck',
      sql`compliance IN ('CLEAR', 'OVERRIDE', 'OVERRIDE_OF_ABSOLUTE_BAR')`,
    ),
  ],
);

/** Sign-offs recorded with a departure (P-6 override; LEGAL_ADVISER for a voluntary departure). */
export const departureSignoffs = sqliteTable(
  'departure_signoffs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    departureId: integer('departure_id')
      .notNull()
      .references(() => departures.id),
    role: text('role').notNull(),
    name: text('name').notNull(),
    reference: text('reference'),
  },
  (t) => [
    uniqueIndex('departure_signoffs_role_uq').on(t.departureId, t.role),
    check(
      'departure_signoffs_role_ck',
      sql`role IN ('LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK')`,
    ),
  ],
);
