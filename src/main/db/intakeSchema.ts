import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  type AnySQLiteColumn,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { ENTITIES, type EntityKind } from '../../shared/intake/entities';
import { factChecks, factColumns, marksCheck, marksColumn } from './factColumns';
import { cases, missions } from './schema';

// The intake model of SPEC §1 (issue 3). Fact columns come from the field registry in
// src/shared/intake, so the question, the export path and the column are declared once. Records
// that are linked or searched (persons, risks, host actions, evidence and its links) are tables of
// their own; small closed sets of codes (nationalities, treaty lists) are JSON arrays checked by
// `json_type`, readable with `json_each`.

/** What every record of a case-owned list has: its id, its case, its place in the list. */
const caseRecord = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  caseId: integer('case_id')
    .notNull()
    .references(() => cases.id),
  position: integer('position').notNull(),
});

/** The fact columns of one entity kind (from the registry) and its marks. */
const factsOf = (kind: EntityKind) => ({
  ...factColumns(ENTITIES[kind].fields),
  marks: marksColumn(),
});

/** The CHECKs of those columns. */
const factConstraints = (table: string, kind: EntityKind) => [
  ...factChecks(table, ENTITIES[kind].fields),
  marksCheck(table),
];

/** A list record's reference is unique in its case; lists are read in order. */
const listIndexes = (
  table: string,
  t: { caseId: AnySQLiteColumn; ref: AnySQLiteColumn; position: AnySQLiteColumn },
) => [
  uniqueIndex(`${table}_case_ref_uq`).on(t.caseId, t.ref),
  index(`${table}_case_position_idx`).on(t.caseId, t.position),
];

/** The adviser profiles on this machine (issue 3 "who is working"); every write names one. */
export const profiles = sqliteTable(
  'profiles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    createdAt: text('created_at').notNull(),
    lastUsedAt: text('last_used_at'),
  },
  () => [
    check('profiles_role_ck', sql`role IN ('LEGAL_ADVISER', 'HEAD_OF_MISSION', 'DUTY_OFFICER')`),
  ],
);

/** Case-level facts (arrival, control, urgency, conduct, premises), one row per case. */
export const caseFacts = sqliteTable(
  'case_facts',
  {
    caseId: integer('case_id')
      .primaryKey()
      .references(() => cases.id),
    ...factsOf('case'),
  },
  () => factConstraints('case_facts', 'case'),
);

/** The principal and the dependants: the pseudonymous Person the engine reads (SPEC §1.3.3). */
export const persons = sqliteTable(
  'persons',
  {
    ...caseRecord(),
    kind: text('kind').notNull(),
    /** `person_ref` in CaseFacts: P1 for the principal, D1, D2 … for dependants. */
    ref: text('ref'),
    ...factsOf('dependant'),
  },
  (t) => [
    ...listIndexes('persons', t),
    uniqueIndex('persons_one_principal_uq')
      .on(t.caseId)
      .where(sql`kind = 'PRINCIPAL'`),
    check('persons_kind_ck', sql`kind IN ('PRINCIPAL', 'DEPENDANT')`),
    ...factConstraints('persons', 'dependant'),
  ],
);

/**
 * The restricted PersonIdentity (SPEC §1.1): shown only on an explicit, audited reveal. Names
 * are indexed for search by identity_fts (hand-written in the migration), never shown in lists.
 */
export const personIdentities = sqliteTable('person_identities', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => persons.id),
  fullName: text('full_name'),
  otherNames: text('other_names'),
  dateOfBirth: text('date_of_birth'),
  placeOfBirth: text('place_of_birth'),
  documentType: text('document_type'),
  documentNumber: text('document_number'),
  documentIssuer: text('document_issuer'),
  notes: text('notes'),
  photoAttachmentId: integer('photo_attachment_id').references(() => attachments.id),
  updatedAt: text('updated_at').notNull(),
});

export const risks = sqliteTable(
  'risks',
  {
    ...caseRecord(),
    /** `risk_id` in CaseFacts. */
    ref: text('ref').notNull(),
    /** NULL: `subject_ref` omitted, which CaseFacts reads as the principal. */
    subjectPersonId: integer('subject_person_id').references(() => persons.id),
    ...factsOf('risk'),
  },
  (t) => [
    ...listIndexes('risks', t),
    index('risks_subject_idx').on(t.subjectPersonId),
    ...factConstraints('risks', 'risk'),
  ],
);

