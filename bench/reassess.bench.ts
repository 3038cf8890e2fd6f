import Database from 'better-sqlite3';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../src/main/runtime';
import { APP_ORIGIN } from '../src/main/ipc/trustedSender';
import { runAssessment } from '../src/main/services/assessmentService';
import { openCase } from '../src/main/services/caseService';
import { createMission } from '../src/main/services/missionService';
import { reassessInWorker } from '../src/main/services/reassessInWorker';
import type { CaseFacts } from '../src/shared/caseFacts';
import { cacheDir, measure, measureAsync, stats, type Bench } from './lib';

// E1 (QUALITY.md), second half: re-assess 10^4 stored cases ≤ 10 s, off the interactive path.
// 10^4 cases each with a stored assessment (the golden facts, varied) are recomputed with their
// own ruleset and configuration in a worker thread and compared byte for byte. The raw baseline
// is the I/O floor measured in the same run: reading every stored row by keyset and parsing its
// stored input (facts and configuration) on the main thread.

const CASES = 10_000;
const REPEATS = 5;

function seed(dataDir: string): void {
  const dir = join(__dirname, '..', 'tests', 'fixtures', 'golden');
  const golden = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { facts: CaseFacts }).facts);
  const rt = createRuntime({ dataDir, trustedOrigin: APP_ORIGIN });
  try {
    const mission = createMission(rt.context, {
      name: 'Bench embassy',
      code: 'BEN',
      sendingState: 'GBR',
      hostState: 'ECU',
      premisesType: 'EMBASSY_CHANCERY',
    });
    rt.context.sqlite.transaction(() => {
      for (let i = 0; i < CASES; i++) {
        const facts = golden[i % golden.length] as CaseFacts;
        const c = openCase(rt.context, mission.id);
        // Distinct inputs per case: a different case id and a later time of assessment.
        const asOf = new Date(Date.parse(facts.as_of ?? '2026-03-02T12:00:00Z') + i * 60_000);
        runAssessment(rt.context, {
          caseId: c.id,
          facts: { ...facts, case_id: `BENCH-${i}` },
          asOf: asOf.toISOString().replace('.000Z', 'Z'),
        });
      }
    })();
  } finally {
    rt.close();
  }
}

const bench: Bench = {
  name: 're-assess stored cases (E1)',
  run: async () => {
    const { dir, fresh } = cacheDir(`reassess-${CASES}`);
    if (fresh) {
      rmSync(dir, { recursive: true, force: true });
      seed(dir);
      writeFileSync(join(dir, '.complete'), '');
    }
    const dbPath = join(dir, 'casefile.db');

    // Baseline: the raw keyset read + JSON parse of every stored input.
    const raw = new Database(dbPath, { readonly: true });
    const page = raw.prepare(
      'SELECT id, facts_json, config_json, result_sha256 FROM assessments WHERE id > ? ORDER BY id LIMIT 500',
    );
    const base = measure(
      () => {
        let last = 0;
        for (;;) {
          const rows = page.all(last) as { id: number; facts_json: string; config_json: string }[];
          if (rows.length === 0) break;
          for (const r of rows) {
            last = r.id;
            JSON.parse(r.facts_json);
            JSON.parse(r.config_json);
          }
        }
      },
      REPEATS,
      1,
    );
    raw.close();

    let perCase: number[] = [];
    let total = 0;
    let reproduced = 0;
    const whole = await measureAsync(
      async () => {
        const report = await reassessInWorker(dbPath, { timings: true });
        perCase = report.timings ?? [];
        total = report.total;
        reproduced = report.reproduced;
      },
      REPEATS,
      1,
    );
    const each = stats(perCase);
    const notes = `${total} stored assessments recomputed in a worker thread, ${reproduced} reproduced byte for byte; baseline = keyset read + JSON.parse of every stored input on the main thread. Each result is compared through its stored SHA-256 (the single-version check in the app compares the bytes).`;
    return [
      {
        id: 'E1-store',
        scenario: `re-assess ${CASES.toLocaleString('en')} stored cases in a worker thread (byte-compare included)`,
        median: whole.median,
        p95: whole.p95,
        baseline: { label: 'raw read + parse', median: base.median, p95: base.p95 },
        ratio: whole.median / base.median,
        budget: '≤ 10 s',
        pass: whole.p95 <= 10_000 && reproduced === total && total === CASES,
        notes,
      },
      {
        id: 'E1-each',
        scenario:
          'one stored case recomputed inside that worker (parse, engine, canonical JSON, compare)',
        median: each.median,
        p95: each.p95,
        budget: 'median ≤ 1 ms',
        pass: each.median <= 1,
      },
    ];
  },
};
export default bench;
