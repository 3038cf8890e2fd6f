import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase, StorageError } from '../../src/main/db/client';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  it('creates the file, applies every migration and reads back every pragma (R-pragmas)', () => {
    const dir = join(tempDir(), 'data');
    const opened = openDatabase({ dataDir: dir });
    try {
      const p = (name: string): unknown => opened.sqlite.pragma(name, { simple: true });
      expect(p('journal_mode')).toBe('wal');
      expect(p('synchronous')).toBe(2);
      expect(p('foreign_keys')).toBe(1);
      expect(p('secure_delete')).toBe(1);
      expect(p('temp_store')).toBe(2);
      expect(p('trusted_schema')).toBe(0);
      expect(p('busy_timeout')).toBe(5000);
      expect(opened.schemaVersion).toBeGreaterThanOrEqual(1);
      const tables = opened.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(expect.arrayContaining(['cases', 'missions']));
    } finally {
      opened.close();
    }
  });

  it('opens an existing database again without re-applying migrations', () => {
    const dir = tempDir();
    const first = openDatabase({ dataDir: dir });
    const version = first.schemaVersion;
    first.close();
    const second = openDatabase({ dataDir: dir });
    expect(second.schemaVersion).toBe(version);
    second.close();
  });

  it('refuses a database written by a newer schema and leaves its bytes unchanged', () => {
    const dir = tempDir();
    openDatabase({ dataDir: dir }).close();
    const path = join(dir, DB_FILE_NAME);
    // A newer Casefile would have recorded one more migration, later than any this build knows.
    const raw = new Database(path);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('f'.repeat(64), Date.UTC(2099, 0, 1));
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = sha256(path);
    let error: unknown;
    try {
      openDatabase({ dataDir: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('NEWER_SCHEMA');
    expect((error as StorageError).message).toMatch(/newer version of Casefile/);
    expect(sha256(path)).toBe(before);
  });

  it('refuses a file that is not a database, unchanged, and never starts an empty one', () => {
    const dir = tempDir();
    const path = join(dir, DB_FILE_NAME);
    writeFileSync(path, Buffer.alloc(8192, 0x5a));
    const before = sha256(path);
    expect(() => openDatabase({ dataDir: dir })).toThrow(StorageError);
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('with create: false, reports a missing database instead of creating one', () => {
    const dir = join(tempDir(), 'none');
    expect(() => openDatabase({ dataDir: dir, create: false })).toThrow(/casefile init/);
    expect(existsSync(dir)).toBe(false);
  });
});
