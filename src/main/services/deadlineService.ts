import { AppError } from '../../shared/errors';
import type { Deadline, DeadlineKind } from '../../shared/schemas/deadlines';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { getCase } from './caseService';
import { inTransaction, type ServiceContext } from './context';
import { FAR_FUTURE } from './cursor';

// Deadlines on cases (issue 6): the interim-measure review and the deadlines events carry are
// opened and closed by the timeline (domain/timeline/deadlines.ts); follow-ups by the adviser.
// Every change is audited. A deadline row changes status; it is never deleted.

const DEADLINE_SELECT = `SELECT d.id, d.case_id AS caseId, c.reference AS caseReference, d.kind,
  d.title, d.due_at AS dueAt, d.status, d.source_event_id AS sourceEventId,
  d.created_at AS createdAt, d.closed_at AS closedAt, d.close_note AS closeNote
  FROM deadlines d JOIN cases c ON c.id = d.case_id`;

function getDeadline(ctx: ServiceContext, id: number): Deadline {
  const row = prepared(ctx.sqlite, `${DEADLINE_SELECT} WHERE d.id = ?`).get(id) as
    Deadline | undefined;
  if (!row) throw new AppError('NOT_FOUND', `deadline ${id} does not exist`);
  return row;
}

/** Inside a use case: opens one deadline. */
export function openDeadline(
  ctx: ServiceContext,
  d: {
    caseId: number;
    kind: DeadlineKind;
    title: string;
    dueAt: string;
    sourceEventId: number | null;
  },
): Deadline {
  const { lastInsertRowid } = prepared(
    ctx.sqlite,
    `INSERT INTO deadlines (case_id, kind, title, due_at, status, source_event_id, created_at,
       created_by_id) VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?)`,
  ).run(
    d.caseId,
    d.kind,
    d.title,
    d.dueAt,
    d.sourceEventId,
    ctx.clock().toISOString(),
    ctx.actor.id,
  );
  const created = getDeadline(ctx, Number(lastInsertRowid));
  recordAudit(ctx, {
    action: 'deadline.open',
    entityType: 'deadline',
    entityId: created.id,
    caseId: created.caseId,
    after: created,
  });
  return created;
}

function close(
  ctx: ServiceContext,
  before: Deadline,
  status: 'DONE' | 'SUPERSEDED',
  note: string,
): Deadline {
  prepared(
    ctx.sqlite,
    `UPDATE deadlines SET status = ?, closed_at = ?, closed_by_id = ?, close_note = ?
     WHERE id = ? AND status = 'OPEN'`,
  ).run(status, ctx.clock().toISOString(), ctx.actor.id, note, before.id);
  const after = getDeadline(ctx, before.id);
  recordAudit(ctx, {
    action: status === 'DONE' ? 'deadline.done' : 'deadline.supersede',
    entityType: 'deadline',
    entityId: before.id,
    caseId: before.caseId,
    before,
    after,
  });
  return after;
}

/** Inside a use case: the event that ends them has been recorded. */
export function closeDeadlines(
  ctx: ServiceContext,
  caseId: number,
  kinds: readonly DeadlineKind[] | 'ALL',
  note: string,
): void {
  const open = prepared(
    ctx.sqlite,
    `${DEADLINE_SELECT} WHERE d.case_id = ? AND d.status = 'OPEN' ORDER BY d.id`,
  ).all(caseId) as Deadline[];
  for (const d of open) {
    if (kinds === 'ALL' || kinds.includes(d.kind)) close(ctx, d, 'DONE', note);
  }
}

/** Inside a use case: the event that set them was corrected; the correction sets its own. */
export function supersedeDeadlinesOf(ctx: ServiceContext, eventId: number, note: string): void {
  const open = prepared(
    ctx.sqlite,
    `${DEADLINE_SELECT} WHERE d.source_event_id = ? AND d.status = 'OPEN' ORDER BY d.id`,
  ).all(eventId) as Deadline[];
  for (const d of open) close(ctx, d, 'SUPERSEDED', note);
}

export function createFollowUp(
  ctx: ServiceContext,
  input: { caseId: number; title: string; dueAt: string; eventId?: number | undefined },
): Deadline {
  return inTransaction(ctx, () => {
    getCase(ctx, { id: input.caseId });
    if (input.eventId !== undefined) {
      const ev = prepared(
        ctx.sqlite,
        'SELECT case_id AS caseId FROM timeline_events WHERE id = ?',
      ).get(input.eventId) as { caseId: number } | undefined;
      if (!ev || ev.caseId !== input.caseId) {
        throw new AppError('NOT_FOUND', `event ${input.eventId} is not on this case`, [
          { path: 'eventId', message: 'is not an event of this case' },
        ]);
      }
    }
    return openDeadline(ctx, {
      caseId: input.caseId,
      kind: 'FOLLOW_UP',
      title: input.title,
      dueAt: input.dueAt,
      sourceEventId: input.eventId ?? null,
    });
  });
}

export function completeDeadline(
  ctx: ServiceContext,
  input: { id: number; note: string },
): Deadline {
  return inTransaction(ctx, () => {
    const d = getDeadline(ctx, input.id);
    if (d.status !== 'OPEN') {
      throw new AppError('CONFLICT', `this deadline is already ${d.status.toLowerCase()}`);
    }
    if (d.kind === 'INTERIM_REVIEW') {
      // SPEC §2.11 P-1, F3b: the measure never lapses and a missed deadline never lifts it.
      throw new AppError(
        'CONFLICT',
        'the interim measure stays in force until a new assessment lifts it: record "Interim measure lifted" on the timeline',
      );
    }
    return close(ctx, d, 'DONE', input.note || 'done');
  });
}

/**
 * A case's deadlines as the file stood at `asOf`: those created by then, with the status they
 * had then.
 */
export function listDeadlines(
  ctx: ServiceContext,
  input: { caseId: number; asOf?: string | undefined },
): Deadline[] {
  getCase(ctx, { id: input.caseId });
  const asOf = input.asOf ?? FAR_FUTURE;
  const rows = prepared(
    ctx.sqlite,
    `${DEADLINE_SELECT} WHERE d.case_id = ? AND d.created_at <= ? ORDER BY d.due_at, d.id`,
  ).all(input.caseId, asOf) as Deadline[];
  return rows.map((d) =>
    d.closedAt !== null && d.closedAt > asOf
      ? { ...d, status: 'OPEN', closedAt: null, closeNote: null }
      : d,
  );
}

/** Open deadlines across all cases that are overdue or due within the window, soonest first. */
export function dueSoon(
  ctx: ServiceContext,
  input: { withinDays: number; limit: number },
): Deadline[] {
  const horizon = new Date(ctx.clock().getTime() + input.withinDays * 86_400_000).toISOString();
  return prepared(
    ctx.sqlite,
    `${DEADLINE_SELECT} WHERE d.status = 'OPEN' AND d.due_at <= ? ORDER BY d.due_at, d.id LIMIT ?`,
  ).all(horizon, input.limit) as Deadline[];
}
