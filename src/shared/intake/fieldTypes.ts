import { z } from 'zod';
import { TRI } from '../caseFacts/enums';
import { optionalText, stateCode, textLimits } from '../schemas/text';

// The vocabulary of intake questions. Every stored fact is described once, by a FieldDef in
// src/shared/intake/fields/*: its CaseFacts path, its SQL column, its kind, the question the
// interview asks and why it matters. The database columns, the canonical facts export and import,
// the IPC patch schemas, the completeness panel and the interview UI are all derived from it.

export type StepId =
  | 'mission'
  | 'person'
  | 'arrival'
  | 'risks'
  | 'actions'
  | 'conduct'
  | 'dependants'
  | 'evidence'
  | 'legal';

export type FieldKind =
  /** Y / N / U (SPEC §1.1): unanswered exports as U. */
  | { kind: 'tri' }
  /** One value of a closed list; `unknown` is the list's own "unknown" member, if it has one. */
  | { kind: 'enum'; values: readonly string[]; unknown?: string }
  /** Free text up to `max` characters; `paragraph` renders a text area. */
  | { kind: 'text'; max: number; paragraph?: boolean }
  /** ISO 8601 date-time with seconds and an offset. */
  | { kind: 'datetime' }
  /** A number in [min, max]; `integer` forbids fractions. */
  | { kind: 'number'; min: number; max: number; integer?: boolean; unit: string }
  | { kind: 'boolean' }
  /** A set of codes from a closed list (stored as a JSON array, order kept). */
  | { kind: 'codes'; values: readonly string[] }
  /** One ISO 3166-1 alpha-3 code. */
  | { kind: 'state' }
  /** A set of ISO 3166-1 alpha-3 codes. */
  | { kind: 'states' }
  /** A list of short texts (languages, person refs). */
  | { kind: 'texts'; max: number };

/** Everything a question's applicability may look at: the facts as they would be exported. */
export type Scope = {
  /** The case-level facts (mission block, arrival, control, urgency, conduct …), by path. */
  case: Readonly<Record<string, unknown>>;
  /** The record the field belongs to (a risk, a host action, a person …), by path. */
  item: Readonly<Record<string, unknown>>;
  /** For a risk: the subject person's facts; for a person: the person itself. */
  subject?: Readonly<Record<string, unknown>>;
};

export type FieldDef = {
  /** Path inside the entity's CaseFacts object, e.g. `arrival.mode`, `assurances.specific`. */
  path: string;
  /** SQL column of the entity's table. */
  column: string;
  type: FieldKind;
  /** The question, in plain language. */
  label: string;
  /** One line: why the answer matters, from the SPEC rule it feeds. */
  why: string;
  /** The SPEC rule or authority the answer feeds, e.g. `§2.4 J-3a`. */
  rule?: string;
  step: StepId;
  /** A legal characterisation the legal adviser enters or confirms (SPEC §1.1 [LA-only]). */
  laOnly?: boolean;
  /** No rule reads it (schema `x-informational`): asked, but never listed as missing. */
  informational?: boolean;
  /** CaseFacts allows `null` here (asked, not known). */
  nullable?: boolean;
  /** Stored and exported, but not asked in the interview (engine inputs set elsewhere). */
  notAsked?: boolean;
  /** Not part of CaseFacts (e.g. the pseudonymous label): stored, never exported. */
  notInFacts?: boolean;
  /** Restricted identity data: audited as digests only. */
  restricted?: boolean;
  /** Set by the main process, not by a patch (e.g. the approver's role). */
  readOnly?: boolean;
  /** What SPEC §1.1 says an omitted value means, where that is not `N` / `[]` / absent. */
  omittedMeans?: unknown;
  /** What the export writes when unanswered and CaseFacts requires a value with no "unknown". */
  emptyAnswer?: unknown;
  /** The question applies (is shown, and unanswered exports as unknown) only when this holds. */
  appliesWhen?: (scope: Scope) => boolean;
  /** Listed as missing only when this holds (default: whenever it applies). */
  neededWhen?: (scope: Scope) => boolean;
};

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** ISO date-time as CaseFacts needs it, and a real calendar date in a plausible year. */
export const factDateTime = z.iso
  .datetime({ offset: true, message: 'must be a date and time like 2026-03-02T09:30:00Z' })
  .refine(
    (s) => {
      const year = Number(s.slice(0, 4));
      return year >= YEAR_MIN && year <= YEAR_MAX;
    },
    { message: `must be a date between the years ${YEAR_MIN} and ${YEAR_MAX}` },
  );

/** A calendar date (no time), e.g. a date of birth. */
export const factDate = z.iso.date({ message: 'must be a real date like 1984-07-21' }).refine(
  (s) => {
    const year = Number(s.slice(0, 4));
    return year >= YEAR_MIN && year <= YEAR_MAX;
  },
  { message: `must be a date between the years ${YEAR_MIN} and ${YEAR_MAX}` },
);

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, { message: `must have at most ${max} entries` })
    .refine((xs) => new Set(xs).size === xs.length, { message: 'must not repeat an entry' });

const enumSchema = (values: readonly string[]) =>
  z.enum(values as [string, ...string[]], {
    message: `must be one of ${values.join(', ')}`,
  });

/** The zod schema of one answer (without null); the same object validates forms and IPC. */
export function answerSchema(def: FieldDef): z.ZodType {
  const t = def.type;
  switch (t.kind) {
    case 'tri':
      return enumSchema(TRI);
    case 'enum':
      return enumSchema(t.values);
    case 'text':
      return optionalText(t.max);
    case 'datetime':
      return factDateTime;
    case 'number': {
      const n = z
        .number({ message: 'must be a number' })
        .min(t.min, { message: `must be at least ${t.min}` })
        .max(t.max, { message: `must be at most ${t.max}` });
      return t.integer ? n.int({ message: 'must be a whole number' }) : n;
    }
    case 'boolean':
      return z.boolean({ message: 'must be yes or no' });
    case 'codes':
      return uniqueList(enumSchema(t.values), t.values.length);
    case 'state':
      return stateCode;
    case 'states':
      return uniqueList(stateCode, 50);
    case 'texts':
      return z.array(optionalText(t.max)).max(50, { message: 'must have at most 50 entries' });
  }
}

/** What a patch may carry for a field: an answer, or null where CaseFacts allows null. */
export function patchValueSchema(def: FieldDef): z.ZodType {
  const s = answerSchema(def);
  return def.nullable ? s.nullable() : s;
}

/** The value CaseFacts uses for "asked, not known" for this field, if there is one. */
export function unknownAnswer(def: FieldDef): string | null | undefined {
  const t = def.type;
  if (t.kind === 'tri') return 'U';
  if (t.kind === 'enum' && t.unknown !== undefined) return t.unknown;
  if (def.nullable) return null;
  return undefined;
}

export const TEXT = {
  short: textLimits.name,
  line: textLimits.line,
  paragraph: textLimits.paragraph,
} as const;
