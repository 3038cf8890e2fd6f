import { openDatabase, type OpenedDatabase } from './db/client';
import { uuidv7 } from './ids';
import { dispatch, execute, type DispatchDeps } from './ipc/dispatch';
import { handlers } from './ipc/handlers';
import type { SenderInfo } from './ipc/trustedSender';
import { syncShippedLibrary } from './services/authorityLibrary';
import { createAuditJobs, type WorkerSpec } from './services/auditJobs';
import { SYSTEM_ACTOR, type Actor, type ServiceContext } from './services/context';
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
  actor?: Actor;
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
  const context: ServiceContext = {
    db: database.db,
    sqlite: database.sqlite,
    clock,
    newId: () => uuidv7(clock().getTime()),
    actor: options.actor ?? SYSTEM_ACTOR,
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
  return {
    database,
    context,
    call: (channel, input, sender) => dispatch(channel, input, sender, deps),
    invoke: (channel, input) => execute(channel, input, deps),
    close: () => {
      // A job still running is abandoned (its worker is terminated); nothing half-saved remains:
      // exports are renamed into place only when complete, and results are saved in one step.
      void context.auditJobs?.stop();
      database.close();
    },
  };
}
