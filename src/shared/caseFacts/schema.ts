// The canonical engine input (SPEC §1.1 "CaseFacts") as zod 4 schemas. It mirrors
// src/main/data/case-facts.schema.json field for field: optional fields stay optional (the engine,
// not the parser, applies the neutral defaults, so "omitted" and "U" stay distinguishable) and
// every object is strict (JSON Schema `additionalProperties: false`). Imports only zod because the
// main process, the CLI and the renderer forms share it.
import { z } from 'zod';
import {
  AGE_BANDS,
  ARRIVAL_MODES,
  ASSURANCE_RELIABILITIES,
  CONDUCTS,
  CONFIDENTIALITIES,
  CONNECTING_LINKS,
  CONVENTION_GROUNDS,
  DESTINATIONS,
  EVIDENCE_GRADES,
  EVIDENCE_KINDS,
  EXIT_ROUTES,
  FLAGRANT_DENIAL_CATEGORIES,
  HARM_TYPES,
  HOST_ACTION_TYPES,
  INSTRUMENTS,
  OFFENCE_CLASSES,
  PERPETRATORS,
  PREMISES_AREAS,
  PREMISES_TYPES,
  PRETEXT_INDICATORS,
  PROCESS_INTEGRITIES,
  PROFILES,
  PURSUERS,
  RELATIONS_STATUSES,
  RELATIONSHIPS,
  RESIDENCE_STATUSES,
  ROLES,
  SAFE_CONDUCT_ANSWERS,
  TRI,
  VULNERABILITIES,
} from './enums';

/** JSON Schema `uniqueItems: true` (zod arrays have no native equivalent). */
const unique = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((xs) => new Set(xs).size === xs.length, { message: 'Items must be unique' });

export const triSchema = z.enum(TRI);
export const stateCodeSchema = z.string().regex(/^[A-Z][A-Z0-9]{2}$/);
/** ISO 8601 date-time with seconds and an offset or Z (RFC 3339 `date-time`). */
export const dateTimeSchema = z.iso.datetime({ offset: true });

export const premisesTypeSchema = z.enum(PREMISES_TYPES);
export const relationsStatusSchema = z.enum(RELATIONS_STATUSES);
export const arrivalModeSchema = z.enum(ARRIVAL_MODES);
export const pursuerSchema = z.enum(PURSUERS);
export const harmTypeSchema = z.enum(HARM_TYPES);
export const perpetratorSchema = z.enum(PERPETRATORS);
export const destinationSchema = z.enum(DESTINATIONS);
export const conventionGroundSchema = z.enum(CONVENTION_GROUNDS);
export const hostActionTypeSchema = z.enum(HOST_ACTION_TYPES);
export const offenceClassSchema = z.enum(OFFENCE_CLASSES);
export const processIntegritySchema = z.enum(PROCESS_INTEGRITIES);
export const conductSchema = z.enum(CONDUCTS);
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
export const evidenceGradeSchema = z.enum(EVIDENCE_GRADES);
export const instrumentSchema = z.enum(INSTRUMENTS);
export const roleSchema = z.enum(ROLES);

export const missionSchema = z.strictObject({
  mission_id: z.string().optional(),
  sending_state: stateCodeSchema,
  receiving_state: stateCodeSchema,
  premises_type: premisesTypeSchema,
  premises_area: z.enum(PREMISES_AREAS).optional(),
  relations_status: relationsStatusSchema.optional(),
  head_of_mission_present: z.boolean().optional(),
  duty_officer_id: z.string().optional(),
});

const personFields = {
  person_ref: z.string().optional(),
  nationalities: unique(stateCodeSchema).optional(),
  stateless: triSchema.optional(),
  residence_status_in_host: z.enum(RESIDENCE_STATUSES).optional(),
  age_band: z.enum(AGE_BANDS).optional(),
  gender: z.string().optional(),
  vulnerabilities: unique(z.enum(VULNERABILITIES)).optional(),
  profile: unique(z.enum(PROFILES)).optional(),
  languages: z.array(z.string()).optional(),
  refugee_definition_met: triSchema.optional(),
  former_habitual_residence: stateCodeSchema.optional(),
  oau_refugee_definition_met: triSchema.optional(),
};

