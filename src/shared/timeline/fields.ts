import { z } from 'zod';
import { TRI } from '../caseFacts/enums';
import { requiredText, textLimits } from '../schemas/text';

// Each event type's payload is described once, as a list of fields (eventTypes.ts). From that
// one description come the zod schema main validates with, the form the adviser fills in, and
// the way the timeline shows a recorded event, so the three cannot drift apart.

type FieldBase = {
  /** The payload key, snake_case as in SPEC §4.2. */
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
};

export type FieldSpec = FieldBase &
  (
    | { kind: 'line' }
    | { kind: 'paragraph' }
    | { kind: 'tri' }
    | { kind: 'choice'; options: readonly string[] }
    | { kind: 'choices'; options: readonly string[] }
    | { kind: 'datetime' }
    | { kind: 'date' }
    | { kind: 'integer'; min: number; max: number }
    /** A short list, one item per line in the form (people, references). */
    | { kind: 'lines' }
  );

export type FieldKind = FieldSpec['kind'];

/** A payload as stored: only the fields that were answered. */
export type Payload = Record<string, unknown>;

export const TRI_LABELS: Record<(typeof TRI)[number], string> = {
  Y: 'Yes',
  N: 'No',
  U: 'Unknown',
};

// Codes whose plain-language label is not their words in lower case.
const OPTION_LABELS: Record<string, string> = {
  MFA: 'Ministry of Foreign Affairs',
  UNHCR: 'UNHCR',
  ICRC: 'ICRC',
  ECTHR_RULE_39: 'ECtHR Rule 39 interim measure',
  IACTHR_PROVISIONAL_MEASURES: 'IACtHR provisional measures',
  UN_TREATY_BODY_INTERIM: 'UN treaty body interim measure',
  P0: 'P-0 (from the request, until the first assessment)',
  P1: 'P-1 (the assessment may oblige protection)',
  EXCLUDABLE_1F: 'Excludable (art. 1F)',
  NOTE_VERBALE: 'Note verbale',
  AIDE_MEMOIRE: 'Aide-mémoire',
  DEMARCHE_ORAL: 'Oral démarche',
};

/** `NOTE_VERBALE` → "Note verbale"; the few exceptions are listed above. */
export function optionLabel(code: string): string {
  const known = OPTION_LABELS[code];
  if (known) return known;
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_DATETIME = z.iso.datetime({ offset: true, message: 'must be a date and time' });
const ISO_DATE = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

function fieldSchema(f: FieldSpec): z.ZodType {
  switch (f.kind) {
    case 'line':
      return requiredText(textLimits.line);
    case 'paragraph':
      return requiredText(textLimits.paragraph);
    case 'tri':
      return z.enum(TRI, { message: 'must be Yes, No or Unknown' });
    case 'choice':
      return z.enum(f.options as [string, ...string[]], {
        message: `must be one of ${f.options.map(optionLabel).join(', ')}`,
      });
    case 'choices':
      return z
        .array(z.enum(f.options as [string, ...string[]]))
        .min(f.required ? 1 : 0, { message: 'choose at least one' })
        .max(f.options.length)
        .refine((xs) => new Set(xs).size === xs.length, { message: 'lists an option twice' });
    case 'datetime':
      return ISO_DATETIME;
    case 'date':
      return ISO_DATE;
    case 'integer':
      return z
        .number({ message: 'must be a number' })
        .int({ message: 'must be a whole number' })
        .min(f.min, { message: `must be at least ${f.min}` })
        .max(f.max, { message: `must be at most ${f.max}` });
    case 'lines':
      return z
        .array(requiredText(textLimits.line))
        .min(f.required ? 1 : 0, { message: 'is required' })
        .max(50, { message: 'must list at most 50 items' });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A strict object schema for a payload: unknown keys are refused, unanswered keys omitted, and a
 * missing required answer is reported as "is required" (not as a type error about `undefined`).
 */
export function payloadSchema(fields: readonly FieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.name] = fieldSchema(f).optional();
  let schema: z.ZodType<Record<string, unknown>> = z.strictObject(shape);
  for (const f of fields.filter((x) => x.required)) {
    // `when` makes it run even when other answers are wrong: every problem is named at once.
    // It runs even on a payload that is not an object (found by R-fuzz: a TypeError became an
    // INTERNAL error); the object schema has already refused that one.
    schema = schema.refine((p: unknown) => !isObject(p) || p[f.name] !== undefined, {
      path: [f.name],
      message: 'is required',
      when: () => true,
    });
  }
  return schema;
}

/**
 * The form keeps every answer as text (or a list of codes); this turns those answers into a
 * payload: blanks are left out rather than stored as empty, numbers are parsed, one item a line.
 * What it cannot parse it passes through unchanged so that validation names the field.
 */
export function payloadFromForm(
  fields: readonly FieldSpec[],
  values: Record<string, unknown>,
): Payload {
  const out: Payload = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length > 0) out[f.name] = v;
      continue;
    }
    if (typeof v !== 'string') {
      out[f.name] = v;
      continue;
    }
    const text = v.trim();
    if (text === '') continue;
    switch (f.kind) {
      case 'integer':
        out[f.name] = /^-?\d+$/.test(text) ? Number(text) : text;
        break;
      case 'lines': {
        const items = text
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter((s) => s !== '');
        if (items.length > 0) out[f.name] = items;
        break;
      }
      case 'datetime':
        out[f.name] = localDateTimeToIso(text) ?? text;
        break;
      default:
        out[f.name] = v;
    }
  }
  return out;
}

/** Any stored scalar as text (payload values are strings and numbers; anything else as JSON). */
function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v) ?? '';
}

/** The inverse of payloadFromForm, to pre-fill a correction with what was recorded. */
export function formFromPayload(
  fields: readonly FieldSpec[],
  payload: Payload,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const f of fields) {
    const v = payload[f.name];
    if (f.kind === 'choices') out[f.name] = Array.isArray(v) ? v.map(asText) : [];
    else if (f.kind === 'lines') out[f.name] = Array.isArray(v) ? v.map(asText).join('\n') : '';
    else if (f.kind === 'datetime') out[f.name] = typeof v === 'string' ? isoToLocalInput(v) : '';
    else out[f.name] = v === undefined || v === null ? '' : asText(v);
  }
  return out;
}

/** How a stored value reads in the timeline. */
export function displayValue(f: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return 'Not recorded';
  switch (f.kind) {
    case 'tri':
      return TRI_LABELS[value as 'Y' | 'N' | 'U'] ?? asText(value);
    case 'choice':
      return optionLabel(asText(value));
    case 'choices':
      return Array.isArray(value) ? value.map((v) => optionLabel(asText(v))).join(', ') : '';
    case 'lines':
      return Array.isArray(value) ? value.map(asText).join('; ') : '';
    case 'datetime':
      return formatInstant(asText(value));
    case 'line':
    case 'paragraph':
    case 'date':
    case 'integer':
      return asText(value);
  }
}

// `<input type="datetime-local">` speaks local wall-clock time without an offset; the stored
// form is an ISO instant. These two convert, using the machine's time zone (the adviser's).

export function localDateTimeToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
