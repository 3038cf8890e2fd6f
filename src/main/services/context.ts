import type { Db } from '../db/client';
import type Database from 'better-sqlite3';
import type { AuditJobs } from './auditJobs';
import type { Profile } from '../../shared/ipc/contracts/profiles';

/** Who performs a use case; every write records it. */
export type Actor = { id: string; name: string; role: string };

/** What a runtime remembers between calls: the profile its window works as (issue 3). */
export type Session = { profile: Profile | null };

/**
 * What every service receives from the composition root (Electron main, the CLI, the test host):
 * the connection, the clock and the id source are injected so tests can pin them.
 */
export type ServiceContext = {
  db: Db;
  sqlite: Database.Database;
  clock: () => Date;
  newId: () => string;
  /** The session's profile as an actor, or the runtime's fallback (CLI, tests). */
  readonly actor: Actor;
  session: Session;
  dataDir: string;
  schemaVersion: number;
  appVersion: string;
  /** Verification and export in a worker thread; absent where there is none (the CLI). */
  auditJobs?: AuditJobs;
};

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Casefile', role: 'SYSTEM' };

export const profileActor = (p: Profile): Actor => ({ id: p.uid, name: p.name, role: p.role });

/** Runs `work` as one SQLite transaction: a use case is saved whole or not at all. */
export function inTransaction<T>(ctx: ServiceContext, work: () => T): T {
  return ctx.sqlite.transaction(work).immediate();
}
