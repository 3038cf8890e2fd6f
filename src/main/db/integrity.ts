import type Database from 'better-sqlite3';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';

// Checks an existing database file set before Casefile writes to it (R-corrupt, QUALITY.md): a
// damaged or incomplete file is refused as it is, never "repaired" into an empty or older state.

/** What is wrong with the files, in words for the adviser and the IT officer. */
export type FileSetProblem = { reason: 'WAL_MISSING' | 'CORRUPT' | 'READ_ONLY'; message: string };

const SHM_HEADER_BYTES = 48;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

/**
 * A hot WAL (the journal holding the latest commits) that has gone missing or been cut short.
 * SQLite would open the main file without it and silently lose those commits, so the -shm index,
 * which records how many frames the WAL holds, is compared with the WAL on disk. Layout: SQLite's
 * wal.c, WalIndexHdr (native byte order): isInit at byte 12, szPage at 14, mxFrame at 16.
 */
export function missingWal(dbPath: string): FileSetProblem | null {
  const shmPath = `${dbPath}-shm`;
  if (!existsSync(shmPath) || statSync(shmPath).size < SHM_HEADER_BYTES) return null;
  const header = Buffer.alloc(SHM_HEADER_BYTES);
  const fd = openSync(shmPath, 'r');
  try {
    readSync(fd, header, 0, SHM_HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const le = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const u16 = (at: number): number => (le ? header.readUInt16LE(at) : header.readUInt16BE(at));
  const u32 = (at: number): number => (le ? header.readUInt32LE(at) : header.readUInt32BE(at));
  const isInit = header[12] === 1;
  const frames = u32(16);
  if (!isInit || frames === 0) return null;
  const encoded = u16(14);
  const pageSize = encoded === 1 ? 65536 : encoded;
  const needed = WAL_HEADER_BYTES + frames * (WAL_FRAME_HEADER_BYTES + pageSize);
  const walPath = `${dbPath}-wal`;
  const walSize = existsSync(walPath) ? statSync(walPath).size : -1;
  if (walSize >= needed) return null;
  return {
    reason: 'WAL_MISSING',
    message:
      `${walPath} holds the latest saved changes (${frames} pages) but is ` +
      `${walSize < 0 ? 'missing' : 'shorter than recorded'}. Casefile will not open the database ` +
      'without it, so nothing saved is silently lost. Restore the file from where it was moved, ' +
      'or restore a backup. Nothing has been changed.',
  };
}

/**
 * SQLite's own structural check of every page (b-trees, free list, indexes against tables), run
 * on a read-only connection so a damaged file is reported before anything writes to it.
 */
export function structuralDamage(probe: Database.Database, path: string): FileSetProblem | null {
  const rows = probe.pragma('quick_check(5)') as { quick_check: string }[];
  const first = rows[0]?.quick_check;
  if (rows.length === 1 && first === 'ok') return null;
  return {
    reason: 'CORRUPT',
    message:
      `${path} is damaged (${rows.map((r) => r.quick_check).join('; ')}). Casefile will not ` +
      'open it; restore a backup. Nothing has been changed.',
  };
}

/**
 * Runs a read-only inspection of `dbPath` and, if it refuses the file, deletes the empty -wal and
 * -shm files SQLite created for the probe: a refused database is left exactly as it was found.
 */
export function inspectLeavingNoTrace(dbPath: string, inspect: () => void): void {
  const absent = [`${dbPath}-wal`, `${dbPath}-shm`].filter((p) => !existsSync(p));
  try {
    inspect();
  } catch (e) {
    for (const p of absent) if (existsSync(p)) rmSync(p, { force: true });
    throw e;
  }
}

/**
 * A data folder or database file this process may not write (a read-only share, revoked
 * permissions): SQLite would fail later and less clearly, when it tries to create the WAL.
 */
export function unwritable(dataDir: string, dbPath: string): FileSetProblem | null {
  for (const path of [dataDir, dbPath]) {
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch {
      return {
        reason: 'READ_ONLY',
        message:
          `Casefile's data folder ${dataDir} cannot be written (${path} is read-only to this ` +
          'user). Nothing has been changed. Ask IT to restore write access to the folder.',
      };
    }
  }
  return null;
}
