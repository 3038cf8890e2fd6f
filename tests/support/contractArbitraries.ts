// fast-check arbitraries of IPC payloads, derived from the contract's zod schemas (via
// z.toJSONSchema), so a channel added to the contract is fuzzed without anyone writing a
// generator. A schema this converter cannot read throws, and R-fuzz fails naming the channel:
// add a case here or an entry in PAYLOAD_OVERRIDES.
import fc from 'fast-check';
import { z } from 'zod';
import { AUTHORITY_RECORD_IDS } from '../../src/shared/authorityIds';
import { contract, type Channel } from '../../src/shared/ipc/contract';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  not?: JsonSchema;
};

export class UnsupportedSchema extends Error {}

/**
 * Channels whose valid payloads cannot be derived from the schema alone (a refinement across
 * fields, a file path that must stay inside a temp dir, ...). Each entry says why.
 */
export const PAYLOAD_OVERRIDES: Partial<Record<Channel, fc.Arbitrary<unknown>>> = {
  // "give exactly one of id or reference" is a refinement JSON Schema does not carry.
  // An annotation or a citation refers to an authority of the library and a seeded case.
  'authorities:annotate': fc.record({
    authorityId: fc.constantFrom(...AUTHORITY_RECORD_IDS),
    text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
  }),
  'citations:add': fc.record({
    target: fc.record({ type: fc.constant('case'), id: fc.constantFrom('1', '2', '3') }),
    authorityId: fc.constantFrom(...AUTHORITY_RECORD_IDS),
    pinpoint: fc.string({ maxLength: 20 }),
    comment: fc.string({ unit: 'grapheme', maxLength: 80 }),
  }),
  'cases:get': fc.oneof(
    fc.record({ id: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1 })) }),
    fc.record({ reference: fc.stringMatching(/^GBR-QUI-20\d\d-\d{4}$/) }),
  ),
};

// Ids of rows the fuzz tests seed, so some generated ids hit real rows and reach deep code paths.
const smallId = fc.integer({ min: 1, max: 5 });

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.pattern !== undefined) return fc.stringMatching(new RegExp(s.pattern));
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 80, Math.max(min, 80));
  switch (s.format) {
    case undefined:
      return fc.string({ unit: 'grapheme', minLength: min, maxLength: max });
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    default:
      throw new UnsupportedSchema(`string format ${s.format}`);
  }
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : undefined);
  if (integer) {
    const full = fc.integer({
      min: Math.max(min ?? Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
      max: Math.min(max ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    });
    return min !== undefined && min >= 0 && min <= 5 ? fc.oneof(smallId, full) : full;
  }
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  });
}

function isNever(s: JsonSchema): boolean {
  return s.not !== undefined && Object.keys(s.not).length === 0 && Object.keys(s).length === 1;
}

function objectArb(s: JsonSchema, defs: Record<string, JsonSchema>): fc.Arbitrary<unknown> {
  const required = new Set(s.required ?? []);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    // `{ not: {} }` is zod's never(): a key that may not be given at all.
    if (isNever(prop)) continue;
    shape[key] = fromJsonSchema(prop, defs);
  }
  const record = fc.record(shape, { requiredKeys: [...required].filter((k) => k in shape) });
  if (typeof s.additionalProperties === 'object') {
    const extra = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }),
      fromJsonSchema(s.additionalProperties, defs),
      { maxKeys: 4 },
    );
    return fc.tuple(record, extra).map(([r, e]) => ({ ...e, ...r }));
  }
  return record;
}

/** A generator of values that satisfy `schema` (as far as JSON Schema can say). */
export function fromJsonSchema(
  schema: JsonSchema,
  defs: Record<string, JsonSchema> = {},
): fc.Arbitrary<unknown> {
  const allDefs = { ...defs, ...schema.$defs };
  if (schema.$ref !== undefined) {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name !== undefined ? allDefs[name] : undefined;
    if (target === undefined) throw new UnsupportedSchema(`$ref ${schema.$ref}`);
    return fc.constant(null).chain(() => fromJsonSchema(target, allDefs));
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined)
    return fc.oneof(...alternatives.map((a) => fromJsonSchema(a, allDefs)));
  if (schema.allOf !== undefined) {
    if (schema.allOf.length === 1) return fromJsonSchema(schema.allOf[0]!, allDefs);
    throw new UnsupportedSchema('allOf with several members');
  }
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => fromJsonSchema({ ...schema, type }, allDefs)));
  }
  switch (schema.type) {
    case 'object':
      return objectArb(schema, allDefs);
    case 'string':
      return stringArb(schema);
    case 'integer':
      return numberArb(schema, true);
    case 'number':
      return numberArb(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (schema.prefixItems !== undefined) {
        return fc.tuple(...schema.prefixItems.map((p) => fromJsonSchema(p, allDefs)));
      }
      if (schema.items === undefined) throw new UnsupportedSchema('array without items');
      return fc.array(fromJsonSchema(schema.items, allDefs), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 6, 6),
      });
    }
    case undefined:
      // `{}`: zod's unknown/any. Anything JSON-like will do.
      if (Object.keys(schema).filter((k) => k !== '$schema' && k !== 'default').length === 0) {
        return fc.jsonValue();
      }
      throw new UnsupportedSchema(`schema without a type: ${JSON.stringify(schema)}`);
    default:
      throw new UnsupportedSchema(`type ${String(schema.type)}`);
  }
}

/** Valid payloads of a channel: its override, or generated from its input schema. */
export function validPayloads(channel: Channel): fc.Arbitrary<unknown> {
  const override = PAYLOAD_OVERRIDES[channel];
  if (override) return override;
  const json = z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'throw' });
  return fromJsonSchema(json as JsonSchema);
}

// Values a hostile renderer would send: wrong types, prototype-pollution keys, broken Unicode,
// a NUL, and strings far past every length cap.
const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"a": {"__proto__": {"polluted": "yes"}}}'),
];
const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\u202Eevil\u202C',
  'x'.repeat(1_000_001),
  '<script>alert(1)</script>',
  "'; DROP TABLE cases; --",
];
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_STRINGS, ...POLLUTERS, null, -1, 0, 1.5, NaN, [], {}, true),
  fc.anything({ maxDepth: 2 }),
);

/** Valid payloads broken in one place: a field dropped, replaced, or an unknown one added. */
export function mutatedPayloads(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), wrongValue, fc.constantFrom('drop', 'replace', 'add'))
    .map(([value, pick, wrong, how]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrong;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys.length > 0 ? keys[pick % keys.length]! : undefined;
      if (how === 'add' || key === undefined) {
        Object.defineProperty(copy, pick % 2 === 0 ? '__proto__' : `extra${pick % 7}`, {
          value: wrong,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      } else if (how === 'drop') {
        delete copy[key];
      } else {
        copy[key] = wrong;
      }
      return copy;
    });
}

/** Every kind of payload a channel may receive: valid, one-field-broken, and plain garbage. */
export function anyPayloads(channel: Channel): fc.Arbitrary<unknown> {
  const valid = validPayloads(channel);
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: mutatedPayloads(valid), weight: 4 },
    { arbitrary: wrongValue, weight: 2 },
  );
}