export const personSchema = z.strictObject(personFields);

export const dependantSchema = z.strictObject({
  ...personFields,
  person_ref: z.string(),
  relationship: z.enum(RELATIONSHIPS),
  on_premises: z.boolean(),
});

export const arrivalSchema = z.strictObject({
  arrived_at: dateTimeSchema.nullable().optional(),
  mode: arrivalModeSchema.optional(),
  pursued_by: pursuerSchema.optional(),
  sought_for_political_reasons: triSchema.optional(),
  host_security_outside: triSchema.optional(),
  injuries_on_arrival: triSchema.optional(),
  admitted_by_staff_id: z.string().optional(),
  persons_entering: z.array(z.string()).optional(),
});

export const controlFactsSchema = z.strictObject({
  physically_on_premises: triSchema.optional(),
  movement_restricted_by_mission: triSchema.optional(),
  request_to_remain_expressed: triSchema.optional(),
  staff_custody_or_restriction: triSchema.optional(),
  mission_contemplating_ejection_or_handover: triSchema.optional(),
  host_requested_entry_or_surrender: triSchema.optional(),
  connecting_links_to_sending_state: unique(z.enum(CONNECTING_LINKS)).optional(),
  time_on_premises_hours: z.number().min(0).nullable().optional(),
});

export const assuranceAssessmentSchema = z.strictObject({
  offered_by: z.string().optional(),
  specific: triSchema.optional(),
  verifiable_monitoring: triSchema.optional(),
  given_by_competent_authority: triSchema.optional(),
  track_record_of_compliance: triSchema.optional(),
  reliability: z.enum(ASSURANCE_RELIABILITIES),
  reliability_approved_by_role: roleSchema.optional(),
});

export const riskClaimSchema = z.strictObject({
  risk_id: z.string(),
  subject_ref: z.string().optional(),
  harm_type: harmTypeSchema,
  amounts_to_torture: triSchema.optional(),
  perpetrator: perpetratorSchema.optional(),
  destination: destinationSchema,
  convention_ground: conventionGroundSchema.optional(),
  foreseeable: triSchema.optional(),
  personal: triSchema.optional(),
  present: triSchema.optional(),
  real: triSchema.optional(),
  pattern_of_gross_violations: triSchema.optional(),
  prior_harm_suffered: triSchema.optional(),
  internal_safe_alternative_in_host: triSchema.optional(),
  flagrant_denial_category: z.enum(FLAGRANT_DENIAL_CATEGORIES).optional(),
  flagrant_breach_of_liberty: triSchema.optional(),
  imposition_unlawful_under_art6_2: triSchema.optional(),
  reaches_ill_treatment_threshold_for_subject: triSchema.optional(),
  assurances: assuranceAssessmentSchema.optional(),
  evidence_refs: unique(z.string()).optional(),
  adviser_rationale: z.string().optional(),
});

export const hostStateActionSchema = z.strictObject({
  action_id: z.string().optional(),
  type: hostActionTypeSchema,
  issuing_authority: z.string().optional(),
  requesting_state: stateCodeSchema.optional(),
  offence_description: z.string().optional(),
  offence_class_mission_view: offenceClassSchema,
  offence_class_host_view: offenceClassSchema.optional(),
  process_integrity: processIntegritySchema.optional(),
  pretext_indicators: unique(z.enum(PRETEXT_INDICATORS)).optional(),
  conviction_final: triSchema.optional(),
  danger_to_community_found_by_mission: triSchema.optional(),
  sentence_served: triSchema.optional(),
  max_penalty: z.string().optional(),
  max_penalty_years: z.number().min(0).nullable().optional(),
  death_penalty_possible: triSchema.optional(),
  national_security_allegation: z
    .strictObject({
      asserted_by_host: triSchema.optional(),
      reasonable_grounds_found_by_mission: triSchema.optional(),
    })
    .optional(),
  exclusion_1F: z
    .strictObject({
      a: triSchema.optional(),
      b: triSchema.optional(),
      c: triSchema.optional(),
    })
    .optional(),
  clearly_political_acts: triSchema.optional(),
  evidence_refs: unique(z.string()).optional(),
});

