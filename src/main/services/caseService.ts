import { AppError } from '../../shared/errors';
import type { CaseSummary } from '../../shared/schemas/case';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { decodeCursor, page } from './cursor';
import { recordTimelineEvent } from './timelineService';
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
      : prepared(
          ctx.sqlite,
          `${SUMMARY_SELECT} WHERE (c.updated_at, c.id) < (?, ?)
           ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`,
        ).all(...decodeCursor(input.cursor, ['string', 'number'] as const), input.limit + 1)
  ) as CaseSummary[];
  return page(rows, input.limit, (last) => [last.updatedAt, last.id]);
}
