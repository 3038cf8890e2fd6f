// Every enumeration of SPEC §1.2 / §1.3 as a const tuple plus its union type, in the order of
// src/main/data/case-facts.schema.json (a unit test keeps the two in step).

export const TRI = ['Y', 'N', 'U'] as const;
export type Tri = (typeof TRI)[number];

export const PREMISES_TYPES = [
  'EMBASSY_CHANCERY',
  'HEAD_OF_MISSION_RESIDENCE',
  'CONSULATE_CAREER',
  'CONSULATE_HONORARY',
  'OTHER_NON_INVIOLABLE',
  'WARSHIP_OR_MILITARY_AIRCRAFT',
] as const;
export type PremisesType = (typeof PREMISES_TYPES)[number];

export const PREMISES_AREAS = ['CONSULAR_WORK_AREA_EXCLUSIVE', 'OTHER_PART'] as const;
export type PremisesArea = (typeof PREMISES_AREAS)[number];

export const RELATIONS_STATUSES = ['NORMAL', 'SEVERED', 'ARMED_CONFLICT'] as const;
export type RelationsStatus = (typeof RELATIONS_STATUSES)[number];

export const ARRIVAL_MODES = [
  'APPOINTMENT',
  'WALK_IN',
  'FORCED_OR_COVERT_ENTRY',
  'BROUGHT_BY_STAFF',
  'ALREADY_INSIDE',
  'REMOTE_ONLY',
] as const;
export type ArrivalMode = (typeof ARRIVAL_MODES)[number];

export const PURSUERS = [
  'NONE',
  'HOST_STATE_AGENTS',
  'NON_STATE_WITH_HOST_ACQUIESCENCE',
  'NON_STATE_HOST_UNABLE',
  'MOB_OUT_OF_CONTROL',
] as const;
export type Pursuer = (typeof PURSUERS)[number];

export const HARM_TYPES = [
  'TORTURE',
  'CIDT',
  'ARBITRARY_DEPRIVATION_OF_LIFE',
  'DEATH_PENALTY',
  'ENFORCED_DISAPPEARANCE',
  'SERIOUS_SGBV',
  'UNDERAGE_RECRUITMENT',
  'PERSONAL_INTEGRITY',
  'ARBITRARY_DETENTION',
  'PERSECUTION_CONVENTION_GROUND',
  'FLAGRANT_DENIAL_OF_JUSTICE',
  'SERIOUS_INJURY_OTHER',
  'LESSER_HARM',
  'PROSECUTION_ONLY',
  'UNKNOWN',
] as const;
export type HarmType = (typeof HARM_TYPES)[number];
/** Harm types that carry a severity (UNKNOWN is resolved by §2.3.2, never scored). */
export type KnownHarmType = Exclude<HarmType, 'UNKNOWN'>;

export const PERPETRATORS = [
  'HOST_STATE_AGENTS',
  'NON_STATE_WITH_HOST_ACQUIESCENCE',
  'NON_STATE_HOST_UNABLE',
  'THIRD_STATE_VIA_EXTRADITION_OR_SURRENDER',
  'THIRD_STATE_OTHER',
  'UNKNOWN',
] as const;
export type Perpetrator = (typeof PERPETRATORS)[number];

