import { citesTheSame } from '../../shared/citations';
import { AppError } from '../../shared/errors';
import type { Citation, CitedAuthority } from '../../shared/schemas/citation';
import type { Note, NoteHit, NoteTarget, NoteTargetType } from '../../shared/schemas/notes';
import type { EventType } from '../../shared/timeline/eventTypes';
import { prepared } from '../db/statements';
import { snippetParts, MATCH_CLOSE, MATCH_OPEN, toFtsQuery } from '../domain/search/ftsQuery';
import { recordAudit } from './audit';
import { attachCitations, citationsOf } from './citationService';
import { getCase } from './caseService';
import { inTransaction, type ServiceContext } from './context';
import { cursorOr, FAR_FUTURE, page } from './cursor';
import { blockRange, BM25 } from './searchIndex';

// Audit notes (issue 6): append-only. A correction is a new note on the same target that names
// the one it corrects; the original stays, shown as corrected. Triggers refuse UPDATE/DELETE.

type NoteRow = {
  id: number;
  uid: string;
  caseId: number;
  number: number;
  targetType: NoteTargetType;
  targetId: number | null;
  body: string;
  correctsNoteId: number | null;
  correctedByNoteId: number | null;
  targetNumber: number | null;
  targetEventType: EventType | null;
  createdAt: string;
  authorId: string;
  authorName: string;
  authorRole: string;
};

const NOTE_SELECT = `SELECT n.id, n.uid, n.case_id AS caseId, n.number, n.target_type AS targetType,
  n.target_id AS targetId, n.body, n.corrects_note_id AS correctsNoteId,
  k.id AS correctedByNoteId, n.created_at AS createdAt, n.author_id AS authorId,
  n.author_name AS authorName, n.author_role AS authorRole, te.number AS targetNumber,
  te.type AS targetEventType
  FROM notes n LEFT JOIN notes k ON k.corrects_note_id = n.id AND k.created_at <= @asOf
  LEFT JOIN timeline_events te ON n.target_type = 'EVENT' AND te.id = n.target_id`;

function toNote(r: NoteRow, citations: Citation[]): Note {
  return {
    id: r.id,
    uid: r.uid,
    caseId: r.caseId,
    number: r.number,
    target:
      r.targetType === 'CASE' || r.targetId === null
        ? { type: 'CASE' }
        : { type: r.targetType, id: r.targetId },
    targetEvent:
      r.targetNumber !== null && r.targetEventType !== null
        ? { number: r.targetNumber, type: r.targetEventType }
        : null,
    body: r.body,
    citations,
    correctsNoteId: r.correctsNoteId,
    correctedByNoteId: r.correctedByNoteId,
    createdAt: r.createdAt,
    author: { id: r.authorId, name: r.authorName, role: r.authorRole },
  };
}

/** Rows to notes, with their citations fetched for all of them at once. */
function toNotes(ctx: ServiceContext, rows: readonly NoteRow[]): Note[] {
  const cited = citationsOf(
    ctx,
    'note',
    rows.map((r) => r.id),
  );
  return rows.map((r) => toNote(r, cited.get(String(r.id)) ?? []));
}

export function getNote(ctx: ServiceContext, id: number): Note {
  const row = prepared(ctx.sqlite, `${NOTE_SELECT} WHERE n.id = @id`).get({
    id,
    asOf: FAR_FUTURE,
  }) as NoteRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `note ${id} does not exist`);
  return toNotes(ctx, [row])[0] as Note;
}

// Where each kind of target lives. Evidence items and assessments arrive with their features;
// until their tables exist, a note cannot point at one.
const TARGET_TABLES: Record<Exclude<NoteTargetType, 'CASE'>, string> = {
  EVENT: 'timeline_events',
  EVIDENCE: 'evidence_items',
  ASSESSMENT: 'assessments',
};

function assertTargetInCase(ctx: ServiceContext, caseId: number, target: NoteTarget): void {
  if (target.type === 'CASE') return;
  const table = TARGET_TABLES[target.type];
  const exists = prepared(
    ctx.sqlite,
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
  ).get(table);
  const row = exists
    ? (prepared(ctx.sqlite, `SELECT case_id AS caseId FROM ${table} WHERE id = ?`).get(
        target.id,
      ) as { caseId: number } | undefined)
    : undefined;
  if (!row || row.caseId !== caseId) {
    throw new AppError(
      'NOT_FOUND',
      `${target.type.toLowerCase()} ${target.id} is not on this case`,
      [{ path: 'target.id', message: 'is not part of this case' }],
    );
  }
}