export const hostActions = sqliteTable(
  'host_actions',
  {
    ...caseRecord(),
    /** `action_id` in CaseFacts (optional there). */
    ref: text('ref'),
    ...factsOf('action'),
  },
  (t) => [...listIndexes('host_actions', t), ...factConstraints('host_actions', 'action')],
);

export const evidenceItems = sqliteTable(
  'evidence_items',
  {
    ...caseRecord(),
    /** `evidence_id` in CaseFacts. */
    ref: text('ref').notNull(),
    /** `file_ref` as imported, for items whose files are not in this database. */
    fileRef: text('file_ref'),
    ...factsOf('evidence'),
  },
  (t) => [...listIndexes('evidence_items', t), ...factConstraints('evidence_items', 'evidence')],
);

/** SPEC §1.3.10 `chain_of_custody[]`. */
export const evidenceCustody = sqliteTable(
  'evidence_custody',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evidenceId: integer('evidence_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    at: text('at').notNull(),
    by: text('by').notNull(),
    action: text('action').notNull(),
  },
  (t) => [index('evidence_custody_evidence_idx').on(t.evidenceId, t.position)],
);

/**
 * Which facts an evidence item supports (SPEC §1.4 V-6): its `supports[]` entries, and the
 * `evidence_refs` lists of risks and host actions, in their CaseFacts order.
 */
export const evidenceLinks = sqliteTable(
  'evidence_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evidenceId: integer('evidence_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    riskId: integer('risk_id').references(() => risks.id, { onDelete: 'cascade' }),
    actionId: integer('action_id').references(() => hostActions.id, { onDelete: 'cascade' }),
    field: text('field'),
    position: integer('position').notNull(),
  },
  (t) => [
    index('evidence_links_evidence_idx').on(t.evidenceId, t.kind, t.position),
    index('evidence_links_risk_idx').on(t.riskId, t.kind, t.position),
    index('evidence_links_action_idx').on(t.actionId, t.kind, t.position),
    check('evidence_links_kind_ck', sql`kind IN ('SUPPORTS', 'RISK_REF', 'ACTION_REF')`),
    check(
      'evidence_links_target_ck',
      sql`(kind = 'SUPPORTS' AND field IS NOT NULL)
        OR (kind = 'RISK_REF' AND risk_id IS NOT NULL AND action_id IS NULL AND field IS NULL)
        OR (kind = 'ACTION_REF' AND action_id IS NOT NULL AND risk_id IS NULL AND field IS NULL)`,
    ),
  ],
);

/**
 * Files (scans, photos, PDFs) kept inside the database so that encryption at rest covers them.
 * SHA-256, size and media type are recorded at intake and re-checked on every open and export.
 * `data` is the last column so that reading the other columns never touches its pages.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    evidenceId: integer('evidence_id').references(() => evidenceItems.id),
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [
    index('attachments_evidence_idx').on(t.evidenceId),
    index('attachments_case_idx').on(t.caseId),
    check('attachments_purpose_ck', sql`purpose IN ('EVIDENCE', 'IDENTITY_PHOTO')`),
    check('attachments_sha256_ck', sql`length(sha256) = 64`),
    check('attachments_size_ck', sql`size = length(data)`),
  ],
);

/** Treaty participation and positions: one row per mission, and one per case that overrides it. */
export const legalContexts = sqliteTable(
  'legal_contexts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    missionId: integer('mission_id')
      .unique()
      .references(() => missions.id),
    caseId: integer('case_id')
      .unique()
      .references(() => cases.id),
    ...factsOf('legal'),
  },
  () => [
    check('legal_contexts_owner_ck', sql`(mission_id IS NULL) <> (case_id IS NULL)`),
    ...factConstraints('legal_contexts', 'legal'),
  ],
);

export const caracasReservations = sqliteTable(
  'caracas_reservations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    legalContextId: integer('legal_context_id')
      .notNull()
      .references(() => legalContexts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    ...factsOf('reservation'),
  },
  (t) => [
    index('caracas_reservations_context_idx').on(t.legalContextId, t.position),
    ...factConstraints('caracas_reservations', 'reservation'),
  ],
);

export const safeConductRequests = sqliteTable(
  'safe_conduct_requests',
  { ...caseRecord(), ...factsOf('safeConduct') },
  (t) => [
    index('safe_conduct_case_position_idx').on(t.caseId, t.position),
    ...factConstraints('safe_conduct_requests', 'safeConduct'),
  ],
);
