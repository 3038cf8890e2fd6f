import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/client';
import { verifyChain, type AuditEntry } from '../../../src/main/domain/audit/chain';
import { AUDIT_COLUMNS, sha256Hex } from '../../../src/main/services/audit';
import { bundleWriter } from '../../support/reliability';
import { useTempDirs } from '../../support/tempDir';

// R-crash (QUALITY.md): a child process commits composite transactions (three use cases, each
// with its audit entry, in one SQLite transaction) and acknowledges each after COMMIT; the parent
// SIGKILLs it at a random moment, reopens the data dir the way the app does, and checks that no
// acknowledged commit is lost, no composite is half there, integrity_check is ok and the audit
// chain verifies. CASEFILE_CRASH_CYCLES overrides the cycle count (300 by default).

const CYCLES = Number(process.env['CASEFILE_CRASH_CYCLES'] ?? 300);
const MAX_KILL_DELAY_MS = 40;
const repo = resolve(__dirname, '../../..');
const tempDir = useTempDirs();

/** A small seeded generator, so a failing run can be replayed with its printed seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Writer = { child: ChildProcessWithoutNullStreams; acked: number[][]; ready: Promise<void> };

function startWriter(bundle: string, dataDir: string): Writer {
  const child = spawn(process.execPath, [bundle, 'crash', dataDir, join(repo, 'migrations')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const acked: number[][] = [];
  let buffered = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const ready = new Promise<void>((ok, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      buffered += c.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line === 'ready') ok();
        else if (line.startsWith('ack ')) acked.push(line.slice(4).split(',').map(Number));
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`writer exited ${code} ${signal}: ${stderr}`));
    });
  });
  return { child, acked, ready };
}

function killed(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) ok();
    else child.once('exit', () => ok());
  });
}

type Check = { cases: number; audit: number };

/** Reopens the data dir as the app does and checks everything R-crash promises. */
function verify(dataDir: string, acked: Set<number>): Check {
  const db = openDatabase({ dataDir, migrationsDir: join(repo, 'migrations'), create: false });
  try {
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const caseIds = db.sqlite.prepare('SELECT id FROM cases').pluck().all() as number[];
    const present = new Set(caseIds);
    const lost = [...acked].filter((id) => !present.has(id));
    expect(lost, 'acknowledged cases lost').toEqual([]);
    // Composites commit whole: cases arrive in threes.
    expect(caseIds.length % 3).toBe(0);
    const entries = db.sqlite
      .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_entries ORDER BY seq`)
      .all() as AuditEntry[];
    const chain = verifyChain(entries, sha256Hex);
    expect(chain, 'audit chain').toMatchObject({ ok: true });
    // Every case has its audit entry and no entry records a case that is not there.
    const audited = entries.filter((e) => e.action === 'case.open').map((e) => Number(e.entityId));
    expect(audited.sort((a, b) => a - b)).toEqual([...caseIds].sort((a, b) => a - b));
    return { cases: caseIds.length, audit: entries.length };
  } finally {
    db.close();
  }
}

describe('R-crash', () => {
  it(`${CYCLES} SIGKILLs of a writer of composite transactions lose no acknowledged commit`, async () => {
    const dataDir = join(tempDir(), 'data');
    const bundle = bundleWriter();
    const seed = Date.now() % 2 ** 31;
    const random = prng(seed);
    const acked = new Set<number>();
    let last: Check = { cases: 0, audit: 0 };
    let killedMidRun = 0;
    let startupKills = 0;
    const t0 = performance.now();

    // The next writer starts (loads its code) while the current one runs, and waits for "go".
    let next = startWriter(bundle, dataDir);
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const writer = next;
      writer.child.stdin.write('go\n');
      // One cycle in ten kills the app while it is still opening the database (recovery, pragmas,
      // migrations); the rest while it commits.
      const duringStartup = cycle > 0 && random() < 0.1;
      if (duringStartup) {
        startupKills++;
        await new Promise((r) => setTimeout(r, random() * 15));
      } else {
        await writer.ready;
        await new Promise((r) => setTimeout(r, random() * MAX_KILL_DELAY_MS));
      }
      next = startWriter(bundle, dataDir);
      writer.child.kill('SIGKILL');
      await killed(writer.child);
      for (const ids of writer.acked) for (const id of ids) acked.add(id);
      if (writer.acked.length > 0) killedMidRun++;
      last = verify(dataDir, acked);
    }
    next.child.kill('SIGKILL');
    await killed(next.child);

    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `[R-crash] ${CYCLES} SIGKILL cycles in ${seconds.toFixed(1)} s (seed ${seed}, kill within ` +
        `${MAX_KILL_DELAY_MS} ms of start): ${acked.size} acknowledged cases, 0 lost; ` +
        `${last.cases} cases and ${last.audit} audit entries on disk; integrity_check ok and ` +
        `audit chain valid after all ${CYCLES} cycles; ${killedMidRun} kills after at least one ` +
        `commit, ${startupKills} during start-up`,
    );
    expect(acked.size).toBeGreaterThan(0);
    expect(last.cases).toBeGreaterThanOrEqual(acked.size);
  }, 900_000);
});
