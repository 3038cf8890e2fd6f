import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { AttachmentMeta } from '../../../shared/intake/records';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_LABEL,
  type AttachmentAdd,
} from '../../../shared/ipc/contracts/attachments';
import { prepared } from '../../db/statements';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { touchCase } from './intakeService';
import { ATTACHMENT_META } from './load';

// Evidence files live in the database (issue 3: the later encryption at rest covers them). Their
// SHA-256, size and media type are recorded when they arrive and checked again whenever the
// bytes are read back — to open them or to export facts that cite them.

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The media type the bytes show (magic numbers), else the declared one if it is plain text. */
export function sniffMediaType(data: Buffer, declared: string | undefined): string {
  const starts = (hex: string, at = 0) =>
    data.subarray(at, at + hex.length / 2).toString('hex') === hex;
  if (starts('25504446')) return 'application/pdf';
  if (starts('ffd8ff')) return 'image/jpeg';
  if (starts('89504e470d0a1a0a')) return 'image/png';
  if (starts('474946383761') || starts('474946383961')) return 'image/gif';
  if (starts('52494646') && starts('57454250', 8)) return 'image/webp';
  if (starts('49492a00') || starts('4d4d002a')) return 'image/tiff';
  if (starts('504b0304')) return 'application/zip';
  if (declared?.startsWith('text/') && !data.includes(0)) return 'text/plain';
  return 'application/octet-stream';
}

function metaOf(
  ctx: ServiceContext,
  attachmentId: number,
  caseId: number,
): AttachmentMeta & { evidenceId: number | null } {
  const row = prepared(
    ctx.sqlite,
    `SELECT ${ATTACHMENT_META}, evidence_id AS evidenceId FROM attachments WHERE id = ? AND case_id = ?`,
  ).get(attachmentId, caseId) as (AttachmentMeta & { evidenceId: number | null }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', `attachment ${attachmentId} is not part of this case`);
  return row;
}

/** Reads the bytes and proves they are the bytes recorded at intake. */
export function verifiedFile(
  ctx: ServiceContext,
  attachmentId: number,
): { data: Buffer; sha256: string; mediaType: string } {
  const row = prepared(
    ctx.sqlite,
    `SELECT file_name AS fileName, media_type AS mediaType, size, sha256, data
     FROM attachments WHERE id = ?`,
  ).get(attachmentId) as
    { fileName: string; mediaType: string; size: number; sha256: string; data: Buffer } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `attachment ${attachmentId} does not exist`);
  const actual = sha256(row.data);
  if (actual !== row.sha256 || row.data.length !== row.size) {
    throw new AppError(
      'STORAGE',
      `“${row.fileName}” no longer matches the SHA-256 recorded when it was attached ` +
        `(recorded ${row.sha256}, now ${actual}). Do not rely on it; restore it from a backup.`,
    );
  }
  return { data: row.data, sha256: actual, mediaType: row.mediaType };
}

export const verifiedSha256 = (ctx: ServiceContext, attachmentId: number): string =>
  verifiedFile(ctx, attachmentId).sha256;

/** Appends one entry to an evidence item's chain of custody (SPEC §1.3.10). */
export function appendCustody(ctx: ServiceContext, evidenceId: number, action: string): void {
  const { p } = prepared(
    ctx.sqlite,
    'SELECT coalesce(max(position), -1) + 1 AS p FROM evidence_custody WHERE evidence_id = ?',
  ).get(evidenceId) as { p: number };
  prepared(
    ctx.sqlite,
    'INSERT INTO evidence_custody (evidence_id, position, at, by, action) VALUES (?, ?, ?, ?, ?)',
  ).run(evidenceId, p, ctx.clock().toISOString(), ctx.actor.name, action);
}

/**
 * Checks and stores one file (inside the caller's transaction): size limit, SHA-256 agreement
 * with the sender, media type from the bytes.
 */
