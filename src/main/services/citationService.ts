import { formatCitation } from '../../shared/citations';
import { AppError } from '../../shared/errors';
import type { Citation, CitationTarget } from '../../shared/schemas/citation';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { getAuthoritySummary } from './authorityService';
import { citationTargets, type ResolvedTarget } from './citationTargets';
import { inTransaction, type ServiceContext } from './context';

// The authorities a record relies on, each with a pinpoint and a comment (issue 4 item 4). Every
// feature cites through these functions and the one authority_citations table.

type Row = {
  id: number;
  targetType: CitationTarget['type'];
  targetId: string;
  authorityId: string;
  pinpoint: string;
  comment: string;
  createdAt: string;
  updatedAt: string;
};

const COLUMNS = `id, target_type AS targetType, target_id AS targetId, authority_id AS authorityId,
  pinpoint, comment, created_at AS createdAt, updated_at AS updatedAt`;

function toCitation(ctx: ServiceContext, row: Row): Citation {
  const authority = getAuthoritySummary(ctx, row.authorityId);
  return {
    id: row.id,
    target: { type: row.targetType, id: row.targetId },
    authority,
    pinpoint: row.pinpoint,
    comment: row.comment,
    formatted: formatCitation(authority, row.pinpoint),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function getRow(ctx: ServiceContext, id: number): Row {
  const row = prepared(ctx.sqlite, `SELECT ${COLUMNS} FROM authority_citations WHERE id = ?`).get(
    id,
  ) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `citation ${id} does not exist`);
  return row;
}

/** The citations of one record, in the order they were added. */
export function listCitations(ctx: ServiceContext, target: CitationTarget): Citation[] {
  citationTargets[target.type](ctx, target.id);
  const rows = prepared(
    ctx.sqlite,
    `SELECT ${COLUMNS} FROM authority_citations WHERE target_type = ? AND target_id = ? ORDER BY id`,
  ).all(target.type, target.id) as Row[];
  return rows.map((r) => toCitation(ctx, r));
}

function duplicate(pinpoint: string, path = ''): AppError {
  const which = pinpoint ? `with pinpoint ${pinpoint}` : 'without a pinpoint';
  return new AppError('CONFLICT', `this authority is already cited here ${which}`, [
    { path: `${path}pinpoint`, message: `is already cited here ${which}; give another pinpoint` },
  ]);
}

const isUniqueViolation = (e: unknown) =>
  e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_UNIQUE';

const auditState = (r: Row) => ({
  target: `${r.targetType}:${r.targetId}`,
  authorityId: r.authorityId,
  pinpoint: r.pinpoint,
  comment: r.comment,
});

/** Refuses a change to the citations of a target that carries them as part of itself. */
function assertChangeable(target: ResolvedTarget): void {
  if (target.fixed) {
    throw new AppError('CONFLICT', target.fixed, [{ path: 'target', message: target.fixed }]);
  }
}

function insertCitation(
  ctx: ServiceContext,
  target: CitationTarget,
  resolved: ResolvedTarget,
  input: { authorityId: string; pinpoint: string; comment: string },
  path = '',
): Citation {
  const authority = getAuthoritySummary(ctx, input.authorityId);
  if (authority.withdrawn) {
    throw new AppError('VALIDATION', `${authority.shortTitle} was withdrawn from the library`, [
      {
        path: `${path}authorityId`,
        message: 'was withdrawn from the library; choose another authority',
      },
    ]);
  }
  const at = ctx.clock().toISOString();
  let id: number;
  try {
    id = Number(
      prepared(
        ctx.sqlite,
        `INSERT INTO authority_citations (authority_id, target_type, target_id, case_id, pinpoint,
           comment, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        input.authorityId,
        target.type,
        target.id,
        resolved.caseId,
        input.pinpoint,
        input.comment,
        at,
        at,
      ).lastInsertRowid,
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate(input.pinpoint, path);
    throw e;
  }
  const row = getRow(ctx, id);
  recordAudit(ctx, {
    action: 'citation.add',
    entityType: 'authority_citation',
    entityId: id,
    caseId: resolved.caseId,
    after: auditState(row),
  });
  return toCitation(ctx, row);
}

export function addCitation(
  ctx: ServiceContext,
  input: { target: CitationTarget; authorityId: string; pinpoint: string; comment: string },
): Citation {
  return inTransaction(ctx, () => {
    const resolved = citationTargets[input.target.type](ctx, input.target.id);
    assertChangeable(resolved);
    return insertCitation(ctx, input.target, resolved, input);
  });
}

/**
 * The citations a record carries as part of itself (a note's), written with it: call inside the
 * record's own transaction, once, right after inserting it. Each citation is its own audit
 * entry, as every row written is. Issues name `citations.<i>.<field>`.
 */
export function attachCitations(
  ctx: ServiceContext,
  target: CitationTarget,
  list: readonly { authorityId: string; pinpoint: string }[],
): Citation[] {
  const resolved = citationTargets[target.type](ctx, target.id);
  return list.map((c, i) =>
    insertCitation(ctx, target, resolved, { ...c, comment: '' }, `citations.${i}.`),
  );
}

/** The citations of many records of one type at once (a page of notes or events), by id. */
export function citationsOf(
  ctx: ServiceContext,
  type: CitationTarget['type'],
  ids: readonly (number | string)[],
  asOf?: string,
): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  if (ids.length === 0) return out;
  const rows = prepared(
    ctx.sqlite,
    `SELECT ${COLUMNS} FROM authority_citations
     WHERE target_type = @type AND target_id IN (SELECT value FROM json_each(@ids))
       AND (@asOf IS NULL OR created_at <= @asOf)
     ORDER BY id`,
  ).all({ type, ids: JSON.stringify(ids.map(String)), asOf: asOf ?? null }) as Row[];
  for (const r of rows) out.set(r.targetId, [...(out.get(r.targetId) ?? []), toCitation(ctx, r)]);
  return out;
}

export function updateCitation(
  ctx: ServiceContext,
  input: { id: number; pinpoint: string; comment: string },
): Citation {
  return inTransaction(ctx, () => {
    const before = getRow(ctx, input.id);
    const target = citationTargets[before.targetType](ctx, before.targetId);
    assertChangeable(target);
    try {
      prepared(
        ctx.sqlite,
        'UPDATE authority_citations SET pinpoint = ?, comment = ?, updated_at = ? WHERE id = ?',
      ).run(input.pinpoint, input.comment, ctx.clock().toISOString(), input.id);
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicate(input.pinpoint);
      throw e;
    }
    const after = getRow(ctx, input.id);
    recordAudit(ctx, {
      action: 'citation.update',
      entityType: 'authority_citation',
      entityId: input.id,
      caseId: target.caseId,
      before: auditState(before),
      after: auditState(after),
    });
    return toCitation(ctx, after);
  });
}

export function removeCitation(ctx: ServiceContext, id: number): { id: number } {
  return inTransaction(ctx, () => {
    const before = getRow(ctx, id);
    const target = citationTargets[before.targetType](ctx, before.targetId);
    assertChangeable(target);
    prepared(ctx.sqlite, 'DELETE FROM authority_citations WHERE id = ?').run(id);
    recordAudit(ctx, {
      action: 'citation.remove',
      entityType: 'authority_citation',
      entityId: id,
      caseId: target.caseId,
      before: auditState(before),
    });
    return { id };
  });
}
