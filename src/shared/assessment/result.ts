import { z } from 'zod';
import { DESTINATIONS, EXTRATERRITORIALITY_MODES, HARM_TYPES, TRI } from '../caseFacts/enums';

// The assessment as it crosses IPC: the engine's output shape (SPEC §2.14), described once here so
// that the renderer, which may not import the main process, can rely on it. A unit test parses
// real engine output with these schemas (strictly) and checks the types agree both ways.

/** Determinate outcomes, highest rank first (SPEC §2.1). */
export const OUTCOMES = [
  'PROTECTION_OBLIGATORY',
  'PERMISSIBLE_TREATY_BASIS',
  'PERMISSIBLE_ON_BALANCE',
  'NOT_JUSTIFIED',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FINAL_OUTCOMES = [...OUTCOMES, 'INSUFFICIENT_INFORMATION'] as const;
export type FinalOutcome = (typeof FINAL_OUTCOMES)[number];

/** SPEC §2.1 ranks; INSUFFICIENT_INFORMATION has none (it is a range). */
export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = {
  PROTECTION_OBLIGATORY: 4,
  PERMISSIBLE_TREATY_BASIS: 3,
  PERMISSIBLE_ON_BALANCE: 2,
  NOT_JUSTIFIED: 1,
};

export const SUB_BASES = [
  'ABSOLUTE',
  'TREATY_NO_EXCEPTION',
  'QUALIFIED',
  'CARACAS',
  'HAVANA',
] as const;
export type SubBasis = (typeof SUB_BASES)[number];

export const ASSESSMENT_STATUSES = ['DRAFT', 'UNDER_REVIEW', 'FINAL', 'SUPERSEDED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const GUIDANCE = [
  'MUST_NOT_EJECT_OR_HAND_OVER',
  'MAY_SHELTER',
  'MAY_SHELTER_PENDING_ASSESSMENT',
  'NO_BASIS_TO_SHELTER',
] as const;

export const I_COMPONENTS = ['process', 'natsec', 'conduct', 'duration', 'premises'] as const;
export type IComponent = (typeof I_COMPONENTS)[number];

const outcome = z.enum(OUTCOMES);
const finalOutcome = z.enum(FINAL_OUTCOMES);
const subBasis = z.enum(SUB_BASES).nullable();
const range = z.tuple([outcome, outcome]).readonly().nullable();
const tri = z.enum(TRI);

const jurisdictionSchema = z.strictObject({
  status: z.enum(['ESTABLISHED', 'NOT_ESTABLISHED']),
  rule: z.enum(['J-1', 'J-2', 'J-3a', 'J-3b']),
});

const riskResultSchema = z.strictObject({
  risk_id: z.string(),
  eff_harm: z.enum(HARM_TYPES),
  limbs: z.strictObject({ foreseeable: tri, personal: tri, present: tri, real: tri }),
  synthetic: z.enum(['V-10', 'V-14']).nullable(),
  established: z.boolean(),
  relevant: z.boolean(),
  severity: z.number(),
});

export const interferenceSchema = z.strictObject({
  total: z.number(),
  process: z.number(),
  natsec: z.number(),
  conduct: z.number(),
  duration: z.number(),
  premises: z.number(),
});

const treatyResult = z.enum(['NOT_APPLICABLE', 'HOLDS', 'FAILS', 'BARS_B']);

const sideViewSchema = z.strictObject({
  outcome,
  sub_basis: subBasis,
  basis: z.array(z.string()),
  H: z.number(),
  I_total: z.number(),
  reason_codes: z.array(z.string()),
  flags: z.array(z.string()),
  jurisdiction: jurisdictionSchema,
  engaged_risks: z.array(z.string()),
});

export const interimMeasureSchema = z.strictObject({
  type: z.literal('NO_EJECTION_OR_HANDOVER_PENDING_ASSESSMENT'),
  basis: z.array(z.enum(['P-0', 'P-1'])),
  set_at: z.string().nullable(),
  review_by: z.string().nullable(),
  deadline_hours: z.number(),
  lapses: z.literal(false),
});
export type InterimMeasure = z.infer<typeof interimMeasureSchema>;

export const handoverGuardSchema = z.strictObject({
  bars_handover: z.boolean(),
  engaged_destinations: z.array(z.enum(DESTINATIONS)),
  voluntary_departure_needs_signoff: z.boolean(),
  override_is_of_absolute_bar: z.boolean(),
});
export type HandoverGuard = z.infer<typeof handoverGuardSchema>;

export const traceStepSchema = z.strictObject({
  rule: z.string(),
  completion: z.enum(['PESSIMISTIC', 'OPTIMISTIC']).nullable(),
  inputs: z.record(z.string(), z.unknown()),
  result: z.unknown(),
  reason_codes: z.array(z.string()),
  flags: z.array(z.string()),
  authorities: z.array(z.string()),
});
export type TraceStep = z.infer<typeof traceStepSchema>;

export const subjectResultSchema = z.strictObject({
  assessment_id: z.string(),
  case_id: z.string(),
  subject_ref: z.string(),
  role: z.enum(['principal', 'dependant']),
  version: z.number().int(),
  status: z.enum(ASSESSMENT_STATUSES),
  ruleset_version: z.string(),
  extraterritoriality_mode: z.enum(EXTRATERRITORIALITY_MODES),
  config_sha256: z.string(),
  inputs_sha256: z.string(),
  jurisdiction: jurisdictionSchema,
  risks: z.array(riskResultSchema),
  H: z.number(),
  I: interferenceSchema,
  b_slack: z.number(),
  steps: z.strictObject({
    A: z.boolean(),
    Q: z.boolean(),
    T: treatyResult,
    B: z.union([z.boolean(), z.literal('BARRED')]),
  }),
  t: z.strictObject({ regime: z.enum(['NONE', 'CARACAS', 'HAVANA']), result: treatyResult }),
  outcome: finalOutcome,
  outcome_sub_basis: subBasis,
  range,
  outcome_alt_mode: finalOutcome.nullable(),
  outcome_sub_basis_alt_mode: subBasis,
  range_alt_mode: range,
  bounds: z.strictObject({ optimistic: sideViewSchema, pessimistic: sideViewSchema }),
  basis: z.array(z.string()),
  reason_codes: z.array(z.string()),
  authority_ids: z.array(z.string()),
  authorities_unverified: z.array(z.string()),
  flags: z.array(z.string()),
  missing_fields: z.array(z.string()),
  decisive_missing_fields: z.array(z.string()),
  interim_measure: interimMeasureSchema.nullable(),
  handover_guard: handoverGuardSchema,
  guidance: z.enum(GUIDANCE),
  required_actions: z.array(z.string()),
  trace: z.array(traceStepSchema),
});
export type SubjectResult = z.infer<typeof subjectResultSchema>;

/** SPEC §2.14 CaseAssessment: the principal's fields mirrored at top level, then the container. */
export const assessmentResultSchema = subjectResultSchema.extend({
  as_of: z.string().nullable(),
  mode: z.enum(EXTRATERRITORIALITY_MODES),
  subjects: z.array(subjectResultSchema).min(1),
  warnings: z.array(z.string()),
});
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;
