import { AppError } from '../shared/errors';
import { openDatabase, type OpenedDatabase } from './db/client';
import { uuidv7 } from './ids';
import { dispatch, execute, type DispatchDeps } from './ipc/dispatch';
import { handlers } from './ipc/handlers';
import type { SenderInfo } from './ipc/trustedSender';
import { syncShippedLibrary } from './services/authorityLibrary';
import { createAuditJobs, type WorkerSpec } from './services/auditJobs';
import { PROFILE_FREE_CHANNELS } from '../shared/ipc/contracts/profiles';
import {
  profileActor,
  SYSTEM_ACTOR,
  type Actor,
  type ServiceContext,
  type Session,
} from './services/context';
import packageJson from '../../package.json';

export const APP_VERSION: string = packageJson.version;

export type RuntimeOptions = {
  dataDir: string;
  trustedOrigin: string;
  migrationsDir?: string;
  /** false: refuse to create a database where none exists (every CLI command but `init`). */
  create?: boolean;
  nativeBinding?: string;
  clock?: () => Date;
  /** The actor when no profile is chosen (the CLI names itself; tests use the system). */
  actor?: Actor;
  /**
   * Renderer windows must say who is working first (issue 3): until a profile is chosen, every
   * channel but the profile ones answers LOCKED. The CLI and tests act as `actor` instead.
   */
  requireProfile?: boolean;
  logError?: (channel: string, error: unknown) => void;
  /** The audit worker's code (verification, exports); without it those run nowhere. */
  auditWorker?: WorkerSpec;
};

export type Runtime = {
  database: OpenedDatabase;
  context: ServiceContext;
  /** A call from a renderer frame (Electron IPC, the test host): the sender is checked. */
  call: (channel: string, input: unknown, sender: SenderInfo) => ReturnType<typeof dispatch>;
  /** A call from inside the main process (the CLI): same validation and handlers. */
  invoke: (channel: string, input: unknown) => ReturnType<typeof dispatch>;
  close: () => void;
};

/**
 * The composition root shared by the Electron main process, the CLI and the loopback test host:
 * one database, one clock, one id source, the same dispatch().
 */
export function createRuntime(options: RuntimeOptions): Runtime {
  const database = openDatabase({
    dataDir: options.dataDir,
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    ...(options.create === false ? { create: false } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const clock = options.clock ?? (() => new Date());
  try {
    syncShippedLibrary(database.sqlite, clock().toISOString());
  } catch (e) {
    database.close();
    throw e;
  }
  const session: Session = { profile: null };
  const fallback = options.actor ?? SYSTEM_ACTOR;
  const context: ServiceContext = {
    db: database.db,
    sqlite: database.sqlite,
    clock,
    newId: () => uuidv7(clock().getTime()),
    get actor() {
      return session.profile ? profileActor(session.profile) : fallback;
    },
    session,
    dataDir: options.dataDir,
    schemaVersion: database.schemaVersion,
    appVersion: APP_VERSION,
  };
  if (options.auditWorker) {
    context.auditJobs = createAuditJobs({
      worker: options.auditWorker,
      dbPath: database.path,
      context,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  }
  const deps: DispatchDeps = {
    handlers,
    context: () => context,
    trustedOrigin: options.trustedOrigin,
    ...(options.logError ? { logError: options.logError } : {}),
  };
  const rendererDeps: DispatchDeps = options.requireProfile
    ? {
        ...deps,
        guard: (channel) =>
          session.profile === null && !PROFILE_FREE_CHANNELS.includes(channel)
            ? new AppError('LOCKED', 'Say who is working first: choose or create your profile.')
            : null,
      }
    : deps;
  return {
    database,
    context,
    call: (channel, input, sender) => dispatch(channel, input, sender, rendererDeps),
    invoke: (channel, input) => execute(channel, input, deps),
    close: () => {
      // A job still running is abandoned (its worker is terminated); nothing half-saved remains:
      // exports are renamed into place only when complete, and results are saved in one step.
      void context.auditJobs?.stop();
      database.close();
    },
  };
}
