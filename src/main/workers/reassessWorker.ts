import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { reassessStored } from '../services/reassess';

// Worker-thread entry: recomputes every stored assessment on its own read-only connection, so the
// process that started it stays responsive. Messages: {progress: n} … then {report} or {error}.

type Input = { dbPath: string; timings?: boolean };

const input = workerData as Input;
try {
  const sqlite = new Database(input.dbPath, { readonly: true, fileMustExist: true });
  try {
    const report = reassessStored(sqlite, {
      timings: input.timings === true,
      onProgress: (done) => parentPort?.postMessage({ progress: done }),
    });
    parentPort?.postMessage({ report });
  } finally {
    sqlite.close();
  }
} catch (e) {
  parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
