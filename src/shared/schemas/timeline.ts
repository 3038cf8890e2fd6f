import { z } from 'zod';
import { payloadSchema, type Payload } from '../timeline/fields';
import {
  ADVISER_EVENT_TYPES,
  CLASSIFICATIONS,
  EVENT_TYPE_CODES,
  EVENT_TYPES,
  type EventType,
  type EventTypeDef,
} from '../timeline/eventTypes';
import { toFieldIssues, type FieldIssue } from '../errors';
import { entityId, optionalText, requiredText, textLimits } from './text';

/**
 * EXACT: the time is known. APPROXIMATE: about then. DAY: only the day is known; the instant is
 * the start of that day where it was recorded, so it sorts and groups with that day's events.
 */
export const OCCURRED_PRECISIONS = ['EXACT', 'APPROXIMATE', 'DAY'] as const;
export type OccurredPrecision = (typeof OCCURRED_PRECISIONS)[number];

/** An instant with any offset, stored and compared in UTC. */
export const instantSchema = z.iso
  .datetime({ offset: true, message: 'must be a date and time' })
  .transform((s) => new Date(s).toISOString());

export const subjectRefsSchema = z
  .array(requiredText(textLimits.name))
  .max(20, { message: 'must list at most 20 people' });

const payloadSchemas = new Map<EventType, z.ZodType<Payload>>();

/** The payload schema of a type: its fields (fields.ts), then its cross-field rules. */
export function payloadSchemaFor(type: EventType): z.ZodType<Payload> {
  let schema = payloadSchemas.get(type);
  if (!schema) {
    const def: EventTypeDef = EVENT_TYPES[type];
    schema = payloadSchema(def.fields).superRefine((p, ctx) => {
      for (const problem of def.check?.(p) ?? []) {
        ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
      }
    });
    payloadSchemas.set(type, schema);
  }
  return schema;
}

/** Checks a payload against its event type; problems are named `payload.<field>`. */
export function parsePayload(
  type: EventType,
  payload: unknown,
): { ok: true; payload: Payload } | { ok: false; issues: FieldIssue[] } {
  const parsed = payloadSchemaFor(type).safeParse(payload);
  if (parsed.success) return { ok: true, payload: parsed.data };
  return {
    ok: false,
    issues: toFieldIssues(parsed.error.issues.map((i) => ({ ...i, path: ['payload', ...i.path] }))),
  };
}

const recordBase = {
  caseId: entityId,
  /** When it happened (SPEC §4.1 occurred_at); may precede recorded_at by years. */
  occurredAt: instantSchema,
  occurredPrecision: z.enum(OCCURRED_PRECISIONS).default('EXACT'),
  /** Defaults to the type's classification (SPEC §4.4). */
  classification: z.enum(CLASSIFICATIONS).optional(),
  subjectRefs: subjectRefsSchema.default([]),
  /** Append-only: a correction is a new event of the same type that names the one it corrects. */
  correctsEventId: entityId.optional(),
};

/** What the adviser records: one branch per type, so every field problem is reported at once. */
export const eventRecordSchema = z.discriminatedUnion(
  'type',
  ADVISER_EVENT_TYPES.map((type) =>
    z.strictObject({ ...recordBase, type: z.literal(type), payload: payloadSchemaFor(type) }),
  ) as unknown as [
    z.ZodObject<
      typeof recordBase & { type: z.ZodLiteral<EventType>; payload: z.ZodType<Payload> },
      z.core.$strict
    >,
  ],
  { message: 'is not an event the adviser records' },
);
export type EventRecordInput = z.input<typeof eventRecordSchema>;

export const actorSchema = z.object({ id: z.string(), name: z.string(), role: z.string() });

export const timelineEventSchema = z.object({
  id: entityId,
  uid: z.string(),
  caseId: entityId,
  number: z.number().int(),
  type: z.enum(EVENT_TYPE_CODES),
  occurredAt: z.string(),
  occurredPrecision: z.enum(OCCURRED_PRECISIONS),
  recordedAt: z.string(),
  recordedBy: actorSchema,
  origin: z.enum(['ADVISER', 'SYSTEM']),
  classification: z.enum(CLASSIFICATIONS),
  subjectRefs: z.array(z.string()),
  summary: z.string(),
  payload: z.record(z.string(), z.unknown()),
  correctsEventId: entityId.nullable(),
  /** The newer event that corrects this one, if the file knows of one (as of the view). */
  correctedByEventId: entityId.nullable(),
  hash: z.string(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineListSchema = z
  .strictObject({
    caseId: entityId,
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(200).optional(),
    /** Newest first (the default: what happened last is what the adviser needs first). */
    order: z.enum(['desc', 'asc']).default('desc'),
    types: z.array(z.enum(EVENT_TYPE_CODES)).max(EVENT_TYPE_CODES.length).optional(),
    // Text like any other (found by R-text: a NUL or a lone surrogate was accepted here).
    actorId: optionalText(200).optional(),
    /** occurred_at window, as instants (the renderer turns local days into them). */
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    /** "As known on": only what was recorded by this instant. */
    asOf: instantSchema.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: 'must not be before the start of the range',
    path: ['to'],
  });
export type TimelineListInput = z.input<typeof timelineListSchema>;
