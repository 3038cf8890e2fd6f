import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
