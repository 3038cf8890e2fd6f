import type { FinalOutcome, IComponent, SubBasis } from './result';

// Plain words for the engine's closed vocabularies (SPEC §2.1, §2.11, §2.13, §0.5), for the
// adviser who reads the assessment. Keyed by the engine's own codes; a unit test checks that every
// code, flag, action and rule id the engine can emit has an entry here.

export const OUTCOME_LABELS: Readonly<Record<FinalOutcome, string>> = {
  PROTECTION_OBLIGATORY: 'Protection obligatory',
  PERMISSIBLE_TREATY_BASIS: 'Permissible on a treaty basis',
  PERMISSIBLE_ON_BALANCE: 'Permissible on balance',
  NOT_JUSTIFIED: 'Not justified',
  INSUFFICIENT_INFORMATION: 'Insufficient information',
};

/** One sentence per outcome: what it means for the person in the building. */
export const OUTCOME_MEANINGS: Readonly<Record<FinalOutcome, string>> = {
  PROTECTION_OBLIGATORY:
    'The sending state must not eject or hand over this person while the risk persists.',
  PERMISSIBLE_TREATY_BASIS:
    'A Latin American asylum treaty applies between the two states and its conditions are met; the host must respect the asylum.',
  PERMISSIBLE_ON_BALANCE:
    'There is no obligation and no treaty basis, but the risk to the person outweighs the interference with the host state on the sliding scale — a scholarly proposal, not settled law.',
  NOT_JUSTIFIED:
    'None of the bases for sheltering the person holds; the duty not to interfere in the host state applies. This is not an instruction to surrender the person.',
  INSUFFICIENT_INFORMATION:
    'The facts known so far do not fix the outcome; the missing facts below decide it.',
};

export const SUB_BASIS_LABELS: Readonly<Record<SubBasis, string>> = {
  ABSOLUTE: 'an absolute bar: no balancing and no exceptions (Step A)',
  TREATY_NO_EXCEPTION:
    'a treaty rule without exceptions: flagrant denial of justice or of liberty (Q-3)',
  QUALIFIED: 'refugee-law non-refoulement, whose exceptions were checked and do not apply (Q-1)',
  CARACAS: 'the Caracas Convention on Diplomatic Asylum (1954)',
  HAVANA: 'the Havana Convention on Asylum (1928)',
};

export const GUIDANCE_LABELS: Readonly<Record<string, string>> = {
  MUST_NOT_EJECT_OR_HAND_OVER: 'Must not eject or hand over',
  MAY_SHELTER: 'May shelter',
  MAY_SHELTER_PENDING_ASSESSMENT: 'May shelter while the assessment is completed',
  NO_BASIS_TO_SHELTER: 'No basis to shelter',
};

export const I_COMPONENT_LABELS: Readonly<Record<IComponent, string>> = {
  process: 'Host charges and process',
  natsec: 'National security',
  conduct: 'Conduct',
  duration: 'Time on premises',
  premises: 'Type of premises',
};

