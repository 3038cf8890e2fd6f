import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { inspectLeavingNoTrace, missingWal, structuralDamage, unwritable } from './integrity';
import * as schema from './schema';

export const DB_FILE_NAME = 'casefile.db';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type OpenedDatabase = {
  db: Db;
  sqlite: Database.Database;
  path: string;
  /** How many migrations the file carries after opening. */
  schemaVersion: number;
  close: () => void;
};

export type StorageFailure =
  | 'NEWER_SCHEMA'
  | 'NOT_A_DATABASE'
  | 'PRAGMA_MISMATCH'
  | 'IO'
  /** The hot WAL (latest commits) is missing or cut short: opening would silently lose them. */
  | 'WAL_MISSING'
  /** SQLite's structural check fails: damaged pages. */
  | 'CORRUPT'
  /** A write failed for lack of space or over a file-size quota (SQLITE_FULL, EFBIG). */
  | 'FULL'
  /** The data folder or file cannot be written. */
  | 'READ_ONLY';

/** A failure to open or use the database file; the file itself is left as it was. */
export class StorageError extends AppError {
  readonly reason: StorageFailure;
  constructor(reason: StorageFailure, message: string) {
    super('STORAGE', message);
    this.name = 'StorageError';
    this.reason = reason;
  }
}

// ARCHITECTURE.md "Storage": every connection runs with these, and we read them back because a
// pragma SQLite does not recognise (or cannot apply) fails silently.
const PRAGMAS: readonly { name: string; set: string; expect: string | number }[] = [
  { name: 'journal_mode', set: 'WAL', expect: 'wal' },
  { name: 'synchronous', set: 'FULL', expect: 2 },
  { name: 'foreign_keys', set: 'ON', expect: 1 },
  { name: 'busy_timeout', set: '5000', expect: 5000 },
  { name: 'secure_delete', set: 'ON', expect: 1 },
  { name: 'temp_store', set: 'MEMORY', expect: 2 },
  { name: 'trusted_schema', set: 'OFF', expect: 0 },
];

export function applyAndAssertPragmas(sqlite: Database.Database): void {
  for (const p of PRAGMAS) sqlite.pragma(`${p.name} = ${p.set}`);
  for (const p of PRAGMAS) {
    const actual: unknown = sqlite.pragma(p.name, { simple: true });
    if (actual !== p.expect) {
      throw new StorageError(
        'PRAGMA_MISMATCH',
        `SQLite pragma ${p.name} is ${String(actual)}, expected ${String(p.expect)}`,
      );
    }
  }
}

type JournalEntry = { idx: number; when: number; tag: string };

/** Finds the shipped `migrations/` folder from wherever this module was bundled to. */
export function findMigrationsDir(start: string = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the migrations folder above ${start}`);
    dir = parent;
  }
}

export function readJournal(migrationsDir: string): JournalEntry[] {
  const raw = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return raw.entries;
}

/**
 * Looks at an existing file without writing to it: a database migrated by a newer Casefile must
 * be refused before anything (even switching to WAL) touches it, so its bytes stay as they were.
 */
function refuseNewerSchema(path: string, journal: JournalEntry[], nativeBinding?: string): void {
  let probe: Database.Database;
  try {
    probe = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (e) {
    throw new StorageError('IO', `cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    // Damage first: a damaged page can make any later reading (the schema version) a lie.
    const damage = structuralDamage(probe, path);
    if (damage) throw new StorageError(damage.reason, damage.message);
    const hasTable = probe
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get();
    if (!hasTable) return;
    const row = probe
      .prepare('SELECT count(*) AS n, max(created_at) AS newest FROM __drizzle_migrations')
      .get() as { n: number; newest: number | null };
    const known = journal.length;
    const newestKnown = journal.reduce((m, e) => Math.max(m, e.when), 0);
    if (row.n > known || (row.newest ?? 0) > newestKnown) {
      throw new StorageError(
        'NEWER_SCHEMA',
        `${path} was written by a newer version of Casefile (schema ${row.n}, this version knows ${known}). ` +
          'It has not been changed. Install the newer version to open it.',
      );
    }
  } catch (e) {
    if (e instanceof StorageError) throw e;
    throw new StorageError(
      'NOT_A_DATABASE',
      `${path} is not a readable Casefile database (${(e as Error).message}). It has not been changed.`,
    );
  } finally {
    probe.close();
  }
}

export type OpenOptions = {
  dataDir: string;
  migrationsDir?: string;
  /** Create the data dir and an empty database when none exists (first run, `casefile init`). */
  create?: boolean;
  /**
   * Path of a better-sqlite3 addon built for another ABI: the Electron main process passes the
   * Electron build (scripts/ensure-electron-abi.mjs) while Node keeps the default one.
   */
  nativeBinding?: string;
};

export function openDatabase(options: OpenOptions): OpenedDatabase {
  const migrationsDir = options.migrationsDir ?? findMigrationsDir();
  const journal = readJournal(migrationsDir);
  const path = join(options.dataDir, DB_FILE_NAME);
  const exists = existsSync(path);
  if (exists) {
    const problem = unwritable(options.dataDir, path) ?? missingWal(path);
    if (problem) throw new StorageError(problem.reason, problem.message);
    inspectLeavingNoTrace(path, () => refuseNewerSchema(path, journal, options.nativeBinding));
  } else if (options.create === false) {
    throw new StorageError('IO', `no Casefile database at ${path}; run \`casefile init\` first`);
  } else {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(
      path,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (e) {
    throw new StorageError('IO', `cannot open ${path}: ${(e as Error).message}`);
  }
  try {
    applyAndAssertPragmas(sqlite);
    const db: Db = drizzle({ client: sqlite, schema });
    migrate(db, { migrationsFolder: migrationsDir });
    const { n } = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
      n: number;
    };
    return { db, sqlite, path, schemaVersion: n, close: () => sqlite.close() };
  } catch (e) {
    sqlite.close();
    if (e instanceof AppError) throw e;
    throw new StorageError(
      'NOT_A_DATABASE',
      `cannot use ${path} as a Casefile database: ${(e as Error).message}`,
    );
  }
}
