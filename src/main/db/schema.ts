import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
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
  },
  (t) => [
    uniqueIndex('cases_mission_year_seq_uq').on(t.missionId, t.year, t.sequence),
    index('cases_updated_idx').on(t.updatedAt, t.id),
    index('cases_mission_updated_idx').on(t.missionId, t.updatedAt, t.id),
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
