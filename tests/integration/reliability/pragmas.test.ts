import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/client';
import { useTempDirs } from '../../support/tempDir';

// R-pragmas (QUALITY.md): every pragma read back from the connection the services use, on a new
// database and again on reopening an existing one.

const tempDir = useTempDirs();
const EXPECTED: Record<string, unknown> = {
  journal_mode: 'wal',
  synchronous: 2,
  foreign_keys: 1,
  secure_delete: 1,
  temp_store: 2,
  trusted_schema: 0,
  busy_timeout: 5000,
};

describe('R-pragmas', () => {
  it.each(['new', 'reopened'])('on a %s database every pragma reads back as required', (when) => {
    const dir = tempDir();
    if (when === 'reopened') openDatabase({ dataDir: dir }).close();
    const db = openDatabase({ dataDir: dir });
    try {
      const actual = Object.fromEntries(
        Object.keys(EXPECTED).map((name) => [name, db.sqlite.pragma(name, { simple: true })]),
      );
      console.log(`[R-pragmas] ${when}: ${JSON.stringify(actual)}`);
      expect(actual).toEqual(EXPECTED);
    } finally {
      db.close();
    }
  });
});
