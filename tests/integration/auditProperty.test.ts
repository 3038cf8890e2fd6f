import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/main/runtime';
import { verifyAuditLog } from '../../src/main/services/auditService';
import { verifyCaseEvents } from '../../src/main/services/timelineService';
import { ADVISER_EVENT_TYPES, type EventType } from '../../src/shared/timeline/eventTypes';
import type { Payload } from '../../src/shared/timeline/fields';
import { useTempDirs } from '../support/tempDir';
import { TRUSTED_SENDER, testRuntime } from '../support/runtime';
import { QUITO } from '../support/seed';
import { payloadArb } from '../support/timelineArbitraries';

// Issue 6 acceptance: random sequences of use cases, valid and invalid, through dispatch().
// The oracle is SQLite's own count of changed rows (total_changes()), not the services: after
// every accepted call, the audit entries it added equal the rows it inserted or updated (plus
// one for a checkpoint, which records a fact rather than changing a row); a refused call
// changes nothing at all. At the end the chain verifies, and so does every case's event chain.

const tempDir = useTempDirs();

type Command =
  | { c: 'mission'; code: string }
  | { c: 'openCase'; mission: number }
  | { c: 'event'; case: number; type: EventType; payload: Payload; daysAgo: number }
  | { c: 'correctEvent'; event: number; daysAgo: number }
  | { c: 'badEvent'; case: number }
  | { c: 'note'; case: number; onEvent: number | null; body: string; cite: Cite[] }
  | { c: 'citeEvent'; event: number; cite: Cite }
  | { c: 'uncite'; citation: number }
  | { c: 'correctNote'; note: number; body: string }
  | { c: 'followUp'; case: number; inDays: number }
  | { c: 'complete'; deadline: number }
  | { c: 'checkpoint' }
  | {
      c: 'read';
      channel:
        'timeline:list' | 'notes:list' | 'deadlines:dueSoon' | 'audit:caseTrail' | 'audit:status';
    };

/** An authority of the shipped library (by position) and a pinpoint. */
type Cite = { authority: number; pinpoint: string };
const cite: fc.Arbitrary<Cite> = fc.record({
  authority: fc.nat({ max: 40 }),
  pinpoint: fc.constantFrom('', '¶ 118', 'art. 33(2)'),
});

const eventCommand = fc.constantFrom(...ADVISER_EVENT_TYPES).chain((type) =>
  fc.record({
    c: fc.constant('event' as const),
    case: fc.nat(),
    type: fc.constant(type),
    payload: payloadArb(type),
    daysAgo: fc.integer({ min: 0, max: 60 }),
  }),
);

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ c: fc.constant('mission' as const), code: fc.constantFrom('QUI', 'LIM', 'BOG') }),
  { arbitrary: fc.record({ c: fc.constant('openCase' as const), mission: fc.nat() }), weight: 2 },
  { arbitrary: eventCommand, weight: 4 },
  fc.record({
    c: fc.constant('correctEvent' as const),
    event: fc.nat(),
    daysAgo: fc.nat({ max: 9 }),
  }),
  fc.record({ c: fc.constant('badEvent' as const), case: fc.nat() }),
  {
    arbitrary: fc.record({
      c: fc.constant('note' as const),
      case: fc.nat(),
      onEvent: fc.option(fc.nat(), { nil: null }),
      body: fc.string({ maxLength: 60 }),
      cite: fc.array(cite, { maxLength: 2 }),
    }),
    weight: 2,
  },
  fc.record({ c: fc.constant('citeEvent' as const), event: fc.nat(), cite }),
  fc.record({ c: fc.constant('uncite' as const), citation: fc.nat() }),
  fc.record({
    c: fc.constant('correctNote' as const),
    note: fc.nat(),
    body: fc.string({ maxLength: 60 }),
  }),
  fc.record({
    c: fc.constant('followUp' as const),
    case: fc.nat(),
    inDays: fc.integer({ min: -5, max: 30 }),
  }),
  fc.record({ c: fc.constant('complete' as const), deadline: fc.nat() }),
  fc.constant({ c: 'checkpoint' as const }),
  fc.record({
    c: fc.constant('read' as const),
    channel: fc.constantFrom(
      'timeline:list' as const,
      'notes:list' as const,
      'deadlines:dueSoon' as const,
      'audit:caseTrail' as const,
      'audit:status' as const,
    ),
  }),
);

