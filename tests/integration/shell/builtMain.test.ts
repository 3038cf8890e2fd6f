import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from '../../../src/main/security';
import { CHANNELS } from '../../../src/shared/ipc/channels';

// Boots the built main bundle (out/main/index.js) against a fake electron module and a real
// SQLite file: the closest thing to launching Electron that these machines allow.

const repo = resolve(__dirname, '../../..');
const built = join(repo, 'out/main/index.js');
const dirs: string[] = [];

type BootResult = {
  calls: unknown[][];
  channels: string[];
  windows: { url: string; webPreferences: Record<string, unknown> }[];
  appInfo?: unknown;
  fromSubframe?: unknown;
  index?: { status: number; csp: string; type: string };
  script?: { path: string; status: number; type: string };
  auditStatus?: { last: { ok: boolean; runBy: string } | null; error: string | null };
};

function boot(dataDir: string): BootResult {
  const run = spawnSync(process.execPath, [join(__dirname, 'runBuiltMain.cjs'), repo, dataDir], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    timeout: 30_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as BootResult;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-built-main-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(built))('the built main process (out/main/index.js)', () => {
  it('boots: scheme, protocol, runtime on --data-dir, every channel, one secure window', () => {
    const dataDir = tempDir();
    const result = boot(dataDir);
    expect(result.channels.sort()).toEqual([...CHANNELS].sort());
    expect(result.windows).toHaveLength(1);
    expect(result.windows[0]!.url).toBe('app://casefile/index.html');
    expect(result.windows[0]!.webPreferences).toStrictEqual(
      secureWebPreferences({ preloadPath: join(repo, 'out/preload/index.js'), isPackaged: true }),
    );
    expect(existsSync(join(repo, 'out/preload/index.js'))).toBe(true);
    expect(result.appInfo).toMatchObject({ ok: true, value: { dataDir } });
    expect(result.fromSubframe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(result.index).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      type: 'text/html; charset=utf-8',
    });
    expect(result.script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(existsSync(join(dataDir, 'casefile.db'))).toBe(true);
    // The bundled audit worker (out/main/auditJobs.js) verified the chain at start-up.
    expect(result.auditStatus).toMatchObject({ last: { ok: true, runBy: 'APP' }, error: null });
  });

  it('refuses a database from a newer Casefile: error box, exit 1, file bytes unchanged', () => {
    const dataDir = tempDir();
    boot(dataDir);
    const file = join(dataDir, 'casefile.db');
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run(
      'from-the-future',
      Date.now() + 1e12,
    );
    db.close();
    const sha = (): string => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = sha();

    const result = boot(dataDir);
    const box = result.calls.find((c) => c[0] === 'dialog.showErrorBox');
    expect(box?.[2]).toMatch(/newer version of Casefile/);
    expect(result.calls).toContainEqual(['app.exit', 1]);
    expect(result.channels).toEqual([]);
    expect(result.windows).toEqual([]);
    expect(sha()).toBe(before);
  });
});
