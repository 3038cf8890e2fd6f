import { canonicalJson } from '../../shared/canonicalJson';
import { AppError } from '../../shared/errors';
import type { Payload } from '../../shared/timeline/fields';
import {
  EVENT_TYPES,
  summarise,
  type Classification,
  type EventType,
} from '../../shared/timeline/eventTypes';
import {
  parsePayload,
  type OccurredPrecision,
  type TimelineEvent,
  type timelineListSchema,
} from '../../shared/schemas/timeline';
import type { z } from 'zod';
import { GENESIS_HASH } from '../domain/audit/chain';
import { defaultConfig } from '../domain/assessment/config';
import { closureProblem, deadlineEffects } from '../domain/timeline/deadlines';
import { prepared } from '../db/statements';
import { recordAudit, sha256Hex } from './audit';
import { getCase } from './caseService';
import { inTransaction, type ServiceContext } from './context';
import { cursorOr, FAR_FUTURE, page } from './cursor';
import { closeDeadlines, openDeadline, supersedeDeadlinesOf } from './deadlineService';
import { citationsOf } from './citationService';
import { notesOnEvents } from './noteService';
import type { Citation } from '../../shared/schemas/citation';
import type { Note } from '../../shared/schemas/notes';

// The case timeline (SPEC §4). Services that cause an event (opening a case, adding evidence,
// assessing) call recordTimelineEvent inside their own transaction; the adviser records the
// other types through recordEvent. Nothing here updates or deletes an event.

/** Clock skew we tolerate before calling a time "in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type TimelineEventInput = {
  caseId: number;
  type: EventType;
  /** Defaults to now: what the app itself does happens when it records it. */
  occurredAt?: string;
  occurredPrecision?: OccurredPrecision;
  classification?: Classification;
  subjectRefs?: readonly string[];
  payload: Payload;
  correctsEventId?: number | undefined;
  origin: 'ADVISER' | 'SYSTEM';
};

type EventRow = {
  id: number;
  uid: string;
  caseId: number;
  number: number;
  type: EventType;
  occurredAt: string;
  occurredPrecision: OccurredPrecision;
  recordedAt: string;
  recordedById: string;
  recordedByName: string;
  recordedByRole: string;
  origin: 'ADVISER' | 'SYSTEM';
  classification: Classification;
  subjectRefs: string;
  summary: string;
  payload: string;
  correctsEventId: number | null;
  correctedByEventId: number | null;
  hash: string;
};

const EVENT_COLUMNS = `e.id, e.uid, e.case_id AS caseId, e.number, e.type,
  e.occurred_at AS occurredAt, e.occurred_precision AS occurredPrecision,
  e.recorded_at AS recordedAt, e.recorded_by_id AS recordedById,
  e.recorded_by_name AS recordedByName, e.recorded_by_role AS recordedByRole, e.origin,
  e.classification, e.subject_refs AS subjectRefs, e.summary, e.payload,
  e.corrects_event_id AS correctsEventId, c.id AS correctedByEventId, e.hash`;

// The correction is looked up through the unique index on corrects_event_id, and only counts if
// the file knew of it at the moment being viewed.
const EVENT_FROM = `FROM timeline_events e
  LEFT JOIN timeline_events c ON c.corrects_event_id = e.id AND c.recorded_at <= @asOf`;

function toEvent(r: EventRow): TimelineEvent {
  return {
    id: r.id,
    uid: r.uid,
    caseId: r.caseId,
    number: r.number,
    type: r.type,
    occurredAt: r.occurredAt,
    occurredPrecision: r.occurredPrecision,
    recordedAt: r.recordedAt,
    recordedBy: { id: r.recordedById, name: r.recordedByName, role: r.recordedByRole },
    origin: r.origin,
    classification: r.classification,
    subjectRefs: JSON.parse(r.subjectRefs) as string[],
    summary: r.summary,
    payload: JSON.parse(r.payload) as Payload,
    correctsEventId: r.correctsEventId,
    correctedByEventId: r.correctedByEventId,
    hash: r.hash,
  };
}

