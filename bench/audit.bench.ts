import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { GENESIS_HASH, serialiseEntry } from '../src/main/domain/audit/chain';
import { createRuntime, type Runtime } from '../src/main/runtime';
import { AUDIT_COLUMNS, recordAudit, sha256Hex } from '../src/main/services/audit';
import { entryOf, verifyAuditLog, type RawEntry } from '../src/main/services/auditService';
import { inTransaction, type ServiceContext } from '../src/main/services/context';
import { prng } from '../tests/support/arbitraries';
import { cacheDir, measureCpu, stats, type Bench, type BenchRow, type Samples } from './lib';

// A1 (QUALITY.md): the audit append inside the use case's transaction adds ≤ 0.1 ms per write.
// A2: verifying a 10^6-entry chain takes ≤ 5 s (the app runs it in a worker thread) and ≤ 1.5×
// the floor: a raw keyset read of the same rows plus the SHA-256 chain over them, in this run.

const ENTRIES = 1_000_000;
const BATCH = 20_000;

const FIELDS = ['status', 'summary', 'pinpoint', 'comment', 'direction', 'reference'] as const;

/** 10^6 entries written by recordAudit itself, shaped like the app's (a few fields each). */
function seed(ctx: ServiceContext): void {
  const next = prng(20261128);
  const word = () => Math.floor(next() * 1e9).toString(36);
  for (let done = 0; done < ENTRIES; done += 10_000) {
    inTransaction(ctx, () => {
      for (let i = 0; i < 10_000; i++) {
        const n = done + i;
        const before: Record<string, string> = {};
        const after: Record<string, string> = {};
        for (const f of FIELDS.slice(0, 1 + (n % FIELDS.length))) {
          before[f] = `${word()} ${word()}`;
          after[f] = next() < 0.5 ? (before[f] ?? '') : `${word()} ${word()} ${word()}`;
        }
        recordAudit(ctx, {
          action: n % 3 === 0 ? 'note.add' : n % 3 === 1 ? 'event.record' : 'citation.update',
          entityType: n % 3 === 0 ? 'note' : n % 3 === 1 ? 'timeline_event' : 'authority_citation',
          entityId: n,
          caseId: 1 + (n % 500),
          ...(n % 3 === 0 ? { after } : { before, after }),
          ...(n % 7 === 0 ? { restricted: ['summary'] } : {}),
        });
      }
    });
  }
}

/**
 * The floor of A2: read every row by keyset (raw arrays, the driver's cheapest form) and chain
 * SHA-256 over each entry's serialisation, checking nothing.
 */
