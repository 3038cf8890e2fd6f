import type Database from 'better-sqlite3';
import { canonicalJson } from '../../shared/canonicalJson';
import { caseFactsSchema } from '../../shared/caseFacts/schema';
import type { RulesetConfig } from '../domain/assessment';
import { rulesetFor } from './assessmentEngine';
import { sha256Hex } from './audit';

// Recomputes every stored assessment with its own ruleset and configuration and checks that the
// bytes match (ARCHITECTURE.md "Determinism"). Heavy: it runs in a worker thread
// (src/main/workers/reassessWorker.ts) on its own read-only connection, never on the
// interactive path (QUALITY.md E1, D7).

export type ReassessReport = {
  total: number;
  reproduced: number;
  /** Versions whose recomputation differs from what was stored. */
  differing: { id: number; caseId: number; version: number }[];
  /** Versions that could not be recomputed at all, and why. */
  failed: { id: number; problem: string }[];
  /** Milliseconds per recomputation, in id order (for the benchmark). */
  timings?: number[];
};

type Row = {
  id: number;
  caseId: number;
  version: number;
  rulesetVersion: string;
  mode: 'TREATY_BODY' | 'RESTRICTIVE';
  configSha256: string;
  configJson: string;
  factsJson: string;
  resultSha256: string;
};

const BATCH = 500;

export function reassessStored(
  sqlite: Database.Database,
  options: { timings?: boolean; onProgress?: (done: number) => void } = {},
): ReassessReport {
  // Keyset pages: constant memory and cost per page whatever the number of versions.
  const page = sqlite.prepare(
    `SELECT id, case_id AS caseId, version, ruleset_version AS rulesetVersion, mode,
       config_sha256 AS configSha256, config_json AS configJson, facts_json AS factsJson,
       result_sha256 AS resultSha256
     FROM assessments WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
  );
  // Configurations repeat across versions: each distinct one is validated once.
  const configs = new Map<string, RulesetConfig | null>();
  const report: ReassessReport = { total: 0, reproduced: 0, differing: [], failed: [] };
  const timings: number[] = [];
  let last = 0;
  for (;;) {
    const rows = page.all(last) as Row[];
    if (rows.length === 0) break;
    for (const row of rows) {
      last = row.id;
      report.total++;
      const t0 = performance.now();
      const ruleset = rulesetFor(row.rulesetVersion);
      if (ruleset === null) {
        report.failed.push({
          id: row.id,
          problem: `ruleset ${row.rulesetVersion} not in this build`,
        });
        continue;
      }
      const key = `${row.rulesetVersion}/${row.configSha256}`;
      if (!configs.has(key)) configs.set(key, ruleset.parseConfig(JSON.parse(row.configJson)));
      const config = configs.get(key) ?? null;
      const facts = caseFactsSchema.safeParse(JSON.parse(row.factsJson));
      if (config === null || !facts.success) {
        report.failed.push({ id: row.id, problem: 'stored input no longer valid' });
        continue;
      }
      // The stored bytes are compared through their SHA-256, so the large result column is never
      // read; the single-version check (reproduceAssessment) compares the bytes themselves.
      const same =
        sha256Hex(canonicalJson(ruleset.run(facts.data, config, row.mode))) === row.resultSha256;
      if (options.timings) timings.push(performance.now() - t0);
      if (same) report.reproduced++;
      else report.differing.push({ id: row.id, caseId: row.caseId, version: row.version });
    }
    options.onProgress?.(report.total);
  }
  return options.timings ? { ...report, timings } : report;
}
