import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMigrationsDir } from '../src/main/db/client';
import { prepared } from '../src/main/db/statements';
import { APP_ORIGIN } from '../src/main/ipc/trustedSender';
import { createRuntime, type Runtime } from '../src/main/runtime';
import { getCase, listCases } from '../src/main/services/caseService';
import type { CaseListInput, CaseSort } from '../src/shared/ipc/contracts/cases';
import { CASE_STATUSES } from '../src/shared/schemas/case';
import { prng } from '../tests/support/arbitraries';
import { cacheDir, measure, measurePair, type Bench, type BenchRow, type Samples } from './lib';

// D1–D3 of QUALITY.md over 10^5 cases: the case list's first page (filter + sort, 50 rows), a
// keyset page at any depth, and a case by id / reference — each through the service the IPC
// handler calls, against the same SQL run raw as a statement prepared once, in the same run.

const CASES = 100_000;
const MISSIONS = 20;
const PAGE = 50;

/** The seeded file is reused while the migrations are unchanged. */
function schemaKey(): string {
  const dir = findMigrationsDir(join(__dirname, '..', 'src'));
  const h = createHash('sha256');
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.sql'))
    .sort()) {
    h.update(readFileSync(join(dir, f)));
  }
  return `case-list-${CASES}-${h.digest('hex').slice(0, 12)}`;
}

/** 10^5 cases over 20 missions in one transaction with prepared statements. */
function seed(rt: Runtime): number {
  const db = rt.database.sqlite;
  const t0 = Date.now();
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  db.transaction(() => {
    const mission = db.prepare(
      `INSERT INTO missions (name, code, sending_state, host_state, premises_type, created_at)
       VALUES (?, ?, 'GBR', ?, 'EMBASSY_CHANCERY', '2020-01-01T00:00:00.000Z')`,
    );
    const legal = db.prepare('INSERT INTO legal_contexts (mission_id) VALUES (?)');
    for (let m = 1; m <= MISSIONS; m++) {
      mission.run(`Mission ${m}`, `M${m}`, `H${String(m).padStart(2, '0')}`.slice(0, 3));
      legal.run(m);
    }
    const kase = db.prepare(
      `INSERT INTO cases (uid, reference, mission_id, year, sequence, status, opened_at, updated_at,
         label, latest_outcome)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const facts = db.prepare(
      `INSERT INTO case_facts (case_id, premises_type, imminent_threat, physically_on_premises)
       VALUES (?, 'EMBASSY_CHANCERY', ?, 'Y')`,
    );
    const person = db.prepare(
      "INSERT INTO persons (case_id, kind, position, ref) VALUES (?, 'PRINCIPAL', 0, 'P1')",
    );
    const outcomes = [
      null,
      null,
      'INSUFFICIENT_INFORMATION',
      'NOT_JUSTIFIED',
      'PROTECTION_OBLIGATORY',
    ];
    const threats = [null, 'Y', 'N', 'U'];
    const sequence = new Map<string, number>();
    const start = Date.UTC(2020, 0, 1);
    const span = Date.UTC(2026, 0, 1) - start;
    for (let i = 1; i <= CASES; i++) {
      const m = 1 + Math.floor(rand() * MISSIONS);
      const opened = new Date(start + Math.floor(rand() * span));
      const updated = new Date(opened.getTime() + Math.floor(rand() * 90 * 86_400_000));
      const year = opened.getUTCFullYear();
      const key = `${m}-${year}`;
      const seq = (sequence.get(key) ?? 0) + 1;
      sequence.set(key, seq);
      kase.run(
        `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        `GBR-M${m}-${year}-${String(seq).padStart(4, '0')}`,
        m,
        year,
        seq,
        pick(CASE_STATUSES),
        opened.toISOString(),
        updated.toISOString(),
        i % 7 === 0 ? `Label ${i}` : null,
        pick(outcomes),
      );
      facts.run(i, pick(threats));
      person.run(i);
    }
  })();
  db.pragma('optimize');
  return (Date.now() - t0) / 1000;
}

function fixture(): { rt: Runtime; seededSeconds: number | null } {
  const { dir, fresh } = cacheDir(schemaKey());
  const rt = createRuntime({ dataDir: dir, trustedOrigin: APP_ORIGIN });
  if (!fresh) return { rt, seededSeconds: null };
  const seededSeconds = seed(rt);
  writeFileSync(join(dir, '.complete'), new Date().toISOString());
  return { rt, seededSeconds };
}

const COLUMNS = `c.id, c.reference, c.mission_id AS missionId, m.name AS missionName, c.status,
  c.opened_at AS openedAt, c.updated_at AS updatedAt, c.label, c.latest_outcome AS latestOutcome,
  c.imminent_threat AS imminentThreat, 0 AS identityMatch`;

const row = (
  id: string,
  scenario: string,
  s: Samples,
  raw: Samples,
  budgetMs: number,
  maxRatio: number,
  extra: { pass?: boolean; notes?: string } = {},
): BenchRow => {
  const ratio = s.median / raw.median;
  return {
    id,
    scenario,
    median: s.median,
    p95: s.p95,
    baseline: { label: 'raw prepared SQL', median: raw.median, p95: raw.p95 },
    ratio,
    budget: `p95 ≤ ${budgetMs} ms; ≤ ${maxRatio}× raw`,
    pass: s.p95 <= budgetMs && ratio <= maxRatio && (extra.pass ?? true),
    ...(extra.notes ? { notes: extra.notes } : {}),
  };
};

