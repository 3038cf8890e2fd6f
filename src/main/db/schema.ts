import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

// Tables are plural snake_case. Timestamps are ISO 8601 UTC text (sortable, readable in any
// SQLite tool an inquiry might use). Later features extend these through new migrations only.

export const missions = sqliteTable(
  'missions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    code: text('code').notNull(),
    sendingState: text('sending_state').notNull(),
    hostState: text('host_state').notNull(),
    premisesType: text('premises_type').notNull(),
    createdAt: text('created_at').notNull(),
    /** Defaults copied into each new case's premises facts (SPEC §1.3.2); NULL = not recorded. */
    premisesArea: text('premises_area'),
    relationsStatus: text('relations_status'),
  },
  (t) => [uniqueIndex('missions_sending_code_uq').on(t.sendingState, t.code)],
);

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** UUIDv7: the case's identity across machines (exports, imports). */
    uid: text('uid').notNull().unique(),
    reference: text('reference').notNull().unique(),
    missionId: integer('mission_id')
      .notNull()
      .references(() => missions.id),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    status: text('status').notNull().default('OPEN_TRIAGE'),
    openedAt: text('opened_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** A pseudonymous label for lists (never a name); the identity stays restricted. */
    label: text('label'),
    /** `case_id` / `mission.mission_id` of imported CaseFacts, given back on export. */
    factsCaseId: text('facts_case_id'),
    factsMissionId: text('facts_mission_id'),
    /** The latest assessment's outcome, kept by the assessment service; NULL before any. */
    latestOutcome: text('latest_outcome'),
    /** Copy of case_facts.imminent_threat kept by triggers, so the list filters on an index. */
    imminentThreat: text('imminent_threat'),
  },
  (t) => [
    uniqueIndex('cases_mission_year_seq_uq').on(t.missionId, t.year, t.sequence),
    // Keyset pagination (QUALITY.md D1/D2): one index per filter x sort, each ending in id.
    index('cases_updated_idx').on(t.updatedAt, t.id),
    index('cases_mission_updated_idx').on(t.missionId, t.updatedAt, t.id),
    index('cases_opened_idx').on(t.openedAt, t.id),
    index('cases_mission_opened_idx').on(t.missionId, t.openedAt, t.id),
    index('cases_status_updated_idx').on(t.status, t.updatedAt, t.id),
    index('cases_status_opened_idx').on(t.status, t.openedAt, t.id),
    index('cases_threat_updated_idx').on(t.imminentThreat, t.updatedAt, t.id),
    index('cases_threat_opened_idx').on(t.imminentThreat, t.openedAt, t.id),
    index('cases_outcome_updated_idx').on(t.latestOutcome, t.updatedAt, t.id),
    index('cases_outcome_opened_idx').on(t.latestOutcome, t.openedAt, t.id),
  ],
);

/**
 * The tamper-evident audit log: one row per mutation, hash-chained (src/main/domain/audit).
 * Triggers (migrations/0001_audit.sql) refuse UPDATE and DELETE.
 */
export const auditEntries = sqliteTable(
  'audit_entries',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    caseId: integer('case_id'),
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    changes: text('changes').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_case_idx').on(t.caseId, t.seq),
    index('audit_entity_idx').on(t.entityType, t.entityId, t.seq),
  ],
);

/**
 * The legal authorities library (SPEC §3): the shipped records, synced from src/main/data at
 * startup (src/main/services/authorityLibrary.ts), and the adviser's own (`origin = 'LOCAL'`).
 * List fields are JSON arrays of strings. A shipped record a later release drops is marked
 * withdrawn, never deleted, so citations and notes that point at it keep working.
 */
export const authorities = sqliteTable(
  'authorities',
  {
    id: text('id').primaryKey(),
    origin: text('origin').notNull(),
    parentId: text('parent_id'),
    kind: text('kind').notNull(),
    shortTitle: text('short_title').notNull(),
    citationTemplate: text('citation_template').notNull(),
    pinDefault: text('pin_default'),
    citationSeed: text('citation_seed'),
    citationCanonical: text('citation_canonical'),
    body: text('body'),
    date: text('date'),
    instruments: text('instruments').notNull().default('[]'),
    pinpoints: text('pinpoints').notNull().default('[]'),
    propositions: text('propositions').notNull().default('[]'),
    supports: text('supports').notNull().default('[]'),
    keywords: text('keywords').notNull().default('[]'),
    seedFootnotes: text('seed_footnotes').notNull().default('[]'),
    errata: text('errata').notNull().default('[]'),
    verificationStatus: text('verification_status').notNull(),
    verificationSources: text('verification_sources').notNull().default('[]'),
    verificationNote: text('verification_note'),
    note: text('note'),
    provenance: text('provenance'),
    partiesRatified: text('parties_ratified').notNull().default('[]'),
    reservations: text('reservations').notNull().default('{}'),
    /** Shipped records: digest of the shipped content, so a sync rewrites only what changed. */
    contentHash: text('content_hash'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    withdrawnAt: text('withdrawn_at'),
  },
  (t) => [index('authorities_parent_idx').on(t.parentId), index('authorities_kind_idx').on(t.kind)],
);

/** Every saved state of a local authority: edits are kept as versions, never overwritten. */
export const authorityVersions = sqliteTable(
  'authority_versions',
  {
    authorityId: text('authority_id')
      .notNull()
      .references(() => authorities.id),
    version: integer('version').notNull(),
    snapshot: text('snapshot').notNull(),
    editedAt: text('edited_at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.version] })],
);

/** The adviser's notes on an authority (shipped or local); append-only, and searchable. */
export const authorityNotes = sqliteTable(
  'authority_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    authorityId: text('authority_id')
      .notNull()
      .references(() => authorities.id),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
  },
  (t) => [index('authority_notes_authority_idx').on(t.authorityId, t.id)],
);

/**
 * Authorities relied on by a record, each with a pinpoint and a comment. One table for every
 * kind of record (`target_type`: src/shared/schemas/citation.ts); `case_id` is the case the
 * target belongs to, for the audit trail and the case's own view.
 */
export const authorityCitations = sqliteTable(
  'authority_citations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    authorityId: text('authority_id')
      .notNull()
      .references(() => authorities.id),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    caseId: integer('case_id').references(() => cases.id),
    pinpoint: text('pinpoint').notNull().default(''),
    comment: text('comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('authority_citations_target_uq').on(
      t.targetType,
      t.targetId,
      t.authorityId,
      t.pinpoint,
    ),
    index('authority_citations_authority_idx').on(t.authorityId, t.id),
  ],
);

/** Each shipped-library release applied to this database: when, and what it changed. */
export const authorityLibraryReleases = sqliteTable('authority_library_releases', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  version: text('version').notNull(),
  contentHash: text('content_hash').notNull(),
  appliedAt: text('applied_at').notNull(),
  added: integer('added').notNull(),
  changed: integer('changed').notNull(),
  withdrawn: integer('withdrawn').notNull(),
});

