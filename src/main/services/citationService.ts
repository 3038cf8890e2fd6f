import { formatCitation } from '../../shared/citations';
import { AppError } from '../../shared/errors';
import type { Citation, CitationTarget } from '../../shared/schemas/citation';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { getAuthoritySummary } from './authorityService';
import { citationTargets } from './citationTargets';
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

function duplicate(pinpoint: string): AppError {
  const which = pinpoint ? `with pinpoint ${pinpoint}` : 'without a pinpoint';
  return new AppError('CONFLICT', `this authority is already cited here ${which}`, [
    { path: 'pinpoint', message: `is already cited here ${which}; give another pinpoint` },
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

export function addCitation(
  ctx: ServiceContext,
  input: { target: CitationTarget; authorityId: string; pinpoint: string; comment: string },
): Citation {
  return inTransaction(ctx, () => {
    const target = citationTargets[input.target.type](ctx, input.target.id);
    const authority = getAuthoritySummary(ctx, input.authorityId);
    if (authority.withdrawn) {
      throw new AppError('VALIDATION', `${authority.shortTitle} was withdrawn from the library`, [
        {
          path: 'authorityId',
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
          input.target.type,
          input.target.id,
          target.caseId,
          input.pinpoint,
          input.comment,
          at,
          at,
        ).lastInsertRowid,
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicate(input.pinpoint);
      throw e;
    }
    const row = getRow(ctx, id);
    recordAudit(ctx, {
      action: 'citation.add',
      entityType: 'authority_citation',
      entityId: id,
      caseId: target.caseId,
      after: auditState(row),
    });
    return toCitation(ctx, row);
  });
}

export function updateCitation(
  ctx: ServiceContext,
  input: { id: number; pinpoint: string; comment: string },
): Citation {
  return inTransaction(ctx, () => {
    const before = getRow(ctx, input.id);
    const target = citationTargets[before.targetType](ctx, before.targetId);
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
