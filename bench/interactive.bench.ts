import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRuntime } from '../src/main/runtime';
import { APP_ORIGIN } from '../src/main/ipc/trustedSender';
import { CHANNELS } from '../src/shared/ipc/channels';
import { contract, type Channel } from '../src/shared/ipc/contract';
import { validPayloads } from '../tests/support/contractArbitraries';
import { loadFixture, FIXTURE } from './fixture';
import { stats, type Bench, type BenchRow } from './lib';

// D7 (QUALITY.md): no synchronous DB call on the main process's interactive path may block it
// for more than 16 ms (one frame). Every channel of the contract is called through dispatch(),
// exactly as ipcMain would, on the 10^5-case archive: 40 schema-valid generated payloads per
// channel plus the calls a session makes (the case list and its deep pages, a case by reference).
// Channels whose work is meant for a worker thread are listed in OFF_MAIN with the reason.

const OFF_MAIN: Partial<Record<Channel, string>> = {};
const BUDGET_MS = 16;

const bench: Bench = {
  name: 'archive fixture and interactive IPC (D7)',
  run: () => {
    const t0 = performance.now();
    const fixture = loadFixture();
    const loadSeconds = (performance.now() - t0) / 1000;
    const rows: BenchRow[] = [];
    const counts = Object.entries(fixture.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ');
    rows.push({
      id: 'FIX',
      scenario: `seed the archive fixture (${counts})`,
      median: (fixture.seededIn ?? loadSeconds) * 1000,
      p95: (fixture.seededIn ?? loadSeconds) * 1000,
      budget: 'seeding ≤ 60 s, cached',
      pass: fixture.seededIn === null || fixture.seededIn <= 60,
      notes:
        fixture.seededIn === null
          ? `FIX: reused the cached fixture (bench/.cache); seeded in ${readSeeded(fixture.dir)} s when built.`
          : `FIX: seeded in ${fixture.seededIn.toFixed(1)} s this run.`,
    });

    const rt = createRuntime({ dataDir: fixture.dir, trustedOrigin: APP_ORIGIN });
    try {
      const sender = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };
      const calls: [Channel, unknown][] = [];
      // A session's own calls: the first page, pages deep into the archive, a case by reference.
      let cursor: string | null = null;
      for (let page = 0; page < 30; page++) {
        const input: { limit: number; cursor?: string } =
          cursor === null ? { limit: 50 } : { limit: 50, cursor };
        calls.push(['cases:list', input]);
        const r = rt.call('cases:list', input, sender);
        cursor = r.ok ? (r.value as { nextCursor: string | null }).nextCursor : null;
      }
      calls.push(['cases:get', { id: FIXTURE.busyCaseId }], ['cases:get', { id: FIXTURE.cases }]);
      for (const channel of CHANNELS) {
        if (OFF_MAIN[channel]) continue;
        const samples = fc.sample(validPayloads(channel), { numRuns: 200, seed: 7 });
        const valid = samples.filter((s) => contract[channel].input.safeParse(s).success);
        for (const input of valid.slice(0, 40)) calls.push([channel, input]);
      }

      const perChannel = new Map<string, number[]>();
      const warmed = new Set<string>();
      for (const [channel, input] of calls) {
        if (!warmed.has(channel)) {
          // The first call prepares the channel's statements, once per app start.
          rt.call(channel, input, sender);
          warmed.add(channel);
        }
        const s = performance.now();
        rt.call(channel, input, sender);
        const ms = performance.now() - s;
        perChannel.set(channel, [...(perChannel.get(channel) ?? []), ms]);
      }
      const all = [...perChannel.values()].flat();
      const overall = stats(all);
      const worst = [...perChannel.entries()]
        .map(([channel, ms]) => ({ channel, max: Math.max(...ms), n: ms.length }))
        .sort((a, b) => b.max - a.max);
      const max = worst[0]?.max ?? 0;
      rows.push({
        id: 'D7',
        scenario: `every IPC channel through dispatch() on the archive (${all.length} calls, ${perChannel.size} channels); max ${max.toFixed(2)} ms (${worst[0]?.channel})`,
        median: overall.median,
        p95: overall.p95,
        budget: `max ≤ ${BUDGET_MS} ms per call`,
        pass: max <= BUDGET_MS,
        notes:
          `D7: slowest channels by max ms: ${worst
            .slice(0, 6)
            .map((w) => `${w.channel} ${w.max.toFixed(2)} (${w.n} calls)`)
            .join(', ')}. ` +
          (Object.keys(OFF_MAIN).length
            ? `Off the main thread: ${Object.entries(OFF_MAIN)
                .map(([c, why]) => `${c} (${why})`)
                .join(', ')}.`
            : 'No channel is exempt (none does heavy work yet).'),
      });
    } finally {
      rt.close();
    }
    return rows;
  },
};

function readSeeded(dir: string): string {
  try {
    return Number(readFileSync(join(dir, '.complete'), 'utf8')).toFixed(1);
  } catch {
    return '?';
  }
}

export default bench;