/**
 * Rows a use case writes alongside its audited record, inside the same entry (issue 3): a
 * mission's legal context; a case's intake facts row (whose trigger mirrors the urgency onto the
 * case) and its principal. Each is part of the one thing the entry records, not a write of its own.
 */
const INTAKE_ROWS: Record<string, number> = { 'missions:create': 1, 'cases:open': 3 };

const ROW_TABLES = [
  'missions',
  'cases',
  'timeline_events',
  'notes',
  'deadlines',
  'audit_verifications',
  'authority_citations',
];

function ids(rt: Runtime, sql: string): { id: number; type?: string }[] {
  return rt.database.sqlite.prepare(sql).all() as { id: number; type?: string }[];
}

const pick = <T>(xs: T[], n: number): T | undefined =>
  xs.length === 0 ? undefined : xs[n % xs.length];

const authorityAt = (rt: Runtime, n: number): string =>
  (
    rt.database.sqlite
      .prepare('SELECT id FROM authorities ORDER BY id LIMIT 1 OFFSET ?')
      .get(n) as { id: string }
  ).id;

/** Turns a command into a channel call against what exists in the database right now. */
function toCall(rt: Runtime, cmd: Command): [string, unknown] {
  const now = Date.UTC(2026, 10, 27, 9);
  const caseId = (n: number) => pick(ids(rt, 'SELECT id FROM cases'), n)?.id ?? 999;
  switch (cmd.c) {
    case 'mission':
      return ['missions:create', { ...QUITO, code: cmd.code }];
    case 'openCase':
      return [
        'cases:open',
        { missionId: pick(ids(rt, 'SELECT id FROM missions'), cmd.mission)?.id ?? 999 },
      ];
    case 'event':
      return [
        'timeline:record',
        {
          caseId: caseId(cmd.case),
          type: cmd.type,
          occurredAt: new Date(now - cmd.daysAgo * 86_400_000).toISOString(),
          payload: cmd.payload,
        },
      ];
    case 'correctEvent': {
      // The correction restates what was recorded, at another time (the app's own events,
      // such as evidence added, are not the adviser's to correct: those are refused).
      const ev = pick(
        ids(rt, 'SELECT id, type, case_id AS caseId, payload FROM timeline_events'),
        cmd.event,
      ) as { id: number; type: string; caseId: number; payload: string } | undefined;
      return [
        'timeline:record',
        {
          caseId: ev?.caseId ?? 999,
          type: ev?.type ?? 'INTERVIEW',
          occurredAt: new Date(now - cmd.daysAgo * 86_400_000).toISOString(),
          correctsEventId: ev?.id ?? 999,
          payload: ev ? (JSON.parse(ev.payload) as Payload) : {},
        },
      ];
    }
    case 'badEvent':
      return [
        'timeline:record',
        { caseId: caseId(cmd.case), type: 'INTERVIEW', occurredAt: 'soon', payload: {} },
      ];
    case 'note': {
      const c = caseId(cmd.case);
      const ev =
        cmd.onEvent === null
          ? undefined
          : pick(ids(rt, `SELECT id FROM timeline_events WHERE case_id = ${c}`), cmd.onEvent);
      return [
        'notes:add',
        {
          caseId: c,
          target: ev ? { type: 'EVENT', id: ev.id } : { type: 'CASE' },
          body: cmd.body,
          citations: cmd.cite.map((x) => ({
            authorityId: authorityAt(rt, x.authority),
            pinpoint: x.pinpoint,
          })),
        },
      ];
    }
    case 'citeEvent':
      return [
        'citations:add',
        {
          target: {
            type: 'event',
            id: String(pick(ids(rt, 'SELECT id FROM timeline_events'), cmd.event)?.id ?? 999),
          },
          authorityId: authorityAt(rt, cmd.cite.authority),
          pinpoint: cmd.cite.pinpoint,
        },
      ];
    case 'uncite':
      // Citations of events can be removed; a note's are part of the note and are refused.
      return [
        'citations:remove',
        { id: pick(ids(rt, 'SELECT id FROM authority_citations'), cmd.citation)?.id ?? 999 },
      ];
    case 'correctNote':
      return [
        'notes:correct',
        { noteId: pick(ids(rt, 'SELECT id FROM notes'), cmd.note)?.id ?? 999, body: cmd.body },
      ];
    case 'followUp':
      return [
        'deadlines:followUp',
        {
          caseId: caseId(cmd.case),
          title: 'Follow up',
          dueAt: new Date(now + cmd.inDays * 86_400_000).toISOString(),
        },
      ];
    case 'complete':
      return [
        'deadlines:complete',
        { id: pick(ids(rt, 'SELECT id FROM deadlines'), cmd.deadline)?.id ?? 999 },
      ];
    case 'checkpoint':
      return ['audit:checkpoint', {}];
    case 'read':
      return [
        cmd.channel,
        cmd.channel.startsWith('audit:status') || cmd.channel === 'deadlines:dueSoon'
          ? {}
          : { caseId: caseId(0) },
      ];
  }
}

