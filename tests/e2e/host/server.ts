import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { createRuntime, type Runtime } from '../../../src/main/runtime';

// The loopback test host: serves the built renderer (out/renderer) and answers
// POST /ipc/<channel> by calling the same dispatch() the Electron main process uses, against a
// real SQLite data dir. Electron cannot be downloaded on these machines, so this is how
// Playwright drives the real UI + real main-process code + real SQLite in Debian Chromium.
//
// Every request must carry the per-run token (x-casefile-token). Each test opens a session
// (POST /__host/sessions) that gets a fresh data dir, named by the x-casefile-session header.

const TOKEN = process.env.CASEFILE_HOST_TOKEN;
if (!TOKEN || TOKEN.length < 32) {
  process.stderr.write('CASEFILE_HOST_TOKEN (32+ random characters) is required\n');
  process.exit(2);
}
const rendererRoot = realpathSync(resolve(process.env.CASEFILE_RENDERER_DIR ?? 'out/renderer'));
const sessionsRoot = mkdtempSync(join(tmpdir(), 'casefile-e2e-'));
type Session = { runtime: Runtime; dataDir: string; clockOffsetMs: number };
const sessions = new Map<string, Session>();
// The audit worker as the built app runs it (npm test builds before the e2e run).
const AUDIT_WORKER = { file: resolve('out/main/auditJobs.js') };
let origin = '';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// window.api with exactly the preload's semantics: one function per channel, each resolving to
// the IpcResult that dispatch() returned.
const apiScript = `(() => {
  const channels = ${JSON.stringify(CHANNELS)};
  const api = {};
  for (const channel of channels) {
    api[channel] = async (input) => {
      const body = JSON.stringify(input === undefined ? null : input);
      const res = await fetch('/ipc/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        // Like ipcRenderer.invoke, a call made as the window closes still reaches main
        // (browsers cap keepalive bodies at 64 KiB, so only small calls — never file uploads — use it).
        keepalive: body.length < 20000,
      });
      return res.json();
    };
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
})();`;

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        fail(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function serveStatic(pathname: string, res: ServerResponse): void {
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = resolve(rendererRoot, rel);
  if (!file.startsWith(rendererRoot + sep)) return send(res, 403, 'forbidden', 'text/plain');
  let real: string;
  try {
    real = realpathSync(file);
    if (!real.startsWith(rendererRoot + sep) || !statSync(real).isFile()) throw new Error();
  } catch {
    return send(res, 404, 'not found', 'text/plain');
  }
  let body: string | Buffer = readFileSync(real);
  if (real.endsWith(`${sep}index.html`)) {
    body = body
      .toString('utf8')
      .replace('<head>', '<head>\n    <script src="/__host/api.js"></script>');
  }
  send(res, 200, body, MIME[extname(real)] ?? 'application/octet-stream');
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.headers['x-casefile-token'] !== TOKEN)
    return send(res, 401, 'token required', 'text/plain');
  const url = new URL(req.url ?? '/', origin);
  if (req.method === 'GET' && url.pathname === '/__host/api.js') {
    return send(res, 200, apiScript, MIME['.js'] ?? 'text/javascript');
  }
  if (req.method === 'POST' && url.pathname === '/__host/sessions') {
    const id = randomUUID();
    // Benchmarks (bench/renderer.bench.ts) open a seeded archive instead of a fresh folder; tests
    // never set this, so each test keeps its own empty data dir.
    const requested =
      process.env.CASEFILE_HOST_ALLOW_DATA_DIR === '1' ? url.searchParams.get('dataDir') : null;
    const dataDir = requested ?? join(sessionsRoot, id);
    // A bench (bench/timeline.bench.ts) starts from a seeded database: a copy, so the seed stays.
    const body = (await readBody(req)).trim();
    const { copyFrom } = (body ? JSON.parse(body) : {}) as { copyFrom?: string };
    if (copyFrom) {
      mkdirSync(dataDir, { recursive: true });
      copyFileSync(copyFrom, join(dataDir, 'casefile.db'));
    }
    // Each session's clock can be moved (POST /__host/clock) so a test can record on one day
    // and read the file "as known on" an earlier one.
    const session: Partial<Session> & { clockOffsetMs: number } = { dataDir, clockOffsetMs: 0 };
    session.runtime = createRuntime({
      dataDir,
      trustedOrigin: origin,
      requireProfile: true,
      auditWorker: AUDIT_WORKER,
      clock: () => new Date(Date.now() + session.clockOffsetMs),
    });
    sessions.set(id, session as Session);
    return send(res, 200, JSON.stringify({ sessionId: id, dataDir }), MIME['.json'] ?? '');
  }
  const sessionId = req.headers['x-casefile-session'];
  const session = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
  if (req.method === 'DELETE' && url.pathname === '/__host/sessions' && session) {
    session.runtime.close();
    sessions.delete(sessionId as string);
    return send(res, 204, '', 'text/plain');
  }
  if (req.method === 'POST' && url.pathname === '/__host/clock' && session) {
    const { at } = JSON.parse(await readBody(req)) as { at?: string };
    const target = Date.parse(at ?? '');
    if (Number.isNaN(target)) return send(res, 400, 'at must be an ISO time', 'text/plain');
    session.clockOffsetMs = target - Date.now();
    return send(res, 204, '', 'text/plain');
  }
  if (req.method === 'POST' && url.pathname === '/__host/faults' && session) {
    // Storage faults for R-diskfull in the UI: a connection that may not write fails each write
    // with SQLITE_READONLY, as a data folder that turned read-only under the app would.
    const fault = JSON.parse(await readBody(req)) as { readOnly?: boolean };
    session.runtime.database.sqlite.pragma(
      `query_only = ${fault.readOnly === true ? 'ON' : 'OFF'}`,
    );
    return send(res, 204, '', 'text/plain');
  }
  if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
    if (!session) return send(res, 400, 'unknown session', 'text/plain');
    const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
    let input: unknown;
    try {
      input = JSON.parse(await readBody(req)) as unknown;
    } catch {
      input = undefined;
    }
    const senderOrigin = req.headers.origin;
    const sender =
      typeof senderOrigin === 'string' ? { url: `${senderOrigin}/`, isMainFrame: true } : null;
    const result = session.runtime.call(channel, input, sender);
    return send(res, 200, JSON.stringify(result), MIME['.json'] ?? '');
  }
  if (req.method === 'GET') return serveStatic(url.pathname, res);
  send(res, 405, 'method not allowed', 'text/plain');
}

const server = createServer((req, res) => {
  handle(req, res).catch((e: unknown) => {
    process.stderr.write(`host error: ${String(e)}\n`);
    if (!res.headersSent) send(res, 500, 'host error', 'text/plain');
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${address.port}`;
  process.stdout.write(`casefile test host listening on ${origin}\n`);
});

function shutdown(): void {
  for (const s of sessions.values()) s.runtime.close();
  rmSync(sessionsRoot, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
