import { z } from 'zod';
import { patchValueSchema, type FieldDef, type StepId } from './fieldTypes';
import { ACTION_FIELDS } from './fields/actionFields';
import { CASE_FIELDS } from './fields/caseFields';
import {
  EVIDENCE_FIELDS,
  LEGAL_FIELDS,
  RESERVATION_FIELDS,
  SAFE_CONDUCT_FIELDS,
} from './fields/otherFields';
import { DEPENDANT_FIELDS, PERSON_FIELDS } from './fields/personFields';
import { RISK_FIELDS } from './fields/riskFields';

/** The records an intake is made of; each is one table row (or, for `case`, one `case_facts` row). */
export const ENTITY_KINDS = [
  'case',
  'principal',
  'dependant',
  'risk',
  'action',
  'evidence',
  'legal',
  'safeConduct',
  'reservation',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Entities that come in lists (added and removed one by one). */
export const LIST_KINDS = [
  'dependant',
  'risk',
  'action',
  'evidence',
  'safeConduct',
  'reservation',
] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export type EntityDef = {
  fields: readonly FieldDef[];
  /** Nested CaseFacts objects whose fields are stored flat (e.g. `arrival.*`). */
  groups: readonly string[];
  /** The interview step the entity's questions appear in. */
  step: StepId;
  /** What one record is called in the UI. */
  noun: string;
};

export const ENTITIES: Record<EntityKind, EntityDef> = {
  case: {
    fields: CASE_FIELDS,
    groups: ['mission', 'arrival', 'control', 'urgency'],
    step: 'arrival',
    noun: 'case',
  },
  principal: { fields: PERSON_FIELDS, groups: [], step: 'person', noun: 'person' },
  dependant: {
    fields: [...PERSON_FIELDS, ...DEPENDANT_FIELDS],
    groups: [],
    step: 'dependants',
    noun: 'dependant',
  },
  // `assurances` is a yes/no field standing for the presence of the nested object.
  risk: { fields: RISK_FIELDS, groups: ['assurances'], step: 'risks', noun: 'risk' },
  action: {
    fields: ACTION_FIELDS,
    groups: ['national_security_allegation', 'exclusion_1F'],
    step: 'actions',
    noun: 'host-state action',
  },
  evidence: { fields: EVIDENCE_FIELDS, groups: [], step: 'evidence', noun: 'evidence item' },
  legal: {
    fields: LEGAL_FIELDS,
    groups: ['sending_state_positions'],
    step: 'legal',
    noun: 'legal context',
  },
  safeConduct: {
    fields: SAFE_CONDUCT_FIELDS,
    groups: [],
    step: 'conduct',
    noun: 'safe-conduct request',
  },
  reservation: {
    fields: RESERVATION_FIELDS,
    groups: [],
    step: 'legal',
    noun: 'Caracas reservation',
  },
};

/** Fields a new list record must be created with (the schema requires them, no "unknown" exists). */
export const REQUIRED_ON_ADD: Record<ListKind, readonly string[]> = {
  dependant: ['relationship', 'on_premises'],
  risk: [],
  action: ['type'],
  evidence: ['kind', 'grade'],
  safeConduct: ['requested_at'],
  reservation: ['state', 'articles'],
};

export function fieldByPath(kind: EntityKind, path: string): FieldDef | undefined {
  return ENTITIES[kind].fields.find((f) => f.path === path);
}

/** A field's answer: a value, or null for "not answered" (never undefined). */
export type Answers = Record<string, unknown>;

/**
 * Provenance of an unanswered field: `OMITTED` — the imported facts left it out, so SPEC §1.1's
 * neutral default applies and the export leaves it out again; `NULL` — answered "not known" where
 * CaseFacts writes `null`. Absent: asked or not, nothing recorded.
 */
export type Mark = 'OMITTED' | 'NULL';
export type Marks = Record<string, Mark>;

/** The writable fields of one entity as a strict object of optional answers. */
export function setSchemaFor(kind: EntityKind) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of ENTITIES[kind].fields) {
    if (!f.readOnly) shape[f.path] = patchValueSchema(f).optional();
  }
  return z.strictObject(shape);
}

/** Paths that may be cleared back to "not answered". */
export function clearSchemaFor(kind: EntityKind) {
  const paths = ENTITIES[kind].fields.filter((f) => !f.readOnly).map((f) => f.path);
  return z
    .array(z.enum(paths as [string, ...string[]], { message: 'is not a question of this record' }))
    .max(paths.length);
}
