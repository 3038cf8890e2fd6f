import { AppError } from '../../../shared/errors';
import {
  IDENTITY_FIELDS,
  type IdentityKey,
  type IdentityStatus,
  type IdentityValues,
  type RevealedIdentity,
} from '../../../shared/intake/identity';
import type { AttachmentAdd } from '../../../shared/ipc/contracts/attachments';
import { prepared } from '../../db/statements';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { storeFile, verifiedFile } from './attachmentService';
import { touchCase } from './intakeService';

// The restricted identity of the principal and dependants. Nothing here returns a name unless the
// adviser asked to reveal it, and that request is written to the audit log in the same
// transaction as the read (who, when, which case, why).

type IdentityRow = Record<string, string | number | null> & { photo_attachment_id: number | null };

const KEYS = IDENTITY_FIELDS.map((f) => f.key);

function personOf(ctx: ServiceContext, caseId: number, personId: number): { ref: string | null } {
  const row = prepared(ctx.sqlite, 'SELECT ref FROM persons WHERE id = ? AND case_id = ?').get(
    personId,
    caseId,
  ) as { ref: string | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `person ${personId} is not part of this case`);
  return row;
}

/** The person's identity row, created empty on first write. */
function ensureIdentityRow(ctx: ServiceContext, personId: number, at: string): void {
  prepared(
    ctx.sqlite,
    'INSERT INTO person_identities (person_id, updated_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  ).run(personId, at);
}

const identityRow = (ctx: ServiceContext, personId: number) =>
  prepared(ctx.sqlite, 'SELECT * FROM person_identities WHERE person_id = ?').get(personId) as
    IdentityRow | undefined;

function statusOf(
  personId: number,
  personRef: string | null,
  row: IdentityRow | undefined,
): IdentityStatus {
  return {
    personId,
    personRef,
    filled: IDENTITY_FIELDS.filter(
      (f) => row && row[f.column] !== null && row[f.column] !== '',
    ).map((f) => f.key),
    hasPhoto: row?.photo_attachment_id != null,
  };
}

export function identityStatus(ctx: ServiceContext, caseId: number): IdentityStatus[] {
  const persons = prepared(
    ctx.sqlite,
    'SELECT id, ref FROM persons WHERE case_id = ? ORDER BY kind DESC, position, id',
  ).all(caseId) as { id: number; ref: string | null }[];
  return persons.map((p) => statusOf(p.id, p.ref, identityRow(ctx, p.id)));
}

export function revealIdentity(
  ctx: ServiceContext,
  input: { caseId: number; personId: number; reason: string },
): RevealedIdentity {
  return inTransaction(ctx, () => {
    const person = personOf(ctx, input.caseId, input.personId);
    const row = identityRow(ctx, input.personId);
    const status = statusOf(input.personId, person.ref, row);
    const values = Object.fromEntries(
      IDENTITY_FIELDS.map((f) => [f.key, (row?.[f.column] as string | null | undefined) ?? null]),
    ) as Record<IdentityKey, string | null>;
    const photo =
      row?.photo_attachment_id != null ? verifiedFile(ctx, row.photo_attachment_id) : null;
    // SPEC §4.4: every read of PersonIdentity is logged — who (the entry's actor), when, which
    // case, which person and fields, and why. The values themselves never enter the log.
    const entry = recordAudit(ctx, {
      action: 'identity.reveal',
      entityType: 'person_identity',
      entityId: input.personId,
      caseId: input.caseId,
      after: {
        person: person.ref,
        fields: status.filled,
        photo: status.hasPhoto,
        reason: input.reason,
      },
    });
    return {
      ...status,
      values,
      photo: photo ? `data:${photo.mediaType};base64,${photo.data.toString('base64')}` : null,
      revealedAt: entry.at,
    };
  });
}

export function updateIdentity(
  ctx: ServiceContext,
  input: { caseId: number; personId: number; set: IdentityValues },
): IdentityStatus {
  return inTransaction(ctx, () => {
    const person = personOf(ctx, input.caseId, input.personId);
    const at = ctx.clock().toISOString();
    const existing = identityRow(ctx, input.personId);
    ensureIdentityRow(ctx, input.personId, at);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of IDENTITY_FIELDS) {
      const value = input.set[f.key];
      if (value === undefined) continue;
      const next = value === '' ? null : value;
      const was = (existing?.[f.column] as string | null | undefined) ?? null;
      if (was === next) continue;
      prepared(
        ctx.sqlite,
        `UPDATE person_identities SET "${f.column}" = ?, updated_at = ? WHERE person_id = ?`,
      ).run(next, at, input.personId);
      before[f.key] = was;
      after[f.key] = next;
    }
    touchCase(ctx, input.caseId);
    recordAudit(ctx, {
      action: 'identity.update',
      entityType: 'person_identity',
      entityId: input.personId,
      caseId: input.caseId,
      before,
      after,
      restricted: KEYS,
    });
    return statusOf(input.personId, person.ref, identityRow(ctx, input.personId));
  });
}

export function setIdentityPhoto(
  ctx: ServiceContext,
  input: Omit<AttachmentAdd, 'evidenceId'> & { personId: number },
): IdentityStatus {
  return inTransaction(ctx, () => {
    const person = personOf(ctx, input.caseId, input.personId);
    const existing = identityRow(ctx, input.personId);
    const at = ctx.clock().toISOString();
    ensureIdentityRow(ctx, input.personId, at);
    const { personId: _p, ...file } = input;
    const stored = storeFile(ctx, { ...file, evidenceId: null, purpose: 'IDENTITY_PHOTO' });
    prepared(
      ctx.sqlite,
      'UPDATE person_identities SET photo_attachment_id = ?, updated_at = ? WHERE person_id = ?',
    ).run(stored.id, at, input.personId);
    if (existing?.photo_attachment_id != null) {
      prepared(ctx.sqlite, 'DELETE FROM attachments WHERE id = ?').run(
        existing.photo_attachment_id,
      );
    }
    touchCase(ctx, input.caseId);
    recordAudit(ctx, {
      action: 'identity.photo',
      entityType: 'person_identity',
      entityId: input.personId,
      caseId: input.caseId,
      before: { photo: existing?.photo_attachment_id ?? null },
      after: { photo: stored.sha256 },
      restricted: ['photo'],
    });
    return statusOf(input.personId, person.ref, identityRow(ctx, input.personId));
  });
}