const bench: Bench = {
  name: 'case list and lookups (D1–D3)',
  run: () => {
    const { rt, seededSeconds } = fixture();
    const ctx = rt.context;
    const db = rt.database.sqlite;
    const repeats = 400;
    const rows: BenchRow[] = [];
    try {
      // D1: first page, filter + sort. The raw baseline is the same SQL as one prepared statement.
      const filters: {
        name: string;
        input: Partial<CaseListInput>;
        where: string;
        args: unknown[];
      }[] = [
        { name: 'mission', input: { missionId: 7 }, where: 'c.mission_id = ?', args: [7] },
        {
          name: 'status',
          input: { status: 'UNDER_ASSESSMENT' },
          where: 'c.status = ?',
          args: ['UNDER_ASSESSMENT'],
        },
        { name: 'urgency', input: { urgency: 'Y' }, where: 'c.imminent_threat = ?', args: ['Y'] },
        {
          name: 'outcome',
          input: { outcome: 'PROTECTION_OBLIGATORY' },
          where: 'c.latest_outcome = ?',
          args: ['PROTECTION_OBLIGATORY'],
        },
      ];
      for (const sort of ['UPDATED', 'OPENED'] as CaseSort[]) {
        const col = sort === 'UPDATED' ? 'c.updated_at' : 'c.opened_at';
        for (const f of filters) {
          const raw = db.prepare(
            `SELECT ${COLUMNS} FROM cases c JOIN missions m ON m.id = c.mission_id
             WHERE ${f.where} ORDER BY ${col} DESC, c.id DESC LIMIT ?`,
          );
          const input = { ...f.input, sort, limit: PAGE };
          const { service, baseline } = measurePair(
            () => listCases(ctx, input),
            () => raw.all(...f.args, PAGE + 1),
            repeats,
            50,
          );
          rows.push(
            row(
              'D1',
              `first page of ${PAGE}, ${f.name} filter, newest ${sort === 'UPDATED' ? 'update' : 'opening'} first`,
              service,
              baseline,
              2,
              1.3,
            ),
          );
        }
      }

      // D2: the next page by keyset, near the top, in the middle and at the very end of the list.
      const firstPage = measure(
        () => listCases(ctx, { sort: 'UPDATED', limit: PAGE }),
        repeats,
        50,
      );
      const cursors: { depth: number; cursor: string; at: [string, number] }[] = [];
      let cursor: string | null = null;
      let depth = 0;
      const wanted = new Set([1, Math.floor(CASES / PAGE / 2), Math.floor(CASES / PAGE) - 1]);
      while (depth < Math.floor(CASES / PAGE)) {
        const page = listCases(ctx, {
          sort: 'UPDATED',
          limit: PAGE,
          ...(cursor ? { cursor } : {}),
        });
        depth++;
        cursor = page.nextCursor;
        if (!cursor) break;
        const last = page.items.at(-1);
        if (wanted.has(depth) && last)
          cursors.push({ depth, cursor, at: [last.updatedAt, last.id] });
      }
      const rawNext = db.prepare(
        `SELECT ${COLUMNS} FROM cases c JOIN missions m ON m.id = c.mission_id
         WHERE (c.updated_at, c.id) < (?, ?) ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`,
      );
      for (const c of cursors) {
        const { service, baseline } = measurePair(
          () => listCases(ctx, { sort: 'UPDATED', limit: PAGE, cursor: c.cursor }),
          () => rawNext.all(c.at[0], c.at[1], PAGE + 1),
          repeats,
          50,
        );
        const deepRatio = service.median / firstPage.median;
        rows.push(
          row(
            'D2',
            `page ${c.depth + 1} of ${Math.ceil(CASES / PAGE)} by keyset (row ${c.depth * PAGE + 1})`,
            service,
            baseline,
            2,
            1.3,
            {
              pass: deepRatio <= 2,
              notes: `page ${c.depth + 1}: ${deepRatio.toFixed(2)}× the first page (budget ≤ 2×)`,
            },
          ),
        );
      }

      // D3: one case by id and by reference.
      const rawById = db.prepare(
        `SELECT ${COLUMNS.replace(', 0 AS identityMatch', '')} FROM cases c JOIN missions m ON m.id = c.mission_id WHERE c.id = ?`,
      );
      const rawByRef = db.prepare(
        `SELECT ${COLUMNS.replace(', 0 AS identityMatch', '')} FROM cases c JOIN missions m ON m.id = c.mission_id WHERE c.reference = ?`,
      );
      const rand = prng(7);
      const ids = Array.from({ length: 1000 }, () => 1 + Math.floor(rand() * CASES));
      const refs = ids.map(
        (id) =>
          (
            prepared(db, 'SELECT reference FROM cases WHERE id = ?').get(id) as {
              reference: string;
            }
          ).reference,
      );
      // Service and raw read the same key in turn, so both meet the same cache state.
      let k = 0;
      const byId = measurePair(
        () => getCase(ctx, { id: ids[k % ids.length] }),
        () => rawById.get(ids[k++ % ids.length]),
        5000,
        500,
      );
      k = 0;
      const byRef = measurePair(
        () => getCase(ctx, { reference: refs[k % refs.length] }),
        () => rawByRef.get(refs[k++ % refs.length]),
        5000,
        500,
      );
      rows.push(row('D3', 'case by id', byId.service, byId.baseline, 0.1, 1.25));
      rows.push(row('D3', 'case by reference', byRef.service, byRef.baseline, 0.1, 1.25));

      const first = rows[0];
      if (first) {
        first.notes =
          (seededSeconds === null
            ? `fixture of ${CASES} cases reused from bench/.cache`
            : `fixture of ${CASES} cases seeded in ${seededSeconds.toFixed(1)} s (budget ≤ 60 s)`) +
          '; service = the function the cases:list / cases:get handlers call';
        if (seededSeconds !== null && seededSeconds > 60) first.pass = false;
      }
      return rows;
    } finally {
      rt.close();
    }
  },
};
export default bench;
