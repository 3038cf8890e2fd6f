import { z } from 'zod';
import { DESTINATIONS, EXTRATERRITORIALITY_MODES } from '../caseFacts/enums';
import { dateTimeSchema } from '../caseFacts/schema';
import {
  ASSESSMENT_STATUSES,
  FINAL_OUTCOMES,
  SUB_BASES,
  assessmentResultSchema,
  handoverGuardSchema,
} from '../assessment/result';
import { caseReferenceSchema } from './case';
import { entityId, optionalText, requiredText, textLimits } from './text';

// IPC shapes of the stored assessment (issue 5): versions, the adviser's determination, review
// and finalisation, version diff and reproduction, and the P-6 departure guard.

/**
 * A written justification must explain itself: SPEC §0.2 requires one for every override of the
 * engine, and §2.11 P-6 for every override of the departure guard. The minimum is [DESIGN].
 */
export const JUSTIFICATION_MIN_CHARS = 100;

export const justificationSchema = requiredText(textLimits.paragraph).refine(
  (s) => s.length >= JUSTIFICATION_MIN_CHARS,
  { message: `must be at least ${JUSTIFICATION_MIN_CHARS} characters: say why` },
);

/** Who approves (SPEC §4.2 #8b, §2.11 P-6). */
export const SIGNOFF_ROLES = ['LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK'] as const;
export type SignoffRole = (typeof SIGNOFF_ROLES)[number];
export const SIGNOFF_ROLE_LABELS: Readonly<Record<SignoffRole, string>> = {
  LEGAL_ADVISER: 'Legal adviser',
  HEAD_OF_MISSION: 'Head of mission',
  CAPITAL_DESK: 'Capital desk',
};

/** SPEC §4.2 #8b: finalisation needs LEGAL_ADVISER and HEAD_OF_MISSION ([DESIGN], configurable). */
export const FINALISE_SIGNOFFS: readonly SignoffRole[] = ['LEGAL_ADVISER', 'HEAD_OF_MISSION'];
/** SPEC §4.2 #8b, §2.11 P-6: overriding a (possibly) obligatory outcome needs all three. */
export const OVERRIDE_SIGNOFFS: readonly SignoffRole[] = SIGNOFF_ROLES;

export const DETERMINATION_KINDS = ['AGREE', 'OVERRIDE'] as const;
export const OVERRIDE_KINDS = ['NONE', 'OVERRIDE', 'OVERRIDE_OF_ABSOLUTE_BAR'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export const REVISION_REASONS = [
  'FACTS_CHANGED',
  'CONFIG_CHANGED',
  'MODE_CHANGED',
  'REASSESSED',
] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];
export const REVISION_REASON_LABELS: Readonly<Record<RevisionReason, string>> = {
  FACTS_CHANGED: 'the facts changed',
  CONFIG_CHANGED: 'the ruleset configuration changed',
  MODE_CHANGED: 'the interpretation mode changed',
  REASSESSED: 're-assessed at a later date with the same facts',
};

export const STATUS_LABELS: Readonly<Record<(typeof ASSESSMENT_STATUSES)[number], string>> = {
  DRAFT: 'Draft',
  UNDER_REVIEW: 'Under review',
  FINAL: 'Final',
  SUPERSEDED: 'Superseded',
};

const subjectRef = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, {
  message: 'must be a person reference such as P1 or D1',
});

// ---------------------------------------------------------------- inputs

export const assessmentRunSchema = z
  .object({
    reference: caseReferenceSchema,
    /** The time of assessment; defaults to now. Never in the future. */
    asOf: dateTimeSchema.optional(),
    mode: z.enum(EXTRATERRITORIALITY_MODES).optional(),
  })
  .strict();

export const caseRefInputSchema = z.object({ reference: caseReferenceSchema }).strict();
export const assessmentIdInputSchema = z.object({ assessmentId: entityId }).strict();

export const determinationInputSchema = z
  .object({
    assessmentId: entityId,
    subjectRef,
    kind: z.enum(DETERMINATION_KINDS, {
      message: 'is required: agree with the engine or override it',
    }),
    humanOutcome: z
      .enum(FINAL_OUTCOMES, { message: 'must be one of the five outcomes' })
      .optional(),
    justification: optionalText(textLimits.paragraph).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind !== 'OVERRIDE') return;
    if (v.humanOutcome === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['humanOutcome'],
        message: 'is required: choose your own outcome',
      });
    }
    const parsed = justificationSchema.safeParse(v.justification ?? '');
    if (!parsed.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: parsed.error.issues[0]?.message ?? 'is required',
      });
    }
  });
export type DeterminationInput = z.input<typeof determinationInputSchema>;

export const reviewNoteInputSchema = z
  .object({ assessmentId: entityId, note: requiredText(textLimits.paragraph) })
  .strict();