function floor(sqlite: Database.Database): string {
  const read = sqlite
    .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT ?`)
    .raw(true);
  let prev = GENESIS_HASH;
  let after = 0;
  for (;;) {
    const rows = read.all(after, BATCH) as RawEntry[];
    for (const r of rows) prev = sha256Hex(serialiseEntry({ ...entryOf(r), prevHash: prev }));
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return prev;
    after = last[0];
  }
}

/** Wall time and CPU time of this process (what the other jobs on the machine do not inflate). */
function timeWall(fn: () => unknown, repeats: number): Samples & { cpu: Samples } {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ...stats(samples), cpu: stats(cpu) };
}

/** A1: one small UPDATE per transaction, with and without its audit entry, in CPU time. */
function appendCost(rt: Runtime): { bare: Samples; audited: Samples } {
  const ctx = rt.context;
  ctx.sqlite.exec(
    'CREATE TABLE IF NOT EXISTS bench_a1 (id INTEGER PRIMARY KEY, status TEXT, note TEXT)',
  );
  ctx.sqlite.prepare("INSERT OR IGNORE INTO bench_a1 VALUES (1, 'OPEN', '')").run();
  const update = ctx.sqlite.prepare('UPDATE bench_a1 SET status = ?, note = ? WHERE id = 1');
  let i = 0;
  const write = (audited: boolean) => () =>
    inTransaction(ctx, () => {
      const before = { status: i % 2 ? 'OPEN' : 'CLOSED', note: `note ${i}` };
      i++;
      const after = { status: i % 2 ? 'OPEN' : 'CLOSED', note: `note ${i}` };
      update.run(after.status, after.note);
      if (audited) {
        recordAudit(ctx, {
          action: 'bench.update',
          entityType: 'bench',
          entityId: 1,
          caseId: 1,
          before,
          after,
        });
      }
    });
  // Interleaved rounds, so drift in the machine's load falls on both sides alike.
  const bare: number[] = [];
  const audited: number[] = [];
  for (let round = 0; round < 10; round++) {
    bare.push(...measureCpu(write(false), 200, 20).samples);
    audited.push(...measureCpu(write(true), 200, 20).samples);
  }
  return { bare: stats(bare), audited: stats(audited) };
}

const bench: Bench = {
  name: 'audit log (A1, A2)',
  run: async () => {
    const { dir, fresh } = cacheDir('a2-audit-v1');
    if (fresh) rmSync(join(dir, 'casefile.db'), { force: true });
    const t0 = Date.now();
    const rt = createRuntime({
      dataDir: dir,
      trustedOrigin: 'app://casefile',
      auditWorker: { file: resolve(__dirname, '../src/main/workers/auditJobs.ts'), viaTsx: true },
    });
    try {
      const sqlite = rt.database.sqlite;
      if (fresh) {
        seed(rt.context);
        writeFileSync(join(dir, '.complete'), '');
      }
      const seeding = (Date.now() - t0) / 1000;
      const count = sqlite.prepare('SELECT count(*) FROM audit_entries').pluck().get() as number;

      // A2, on this thread (the algorithm) and once through the app's worker (where it runs).
      const check = verifyAuditLog(sqlite);
      if (!check.ok) throw new Error(`the seeded chain does not verify: ${check.reason}`);
      const verify = timeWall(() => verifyAuditLog(sqlite), 5);
      const raw = timeWall(() => floor(sqlite), 5);
      const jobs = rt.context.auditJobs;
      let worker = NaN;
      if (jobs) {
        const w0 = performance.now();
        jobs.verify();
        await jobs.idle();
        worker = performance.now() - w0;
      }
      const ratio = verify.median / raw.median;

      const a1 = appendCost(rt);
      const added = a1.audited.median - a1.bare.median;
      const addedP95 = a1.audited.p95 - a1.bare.p95;
      const rows: BenchRow[] = [
        {
          id: 'A1',
          scenario: `audit append inside the use-case transaction (one UPDATE per transaction, chain of ${count.toLocaleString('en')} entries), CPU time`,
          median: a1.audited.median,
          p95: a1.audited.p95,
          baseline: {
            label: 'same transaction without the entry',
            median: a1.bare.median,
            p95: a1.bare.p95,
          },
          ratio: added,
          ratioNote: 'ms added per write, medians (p95: ' + addedP95.toFixed(3) + ' ms)',
          budget: '≤ 0.1 ms added per write',
          pass: added <= 0.1,
        },
        {
          id: 'A2',
          scenario: `verify a ${count.toLocaleString('en')}-entry chain (keyset batches of ${BATCH.toLocaleString('en')})`,
          median: verify.median,
          p95: verify.p95,
          baseline: { label: 'keyset read + sha256 chain', median: raw.median, p95: raw.p95 },
          ratio,
          ratioNote: 'verify median / floor median',
          budget: '≤ 5 s, off the main thread; ≤ 1.5× floor',
          pass: verify.p95 <= 5000 && ratio <= 1.5,
          notes: `${fresh ? `seeded in ${seeding.toFixed(1)} s; ` : 'fixture from cache; '}CPU time: verify median ${(verify.cpu.median / 1000).toFixed(2)} s / p95 ${(verify.cpu.p95 / 1000).toFixed(2)} s, floor median ${(raw.cpu.median / 1000).toFixed(2)} s; the same verification through the app's worker thread (spawn, verify, record the result): ${(worker / 1000).toFixed(2)} s`,
        },
      ];
      return rows;
    } finally {
      await rt.context.auditJobs?.stop();
      rt.close();
    }
  },
};
export default bench;
