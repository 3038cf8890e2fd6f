// fast-check arbitraries of timeline payloads, built from the same field descriptions
// (src/shared/timeline/eventTypes.ts) that build the schema and the form.
import fc from 'fast-check';
import { TRI } from '../../src/shared/caseFacts/enums';
import type { FieldSpec, Payload } from '../../src/shared/timeline/fields';
import {
  EVENT_TYPES,
  type EventType,
  type EventTypeDef,
} from '../../src/shared/timeline/eventTypes';

/** Text that survives trimming and NFC unchanged, including non-Latin scripts. */
const text = fc
  .string({
    unit: fc.constantFrom('a', 'Z', 'é', 'ß', 'ж', 'م', '中', '1', ' ', '-', '🙂'),
    minLength: 1,
    maxLength: 40,
  })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** Whole minutes in 2020–2026 (what a datetime-local input can express). */
const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2026, 5, 1) / 60_000 })
  .map((m) => new Date(m * 60_000).toISOString());

function valueOf(f: FieldSpec): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case 'line':
    case 'paragraph':
      return text;
    case 'tri':
      return fc.constantFrom(...TRI);
    case 'choice':
      return fc.constantFrom(...f.options);
    case 'choices':
      return fc.subarray([...f.options], { minLength: 1 });
    case 'datetime':
      return instant;
    case 'date':
      return instant.map((s) => s.slice(0, 10));
    case 'integer':
      return fc.integer({ min: f.min, max: f.max });
    case 'lines':
      return fc.array(text, { minLength: 1, maxLength: 4 });
  }
}

/** A valid payload of the type: required fields always, others sometimes. */
export function payloadArb(type: EventType): fc.Arbitrary<Payload> {
  const def: EventTypeDef = EVENT_TYPES[type];
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of def.fields) shape[f.name] = valueOf(f);
  return fc
    .record(shape, {
      requiredKeys: def.fields.filter((f) => f.required).map((f) => f.name),
    })
    .map((p) => {
      const out: Payload = { ...p };
      // Cross-field rules of the type (eventTypes.ts `check`), satisfied by construction.
      if (
        type === 'CONTROL_STATUS_CHANGED' &&
        !def.fields.some((f) => f.kind === 'tri' && out[f.name])
      ) {
        out.request_to_remain_expressed = 'Y';
      }
      if (
        type === 'INTERVIEW' &&
        typeof out.started_at === 'string' &&
        typeof out.ended_at === 'string'
      ) {
        if (out.ended_at < out.started_at)
          [out.started_at, out.ended_at] = [out.ended_at, out.started_at];
      }
      return out;
    });
}
