import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime, type Runtime } from '../src/main/runtime';
import { APP_ORIGIN } from '../src/main/ipc/trustedSender';
import { QUITO } from '../tests/support/seed';
import { migrationsKey } from './fixture';
import { cacheDir, measureCpu, type Bench } from './lib';

// D5 (QUALITY.md): open a case — its header and the newest 100 of its 10^4 timeline events —
// through dispatch(), as the case workspace asks for them (cases:get, timeline:list), against the
// same rows read raw by statements prepared once, in the same run. CPU time, not wall time:
// the machine is shared. The per-case figure depends on the case's own history (index seeks on
// case_id), so the case has its own small cached file instead of the 10^6-event archive.

const EVENTS = 10_000;
const PAGE = 100;
const sender = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

const bench: Bench = {
  name: 'open a case with 10^4 events (D5)',
  run: () => {
    const { dir, fresh } = cacheDir(`open-case-${EVENTS}-${migrationsKey()}`);
    const rt = createRuntime({ dataDir: dir, trustedOrigin: APP_ORIGIN });
    try {
      if (fresh) {
        seed(rt);
        writeFileSync(join(dir, '.complete'), '');
      }
      const caseId = 1;
      const open = (): void => {
        const header = rt.call('cases:get', { id: caseId }, sender);
        const events = rt.call('timeline:list', { caseId, limit: PAGE }, sender);
        if (!header.ok || !events.ok) throw new Error('opening the case failed');
      };
      const sqlite = rt.database.sqlite;
      // The rows the workspace shows, read as the services read them (the case with its mission;
      // the newest page with each event's correction), as plain statements prepared once.
      const rawCase = sqlite.prepare(
        'SELECT * FROM cases c JOIN missions m ON m.id = c.mission_id WHERE c.id = ?',
      );
      const rawEvents = sqlite.prepare(
        `SELECT e.*, c.id AS correctedBy FROM timeline_events e
           LEFT JOIN timeline_events c ON c.corrects_event_id = e.id AND c.recorded_at <= '9999'
         WHERE e.case_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ${PAGE + 1}`,
      );
      const raw = (): void => {
        rawCase.get(caseId);
        rawEvents.all(caseId);
      };
      const service = measureCpu(open, 200, 20);
      const baseline = measureCpu(raw, 200, 20);
      const ratio = service.median / baseline.median;
      return [
        {
          id: 'D5',
          scenario: `open a case: header + newest ${PAGE} of ${EVENTS.toLocaleString('en')} events, through dispatch() (CPU ms)`,
          median: service.median,
          p95: service.p95,
          baseline: { label: 'raw prepared SQL', median: baseline.median, p95: baseline.p95 },
          ratio,
          budget: 'p95 ≤ 2 ms; ≤ 1.5× raw',
          pass: service.p95 <= 2 && ratio <= 1.5,
          notes:
            "D5: on top of the raw rows the service validates the input, counts the case's " +
            'events (for "event 3 of 240"), parses each payload and reads the notes on the page.',
        },
      ];
    } finally {
      rt.close();
    }
  },
};

/** One mission, one case and its 10^4 events, recorded through the real channel in one transaction. */
function seed(rt: Runtime): void {
  rt.database.sqlite.transaction(() => {
    rt.invoke('missions:create', QUITO);
    rt.invoke('cases:open', { missionId: 1 });
    const start = Date.UTC(2025, 0, 1);
    for (let i = 0; i < EVENTS; i++) {
      const occurredAt = new Date(start + i * 3_600_000).toISOString();
      const r =
        i % 2 === 0
          ? rt.invoke('timeline:record', {
              caseId: 1,
              type: 'INTERVIEW',
              occurredAt,
              payload: { kind: 'SCREENING', interviewers: ['A. Adviser'] },
            })
          : rt.invoke('timeline:record', {
              caseId: 1,
              type: 'HOST_STATE_COMMUNICATION',
              occurredAt,
              payload: { direction: 'INBOUND', form: 'NOTE_VERBALE', summary: `Note ${i}` },
            });
      if (!r.ok) throw new Error(`seeding event ${i}: ${r.error.message}`);
    }
  })();
}

export default bench;
