import { AppError } from '../../shared/errors';
import type { CitationTargetType } from '../../shared/schemas/citation';
import { EVENT_TYPES, type EventType } from '../../shared/timeline/eventTypes';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';
import { getCase } from './caseService';

/** What a citation hangs on, in words and as a place in the app. */
export type ResolvedTarget = {
  /** The case the target belongs to: the audit entry is filed under it. */
  caseId: number | null;
  label: string;
  /** Hash route of the place, for backlinks from the authority page. */
  href: string;
  /**
   * Why the target's citations cannot be changed on their own, if so: a note's citations are
   * part of what the adviser wrote, fixed with it (notes are append-only; issue 6).
   */
  fixed?: string;
};

const rowId = (kind: string, id: string): number => {
  if (!/^[1-9]\d{0,15}$/.test(id)) throw new AppError('NOT_FOUND', `${kind} ${id} does not exist`);
  return Number(id);
};

/**
 * One resolver per citation target type (src/shared/schemas/citation.ts). A resolver throws
 * NOT_FOUND when the target does not exist. Features that attach authorities (assessments,
 * determinations) add their type here; nothing else changes.
 */
export const citationTargets: Record<
  CitationTargetType,
  (ctx: ServiceContext, id: string) => ResolvedTarget
> = {
  case: (ctx, id) => {
    const c = getCase(ctx, { id: rowId('case', id) });
    return {
      caseId: c.id,
      label: `Case ${c.reference}`,
      href: `/cases/${c.reference}/authorities`,
    };
  },
  event: (ctx, id) => {
    const row = prepared(
      ctx.sqlite,
      'SELECT case_id AS caseId, number, type FROM timeline_events WHERE id = ?',
    ).get(rowId('event', id)) as { caseId: number; number: number; type: EventType } | undefined;
    if (!row) throw new AppError('NOT_FOUND', `event ${id} does not exist`);
    const c = getCase(ctx, { id: row.caseId });
    return {
      caseId: c.id,
      label: `Event ${row.number} (${EVENT_TYPES[row.type].label}), case ${c.reference}`,
      href: `/cases/${c.reference}/timeline`,
    };
  },
  note: (ctx, id) => {
    const row = prepared(
      ctx.sqlite,
      'SELECT case_id AS caseId, number FROM notes WHERE id = ?',
    ).get(rowId('note', id)) as { caseId: number; number: number } | undefined;
    if (!row) throw new AppError('NOT_FOUND', `note ${id} does not exist`);
    const c = getCase(ctx, { id: row.caseId });
    return {
      caseId: c.id,
      label: `Note ${row.number}, case ${c.reference}`,
      href: `/cases/${c.reference}/notes`,
      fixed: `note ${row.number}'s citations are part of the note; write a correction to change them`,
    };
  },
};