function counts(rt: Runtime) {
  const db = rt.database.sqlite;
  return {
    changes: db.prepare('SELECT total_changes()').pluck().get() as number,
    audit: db.prepare('SELECT count(*) FROM audit_entries').pluck().get() as number,
    indexed: db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number,
    rows: ROW_TABLES.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number),
  };
}

describe('the audit log under random use', () => {
  it('has exactly one entry per row written, none for refusals or reads, and verifies', () => {
    let accepted = 0;
    let refused = 0;
    let notesCiting = 0;
    let fixedCitationsKept = 0;
    fc.assert(
      fc.property(fc.array(command, { minLength: 5, maxLength: 40 }), (random) => {
        // Every sequence starts with a mission and a case, so most commands have something to act on.
        const commands: Command[] = [
          { c: 'mission', code: 'QUI' },
          { c: 'openCase', mission: 0 },
          ...random,
        ];
        const rt = testRuntime(tempDir());
        try {
          for (const cmd of commands) {
            const [channel, input] = toCall(rt, cmd);
            const before = counts(rt);
            const result = rt.call(channel, input, TRUSTED_SENDER);
            const after = counts(rt);
            const added = after.audit - before.audit;
            const label = `${channel} ${JSON.stringify(input)}`;
            if (!result.ok) {
              refused++;
              if (cmd.c === 'uncite' && result.error.code === 'CONFLICT') fixedCitationsKept++;
              expect(result.error.code, label).not.toBe('INTERNAL');
              expect(added, label).toBe(0);
              expect(after.rows, label).toEqual(before.rows);
              continue;
            }
            accepted++;
            if (cmd.c === 'note' && cmd.cite.length > 0) notesCiting++;
            // The full-text index is derived data, kept by triggers (migrations/*_notes_search.sql),
            // and FTS5 writes a varying number of rows to its own tables. A call that indexes
            // only inserts (notes and their citations are append-only), so its rows are counted
            // in the record tables; every other call by SQLite's count of changed rows.
            const rowsWritten =
              after.indexed !== before.indexed
                ? after.rows.reduce((n, r, i) => n + r - (before.rows[i] ?? 0), 0)
                : after.changes - before.changes - added - (INTAKE_ROWS[channel] ?? 0);
            expect(added, label).toBe(rowsWritten + (channel === 'audit:checkpoint' ? 1 : 0));
            if (cmd.c === 'read') expect(added, label).toBe(0);
            else expect(added, label).toBeGreaterThan(0);
          }
          const total = counts(rt).audit;
          expect(verifyAuditLog(rt.database.sqlite)).toMatchObject({ ok: true, count: total });
          for (const { id } of ids(rt, 'SELECT id FROM cases')) {
            expect(verifyCaseEvents(rt.context, id)).toMatchObject({ ok: true });
          }
        } finally {
          rt.close();
        }
      }),
      { numRuns: 25, seed: 6 },
    );

    // The generator really exercises both sides.
    expect(accepted).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(50);
    expect(notesCiting).toBeGreaterThan(5);
    expect(fixedCitationsKept).toBeGreaterThan(0);
  });
});