export const DESTINATIONS = [
  'HOST_TERRITORY',
  'THIRD_STATE_ONWARD',
  'THIRD_STATE_DIRECT',
  'UNKNOWN',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

export const CONVENTION_GROUNDS = [
  'RACE',
  'RELIGION',
  'NATIONALITY',
  'PARTICULAR_SOCIAL_GROUP',
  'POLITICAL_OPINION',
] as const;
export type ConventionGround = (typeof CONVENTION_GROUNDS)[number];

export const HOST_ACTION_TYPES = [
  'NONE_KNOWN',
  'EXTRA_LEGAL_MEASURE',
  'INVESTIGATION',
  'CRIMINAL_CHARGE',
  'ARREST_WARRANT',
  'CONVICTION',
  'EXTRADITION_OR_SURRENDER_REQUEST',
  'ADMINISTRATIVE_DETENTION_ORDER',
  'SURRENDER_DEMAND_TO_MISSION',
] as const;
export type HostActionType = (typeof HOST_ACTION_TYPES)[number];

export const OFFENCE_CLASSES = [
  'NONE',
  'ADMINISTRATIVE_NON_CRIMINAL',
  'POLITICAL_EXPRESSIVE',
  'POLITICAL_RELATIVE',
  'POLITICAL_SUBVERSIVE',
  'MILITARY_DESERTION',
  'ORDINARY_MINOR',
  'ORDINARY_SERIOUS',
  'PARTICULARLY_SERIOUS_FINAL',
  'EXCLUDABLE_1F',
  'UNKNOWN',
] as const;
export type OffenceClass = (typeof OFFENCE_CLASSES)[number];
/** Offence classes that carry points (UNKNOWN is resolved by §2.3.2). */
export type KnownOffenceClass = Exclude<OffenceClass, 'UNKNOWN'>;

export const PROCESS_INTEGRITIES = [
  'INDEPENDENT_FAIR',
  'DEFICIENT',
  'PRETEXTUAL',
  'UNKNOWN',
] as const;
export type ProcessIntegrity = (typeof PROCESS_INTEGRITIES)[number];

export const CONDUCTS = ['NONE', 'EXPRESSIVE', 'ORGANISING_AGAINST_HOST_GOVERNMENT', 'U'] as const;
export type ConductFromPremises = (typeof CONDUCTS)[number];
export type KnownConduct = Exclude<ConductFromPremises, 'U'>;

export const EVIDENCE_KINDS = [
  'INTERVIEW_TESTIMONY',
  'OFFICIAL_DOCUMENT',
  'COURT_RECORD',
  'MEDICAL_REPORT',
  'PHOTO_VIDEO',
  'COUNTRY_INFO_UN',
  'COUNTRY_INFO_NGO',
  'WITNESS_STATEMENT',
  'OPEN_SOURCE_MEDIA',
  'HOST_STATE_INFORMATION',
  'DIPLOMATIC_ASSURANCE',
  'OTHER',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Best first: A is the strongest grade (§1.3.10). */
export const EVIDENCE_GRADES = ['A', 'B', 'C', 'D'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const INSTRUMENTS = [
  'CAT',
  'CAT_ART22_DECL',
  'ICCPR',
  'ICCPR_OP1',
  'ICCPR_OP2',
  'ECHR',
  'ECHR_P13',
  'ACHR',
  'REFUGEE_1951',
  'PROTOCOL_1967',
  'CARACAS_1954',
  'HAVANA_1928',
  'MONTEVIDEO_1933',
  'VCDR',
  'VCCR',
  'CED',
  'IACPPT',
  'OAU_1969',
  'CRC',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const ROLES = [
  'DUTY_OFFICER',
  'CONSULAR_OFFICER',
  'POLITICAL_OFFICER',
  'LEGAL_ADVISER',
  'HEAD_OF_MISSION',
  'CAPITAL_DESK',
  'INTERPRETER',
  'SECURITY',
] as const;
export type Role = (typeof ROLES)[number];

export const RESIDENCE_STATUSES = [
  'CITIZEN',
  'PERMANENT',
  'TEMPORARY',
  'IRREGULAR',
  'DETAINED_ESCAPED',
  'U',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

export const AGE_BANDS = ['CHILD', 'ADULT', 'U'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const VULNERABILITIES = [
  'MEDICAL',
  'DISABILITY',
  'TRAUMA',
  'PREGNANCY',
  'UNACCOMPANIED_CHILD',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

export const PROFILES = [
  'ACTIVIST',
  'JOURNALIST',
  'OPPOSITION_POLITICIAN',
  'PUBLIC_OFFICIAL',
  'MILITARY',
  'OTHER',
] as const;
export type Profile = (typeof PROFILES)[number];

export const RELATIONSHIPS = ['SPOUSE', 'CHILD', 'PARENT', 'OTHER'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const CONNECTING_LINKS = ['NATIONALITY', 'RESIDENCE', 'FAMILY', 'PRIOR_STATUS'] as const;
export type ConnectingLink = (typeof CONNECTING_LINKS)[number];

export const ASSURANCE_RELIABILITIES = ['RELIABLE', 'UNRELIABLE', 'U'] as const;
export type AssuranceReliability = (typeof ASSURANCE_RELIABILITIES)[number];

export const FLAGRANT_DENIAL_CATEGORIES = [
  'CONVICTION_IN_ABSENTIA_NO_RETRIAL',
  'SUMMARY_TRIAL_TOTAL_DISREGARD_OF_DEFENCE',
  'DETENTION_WITHOUT_INDEPENDENT_TRIBUNAL',
  'SYSTEMATIC_DENIAL_OF_LAWYER',
  'EVIDENCE_OBTAINED_BY_TORTURE',
  'SPECIAL_OR_AD_HOC_COURT',
  'U',
] as const;
export type FlagrantDenialCategory = (typeof FLAGRANT_DENIAL_CATEGORIES)[number];

export const PRETEXT_INDICATORS = [
  'TIMING_AFTER_POLITICAL_ACT',
  'VAGUE_CHARGE',
  'CHARGES_AGAINST_RELATIVES',
  'PATTERN_AGAINST_CRITICS',
  'DENIAL_OF_COUNSEL',
  'OTHER',
] as const;
export type PretextIndicator = (typeof PRETEXT_INDICATORS)[number];

export const EXIT_ROUTES = [
  'SAFE_CONDUCT_LIKELY',
  'SAFE_CONDUCT_REFUSED',
  'THIRD_STATE_TRANSFER',
  'NONE_IDENTIFIED',
  'U',
] as const;
export type ExitRoute = (typeof EXIT_ROUTES)[number];

export const SAFE_CONDUCT_ANSWERS = ['PENDING', 'GRANTED', 'REFUSED'] as const;
export type SafeConductAnswer = (typeof SAFE_CONDUCT_ANSWERS)[number];

export const CONFIDENTIALITIES = ['RESTRICTED', 'SECRET', 'NORMAL'] as const;
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];

/** Extraterritoriality interpretation modes (§2.3.4). */
export const EXTRATERRITORIALITY_MODES = ['TREATY_BODY', 'RESTRICTIVE'] as const;
export type ExtraterritorialityMode = (typeof EXTRATERRITORIALITY_MODES)[number];