/** The contested interpretations and cautions (SPEC §0.5), explained in one sentence each. */
export const FLAG_EXPLANATIONS: Readonly<Record<string, string>> = {
  REFUGEE_CONVENTION_INAPPLICABLE_NATIONAL_IN_OWN_STATE:
    'The person is in their own country (or their country of former habitual residence), so the Refugee Convention cannot protect them; only human-rights non-refoulement can.',
  SENDING_STATE_DOES_NOT_RECOGNISE_DA:
    'The sending state has said it does not recognise diplomatic asylum; this is recorded for information only.',
  CONTESTED_EXTRATERRITORIALITY:
    'The sending state contests that some treaties apply outside its territory, so the outcome is also computed under that restrictive reading.',
  CONTESTED_JURISDICTION_BASIS:
    'Jurisdiction rests only on the person asking to stay, a reading below the seed’s reading of M.N. v Belgium and undecided in court; the restrictive reading treats it as not established.',
  CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY:
    'Handing someone to the state where the mission sits is not literally removal “to another State”; treating it as refoulement is an analogy (Al-Saadoon, OC-25/18) that B & Others cuts against.',
  ASSURANCES_RELIED_ON:
    'Diplomatic assurances were assessed as reliable and negate the real risk; a human must review that judgment.',
  ASSURANCES_NOT_RELIED_ON_CAT:
    'The sending state is bound by no human-rights treaty beyond the Convention against Torture, so assurances against torture are not relied on (CAT General Comment 4 ¶20).',
  CAT_NON_STATE_ACTOR:
    'The torture risk comes from non-state actors the host cannot control, and the Convention against Torture’s “public official” wording is narrower than the Committee’s view.',
  ACHR_22_8_TEXTUAL_GROUND_ABSENT:
    'Protection under ACHR art. 22(8) is applied without a discriminatory ground, following Pacheco Tineo, although the text names such grounds.',
  INTERPRETATION_33_2_COUNTRY:
    'Art. 33(2) speaks of a danger to “the country in which he is”; the engine reads that as the host state, which is contested.',
  RESERVATION_REVIEW:
    'A reservation to the Caracas Convention covers an article a rule relies on; a lawyer must review its effect.',
  QUALIFICATION_NOT_BINDING_ON_HOST:
    'Under the Havana Convention the mission’s view that the offence is political does not bind the host state (ICJ, Asylum case).',
  NO_GENERAL_LEGAL_BASIS:
    'Outside the Havana and Caracas treaties there is no general legal basis for diplomatic asylum; it must be established case by case.',
  B_BORDERLINE:
    'The balance is met by exactly the margin; a one-point difference in any weight would change it.',
  SEED_PROPOSAL_NOT_SETTLED_LAW:
    'The sliding-scale test is a scholarly proposal (de lege ferenda), not settled law.',
  HOST_DISCLOSURE_CAUTION:
    'While the interim measure is in force, do not disclose the person’s identity to the host state without legal advice.',
  NO_INVIOLABILITY_PROTECTION:
    'The host may lawfully enter these premises (honorary consulate, non-inviolable premises or outside the consular work area).',
};