function insertNote(
  ctx: ServiceContext,
  caseId: number,
  target: NoteTarget,
  body: string,
  citations: readonly CitedAuthority[],
  corrects: Note | null,
): Note {
  const { next } = prepared(
    ctx.sqlite,
    'SELECT coalesce(max(number), 0) + 1 AS next FROM notes WHERE case_id = ?',
  ).get(caseId) as { next: number };
  const row = {
    uid: ctx.newId(),
    number: next,
    target,
    createdAt: ctx.clock().toISOString(),
  };
  const { lastInsertRowid } = prepared(
    ctx.sqlite,
    `INSERT INTO notes (uid, case_id, number, target_type, target_id, body, corrects_note_id,
       created_at, author_id, author_name, author_role)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.uid,
    caseId,
    next,
    target.type,
    target.type === 'CASE' ? null : target.id,
    body,
    corrects?.id ?? null,
    row.createdAt,
    ctx.actor.id,
    ctx.actor.name,
    ctx.actor.role,
  );
  const id = Number(lastInsertRowid);
  recordAudit(ctx, {
    action: corrects ? 'note.correct' : 'note.add',
    entityType: 'note',
    entityId: id,
    caseId,
    after: {
      uid: row.uid,
      number: row.number,
      target: row.target,
      body,
      correctsNoteId: corrects?.id ?? null,
      createdAt: row.createdAt,
    },
  });
  // The note's citations are written with it (each its own audit entry) and fixed with it.
  attachCitations(
    ctx,
    { type: 'note', id: String(id) },
    citations.map((c) => ({ authorityId: c.authorityId, pinpoint: c.pinpoint ?? '' })),
  );
  return getNote(ctx, id);
}

export function addNote(
  ctx: ServiceContext,
  input: {
    caseId: number;
    target: NoteTarget;
    body: string;
    citations?: readonly CitedAuthority[] | undefined;
  },
): Note {
  return inTransaction(ctx, () => {
    getCase(ctx, { id: input.caseId });
    assertTargetInCase(ctx, input.caseId, input.target);
    return insertNote(ctx, input.caseId, input.target, input.body, input.citations ?? [], null);
  });
}

export function correctNote(
  ctx: ServiceContext,
  input: { noteId: number; body: string; citations?: readonly CitedAuthority[] | undefined },
): Note {
  return inTransaction(ctx, () => {
    const original = getNote(ctx, input.noteId);
    if (original.correctedByNoteId !== null) {
      const by = getNote(ctx, original.correctedByNoteId);
      throw new AppError(
        'CONFLICT',
        `note ${original.number} was already corrected by note ${by.number}; correct that one instead`,
        [{ path: 'noteId', message: `is already corrected by note ${by.number}` }],
      );
    }
    const citations = input.citations ?? [];
    if (original.body === input.body && citesTheSame(citations, original.citations)) {
      throw new AppError('VALIDATION', 'the correction is the same as the note', [
        { path: 'body', message: 'is unchanged; write the corrected text or change its citations' },
      ]);
    }
    return insertNote(ctx, original.caseId, original.target, input.body, citations, original);
  });
}

/** A case's notes newest first (optionally of one target), as the file stood at `asOf`. */
export function listNotes(
  ctx: ServiceContext,
  input: {
    caseId: number;
    target?: NoteTarget | undefined;
    asOf?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): { items: Note[]; nextCursor: string | null } {
  getCase(ctx, { id: input.caseId });
  const [cursorId] = cursorOr(input.cursor, ['number'] as const, [Number.MAX_SAFE_INTEGER]);
  const rows = prepared(
    ctx.sqlite,
    `${NOTE_SELECT} WHERE n.case_id = @caseId AND n.created_at <= @asOf AND n.id < @cursorId
       AND (@targetType IS NULL OR (n.target_type = @targetType AND n.target_id IS @targetId))
     ORDER BY n.id DESC LIMIT @limit`,
  ).all({
    caseId: input.caseId,
    asOf: input.asOf ?? FAR_FUTURE,
    cursorId,
    targetType: input.target?.type ?? null,
    targetId: input.target && input.target.type !== 'CASE' ? input.target.id : null,
    limit: input.limit + 1,
  }) as NoteRow[];
  return page(toNotes(ctx, rows), input.limit, (last) => [last.id]);
}

/** The notes on a page of events, oldest first per event, for the timeline to show inline. */
export function notesOnEvents(
  ctx: ServiceContext,
  caseId: number,
  eventIds: readonly number[],
  asOf: string = FAR_FUTURE,
): Note[] {
  if (eventIds.length === 0) return [];
  return toNotes(
    ctx,
    prepared(
      ctx.sqlite,
      `${NOTE_SELECT} WHERE n.case_id = @caseId AND n.target_type = 'EVENT'
         AND n.target_id IN (SELECT value FROM json_each(@ids)) AND n.created_at <= @asOf
       ORDER BY n.target_id, n.id`,
    ).all({ caseId, ids: JSON.stringify(eventIds), asOf }) as NoteRow[],
  );
}

// The notes' rows of the one full-text index (block 2; migrations/0006_notes_search.sql), best
// first, chosen on the index alone before anything is joined (as searchIndex.ts TOP_SQL does).
// Corrected notes are found too: what was written stays on the file.
const SEARCH_SQL = `SELECT search_index.rowid - @lo AS id, ${BM25} AS rank,
    snippet(search_index, 3, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS snippet
  FROM search_index
  WHERE search_index MATCH @match AND search_index.rowid BETWEEN @lo AND @hi
    AND (@caseId IS NULL
      OR search_index.rowid IN (SELECT @lo + id FROM notes WHERE case_id = @caseId))
  ORDER BY rank LIMIT @limit`;

/** Full-text search of the notes, of one case or all. */
export function searchNotes(
  ctx: ServiceContext,
  input: { query: string; caseId?: number | undefined; limit: number },
): { items: NoteHit[] } {
  if (input.caseId !== undefined) getCase(ctx, { id: input.caseId });
  const match = toFtsQuery(input.query);
  if (!match) return { items: [] };
  const { lo, hi } = blockRange('note');
  const hits = prepared(ctx.sqlite, SEARCH_SQL).all({
    match,
    lo,
    hi,
    caseId: input.caseId ?? null,
    limit: input.limit,
  }) as { id: number; snippet: string }[];
  return {
    items: hits.map((h) => ({ note: getNote(ctx, h.id), snippet: snippetParts(h.snippet) })),
  };
}
