import { AppError } from '../../shared/errors';
import type { Profile, ProfileRole } from '../../shared/ipc/contracts/profiles';
import { prepared } from '../db/statements';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';

// Local adviser profiles (issue 3 "who is working"). The runtime keeps the profile a window works
// as; every audit entry written meanwhile names it as the actor.

const COLUMNS = `id, uid, name, role, created_at AS createdAt, last_used_at AS lastUsedAt`;

export function listProfiles(ctx: ServiceContext): Profile[] {
  return prepared(
    ctx.sqlite,
    `SELECT ${COLUMNS} FROM profiles ORDER BY name, id`,
  ).all() as Profile[];
}

function getProfile(ctx: ServiceContext, id: number): Profile {
  const row = prepared(ctx.sqlite, `SELECT ${COLUMNS} FROM profiles WHERE id = ?`).get(id) as
    Profile | undefined;
  if (!row) throw new AppError('NOT_FOUND', `profile ${id} does not exist`);
  return row;
}

export function currentProfile(ctx: ServiceContext): Profile | null {
  return ctx.session.profile;
}

/** Runs `work` with `profile` as the actor; the session goes back if the transaction fails. */
function actingAs<T>(ctx: ServiceContext, work: (setProfile: (p: Profile) => void) => T): T {
  const previous = ctx.session.profile;
  try {
    return inTransaction(ctx, () =>
      work((p) => {
        ctx.session.profile = p;
      }),
    );
  } catch (e) {
    ctx.session.profile = previous;
    throw e;
  }
}

export function createProfile(
  ctx: ServiceContext,
  input: { name: string; role: ProfileRole },
): Profile {
  return actingAs(ctx, (setProfile) => {
    const at = ctx.clock().toISOString();
    const { lastInsertRowid } = prepared(
      ctx.sqlite,
      'INSERT INTO profiles (uid, name, role, created_at, last_used_at) VALUES (?, ?, ?, ?, ?)',
    ).run(ctx.newId(), input.name, input.role, at, at);
    const created = getProfile(ctx, Number(lastInsertRowid));
    // The new profile is the actor of its own creation.
    setProfile(created);
    recordAudit(ctx, {
      action: 'profile.create',
      entityType: 'profile',
      entityId: created.id,
      after: { name: created.name, role: created.role },
    });
    return created;
  });
}

export function switchProfile(ctx: ServiceContext, profileId: number): Profile {
  const previous = ctx.session.profile;
  return actingAs(ctx, (setProfile) => {
    const at = ctx.clock().toISOString();
    prepared(ctx.sqlite, 'UPDATE profiles SET last_used_at = ? WHERE id = ?').run(at, profileId);
    const next = getProfile(ctx, profileId);
    setProfile(next);
    recordAudit(ctx, {
      action: 'profile.switch',
      entityType: 'profile',
      entityId: next.id,
      before: { profile: previous?.name ?? null },
      after: { profile: next.name, role: next.role },
    });
    return next;
  });
}
