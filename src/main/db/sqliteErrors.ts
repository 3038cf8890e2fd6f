import { StorageError } from './client';

// SQLite failures that are about the storage, not the request: the disk is full, the file or its
// folder cannot be written, the file is damaged. They reach the adviser as a typed STORAGE error
// with a reason and a message that says what happened to their work, instead of INTERNAL.
// Codes: https://www.sqlite.org/rescode.html (better-sqlite3 puts the extended code on `code`).

function sqliteCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

const NOTHING_SAVED = 'This change was not saved; everything saved before it is safe.';

export function storageErrorFrom(e: unknown): StorageError | null {
  if (e instanceof StorageError) return e;
  const code = sqliteCode(e);
  if (code === null) return null;
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    // A write refused for space (ENOSPC) or size (EFBIG, a file-size quota) is the same to the user.
    return new StorageError(
      'FULL',
      `The disk holding Casefile's data is full or over its quota. ${NOTHING_SAVED} ` +
        'Free some space, then try again.',
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new StorageError(
      'READ_ONLY',
      `Casefile's data folder cannot be written to (${code}). ${NOTHING_SAVED} ` +
        'Ask IT to check the folder and its permissions.',
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StorageError(
      'CORRUPT',
      `Casefile's database is damaged (${code}). ${NOTHING_SAVED} Restore a backup.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StorageError(
      'IO',
      `The disk failed to read or write Casefile's data (${code}). ${NOTHING_SAVED}`,
    );
  }
  return null;
}
