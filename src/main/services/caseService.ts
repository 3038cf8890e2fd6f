import { AppError } from '../../shared/errors';
import type { CaseSummary } from '../../shared/schemas/case';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { getMission } from './missionService';

const SUMMARY_SELECT = `SELECT c.id, c.reference, c.mission_id AS missionId, m.name AS missionName,
  c.status, c.opened_at AS openedAt, c.updated_at AS updatedAt
  FROM cases c JOIN missions m ON m.id = c.mission_id`;

export function formatReference(
  sendingState: string,
  missionCode: string,
  year: number,
  sequence: number,
): string {
  return `${sendingState}-${missionCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

export function getCase(
  ctx: ServiceContext,
  lookup: { id?: number; reference?: string },
): CaseSummary {
  const row =
    lookup.id !== undefined
      ? prepared(ctx.sqlite, `${SUMMARY_SELECT} WHERE c.id = ?`).get(lookup.id)
      : prepared(ctx.sqlite, `${SUMMARY_SELECT} WHERE c.reference = ?`).get(lookup.reference);
  if (!row) {
    throw new AppError('NOT_FOUND', `case ${lookup.reference ?? String(lookup.id)} does not exist`);
  }
  return row as CaseSummary;
}

/** Opens a new case at a mission with the next reference of that mission and year. */
export function openCase(ctx: ServiceContext, missionId: number): CaseSummary {
  return inTransaction(ctx, () => {
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
      `INSERT INTO cases (uid, reference, mission_id, year, sequence, status, opened_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'OPEN_TRIAGE', ?, ?)`,
    ).run(ctx.newId(), reference, missionId, year, next, at, at);
    const opened = getCase(ctx, { id: Number(lastInsertRowid) });
    recordAudit(ctx, {
      action: 'case.open',
      entityType: 'case',
      entityId: opened.id,
      caseId: opened.id,
      after: opened,
    });
    return opened;
  });
}

type Cursor = { u: string; i: number };

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.u === 'string' && Number.isInteger(c.i)) return c;
  } catch {
    // fall through to the typed error below
  }
  throw new AppError('VALIDATION', 'the page cursor is not valid', [
    { path: 'cursor', message: 'is not a cursor this app issued' },
  ]);
}

/** Newest first, by keyset on (updated_at, id): any page costs the same as the first. */
export function listCases(
  ctx: ServiceContext,
  input: { limit: number; cursor?: string | undefined },
): { items: CaseSummary[]; nextCursor: string | null } {
  const rows = (
    input.cursor === undefined
      ? prepared(ctx.sqlite, `${SUMMARY_SELECT} ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`).all(
          input.limit + 1,
        )
      : (() => {
          const c = decodeCursor(input.cursor);
          return prepared(
            ctx.sqlite,
            `${SUMMARY_SELECT} WHERE (c.updated_at, c.id) < (?, ?)
             ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`,
          ).all(c.u, c.i, input.limit + 1);
        })()
  ) as CaseSummary[];
  const more = rows.length > input.limit;
  const items = more ? rows.slice(0, input.limit) : rows;
  const last = items.at(-1);
  return {
    items,
    nextCursor: more && last ? encodeCursor({ u: last.updatedAt, i: last.id }) : null,
  };
}
