import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReassessReport } from './reassess';

/**
 * The worker beside the running bundle (out/cli/reassessWorker.js). When this module runs from
 * TypeScript source (vitest, tsx), the worker's source is loaded through tsx's require hook.
 */
const workerFor = (workerData: unknown): Worker => {
  if (!__filename.endsWith('.ts')) {
    const file = join(__dirname, 'reassessWorker.js');
    if (!existsSync(file)) throw new Error(`worker ${file} is not built`);
    return new Worker(file, { workerData });
  }
  const source = join(__dirname, '..', 'workers', 'reassessWorker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData,
  });
};

/** Recomputes every stored assessment of the database at `dbPath` in a worker thread. */
export function reassessInWorker(
  dbPath: string,
  options: { timings?: boolean; onProgress?: (done: number) => void } = {},
): Promise<ReassessReport> {
  return new Promise((resolve, reject) => {
    const worker = workerFor({ dbPath, timings: options.timings === true });
    worker.on('message', (m: { progress?: number; report?: ReassessReport; error?: string }) => {
      if (m.progress !== undefined) options.onProgress?.(m.progress);
      if (m.report) resolve(m.report);
      if (m.error) reject(new Error(m.error));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the re-assessment worker stopped with code ${code}`));
    });
  });
}
