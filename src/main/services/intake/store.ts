import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import {
  ENTITIES,
  type Answers,
  type EntityKind,
  type Marks,
} from '../../../shared/intake/entities';
import type { FieldDef } from '../../../shared/intake/fieldTypes';
import type { RecordView } from '../../../shared/intake/records';
import { storage } from '../../db/factColumns';
import { prepared } from '../../db/statements';

// Reading and writing intake records through the field registry: one generic codec instead of a
// hand-written mapper per table. Column names come from the registry only, never from input.

export const TABLE: Record<EntityKind, string> = {
  case: 'case_facts',
  principal: 'persons',
  dependant: 'persons',
  risk: 'risks',
  action: 'host_actions',
  evidence: 'evidence_items',
  legal: 'legal_contexts',
  safeConduct: 'safe_conduct_requests',
  reservation: 'caracas_reservations',
};

/** The primary-key column of each table (case_facts is keyed by its case). */
export const KEY: Record<EntityKind, string> = {
  case: 'case_id',
  principal: 'id',
  dependant: 'id',
  risk: 'id',
  action: 'id',
  evidence: 'id',
  legal: 'id',
  safeConduct: 'id',
  reservation: 'id',
};

export type Row = Record<string, unknown>;

export function encode(def: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (storage(def)) {
    case 'boolean':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    case 'real':
    case 'text':
      return value;
  }
}

export function decode(def: FieldDef, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (storage(def)) {
    case 'boolean':
      return raw === 1;
    case 'json':
      return JSON.parse(raw as string) as unknown;
    case 'real':
    case 'text':
      return raw;
  }
}

export function parseMarks(raw: unknown): Marks {
  const parsed = JSON.parse(typeof raw === 'string' ? raw : '{}') as unknown;
  return parsed && typeof parsed === 'object' ? (parsed as Marks) : {};
}

/** Marks are stored with sorted keys so that equal states have equal bytes. */
export function serialiseMarks(marks: Marks): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(marks).sort(([a], [b]) => a.localeCompare(b))),
  );
}

export function toRecord(kind: EntityKind, row: Row): RecordView {
  const answers: Answers = {};
  for (const f of ENTITIES[kind].fields) answers[f.path] = decode(f, row[f.column]);
  return {
    id: Number(row[KEY[kind]]),
    ref: typeof row.ref === 'string' ? row.ref : null,
    answers,
    marks: parseMarks(row.marks),
  };
}

export function getRow(sqlite: Database.Database, kind: EntityKind, id: number): Row {
  const row = prepared(sqlite, `SELECT * FROM ${TABLE[kind]} WHERE ${KEY[kind]} = ?`).get(id) as
    Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `${ENTITIES[kind].noun} ${id} does not exist`);
  return row;
}

/** Inserts a record; `owner` carries the non-fact columns (case_id, kind, position, ref …). */
export function insertRecord(
  sqlite: Database.Database,
  kind: EntityKind,
  owner: Record<string, unknown>,
  answers: Answers,
  marks: Marks,
): number {
  const fields = ENTITIES[kind].fields;
  const columns = [...Object.keys(owner), ...fields.map((f) => f.column), 'marks'];
  const values = [
    ...Object.values(owner),
    ...fields.map((f) => encode(f, answers[f.path] ?? null)),
    serialiseMarks(marks),
  ];
  const sql = `INSERT INTO ${TABLE[kind]} (${columns.map((c) => `"${c}"`).join(', ')})
    VALUES (${columns.map(() => '?').join(', ')})`;
  const { lastInsertRowid } = prepared(sqlite, sql).run(...values);
  return kind === 'case' ? Number(owner.case_id) : Number(lastInsertRowid);
}

/** Writes the given answers (and the record's marks) of one record. */
export function updateRecord(
  sqlite: Database.Database,
  kind: EntityKind,
  id: number,
  answers: Answers,
  marks: Marks,
): void {
  const defs = Object.keys(answers).map((path) => {
    const def = ENTITIES[kind].fields.find((f) => f.path === path);
    if (!def) throw new Error(`no field ${path} on ${kind}`);
    return def;
  });
  const sets = [...defs.map((d) => `"${d.column}" = ?`), 'marks = ?'].join(', ');
  prepared(sqlite, `UPDATE ${TABLE[kind]} SET ${sets} WHERE ${KEY[kind]} = ?`).run(
    ...defs.map((d) => encode(d, answers[d.path])),
    serialiseMarks(marks),
    id,
  );
}
