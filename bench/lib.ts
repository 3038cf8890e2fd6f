import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** One row of bench/results/latest.md: a budget of QUALITY.md, measured. */
export type BenchRow = {
  id: string;
  scenario: string;
  /** Milliseconds. */
  median: number;
  p95: number;
  /** The raw baseline measured in the same run, when the budget has a ratio. */
  baseline?: { label: string; median: number; p95: number };
  /** median / baseline.median, or another ratio the budget names (stated in `ratioNote`). */
  ratio?: number;
  ratioNote?: string;
  budget: string;
  pass: boolean;
  notes?: string;
};

export type Bench = { name: string; run: () => Promise<BenchRow[]> | BenchRow[] };

export type Samples = { samples: number[]; median: number; p95: number };

export function stats(samples: number[]): Samples {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { samples, median: at(0.5), p95: at(0.95) };
}

/** Times `fn` `repeats` times after `warmup` untimed calls; milliseconds per call. */
export function measure(fn: () => unknown, repeats = 50, warmup = 5): Samples {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

export async function measureAsync(
  fn: () => Promise<unknown>,
  repeats = 20,
  warmup = 2,
): Promise<Samples> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** Seeded fixtures are cached between runs under bench/.cache/<key>/ (git-ignored). */
export function cacheDir(key: string): { dir: string; fresh: boolean } {
  const dir = join(__dirname, '.cache', key);
  const fresh = !existsSync(join(dir, '.complete'));
  mkdirSync(dir, { recursive: true });
  return { dir, fresh };
}

export const fmt = (ms: number | undefined): string =>
  ms === undefined || Number.isNaN(ms) ? '—' : ms < 1 ? ms.toFixed(3) : ms.toFixed(1);

/**
 * Like `measure`, in CPU time of this process (user + system) instead of wall time: on a machine
 * other jobs are loading, wall time measures the queue for a core, CPU time the work itself.
 * Meaningful for synchronous work only (better-sqlite3 calls, pure functions).
 */
export function measureCpu(fn: () => unknown, repeats = 50, warmup = 5): Samples {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t0);
    samples.push((d.user + d.system) / 1000);
  }
  return stats(samples);
}

/**
 * Times `service` and its raw `baseline` call by call in alternation, so a burst of load from
 * other jobs on the machine falls on both alike and the ratio compares like with like.
 */
export function measurePair(
  service: () => unknown,
  baseline: () => unknown,
  repeats = 50,
  warmup = 5,
): { service: Samples; baseline: Samples } {
  for (let i = 0; i < warmup; i++) {
    service();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    service();
    const t1 = performance.now();
    baseline();
    const t2 = performance.now();
    a.push(t1 - t0);
    b.push(t2 - t1);
  }
  return { service: stats(a), baseline: stats(b) };
}