export const signoffInputSchema = z
  .object({
    assessmentId: entityId,
    role: z.enum(SIGNOFF_ROLES),
    name: requiredText(textLimits.name),
    reference: optionalText(textLimits.line).optional(),
  })
  .strict();

export const diffInputSchema = z.object({ fromId: entityId, toId: entityId }).strict();

// ---------------------------------------------------------------- outputs

export const assessmentSummarySchema = z.object({
  id: entityId,
  uid: z.string(),
  version: z.number().int(),
  status: z.enum(ASSESSMENT_STATUSES),
  outcome: z.enum(FINAL_OUTCOMES),
  outcomeSubBasis: z.enum(SUB_BASES).nullable(),
  asOf: z.string().nullable(),
  rulesetVersion: z.string(),
  mode: z.enum(EXTRATERRITORIALITY_MODES),
  revisionReason: z.enum(REVISION_REASONS).nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  finalisedAt: z.string().nullable(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const determinationSchema = z.object({
  subjectRef: z.string(),
  kind: z.enum(DETERMINATION_KINDS),
  engineOutcome: z.enum(FINAL_OUTCOMES),
  humanOutcome: z.enum(FINAL_OUTCOMES),
  justification: z.string().nullable(),
  overrideKind: z.enum(OVERRIDE_KINDS),
  needsCapitalDesk: z.boolean(),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type Determination = z.infer<typeof determinationSchema>;

export const signoffSchema = z.object({
  role: z.enum(SIGNOFF_ROLES),
  name: z.string(),
  reference: z.string().nullable(),
  signedAt: z.string(),
});

export const statusChangeSchema = z.object({
  fromStatus: z.enum(ASSESSMENT_STATUSES).nullable(),
  toStatus: z.enum(ASSESSMENT_STATUSES),
  at: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
});

/** What still stands between this version and the next status (computed in main). */
export const reviewStateSchema = z.object({
  missingDeterminations: z.array(z.string()),
  requiredSignoffs: z.array(z.enum(SIGNOFF_ROLES)),
  missingSignoffs: z.array(z.enum(SIGNOFF_ROLES)),
  canSubmit: z.boolean(),
  canFinalise: z.boolean(),
});

export const assessmentViewSchema = assessmentSummarySchema.extend({
  caseReference: z.string(),
  configSha256: z.string(),
  inputsSha256: z.string(),
  resultSha256: z.string(),
  /** The engine output, with this version's number and status written in (SPEC §2.14). */
  result: assessmentResultSchema,
  determinations: z.array(determinationSchema),
  signoffs: z.array(signoffSchema),
  history: z.array(statusChangeSchema),
  review: reviewStateSchema,
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const assessmentListSchema = z.object({
  versions: z.array(assessmentSummarySchema),
  /** Whether the case's facts differ from the newest version's; null when none can be read. */
  factsChanged: z.boolean().nullable(),
  /** Why the current facts cannot be read, e.g. no intake yet. */
  factsProblem: z.string().nullable(),
});

export const jsonChangeSchema = z.object({
  path: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type JsonChange = z.infer<typeof jsonChangeSchema>;

export const ruleChangeSchema = z.object({
  subjectRef: z.string(),
  rule: z.string(),
  completion: z.enum(['PESSIMISTIC', 'OPTIMISTIC']).nullable(),
  /** The risk or action the step is about, if any. */
  about: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type RuleChange = z.infer<typeof ruleChangeSchema>;

export const MOVEMENTS = ['UP', 'DOWN', 'SAME', 'CHANGED', 'ADDED', 'REMOVED'] as const;

const outcomeSideSchema = z.object({
  outcome: z.enum(FINAL_OUTCOMES),
  subBasis: z.enum(SUB_BASES).nullable(),
  range: z.tuple([z.string(), z.string()]).readonly().nullable(),
  altMode: z.enum(FINAL_OUTCOMES).nullable(),
  H: z.number(),
  I: z.number(),
});

export const outcomeMovementSchema = z.object({
  subjectRef: z.string(),
  before: outcomeSideSchema.nullable(),
  after: outcomeSideSchema.nullable(),
  movement: z.enum(MOVEMENTS),
});
export type OutcomeMovement = z.infer<typeof outcomeMovementSchema>;

export const versionDiffSchema = z.object({
  from: assessmentSummarySchema,
  to: assessmentSummarySchema,
  facts: z.array(jsonChangeSchema),
  rules: z.array(ruleChangeSchema),
  outcomes: z.array(outcomeMovementSchema),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

export const reproductionSchema = z.object({
  assessmentId: entityId,
  version: z.number().int(),
  rulesetVersion: z.string(),
  reproduced: z.boolean(),
  storedSha256: z.string(),
  recomputedSha256: z.string().nullable(),
  /** Where the recomputed output differs from the stored one (first differences only). */
  differences: z.array(jsonChangeSchema),
  /** Why it could not be recomputed at all (e.g. a ruleset this build does not carry). */
  problem: z.string().nullable(),
});
export type Reproduction = z.infer<typeof reproductionSchema>;

// ---------------------------------------------------------------- departures (P-6)

/** SPEC §4.2 #13 DEPARTURE_OR_TRANSFER types. */
export const DEPARTURE_TYPES = [
  'VOLUNTARY_DEPARTURE_INTO_HOST',
  'DEPARTURE_UNDER_SAFE_CONDUCT',
  'TRANSFER_TO_THIRD_STATE',
  'HOSPITAL_TRANSFER',
  'HANDOVER_TO_HOST_AUTHORITIES',
  'TRANSFER_TO_OTHER_MISSION',
  'ABSCONDED',
  'DECEASED',
] as const;
export type DepartureType = (typeof DEPARTURE_TYPES)[number];

export const DEPARTURE_TYPE_LABELS: Readonly<Record<DepartureType, string>> = {
  VOLUNTARY_DEPARTURE_INTO_HOST: 'Voluntary departure into the host state',
  DEPARTURE_UNDER_SAFE_CONDUCT: 'Departure under safe-conduct',
  TRANSFER_TO_THIRD_STATE: 'Transfer to a third state',
  HOSPITAL_TRANSFER: 'Hospital transfer',
  HANDOVER_TO_HOST_AUTHORITIES: 'Handover to the host authorities',
  TRANSFER_TO_OTHER_MISSION: 'Transfer to another mission',
  ABSCONDED: 'Absconded',
  DECEASED: 'Deceased',
};

export const DESTINATION_LABELS: Readonly<Record<(typeof DESTINATIONS)[number], string>> = {
  HOST_TERRITORY: 'Into the host state’s territory or hands',
  THIRD_STATE_ONWARD: 'To a state that may remove the person onward',
  THIRD_STATE_DIRECT: 'To the third state where a risk lies',
  UNKNOWN: 'Not known',
};

export const departureInputSchema = z
  .object({
    reference: caseReferenceSchema,
    subjectRef,
    type: z.enum(DEPARTURE_TYPES),
    destination: z.enum(DESTINATIONS).optional(),
    occurredAt: dateTimeSchema,
    receivingAuthority: optionalText(textLimits.line).optional(),
    details: optionalText(textLimits.paragraph).optional(),
    informedConsentInterviewRef: optionalText(textLimits.line).optional(),
    override: z
      .object({
        signoffs: z
          .array(
            z
              .object({
                role: z.enum(SIGNOFF_ROLES),
                name: requiredText(textLimits.name),
                reference: optionalText(textLimits.line).optional(),
              })
              .strict(),
          )
          .max(SIGNOFF_ROLES.length)
          .refine((xs) => new Set(xs.map((x) => x.role)).size === xs.length, {
            message: 'each role signs once',
          }),
        justification: optionalText(textLimits.paragraph),
      })
      .strict()
      .optional(),
  })
  .strict();
export type DepartureInput = z.input<typeof departureInputSchema>;

export const departureCheckInputSchema = departureInputSchema;

export const GUARD_CONDITIONS = ['INTERVIEW', 'DECISION_ON_FINAL', 'NOT_OBLIGATORY'] as const;

export const guardVerdictSchema = z.object({
  subjectRef: z.string(),
  /** Whether P-6 applies to this departure at all. */
  guarded: z.boolean(),
  /** The version whose result was read, if any. */
  assessmentVersion: z.number().int().nullable(),
  handoverGuard: handoverGuardSchema.nullable(),
  conditions: z.array(
    z.object({ id: z.enum(GUARD_CONDITIONS), met: z.boolean(), explanation: z.string() }),
  ),
  /** Sign-offs this departure needs, whether or not they were given. */
  requiredSignoffs: z.array(z.enum(SIGNOFF_ROLES)),
  needsInformedConsent: z.boolean(),
  allowed: z.boolean(),
  compliance: z.enum(['CLEAR', 'OVERRIDE', 'OVERRIDE_OF_ABSOLUTE_BAR']).nullable(),
  /** Why it is refused, each with the field that would settle it. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type GuardVerdict = z.infer<typeof guardVerdictSchema>;

export const departureRecordSchema = z.object({
  id: entityId,
  subjectRef: z.string(),
  type: z.enum(DEPARTURE_TYPES),
  destination: z.enum(DESTINATIONS).nullable(),
  occurredAt: z.string(),
  receivingAuthority: z.string(),
  compliance: z.enum(['CLEAR', 'OVERRIDE', 'OVERRIDE_OF_ABSOLUTE_BAR']),
  overrideJustification: z.string().nullable(),
  signoffs: z.array(signoffSchema.omit({ signedAt: true })),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type DepartureRecord = z.infer<typeof departureRecordSchema>;
