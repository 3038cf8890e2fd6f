import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase, StorageError } from '../../../src/main/db/client';
import { verifyChain, type AuditEntry } from '../../../src/main/domain/audit/chain';
import { AUDIT_COLUMNS, sha256Hex } from '../../../src/main/services/audit';
import type { IpcError } from '../../../src/shared/errors';
import { bundleWriter } from '../../support/reliability';
import { useTempDirs } from '../../support/tempDir';

// R-diskfull (QUALITY.md): the writer runs under `ulimit -f` caps until a write is refused; the
// refusal reaches the caller (and so the UI) as a typed STORAGE error, reads keep working, and
// every commit acknowledged before it is on disk with integrity and the audit chain intact. A data
// folder that cannot be written is refused at start with a typed error, leaving it as it was.

const repo = resolve(__dirname, '../../..');
const migrations = join(repo, 'migrations');
const tempDir = useTempDirs();
const bundle = bundleWriter();

type FillReport = { acked: number[]; refused: IpcError | null; read: string; retry: string };

function fillUnder(cap: string, dataDir: string): FillReport {
  // bash's `ulimit -f` counts 512-byte blocks. Node ignores SIGXFSZ, so an over-cap write fails
  // with EFBIG, which SQLite reports as an I/O error on write.
  const run = spawnSync(
    'bash',
    [
      '-c',
      `ulimit -f ${cap} && exec "$0" "$@"`,
      process.execPath,
      bundle,
      'fill',
      dataDir,
      migrations,
    ],
    { input: 'go\n', encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const report: FillReport = { acked: [], refused: null, read: '', retry: '' };
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('ack ')) report.acked.push(Number(line.slice(4)));
    else if (line.startsWith('refused ')) report.refused = JSON.parse(line.slice(8)) as IpcError;
    else if (line.startsWith('read ')) report.read = line.slice(5);
    else if (line.startsWith('retry ')) report.retry = line.slice(6);
  }
  return report;
}

function verifyAfter(dataDir: string, acked: number[]): { cases: number; audit: number } {
  const db = openDatabase({ dataDir, migrationsDir: migrations, create: false });
  try {
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = new Set(db.sqlite.prepare('SELECT id FROM cases').pluck().all() as number[]);
    expect(
      acked.filter((id) => !ids.has(id)),
      'acknowledged cases lost',
    ).toEqual([]);
    const entries = db.sqlite
      .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries ORDER BY seq`)
      .all() as AuditEntry[];
    expect(verifyChain(entries, sha256Hex)).toMatchObject({ ok: true });
    return { cases: ids.size, audit: entries.length };
  } finally {
    db.close();
  }
}

describe('R-diskfull', () => {
  it.each([
    // Each composite commit writes a few dozen pages to the WAL (rows, indexes, full-text index,
    // audit), and the new database is already about 1 MiB (schema, authorities), so a cap near
    // 1 MiB leaves too few commits to show that none is lost.
    ['4 MiB', '8192'],
    ['2 MiB', '4096'],
  ])('under a %s file-size cap: typed STORAGE error, nothing committed lost', (label, cap) => {
    const dataDir = join(tempDir(), 'data');
    const report = fillUnder(cap, dataDir);
    expect(report.acked.length).toBeGreaterThan(10);
    expect(report.refused).toMatchObject({ code: 'STORAGE', reason: 'FULL' });
    expect(report.refused?.message).toMatch(/not saved; everything saved before it is safe/);
    expect(report.read).toBe('ok');
    expect(report.retry).toBe('STORAGE');
    const after = verifyAfter(dataDir, report.acked);
    console.log(
      `[R-diskfull] ulimit -f ${label}: ${report.acked.length} commits acknowledged, then ` +
        `${report.refused?.code}/${report.refused?.reason} ("${report.refused?.message}"); reads ` +
        `kept working; after reopening without the cap: ${after.cases} cases, ${after.audit} audit ` +
        'entries, 0 acknowledged lost, integrity ok, chain valid',
    );
  });

  it('refuses a data folder it cannot write to, with a typed error, changing nothing', () => {
    const dataDir = join(tempDir(), 'data');
    const first = fillUnder('2048', dataDir);
    const before = readdirSync(dataDir).sort();
    // Root ignores permission bits, so as root the app is run as "nobody" over a folder it may
    // read but not write (the same thing a read-only share or a revoked permission does).
    const asRoot = process.getuid?.() === 0;
    chmodSync(dataDir, 0o555);
    for (const f of before) chmodSync(join(dataDir, f), 0o444);
    chmodSync(join(dataDir, '..'), 0o755);
    try {
      const run = spawnSync(process.execPath, [bundle, 'fill', dataDir, migrations], {
        input: 'go\n',
        encoding: 'utf8',
        timeout: 60_000,
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/StorageError: Casefile's data folder .* cannot be written/);
      expect(run.stderr).toMatch(/reason: 'READ_ONLY'/);
      expect(readdirSync(dataDir).sort()).toEqual(before);
    } finally {
      chmodSync(dataDir, 0o755);
      for (const f of readdirSync(dataDir)) chmodSync(join(dataDir, f), 0o644);
    }
    // Everything committed before is still there once the folder is writable again.
    verifyAfter(dataDir, first.acked);
    expect(() => openDatabase({ dataDir: join(dataDir, 'nowhere'), create: false })).toThrow(
      StorageError,
    );
    expect(readdirSync(dataDir)).toContain(DB_FILE_NAME);
  });
});