export const REASON_CODE_LABELS: Readonly<Record<string, string>> = {
  J_NOT_ON_PREMISES: 'Not on the premises: no jurisdiction',
  J_NO_DE_FACTO_CONTROL: 'Free to come and go: no de facto control by the mission',
  J_AUTHORITY_AND_CONTROL: 'Staff exercise authority and control over the person',
  J_REQUEST_TO_REMAIN_ONLY: 'Jurisdiction rests only on the request to remain',
  RISK_NOT_ESTABLISHED_FORESEEABLE: 'Risk not shown to be foreseeable',
  RISK_NOT_ESTABLISHED_PERSONAL: 'Risk not shown to be personal',
  RISK_NOT_ESTABLISHED_PRESENT: 'Risk not shown to be present',
  RISK_NOT_ESTABLISHED_REAL: 'Risk not shown to be real',
  RISK_NOT_LINKED_TO_HANDOVER: 'The risk lies elsewhere and is not engaged by a handover',
  R1B_RELATIVE_THRESHOLD: 'Ill-treatment threshold reached for this person (child or vulnerable)',
  ASSURANCES_RELIED_ON: 'Reliable assurances negate the real risk',
  ASSURANCES_NOT_RELIED_ON: 'Assurances assessed reliable but not relied on',
  ABS_TORTURE: 'Absolute bar: torture',
  ABS_CIDT: 'Absolute bar: cruel, inhuman or degrading treatment',
  ABS_LIFE: 'Absolute bar: arbitrary deprivation of life',
  ABS_DEATH_PENALTY: 'Absolute bar: death penalty',
  ABS_ACHR_22_8: 'Absolute bar: ACHR art. 22(8)',
  ABS_ENFORCED_DISAPPEARANCE: 'Absolute bar: enforced disappearance',
  ABS_CRC_CHILD: 'Absolute bar: irreparable harm to a child (CRC)',
  IACPPT_APPLIED: 'Rests on the Inter-American Convention to Prevent and Punish Torture',
  Q_REFUGEE_33_1: 'Refugee Convention art. 33(1) protects the person',
  Q_EXCLUDED_33_2_NATSEC: 'Excluded under art. 33(2): danger to security',
  Q_EXCLUDED_33_2_PSC: 'Excluded under art. 33(2): particularly serious crime and danger',
  Q_EXCLUDED_1F: 'Excluded under art. 1F',
  Q_OAU_II_3: 'OAU Convention art. II(3) protects the person',
  Q_REFUGEE_NOT_APPLICABLE_HOST_NATIONAL: 'Refugee Convention does not apply in own country',
  Q_FLAGRANT_DENIAL: 'Flagrant denial of justice',
  Q_FLAGRANT_DETENTION: 'Flagrant breach of the right to liberty',
  T_CARACAS_GRANTED: 'Caracas Convention: conditions met',
  T_CARACAS_ART_III_BAR: 'Caracas art. III: common offence bars asylum',
  T_CARACAS_NO_URGENCY: 'Caracas: urgency appraised as absent',
  T_CARACAS_NOT_POLITICAL: 'Caracas: not sought for political reasons',
  T_CARACAS_NOT_LEGATION: 'Caracas: the premises are not a legation',
  T_HAVANA_GRANTED: 'Havana Convention: conditions met',
  T_HAVANA_ART_1_BAR: 'Havana art. 1: common crime bars asylum',
  T_HAVANA_NOT_POLITICAL: 'Havana: not a political offender',
  T_HAVANA_NO_URGENCY: 'Havana: no urgency',
  TREATY_PROHIBITS_GRANT: 'The treaty between the states prohibits the grant; no balancing',
  B_BELOW_H_MIN: 'Harm below the minimum for the sliding scale',
  B_LESSER_HARM_NOT_IMMEDIATE: 'Lesser harm that is not immediate',
  B_MARGIN_NOT_MET: 'Harm does not outweigh the interference by the margin',
  B_MARGIN_MET: 'Harm outweighs the interference by the margin',
  OPERATION_OF_JUSTICE: 'Asylum would oppose the regular operation of justice',
  CONDUCT_DESTABILISING: 'Destabilising political activity against the host',
  NO_GENERAL_LEGAL_BASIS: 'No general legal basis for diplomatic asylum',
  INTERIM_NO_HANDOVER: 'Interim measure: no ejection or handover pending assessment',
  INTERIM_DEADLINE_MISSED: 'The interim assessment deadline has passed',
};

export const REQUIRED_ACTION_LABELS: Readonly<Record<string, string>> = {
  SCREENING_INTERVIEW: 'Hold a screening interview to establish the missing facts',
  COMPLETE_ASSESSMENT_BEFORE_DEADLINE: 'Complete the assessment before the interim deadline',
  REQUEST_CAPITAL_INSTRUCTION: 'Request instructions from the capital: the deadline has passed',
  NO_EJECTION_OR_HANDOVER_INTO_RISK: 'Do not eject or hand over the person into the risk',
  PURSUE_SAFE_EXIT_OR_RELIABLE_ASSURANCES: 'Pursue a safe exit or reliable assurances',
  NOTIFY_TERRITORIAL_MFA: 'Notify the territorial Ministry of Foreign Affairs (Caracas art. VIII)',
  REQUEST_SAFE_CONDUCT: 'Request safe-conduct for departure',
  CONDUCT_RULES: 'Set conduct rules for the person while on the premises',
  CONSIDER_HOST_INFORMATION:
    'Take into account information from the host government (Caracas art. IX)',
  EXIT_PLANNING: 'Plan the person’s exit',
  INFORM_PERSON_OF_CONSEQUENCES: 'Inform the person of the consequences',
  NO_FACILITATION_OF_EVASION: 'Do not facilitate evasion of the host’s justice',
  REFER_TO_VISA_OR_HUMANITARIAN_ADMISSION_CHANNEL:
    'Refer to a visa or humanitarian admission channel',
  BEST_INTERESTS_ASSESSMENT: 'Carry out a best-interests assessment of the child',
  APPOINT_GUARDIAN: 'Appoint a guardian for the child',
  CHILD_APPROPRIATE_INTERVIEW: 'Interview the child in a child-appropriate way',
  ARRANGE_PROTECTING_POWER_CUSTODY: 'Arrange custody by a protecting power',
  RELOCATE_WITHIN_PROTECTED_AREA: 'Move the person into an inviolable part of the premises',
  REASSESS_ON_RISK_CHANGED: 'Re-assess whenever the risk changes',
};

