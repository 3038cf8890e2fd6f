import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createRuntime } from '../src/main/runtime';
import { APP_ORIGIN } from '../src/main/ipc/trustedSender';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';
import { QUITO } from '../tests/support/seed';
import { loadFixture } from './fixture';
import { stats, type Bench, type BenchRow } from './lib';

// R1 (QUALITY.md): the case list in Chromium, through the loopback host (the real renderer build,
// the real dispatch(), the archive on disk). "Data → first paint" runs from the moment the page has
// parsed the cases:list answer to the frame after the first case row is in the DOM; "mount" from
// navigation start to that frame. Needs `npm run build` (out/renderer) and /usr/bin/chromium.

const repo = resolve(__dirname, '..');
const REPEATS = 9;
const SMALL_CASES = 1000;

// Page code: note when the cases:list answer is parsed and when the first case row is painted.
const PROBE = `(() => {
  const marks = (window.__r1 = { data: null, painted: null, nodes: null });
  const json = Response.prototype.json;
  Response.prototype.json = async function () {
    const value = await json.call(this);
    if (this.url.includes('/ipc/cases%3Alist') || this.url.includes('/ipc/cases:list')) {
      if (marks.data === null) marks.data = performance.now();
    }
    return value;
  };
  const seen = () => document.querySelector('a[href^="#/cases/"]');
  new MutationObserver((_m, observer) => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      marks.painted = performance.now();
      marks.nodes = document.getElementsByTagName('*').length;
    }));
  }).observe(document, { childList: true, subtree: true });
})();`;

type Sample = { dataToPaint: number; mount: number; nodes: number };

async function startHost(): Promise<{ url: string; token: string; stop: () => void }> {
  const token = randomBytes(24).toString('hex');
  const child = spawn(
    process.execPath,
    [join(repo, 'node_modules/tsx/dist/cli.mjs'), 'tests/e2e/host/server.ts'],
    {
      cwd: repo,
      env: { ...process.env, CASEFILE_HOST_TOKEN: token, CASEFILE_HOST_ALLOW_DATA_DIR: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(c.toString());
      if (m?.[1]) ok(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`host exited ${code}`)));
  });
  return { url, token, stop: () => child.kill('SIGTERM') };
}

async function measure(
  browser: Browser,
  host: { url: string; token: string },
  dataDir: string,
): Promise<Sample[]> {
  const headers = { 'x-casefile-token': host.token };
  const session = (await (
    await fetch(`${host.url}/__host/sessions?dataDir=${encodeURIComponent(dataDir)}`, {
      method: 'POST',
      headers,
    })
  ).json()) as { sessionId: string };
  const context = await browser.newContext({
    extraHTTPHeaders: { ...headers, 'x-casefile-session': session.sessionId },
  });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const samples: Sample[] = [];
  for (let i = 0; i < REPEATS + 1; i++) {
    await page.goto(`${host.url}/#/cases`);
    await page.waitForFunction('window.__r1.painted !== null');
    const m = await page.evaluate<{ data: number; painted: number; nodes: number }>('window.__r1');
    // The first load warms Chromium's caches for the bundle; it is not a sample.
    if (i > 0) samples.push({ dataToPaint: m.painted - m.data, mount: m.painted, nodes: m.nodes });
  }
  await context.close();
  return samples;
}

const bench: Bench = {
  name: 'case list in Chromium (R1)',
  run: async () => {
    const fixture = loadFixture();
    const small = mkdtempSync(join(tmpdir(), 'casefile-r1-'));
    const rt = createRuntime({ dataDir: small, trustedOrigin: APP_ORIGIN });
    rt.invoke('missions:create', QUITO);
    rt.database.sqlite.transaction(() => {
      for (let i = 0; i < SMALL_CASES; i++) rt.invoke('cases:open', { missionId: 1 });
    })();
    rt.close();

    const host = await startHost();
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    try {
      const few = await measure(browser, host, small);
      const many = await measure(browser, host, fixture.dir);
      const paint = stats(many.map((s) => s.dataToPaint));
      const mountMany = stats(many.map((s) => s.mount));
      const mountFew = stats(few.map((s) => s.mount));
      const nodes = Math.max(...many.map((s) => s.nodes));
      const ratio = mountMany.median / mountFew.median;
      const row: BenchRow = {
        id: 'R1',
        scenario: `case list with ${fixture.counts['cases']?.toLocaleString('en')} cases in Chromium: data → first paint (${nodes} DOM nodes)`,
        median: paint.median,
        p95: paint.p95,
        baseline: {
          label: `mount at 10^3 (vs 10^5: ${mountMany.median.toFixed(1)} ms)`,
          median: mountFew.median,
          p95: mountFew.p95,
        },
        ratio,
        ratioNote: 'mount at 10^5 / at 10^3',
        budget: '≤ 150 ms, ≤ 1,400 DOM nodes; mount at 10^5 ≤ 2× at 10^3',
        pass: paint.p95 <= 150 && nodes <= 1400 && ratio <= 2,
      };
      return [row];
    } finally {
      await browser.close();
      host.stop();
      rmSync(small, { recursive: true, force: true });
    }
  },
};

export default bench;