export const urgencySchema = z.strictObject({
  imminent_threat: triSchema.optional(),
  medical_emergency: triSchema.optional(),
  expected_duration_days: z.number().min(0).nullable().optional(),
  exit_route: z.enum(EXIT_ROUTES).optional(),
  urgency_found_by_granting_state: triSchema.optional(),
});

export const caracasReservationSchema = z.strictObject({
  state: stateCodeSchema,
  articles: z.array(z.string().regex(/^(GENERAL|[IVX]+)$/)),
});

export const legalContextSchema = z.strictObject({
  sending_state_parties: unique(instrumentSchema),
  host_state_parties: unique(instrumentSchema).optional(),
  caracas_reservations: z.array(caracasReservationSchema).optional(),
  sending_state_positions: z
    .strictObject({
      recognises_diplomatic_asylum: triSchema.optional(),
      contests_extraterritoriality: unique(instrumentSchema).optional(),
    })
    .optional(),
  sending_state_abolitionist: triSchema.optional(),
  domestic_basis_for_grant: z.string().optional(),
});

export const evidenceItemSchema = z.strictObject({
  evidence_id: z.string(),
  kind: evidenceKindSchema,
  source: z.string().optional(),
  obtained_at: dateTimeSchema.optional(),
  obtained_by: z.string().optional(),
  grade: evidenceGradeSchema,
  supports: z
    .array(
      z.strictObject({
        risk_id: z.string().optional(),
        action_id: z.string().optional(),
        field: z.string(),
      }),
    )
    .optional(),
  credibility_notes: z.string().optional(),
  confidentiality: z.enum(CONFIDENTIALITIES).optional(),
  chain_of_custody: z
    .array(z.strictObject({ at: dateTimeSchema, by: z.string(), action: z.string() }))
    .optional(),
  file_ref: z.string().optional(),
});

export const safeConductRequestSchema = z.strictObject({
  requested_at: dateTimeSchema,
  answer: z.enum(SAFE_CONDUCT_ANSWERS).optional(),
  answered_at: dateTimeSchema.nullable().optional(),
});

export const caseFactsSchema = z.strictObject({
  case_id: z.string().optional(),
  opened_at: dateTimeSchema.optional(),
  mission: missionSchema,
  principal: personSchema.optional(),
  dependants: z.array(dependantSchema).optional(),
  arrival: arrivalSchema.optional(),
  control: controlFactsSchema.optional(),
  risks: z.array(riskClaimSchema).optional(),
  host_actions: z.array(hostStateActionSchema).optional(),
  conduct: conductSchema.optional(),
  urgency: urgencySchema.optional(),
  evidence: z.array(evidenceItemSchema).optional(),
  legal_context: legalContextSchema,
  as_of: dateTimeSchema.optional(),
  safe_conduct_requests: z.array(safeConductRequestSchema).optional(),
  interim_measure_set_at: dateTimeSchema.optional(),
  destabilising_activity_before_entry: triSchema.optional(),
});

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type Mission = z.infer<typeof missionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Dependant = z.infer<typeof dependantSchema>;
export type Arrival = z.infer<typeof arrivalSchema>;
export type ControlFacts = z.infer<typeof controlFactsSchema>;
export type AssuranceAssessment = z.infer<typeof assuranceAssessmentSchema>;
export type RiskClaim = z.infer<typeof riskClaimSchema>;
export type HostStateAction = z.infer<typeof hostStateActionSchema>;
export type Urgency = z.infer<typeof urgencySchema>;
export type CaracasReservation = z.infer<typeof caracasReservationSchema>;
export type LegalContext = z.infer<typeof legalContextSchema>;
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export type SafeConductRequest = z.infer<typeof safeConductRequestSchema>;