/** What each rule of the trace decides (SPEC §1.4, §2.4–§2.11). */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  '0': 'Normalise and validate the facts',
  'V-2': 'Refugee definition impossible in own country',
  'V-3': 'A “yes” limb needs the adviser’s rationale',
  'V-4': 'A general pattern cannot make a risk personal',
  'V-5': 'Reliable assurances need a legal adviser’s approval',
  'V-6': 'A real risk needs evidence of the required grade',
  'V-8': 'A host action needs the mission’s view of the offence',
  'V-9': 'Days on the premises',
  'V-10': 'Request to remain with no risk recorded',
  'V-11': 'Ordinary offence seriousness from the maximum penalty',
  'V-12': 'Persecution needs a Convention ground',
  'V-13': 'An ordinary offence must be named',
  'V-14': 'Possible death penalty',
  'V-15': 'A pretextual charge needs indicators and evidence',
  'J-1': 'Jurisdiction: not on the premises',
  'J-2': 'Jurisdiction: no de facto control',
  'J-3a': 'Jurisdiction: authority and control by staff',
  'J-3b': 'Jurisdiction: request to remain only',
  'R-1': 'Effective harm (torture where CAT art. 1 is met)',
  'R-1b': 'Ill-treatment threshold relative to the person',
  'R-2': 'Diplomatic assurances',
  'R-3': 'Risk established: foreseeable, personal, present and real',
  'R-4': 'Pattern of gross violations',
  'R-5': 'Risk engaged by a handover',
  'R-6': 'Handover inside the host’s territory',
  'A-1': 'Absolute bar: torture',
  'A-2': 'Absolute bar: cruel, inhuman or degrading treatment',
  'A-3': 'Absolute bar: arbitrary deprivation of life',
  'A-4': 'Absolute bar: death penalty',
  'A-5': 'Absolute bar: ACHR art. 22(8)',
  'A-6': 'Absolute bar: enforced disappearance',
  'A-8': 'Absolute bar: irreparable harm to a child',
  A: 'Step A: absolute non-refoulement',
  'Q-1': 'Refugee Convention art. 33',
  'Q-1b': 'OAU Convention art. II(3)',
  'Q-3a': 'Flagrant denial of justice',
  'Q-3b': 'Flagrant breach of liberty',
  Q: 'Step Q: treaty non-refoulement',
  'T-C': 'Caracas Convention 1954',
  'T-C1': 'Caracas: sought for political reasons',
  'T-C2': 'Caracas art. III: no common-offence bar',
  'T-C3': 'Caracas: urgency found by the granting state',
  'T-H': 'Havana Convention 1928',
  'T-H1': 'Havana art. 1: no common-crime bar',
  'T-H2': 'Havana art. 2: political offender, urgent case',
  B: 'Step B: the sliding scale',
  O: 'Step O: precedence',
  U: 'Bounds over the unknown facts',
  ALT: 'The other interpretation mode',
  'P-0': 'Interim measure from the request',
  'P-1': 'Interim no-handover measure',
  'P-3': 'What the obligation requires',
  'P-4': 'Treaty duties',
  'P-5': 'Non-interference baseline',
  'P-6': 'Departure and handover guard',
  'P-7': 'Caution before contacting the host',
  'P-8': 'Unaccompanied child',
  'P-9': 'Relations severed',
  'P-10': 'Protection of the premises',
  G: 'Guidance',
};

export const DESIGN_LABEL = 'Design choice (configurable; not a statement of law)';