/**
 * The documents of the one full-text index (`search_index`, FTS5, migrations/*_authorities.sql):
 * a row per searchable thing of any feature, `source` naming the feature ('authority', later
 * 'note', …) and `ref` its key there. The FTS row's rowid is this row's id.
 */
export const searchDocs = sqliteTable(
  'search_docs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(),
    ref: text('ref').notNull(),
  },
  (t) => [uniqueIndex('search_docs_source_ref_uq').on(t.source, t.ref)],
);

/**
 * The case timeline (SPEC §4): append-only, bitemporal events. `occurred_at` is when it happened
 * (an ISO instant, or a bare YYYY-MM-DD when only the day is known, which sorts before that
 * day's instants); `recorded_at` is when the file learned of it, which is what "as known on"
 * filters by. Each case's events form their own hash chain (SPEC §4.1 prev_hash/hash).
 * Triggers (migration) refuse UPDATE and DELETE: a correction is a new event pointing back.
 */
export const timelineEvents = sqliteTable(
  'timeline_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    /** 1, 2, 3… within the case: how people refer to an event ("event 12"). */
    number: integer('number').notNull(),
    type: text('type').notNull(),
    occurredAt: text('occurred_at').notNull(),
    occurredPrecision: text('occurred_precision').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedById: text('recorded_by_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedByRole: text('recorded_by_role').notNull(),
    origin: text('origin').notNull(),
    classification: text('classification').notNull(),
    /** JSON array of pseudonymous person refs. */
    subjectRefs: text('subject_refs').notNull(),
    summary: text('summary').notNull(),
    /** Canonical JSON of the payload (SPEC §4.2), validated against its type. */
    payload: text('payload').notNull(),
    correctsEventId: integer('corrects_event_id').references(
      (): AnySQLiteColumn => timelineEvents.id,
    ),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('timeline_case_number_uq').on(t.caseId, t.number),
    index('timeline_case_occurred_idx').on(t.caseId, t.occurredAt, t.id),
    // One correction per event: a second correction corrects the correction.
    uniqueIndex('timeline_corrects_uq').on(t.correctsEventId),
  ],
);

/**
 * Audit notes (issue 6): append-only; a correction is a new note that names the one it corrects,
 * and the original stays. The target is the case itself or one thing in it.
 */
export const notes = sqliteTable(
  'notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    number: integer('number').notNull(),
    targetType: text('target_type').notNull(),
    /** Null when the note is on the case itself. */
    targetId: integer('target_id'),
    body: text('body').notNull(),
    correctsNoteId: integer('corrects_note_id').references((): AnySQLiteColumn => notes.id),
    createdAt: text('created_at').notNull(),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
  },
  (t) => [
    uniqueIndex('notes_case_number_uq').on(t.caseId, t.number),
    index('notes_target_idx').on(t.caseId, t.targetType, t.targetId, t.id),
    uniqueIndex('notes_corrects_uq').on(t.correctsNoteId),
  ],
);

/**
 * Deadlines on a case: the interim-measure review (SPEC §2.11), deadlines that events carry
 * (capital instructions, decision reviews, safe-conduct answers) and the adviser's follow-ups.
 */
export const deadlines = sqliteTable(
  'deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dueAt: text('due_at').notNull(),
    /** OPEN, DONE or SUPERSEDED (its event was corrected). */
    status: text('status').notNull(),
    sourceEventId: integer('source_event_id').references(() => timelineEvents.id),
    createdAt: text('created_at').notNull(),
    createdById: text('created_by_id').notNull(),
    closedAt: text('closed_at'),
    closedById: text('closed_by_id'),
    closeNote: text('close_note'),
  },
  (t) => [
    index('deadlines_status_due_idx').on(t.status, t.dueAt, t.id),
    index('deadlines_case_due_idx').on(t.caseId, t.dueAt, t.id),
  ],
);

/** Each verification of the audit chain and its result: what the integrity badge shows. */
export const auditVerifications = sqliteTable('audit_verifications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at').notNull(),
  ok: integer('ok', { mode: 'boolean' }).notNull(),
  entriesChecked: integer('entries_checked').notNull(),
  headSeq: integer('head_seq'),
  headHash: text('head_hash'),
  brokenSeq: integer('broken_seq'),
  reason: text('reason'),
  checkpointSeq: integer('checkpoint_seq'),
  durationMs: integer('duration_ms').notNull(),
  /** APP (the background worker) or CLI. */
  runBy: text('run_by').notNull(),
});
export * from './intakeSchema';
export * from './assessmentSchema';
