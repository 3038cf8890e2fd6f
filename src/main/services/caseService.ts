import { findTransition, transitionsFrom, type Transition } from '../../shared/caseStatus';
import { AppError } from '../../shared/errors';
import type { CaseListInput, CaseListRow, CaseSort } from '../../shared/ipc/contracts/cases';
import { CASE_STATUS_LABELS, type CaseStatus, type CaseSummary } from '../../shared/schemas/case';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { decodeCursor, page } from './cursor';
import { recordTimelineEvent } from './timelineService';
import { inTransaction, type ServiceContext } from './context';
import { getMission } from './missionService';

const SUMMARY_COLUMNS = `c.id, c.reference, c.mission_id AS missionId, m.name AS missionName,
  c.status, c.opened_at AS openedAt, c.updated_at AS updatedAt, c.label,
  c.latest_outcome AS latestOutcome, c.imminent_threat AS imminentThreat`;
const SUMMARY_SELECT = `SELECT ${SUMMARY_COLUMNS} FROM cases c JOIN missions m ON m.id = c.mission_id`;

export function formatReference(
  sendingState: string,
  missionCode: string,
  year: number,
  sequence: number,
): string {
  return `${sendingState}-${missionCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

// Built once: the statement cache is keyed by the SQL text, and a string made anew on every
// call is hashed anew on every lookup (D3 compares this path with raw prepared SQL).
const CASE_BY_ID = `${SUMMARY_SELECT} WHERE c.id = ?`;
const CASE_BY_REFERENCE = `${SUMMARY_SELECT} WHERE c.reference = ?`;

export function getCase(
  ctx: ServiceContext,
  lookup: { id?: number | undefined; reference?: string | undefined },
): CaseSummary {
  const row =
    lookup.id !== undefined
      ? prepared(ctx.sqlite, CASE_BY_ID).get(lookup.id)
      : prepared(ctx.sqlite, CASE_BY_REFERENCE).get(lookup.reference);
  if (!row) {
    throw new AppError('NOT_FOUND', `case ${lookup.reference ?? String(lookup.id)} does not exist`);
  }
  return row as CaseSummary;
}

/**
 * Inserts the case row with the next reference of its mission and year. Callers run it inside
 * their transaction and add the intake rows (openCase, importFacts).
 */
export function insertCase(
  ctx: ServiceContext,
  missionId: number,
  from: {
    openedAt?: string | null;
    factsCaseId?: string | null;
    factsMissionId?: string | null;
  } = {},
): CaseSummary {
  const mission = getMission(ctx, missionId);
  const now = ctx.clock();
  const year = now.getUTCFullYear();
  const { next } = prepared(
    ctx.sqlite,
    'SELECT coalesce(max(sequence), 0) + 1 AS next FROM cases WHERE mission_id = ? AND year = ?',
  ).get(missionId, year) as { next: number };
  const reference = formatReference(mission.sendingState, mission.code, year, next);
  const at = now.toISOString();
  const { lastInsertRowid } = prepared(
    ctx.sqlite,
    `INSERT INTO cases (uid, reference, mission_id, year, sequence, status, opened_at, updated_at,
       facts_case_id, facts_mission_id)
     VALUES (?, ?, ?, ?, ?, 'OPEN_TRIAGE', ?, ?, ?, ?)`,
  ).run(
    ctx.newId(),
    reference,
    missionId,
    year,
    next,
    from.openedAt ?? at,
    at,
    from.factsCaseId ?? null,
    from.factsMissionId ?? null,
  );
  return getCase(ctx, { id: Number(lastInsertRowid) });
}

/**
 * Opens a new case at a mission: the case, its premises facts (copied from the mission, then
 * the case's own), and an empty principal P1 whose every question starts "not answered".
 */
export function openCase(ctx: ServiceContext, missionId: number): CaseSummary {
  return inTransaction(ctx, () => {
    const opened = insertCase(ctx, missionId);
    const defaults = prepared(
      ctx.sqlite,
      `SELECT premises_type AS type, premises_area AS area, relations_status AS relations
       FROM missions WHERE id = ?`,
    ).get(missionId) as { type: string; area: string | null; relations: string | null };
    prepared(
      ctx.sqlite,
      `INSERT INTO case_facts (case_id, premises_type, premises_area, relations_status)
       VALUES (?, ?, ?, ?)`,
    ).run(opened.id, defaults.type, defaults.area, defaults.relations);
    prepared(
      ctx.sqlite,
      "INSERT INTO persons (case_id, kind, position, ref) VALUES (?, 'PRINCIPAL', 0, 'P1')",
    ).run(opened.id);
    recordAudit(ctx, {
      action: 'case.open',
      entityType: 'case',
      entityId: opened.id,
      caseId: opened.id,
      after: opened,
    });
    // SPEC §4.2 #1: the request opens the case. The adviser adds the details by correcting it.
    recordTimelineEvent(ctx, {
      caseId: opened.id,
      type: 'REQUEST_RECEIVED',
      occurredAt: opened.openedAt,
      payload: {},
      origin: 'SYSTEM',
    });
    return opened;
  });
}

/** The case id of a lookup by id or reference (NOT_FOUND when there is none). */
export function caseIdOf(
  ctx: ServiceContext,
  lookup: { id?: number | undefined; reference?: string | undefined },
): number {
  return getCase(ctx, lookup).id;
}

// --------------------------------------------------------------------------------------------
// The case list: filters, search, keyset pagination (QUALITY.md D1/D2: no OFFSET anywhere)
// --------------------------------------------------------------------------------------------

const SORT_COLUMN: Record<CaseSort, string> = { UPDATED: 'updated_at', OPENED: 'opened_at' };

/** `"mar"* AND "gon"*`: every word of the search as a prefix, quotes escaped. */
export function ftsQuery(search: string): string | null {
  const words = search.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' AND ');
}

const likeEscape = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

const IDENTITY_MATCH = `c.id IN (SELECT p.case_id FROM identity_fts f
  JOIN persons p ON p.id = f.rowid WHERE identity_fts MATCH ?)`;

/**
 * One page of cases, newest first by last update or opening date. The SQL is assembled from a
 * fixed set of fragments, so each filter combination is a statement prepared once; every
 * combination has an index ending in (sort column, id) for its first equality filter.
 */
export function listCases(
  ctx: ServiceContext,
  input: CaseListInput & { limit: number; sort: CaseSort },
): { items: CaseListRow[]; nextCursor: string | null } {
  const sortColumn = `c.${SORT_COLUMN[input.sort]}`;
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.missionId !== undefined) {
    where.push('c.mission_id = ?');
    params.push(input.missionId);
  }
  if (input.status !== undefined) {
    where.push('c.status = ?');
    params.push(input.status);
  }
  if (input.urgency !== undefined) {
    if (input.urgency === 'NONE') where.push('c.imminent_threat IS NULL');
    else {
      where.push('c.imminent_threat = ?');
      params.push(input.urgency);
    }
  }
  if (input.outcome !== undefined) {
    if (input.outcome === 'NONE') where.push('c.latest_outcome IS NULL');
    else {
      where.push('c.latest_outcome = ?');
      params.push(input.outcome);
    }
  }
  const search = input.search?.trim() ? input.search.trim() : undefined;
  const fts = search ? ftsQuery(search) : null;
  const selectParams: unknown[] = [];
  let identityColumn = '0 AS identityMatch';
  if (search !== undefined) {
    const alternatives = ["c.reference LIKE ? ESCAPE '\\'", "c.label LIKE ? ESCAPE '\\'"];
    params.push(likeEscape(search), likeEscape(search));
    if (fts) {
      alternatives.push(IDENTITY_MATCH);
      params.push(fts);
      identityColumn = `${IDENTITY_MATCH} AS identityMatch`;
      selectParams.push(fts);
    }
    where.push(`(${alternatives.join(' OR ')})`);
  }
  if (input.cursor !== undefined) {
    where.push(`(${sortColumn}, c.id) < (?, ?)`);
    params.push(...decodeCursor(input.cursor, ['string', 'number'] as const));
  }
  const sql = `SELECT ${SUMMARY_COLUMNS}, ${identityColumn}
    FROM cases c JOIN missions m ON m.id = c.mission_id
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${sortColumn} DESC, c.id DESC LIMIT ?`;
  const rows = prepared(ctx.sqlite, sql).all(...selectParams, ...params, input.limit + 1) as (Omit<
    CaseListRow,
    'identityMatch'
  > & { identityMatch: number })[];
  const sortValue = (r: { openedAt: string; updatedAt: string }) =>
    input.sort === 'OPENED' ? r.openedAt : r.updatedAt;
  const result = page(rows, input.limit, (last) => [sortValue(last), last.id]);
  return {
    items: result.items.map((r) => ({ ...r, identityMatch: r.identityMatch === 1 })),
    nextCursor: result.nextCursor,
  };
}

// --------------------------------------------------------------------------------------------
// Status (SPEC §4.3)
// --------------------------------------------------------------------------------------------

/**
 * Guards of the state machine. Each returns why a move is refused, or null. They read what the
 * store holds: assessments (another issue) and departure/withdrawal events (the timeline issue)
 * are not recorded yet, so nothing can satisfy them — the move is refused with that reason, never
 * allowed on trust. The features that record them replace these two functions.
 */
const GUARDS: Record<
  NonNullable<Transition['guard']>,
  (ctx: ServiceContext, caseId: number) => string | null
> = {
  FINAL_ASSESSMENT: () =>
    'a decision needs a FINAL assessment with its sign-offs (SPEC §4.3, P-2), and this case has none',
  ALL_SUBJECTS_DEPARTED_OR_WITHDRAWN: () =>
    'closing needs a recorded departure or withdrawal for every person on the premises (SPEC §4.2 #14), and none is recorded',
};

export function transitionCase(
  ctx: ServiceContext,
  input: { caseId: number; to: CaseStatus; reason: string },
): CaseSummary {
  return inTransaction(ctx, () => {
    const current = getCase(ctx, { id: input.caseId });
    const t = findTransition(current.status, input.to);
    if (!t) {
      const allowed = transitionsFrom(current.status).map((x) => CASE_STATUS_LABELS[x.to]);
      throw new AppError(
        'CONFLICT',
        `a case in “${CASE_STATUS_LABELS[current.status]}” cannot move to “${CASE_STATUS_LABELS[input.to]}”` +
          (allowed.length > 0 ? `; it can move to: ${[...new Set(allowed)].join(', ')}` : ''),
      );
    }
    const refusal = t.guard ? GUARDS[t.guard](ctx, input.caseId) : null;
    if (refusal)
      throw new AppError(
        'CONFLICT',
        `cannot move to “${CASE_STATUS_LABELS[input.to]}”: ${refusal}`,
      );
    const at = ctx.clock().toISOString();
    prepared(ctx.sqlite, 'UPDATE cases SET status = ?, updated_at = ? WHERE id = ?').run(
      input.to,
      at,
      input.caseId,
    );
    recordAudit(ctx, {
      action: 'case.transition',
      entityType: 'case',
      entityId: input.caseId,
      caseId: input.caseId,
      before: { status: current.status },
      after: { status: input.to, via: t.via, reason: input.reason },
    });
    return getCase(ctx, { id: input.caseId });
  });
}
