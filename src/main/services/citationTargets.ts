import { AppError } from '../../shared/errors';
import type { CitationTargetType } from '../../shared/schemas/citation';
import type { ServiceContext } from './context';
import { getCase } from './caseService';

/** What a citation hangs on, in words and as a place in the app. */
export type ResolvedTarget = {
  /** The case the target belongs to: the audit entry is filed under it. */
  caseId: number | null;
  label: string;
  /** Hash route of the place, for backlinks from the authority page. */
  href: string;
};

/**
 * One resolver per citation target type (src/shared/schemas/citation.ts). A resolver throws
 * NOT_FOUND when the target does not exist. Features that attach authorities (timeline events,
 * notes, assessments, determinations) add their type here; nothing else changes.
 */
export const citationTargets: Record<
  CitationTargetType,
  (ctx: ServiceContext, id: string) => ResolvedTarget
> = {
  case: (ctx, id) => {
    if (!/^[1-9]\d{0,15}$/.test(id)) throw new AppError('NOT_FOUND', `case ${id} does not exist`);
    const c = getCase(ctx, { id: Number(id) });
    return {
      caseId: c.id,
      label: `Case ${c.reference}`,
      href: `/cases/${c.reference}/authorities`,
    };
  },
};
