import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { runAssessment } from '../../src/main/services/assessmentService';
import { reassessStored } from '../../src/main/services/reassess';
import { reassessInWorker } from '../../src/main/services/reassessInWorker';
import { openTestCase } from '../support/cases';
import { loadGoldenCases } from '../support/golden';
import { testRuntime } from '../support/runtime';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

/** A data dir holding one stored assessment per golden case. */
function seeded(): { dataDir: string; dbPath: string; ids: number[] } {
  const dataDir = tempDir();
  const rt = testRuntime(dataDir);
  try {
    const ids = loadGoldenCases().map((g) => {
      const c = openTestCase(rt);
      return runAssessment(rt.context, { caseId: c.id, facts: g.facts, asOf: g.facts.as_of }).id;
    });
    return { dataDir, dbPath: rt.database.path, ids };
  } finally {
    rt.close();
  }
}

describe('recomputing every stored assessment', () => {
  it('reproduces every golden case, in a worker thread on its own connection', async () => {
    const { dbPath, ids } = seeded();
    const progress: number[] = [];
    const report = await reassessInWorker(dbPath, { onProgress: (n) => progress.push(n) });
    expect(report).toEqual({
      total: ids.length,
      reproduced: ids.length,
      differing: [],
      failed: [],
    });
    expect(progress.at(-1)).toBe(ids.length);
  }, 60_000);

  it('names the versions that no longer reproduce', () => {
    const { dbPath, ids } = seeded();
    const db = new Database(dbPath);
    try {
      db.exec('DROP TRIGGER assessments_content_immutable');
      db.prepare(`UPDATE assessments SET result_sha256 = ? WHERE id = ?`).run(
        '0'.repeat(64),
        ids[3],
      );
      db.prepare(`UPDATE assessments SET ruleset_version = 'da-core/9.9.9' WHERE id = ?`).run(
        ids[5],
      );
      const report = reassessStored(db);
      expect(report.total).toBe(ids.length);
      expect(report.reproduced).toBe(ids.length - 2);
      expect(report.differing).toEqual([expect.objectContaining({ id: ids[3], version: 1 })]);
      expect(report.failed).toEqual([
        { id: ids[5], problem: 'ruleset da-core/9.9.9 not in this build' },
      ]);
    } finally {
      db.close();
    }
  });

  it('casefile assessments verify reports the count and exits 0 when all reproduce', async () => {
    const { dataDir, ids } = seeded();
    let stdout = '';
    const code = await runCli(['assessments', 'verify', '--data-dir', dataDir], {
      stdout: (s) => (stdout += s),
      stderr: () => undefined,
      env: {},
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      `${ids.length} stored assessments recomputed: ${ids.length} reproduced byte for byte`,
    );
    const db = new Database(join(dataDir, 'casefile.db'));
    db.exec('DROP TRIGGER assessments_content_immutable');
    db.prepare(
      `UPDATE assessments SET facts_json = replace(facts_json, '"Y"', '"N"') WHERE id = ?`,
    ).run(ids[0]);
    db.close();
    let err = '';
    const bad = await runCli(['assessments', 'verify', '--data-dir', dataDir], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (err += s),
      env: {},
    });
    expect(bad).toBe(1);
    expect(stdout).toContain(`DIFFERS: assessment ${ids[0]}`);
    expect(err).toMatch(/do not reproduce/);
  }, 60_000);
});
