// Output shape of the engine (SPEC §2.14). Per-subject results are `SubjectResult` (the SPEC's
// `AssessmentResult`); the container returned by `assess` is `AssessmentResult` (the SPEC's
// `CaseAssessment`), which mirrors the principal's fields at top level (P13).
import type {
  Destination,
  ExtraterritorialityMode,
  HarmType,
  KnownHarmType,
  Tri,
} from '../../../shared/caseFacts/enums';
import type { Citation } from './authorities';
import type { Flag, Guidance, ReasonCode, RequiredAction } from './codes';

/** A determinate outcome, ranked 4 > 3 > 2 > 1 (§2.1). */
export type Outcome =
  'PROTECTION_OBLIGATORY' | 'PERMISSIBLE_TREATY_BASIS' | 'PERMISSIBLE_ON_BALANCE' | 'NOT_JUSTIFIED';
export type FinalOutcome = Outcome | 'INSUFFICIENT_INFORMATION';
export type SubBasis = 'ABSOLUTE' | 'TREATY_NO_EXCEPTION' | 'QUALIFIED' | 'CARACAS' | 'HAVANA';
export type Range = readonly [Outcome, Outcome];

export type JurisdictionRule = 'J-1' | 'J-2' | 'J-3a' | 'J-3b';
export type Jurisdiction = {
  status: 'ESTABLISHED' | 'NOT_ESTABLISHED';
  rule: JurisdictionRule;
};

export type TreatyRegime = 'NONE' | 'CARACAS' | 'HAVANA';
export type TreatyResult = 'NOT_APPLICABLE' | 'HOLDS' | 'FAILS' | 'BARS_B';
export type TreatyStep = { regime: TreatyRegime; result: TreatyResult };

export type Limb = 'foreseeable' | 'personal' | 'present' | 'real';

export type RiskResult = {
  risk_id: string;
  /** Effective harm after R-1 / R-1b (UNKNOWN resolved per completion). */
  eff_harm: HarmType;
  /** Limbs after validation (V-3…V-6) and R-2; U stays U. */
  limbs: Record<Limb, Tri>;
  synthetic: null | 'V-10' | 'V-14';
  established: boolean;
  relevant: boolean;
  severity: number;
};

export type InterferenceIndex = {
  total: number;
  process: number;
  natsec: number;
  conduct: number;
  duration: number;
  premises: number;
};

export type Steps = {
  A: boolean;
  Q: boolean;
  T: TreatyResult;
  B: boolean | 'BARRED';
};

/** One completion of the unknowns (§2.3.5 `bounds`). */
export type SideView = {
  outcome: Outcome;
  sub_basis: SubBasis | null;
  basis: string[];
  H: number;
  I_total: number;
  reason_codes: ReasonCode[];
  flags: Flag[];
  jurisdiction: Jurisdiction;
  /** Ids of the risks engaged (established ∧ relevant) in this completion. */
  engaged_risks: string[];
};

export type InterimMeasure = {
  type: 'NO_EJECTION_OR_HANDOVER_PENDING_ASSESSMENT';
  basis: ('P-0' | 'P-1')[];
  set_at: string | null;
  review_by: string | null;
  deadline_hours: number;
  lapses: false;
};

/**
 * What the P-6 departure guard (§2.11, §4.2 #13) needs from the assessment of one subject. The
 * guard itself (interview on file, DECISION on a FINAL assessment, override sign-offs) is enforced
 * by the timeline service; the engine supplies condition (iii) and the risks it protects.
 */
export type HandoverGuard = {
  /** (iii) fails: either mode gives OBLIGATORY, or INSUFFICIENT with optimistic OBLIGATORY. */
  bars_handover: boolean;
  /**
   * Recorded destinations of the subject's risks engaged in either completion of either mode: a
   * HANDOVER_TO_HOST_AUTHORITIES, or a TRANSFER_TO_THIRD_STATE / DEPARTURE_UNDER_SAFE_CONDUCT
   * towards such a destination, is guarded.
   */
  engaged_destinations: Destination[];
  /** P-1 is active: a VOLUNTARY_DEPARTURE_INTO_HOST needs LEGAL_ADVISER sign-off and consent. */
  voluntary_departure_needs_signoff: boolean;
  /** An override is recorded as OVERRIDE_OF_ABSOLUTE_BAR and never marked compliant (F3c). */
  override_is_of_absolute_bar: boolean;
};

export type TraceStep = {
  rule: string;
  /** Which completion of the unknowns the step belongs to; null for case-level steps. */
  completion: 'PESSIMISTIC' | 'OPTIMISTIC' | null;
  inputs: Record<string, unknown>;
  result: unknown;
  reason_codes: ReasonCode[];
  flags: Flag[];
  authorities: Citation[];
};

export type SubjectResult = {
  assessment_id: string;
  case_id: string;
  subject_ref: string;
  role: 'principal' | 'dependant';
  version: number;
  status: 'DRAFT' | 'UNDER_REVIEW' | 'FINAL' | 'SUPERSEDED';
  ruleset_version: string;
  extraterritoriality_mode: ExtraterritorialityMode;
  config_sha256: string;
  inputs_sha256: string;
  jurisdiction: Jurisdiction;
  risks: RiskResult[];
  H: number;
  I: InterferenceIndex;
  b_slack: number;
  steps: Steps;
  t: TreatyStep;
  outcome: FinalOutcome;
  outcome_sub_basis: SubBasis | null;
  range: Range | null;
  outcome_alt_mode: FinalOutcome | null;
  outcome_sub_basis_alt_mode: SubBasis | null;
  range_alt_mode: Range | null;
  bounds: { optimistic: SideView; pessimistic: SideView };
  basis: string[];
  reason_codes: ReasonCode[];
  authority_ids: Citation[];
  authorities_unverified: string[];
  flags: Flag[];
  missing_fields: string[];
  decisive_missing_fields: string[];
  interim_measure: InterimMeasure | null;
  handover_guard: HandoverGuard;
  guidance: Guidance;
  required_actions: RequiredAction[];
  trace: TraceStep[];
};

export type AssessmentResult = SubjectResult & {
  as_of: string | null;
  mode: ExtraterritorialityMode;
  subjects: SubjectResult[];
  warnings: string[];
};
/** SPEC §2.14 name of the container. */
export type CaseAssessment = AssessmentResult;

export type { KnownHarmType };