export function storeFile(
  ctx: ServiceContext,
  input: Omit<AttachmentAdd, 'evidenceId'> & {
    evidenceId: number | null;
    purpose: 'EVIDENCE' | 'IDENTITY_PHOTO';
  },
): AttachmentMeta {
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0) {
    throw new AppError('VALIDATION', 'the file is empty', [
      { path: 'dataBase64', message: 'is empty: the file has no content' },
    ]);
  }
  if (data.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('VALIDATION', `the file is larger than ${MAX_ATTACHMENT_LABEL}`, [
      {
        path: 'dataBase64',
        message: `is larger than ${MAX_ATTACHMENT_LABEL}; split or compress the file`,
      },
    ]);
  }
  const hash = sha256(data);
  if (input.sha256 !== undefined && input.sha256 !== hash) {
    throw new AppError('VALIDATION', 'the file changed on its way in; attach it again', [
      { path: 'sha256', message: `does not match the content received (${hash})` },
    ]);
  }
  const mediaType = sniffMediaType(data, input.mediaType);
  if (input.purpose === 'IDENTITY_PHOTO' && !mediaType.startsWith('image/')) {
    throw new AppError('VALIDATION', 'an identity photo must be an image', [
      { path: 'dataBase64', message: `is ${mediaType}, not a JPEG, PNG, GIF, WebP or TIFF image` },
    ]);
  }
  const { lastInsertRowid } = prepared(
    ctx.sqlite,
    `INSERT INTO attachments (uid, case_id, evidence_id, purpose, file_name, media_type, size,
       sha256, created_at, created_by, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ctx.newId(),
    input.caseId,
    input.evidenceId,
    input.purpose,
    input.fileName,
    mediaType,
    data.length,
    hash,
    ctx.clock().toISOString(),
    ctx.actor.name,
    data,
  );
  const { evidenceId: _e, ...meta } = metaOf(ctx, Number(lastInsertRowid), input.caseId);
  return meta;
}

export function addAttachment(ctx: ServiceContext, input: AttachmentAdd): AttachmentMeta {
  return inTransaction(ctx, () => {
    const owns = prepared(
      ctx.sqlite,
      'SELECT ref FROM evidence_items WHERE id = ? AND case_id = ?',
    ).get(input.evidenceId, input.caseId) as { ref: string } | undefined;
    if (!owns) {
      throw new AppError('NOT_FOUND', `evidence item ${input.evidenceId} is not part of this case`);
    }
    const meta = storeFile(ctx, { ...input, purpose: 'EVIDENCE' });
    appendCustody(ctx, input.evidenceId, `Attached ${meta.fileName} (SHA-256 ${meta.sha256})`);
    touchCase(ctx, input.caseId);
    recordAudit(ctx, {
      action: 'attachment.add',
      entityType: 'attachment',
      entityId: meta.id,
      caseId: input.caseId,
      after: { evidence: owns.ref, ...meta },
    });
    return meta;
  });
}

export function openAttachment(
  ctx: ServiceContext,
  input: { caseId: number; attachmentId: number },
): { meta: AttachmentMeta; dataBase64: string } {
  const { evidenceId: _e, ...meta } = metaOf(ctx, input.attachmentId, input.caseId);
  return { meta, dataBase64: verifiedFile(ctx, input.attachmentId).data.toString('base64') };
}

export function verifyAttachment(
  ctx: ServiceContext,
  input: { caseId: number; attachmentId: number },
): { meta: AttachmentMeta; verifiedAt: string } {
  const { evidenceId: _e, ...meta } = metaOf(ctx, input.attachmentId, input.caseId);
  verifiedFile(ctx, input.attachmentId);
  return { meta, verifiedAt: ctx.clock().toISOString() };
}

export function removeAttachment(
  ctx: ServiceContext,
  input: { caseId: number; attachmentId: number },
): { removed: true } {
  return inTransaction(ctx, () => {
    const { evidenceId, ...meta } = metaOf(ctx, input.attachmentId, input.caseId);
    const usedAsPhoto = prepared(
      ctx.sqlite,
      'SELECT 1 FROM person_identities WHERE photo_attachment_id = ?',
    ).get(input.attachmentId);
    if (usedAsPhoto)
      throw new AppError(
        'CONFLICT',
        'this file is an identity photo; replace it from the identity panel',
      );
    prepared(ctx.sqlite, 'DELETE FROM attachments WHERE id = ?').run(input.attachmentId);
    if (evidenceId !== null) {
      appendCustody(ctx, evidenceId, `Removed ${meta.fileName} (SHA-256 ${meta.sha256})`);
    }
    touchCase(ctx, input.caseId);
    recordAudit(ctx, {
      action: 'attachment.remove',
      entityType: 'attachment',
      entityId: input.attachmentId,
      caseId: input.caseId,
      before: meta,
    });
    return { removed: true as const };
  });
}