export function getEvent(ctx: ServiceContext, id: number, asOf = FAR_FUTURE): TimelineEvent {
  const row = prepared(ctx.sqlite, `SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.id = @id`).get({
    id,
    asOf,
  }) as EventRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `event ${id} does not exist`);
  return toEvent(row);
}

/** What the per-case hash chain covers: the whole event as recorded, and the previous hash. */
export function eventHashContent(
  e: Omit<TimelineEvent, 'id' | 'caseId' | 'correctedByEventId' | 'hash' | 'correctsEventId'> & {
    correctsEventNumber: number | null;
    prevHash: string;
  },
): string {
  return `${e.prevHash}\n${canonicalJson(e)}`;
}

/**
 * Appends one event to a case's timeline, with its audit entry and the deadlines it starts or
 * ends. Must run inside the caller's use-case transaction.
 */
export function recordTimelineEvent(ctx: ServiceContext, input: TimelineEventInput): TimelineEvent {
  if (!ctx.sqlite.inTransaction) {
    throw new Error('recordTimelineEvent must run inside the use case transaction');
  }
  const parsed = parsePayload(input.type, input.payload);
  if (!parsed.ok) {
    throw new AppError('VALIDATION', `the ${EVENT_TYPES[input.type].label} is not valid`, [
      ...parsed.issues,
    ]);
  }
  const payload = parsed.payload;
  getCase(ctx, { id: input.caseId });
  const now = ctx.clock();
  const recordedAt = now.toISOString();
  const occurredAt = input.occurredAt ?? recordedAt;
  if (Date.parse(occurredAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new AppError('VALIDATION', 'an event cannot have happened in the future', [
      {
        path: 'occurredAt',
        message: 'is in the future; record it when it happens, or set a follow-up instead',
      },
    ]);
  }

  let corrected: TimelineEvent | null = null;
  if (input.correctsEventId !== undefined) {
    corrected = getEvent(ctx, input.correctsEventId);
    const problem =
      corrected.caseId !== input.caseId
        ? 'belongs to another case'
        : corrected.type !== input.type
          ? `is a ${EVENT_TYPES[corrected.type].label}; a correction keeps the type of what it corrects`
          : corrected.correctedByEventId !== null
            ? `was already corrected by event ${numberOf(ctx, corrected.correctedByEventId)}; correct that one instead`
            : null;
    if (problem) {
      throw new AppError('CONFLICT', `event ${corrected.number} ${problem}`, [
        { path: 'correctsEventId', message: problem },
      ]);
    }
  }
  if (input.type === 'CLOSURE') {
    const departed = prepared(
      ctx.sqlite,
      `SELECT 1 FROM timeline_events WHERE case_id = ? AND type = 'DEPARTURE_OR_TRANSFER' LIMIT 1`,
    ).get(input.caseId);
    const problem = closureProblem(payload, departed !== undefined);
    if (problem) {
      throw new AppError('CONFLICT', `the case cannot be closed yet: it ${problem}`, [
        { path: 'payload.reason', message: problem },
      ]);
    }
  }

  const last = prepared(
    ctx.sqlite,
    'SELECT number, hash FROM timeline_events WHERE case_id = ? ORDER BY number DESC LIMIT 1',
  ).get(input.caseId) as { number: number; hash: string } | undefined;
  const def = EVENT_TYPES[input.type];
  const content = {
    uid: ctx.newId(),
    number: (last?.number ?? 0) + 1,
    type: input.type,
    occurredAt,
    occurredPrecision: input.occurredPrecision ?? 'EXACT',
    recordedAt,
    recordedBy: { ...ctx.actor },
    origin: input.origin,
    classification: input.classification ?? def.classification,
    subjectRefs: [...(input.subjectRefs ?? [])],
    summary: summarise(input.type, payload),
    payload,
    correctsEventNumber: corrected?.number ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = sha256Hex(eventHashContent(content));
  const { lastInsertRowid } = prepared(
    ctx.sqlite,
    `INSERT INTO timeline_events (uid, case_id, number, type, occurred_at, occurred_precision,
       recorded_at, recorded_by_id, recorded_by_name, recorded_by_role, origin, classification,
       subject_refs, summary, payload, corrects_event_id, prev_hash, hash)
     VALUES (@uid, @caseId, @number, @type, @occurredAt, @occurredPrecision, @recordedAt,
       @recordedById, @recordedByName, @recordedByRole, @origin, @classification, @subjectRefs,
       @summary, @payload, @correctsEventId, @prevHash, @hash)`,
  ).run({
    ...content,
    caseId: input.caseId,
    recordedById: content.recordedBy.id,
    recordedByName: content.recordedBy.name,
    recordedByRole: content.recordedBy.role,
    subjectRefs: JSON.stringify(content.subjectRefs),
    payload: canonicalJson(payload),
    correctsEventId: corrected?.id ?? null,
    hash,
  });
  const event = getEvent(ctx, Number(lastInsertRowid));
  recordAudit(ctx, {
    action: corrected ? 'event.correct' : 'event.record',
    entityType: 'event',
    entityId: event.id,
    caseId: event.caseId,
    after: auditSnapshot(event),
    // Classified content (SPEC §4.4) is not copied into the log: its digest proves it.
    restricted: event.classification === 'NORMAL' ? [] : ['payload', 'summary'],
  });

  if (corrected) supersedeDeadlinesOf(ctx, corrected.id, `corrected by event ${event.number}`);
  const effects = deadlineEffects(event, defaultConfig);
  if (effects.close) closeDeadlines(ctx, event.caseId, effects.close.kinds, effects.close.note);
  for (const d of effects.open)
    openDeadline(ctx, { ...d, caseId: event.caseId, sourceEventId: event.id });
  return event;
}

function numberOf(ctx: ServiceContext, eventId: number): number {
  return getEvent(ctx, eventId).number;
}

function auditSnapshot(e: TimelineEvent): Record<string, unknown> {
  return {
    uid: e.uid,
    number: e.number,
    type: e.type,
    occurredAt: e.occurredAt,
    occurredPrecision: e.occurredPrecision,
    recordedAt: e.recordedAt,
    origin: e.origin,
    classification: e.classification,
    subjectRefs: e.subjectRefs,
    summary: e.summary,
    payload: e.payload,
    correctsEventId: e.correctsEventId,
    hash: e.hash,
  };
}

/** The adviser records an event (or corrects one) through the form: one use case. */
export function recordEvent(
  ctx: ServiceContext,
  input: {
    caseId: number;
    type: EventType;
    occurredAt: string;
    occurredPrecision: OccurredPrecision;
    classification?: Classification | undefined;
    subjectRefs: string[];
    payload: Payload;
    correctsEventId?: number | undefined;
  },
): TimelineEvent {
  return inTransaction(ctx, () => recordTimelineEvent(ctx, { ...input, origin: 'ADVISER' }));
}

type ListInput = z.output<typeof timelineListSchema>;

/**
 * One page of a case's timeline in occurred order, by keyset on (occurred_at, id), with the
 * filters of the timeline view. One SQL text per direction, so both stay prepared: absent
 * filters are passed as values that match everything.
 */
export function listEvents(
  ctx: ServiceContext,
  input: ListInput,
): {
  items: TimelineEvent[];
  nextCursor: string | null;
  total: number | null;
  notes: Note[];
  citations: Citation[];
} {
  const desc = input.order === 'desc';
  const [cursorAt, cursorId] = cursorOr(
    input.cursor,
    ['string', 'number'] as const,
    desc ? [FAR_FUTURE, Number.MAX_SAFE_INTEGER] : ['', 0],
  );
  const filters = {
    caseId: input.caseId,
    from: input.from ?? '',
    to: input.to ?? FAR_FUTURE,
    asOf: input.asOf ?? FAR_FUTURE,
    types: input.types ? JSON.stringify(input.types) : null,
    actorId: input.actorId ?? null,
  };
  const where = `WHERE e.case_id = @caseId
      AND e.occurred_at >= @from AND e.occurred_at <= @to
      AND e.recorded_at <= @asOf
      AND (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))
      AND (@actorId IS NULL OR e.recorded_by_id = @actorId)`;
  const rows = prepared(
    ctx.sqlite,
    `SELECT ${EVENT_COLUMNS} ${EVENT_FROM} ${where}
       AND (e.occurred_at, e.id) ${desc ? '<' : '>'} (@cursorAt, @cursorId)
     ORDER BY e.occurred_at ${desc ? 'DESC' : 'ASC'}, e.id ${desc ? 'DESC' : 'ASC'}
     LIMIT @limit`,
  ).all({ ...filters, cursorAt, cursorId, limit: input.limit + 1 }) as EventRow[];
  // The total is for the first page only (screen readers announce "event 3 of 240"). With no
  // filter it is counted on the case_id index alone: the filtered count reads every event's row
  // for recorded_at, 1.7 ms of the 2 ms D5 allows opening a case with 10^4 events.
  const filtered =
    input.from !== undefined ||
    input.to !== undefined ||
    input.asOf !== undefined ||
    input.types !== undefined ||
    input.actorId !== undefined;
  const total =
    input.cursor === undefined
      ? filtered
        ? (
            prepared(ctx.sqlite, `SELECT count(*) AS n FROM timeline_events e ${where}`).get(
              filters,
            ) as { n: number }
          ).n
        : (
            prepared(ctx.sqlite, 'SELECT count(*) AS n FROM timeline_events WHERE case_id = ?').get(
              input.caseId,
            ) as { n: number }
          ).n
      : null;
  const result = page(rows.map(toEvent), input.limit, (last) => [last.occurredAt, last.id]);
  const ids = result.items.map((e) => e.id);
  const notes = notesOnEvents(ctx, input.caseId, ids, filters.asOf);
  const citations = [...citationsOf(ctx, 'event', ids, input.asOf).values()].flat();
  return { ...result, total, notes, citations };
}

/** Who has recorded events on a case: the choices of the timeline's actor filter. */
export function listEventActors(
  ctx: ServiceContext,
  caseId: number,
): { id: string; name: string; role: string }[] {
  getCase(ctx, { id: caseId });
  return prepared(
    ctx.sqlite,
    `SELECT recorded_by_id AS id, max(recorded_by_name) AS name, max(recorded_by_role) AS role
     FROM timeline_events WHERE case_id = ? GROUP BY recorded_by_id ORDER BY name`,
  ).all(caseId) as { id: string; name: string; role: string }[];
}

/** Re-walks a case's own event chain (SPEC §4.1 prev_hash/hash); null when intact. */
export function verifyCaseEvents(
  ctx: ServiceContext,
  caseId: number,
): { ok: true; count: number } | { ok: false; brokenNumber: number; reason: string } {
  let prevHash = GENESIS_HASH;
  let expected = 1;
  const byId = new Map<number, number>();
  const rows = prepared(
    ctx.sqlite,
    `SELECT ${EVENT_COLUMNS}, e.prev_hash AS prevHash ${EVENT_FROM}
     WHERE e.case_id = @caseId ORDER BY e.number`,
  ).iterate({ caseId, asOf: FAR_FUTURE }) as IterableIterator<EventRow & { prevHash: string }>;
  for (const r of rows) {
    const e = toEvent(r);
    if (e.number !== expected) {
      return { ok: false, brokenNumber: expected, reason: `event ${expected} is missing` };
    }
    if (r.prevHash !== prevHash) {
      return {
        ok: false,
        brokenNumber: e.number,
        reason: `event ${e.number} does not link to the one before`,
      };
    }
    const { id, caseId: _c, correctedByEventId: _b, hash, correctsEventId, ...rest } = e;
    const recomputed = sha256Hex(
      eventHashContent({
        ...rest,
        correctsEventNumber: correctsEventId === null ? null : (byId.get(correctsEventId) ?? -1),
        prevHash,
      }),
    );
    if (recomputed !== hash) {
      return { ok: false, brokenNumber: e.number, reason: `event ${e.number} was edited` };
    }
    byId.set(id, e.number);
    prevHash = hash;
    expected++;
  }
  return { ok: true, count: expected - 1 };
}
