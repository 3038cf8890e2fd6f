// The normalised engine input (after step 0, SPEC §1.4): defaults applied, validation downgrades
// applied, synthetic risks added. Values that are still unknown stay 'U' / 'UNKNOWN' here; the
// completions of §2.3 resolve them.
import type {
  AgeBand,
  ArrivalMode,
  AssuranceReliability,
  ConductFromPremises,
  ConventionGround,
  Destination,
  FlagrantDenialCategory,
  HarmType,
  HostActionType,
  Instrument,
  OffenceClass,
  Perpetrator,
  PremisesArea,
  PremisesType,
  ProcessIntegrity,
  RelationsStatus,
  Tri,
} from '../../../shared/caseFacts/enums';

export type NAssurances = {
  reliability: AssuranceReliability;
  /** V-5 turned an unapproved RELIABLE into U. */
  roleDowngrade: boolean;
  specific: Tri;
  competent: Tri;
  monitoring: Tri;
  track: Tri;
};

export type NRisk = {
  risk_id: string;
  /** `risks[<risk_id>]`, the prefix of every missing-field path of this risk (§2.3.5). */
  path: string;
  subject_ref: string;
  synthetic: null | 'V-10' | 'V-14';
  harm_type: HarmType;
  destination: Destination;
  perpetrator: Perpetrator;
  amounts_to_torture: Tri;
  convention_ground: ConventionGround | null;
  /** V-12: PERSECUTION_CONVENTION_GROUND without a ground, nexus unknown. */
  groundUnknown: boolean;
  foreseeable: Tri;
  personal: Tri;
  present: Tri;
  real: Tri;
  /** Limbs that V-3 turned from Y into U (no adviser_rationale). */
  rationaleLimbs: readonly ('foreseeable' | 'personal' | 'present' | 'real')[];
  /** V-6: at least one linked evidence item of the required grade. */
  qualifyingEvidence: boolean;
  pattern: Tri;
  /** reaches_ill_treatment_threshold_for_subject, with the subject-dependent default of F15. */
  threshold: Tri;
  flagrant_breach: Tri;
  imposition_unlawful: Tri;
  flagrant_category: FlagrantDenialCategory | null;
  assurances: NAssurances | null;
};

export type NAction = {
  /** `host_actions[<action_id>]` or `host_actions[<index>]`. */
  path: string;
  label: string;
  type: HostActionType;
  missionClass: OffenceClass;
  hostClass: OffenceClass | null;
  integrity: ProcessIntegrity;
  natsec: Tri;
  convictionFinal: Tri;
  danger: Tri;
  sentenceServed: Tri;
  clearlyPolitical: Tri;
  f1a: Tri;
  f1b: Tri;
  f1c: Tri;
};

export type NSubject = {
  ref: string;
  role: 'principal' | 'dependant';
  /** `principal` or `dependants[<person_ref>]` (§2.3.5 paths). */
  path: string;
  ageBand: AgeBand;
  vulnerable: boolean;
  unaccompanied: boolean;
  /** V-2 applies: Y (host national, or stateless with former residence in the host), N, or U. */
  v2: Tri;
  refugee: Tri;
  oau: Tri;
  risks: NRisk[];
  hasV10: boolean;
};

export type NCase = {
  caseId: string;
  asOf: string | null;
  interimSetAt: string | null;
  sending: string;
  receiving: string;
  premises: PremisesType;
  premisesArea: PremisesArea | null;
  relations: RelationsStatus;
  onPremises: Tri;
  movementRestricted: Tri;
  request: Tri;
  staffCustody: Tri;
  contemplating: Tri;
  hostRequested: Tri;
  arrivalMode: ArrivalMode | null;
  sought: Tri;
  imminent: Tri;
  urgencyFound: Tri;
  conduct: ConductFromPremises;
  destabilising: Tri;
  sendingParties: ReadonlySet<Instrument>;
  hostParties: ReadonlySet<Instrument>;
  contested: ReadonlySet<Instrument>;
  recognisesDA: Tri | null;
  abolitionist: Tri;
  /** Caracas articles (Roman numerals, or GENERAL) reserved by the sending or receiving state. */
  caracasReserved: ReadonlySet<string>;
  /** Elapsed days on premises (V-9 / F14), or null when unknown. */
  days: number | null;
  /** Paths whose absence makes the days unknown (`as_of`, `arrival.arrived_at`). */
  daysMissing: string[];
  actions: NAction[];
  subjects: NSubject[];
  warnings: string[];
};
