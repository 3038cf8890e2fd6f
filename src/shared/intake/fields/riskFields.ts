import {
  ASSURANCE_RELIABILITIES,
  CONVENTION_GROUNDS,
  DESTINATIONS,
  FLAGRANT_DENIAL_CATEGORIES,
  HARM_TYPES,
  PERPETRATORS,
  ROLES,
} from '../../caseFacts/enums';
import { TEXT, type FieldDef, type Scope } from '../fieldTypes';

const TRI = { kind: 'tri' } as const;

const harm = (s: Scope) => s.item.harm_type;
const harmIn =
  (...types: string[]) =>
  (s: Scope) =>
    types.includes(String(harm(s)));
const hasAssurances = (s: Scope) => s.item.assurances === true;

/** R-1b (F15): the subject-relative threshold matters for a child, an unknown age or a vulnerable person. */
const thresholdRelevant = (s: Scope) => {
  const age = s.subject?.age_band;
  const vulnerable = Array.isArray(s.subject?.vulnerabilities)
    ? s.subject.vulnerabilities.length > 0
    : false;
  return age === 'CHILD' || age === 'U' || age === null || age === undefined || vulnerable;
};

const LIMB_RULE = 'CAT GC 4 ¶11: all four limbs are needed for “substantial grounds” (Step R).';

/**
 * One RiskClaim per distinct harm / perpetrator / destination (SPEC §1.3.6, §1.2.1). Stored in
 * `risks`. `assurances` is a yes/no question whose answer decides whether the assurance object
 * exists in the facts (SPEC: the object is present only when assurances were offered).
 */
export const RISK_FIELDS: readonly FieldDef[] = [
  {
    path: 'harm_type',
    column: 'harm_type',
    type: { kind: 'enum', values: HARM_TYPES, unknown: 'UNKNOWN' },
    step: 'risks',
    label: 'What harm does the person fear?',
    why: 'The harm decides which absolute bar can apply (Step A) and its severity in the balance (§1.2.1).',
    rule: '§1.2.1; §2.6',
  },
  {
    path: 'perpetrator',
    column: 'perpetrator',
    type: { kind: 'enum', values: PERPETRATORS, unknown: 'UNKNOWN' },
    step: 'risks',
    label: 'Who would inflict it?',
    why: 'Harm by non-state actors raises the flag CAT_NON_STATE_ACTOR.',
    rule: '§2.6',
  },
  {
    path: 'destination',
    column: 'destination',
    type: { kind: 'enum', values: DESTINATIONS, unknown: 'UNKNOWN' },
    step: 'risks',
    label: 'Where would the harm happen if the person left?',
    why: 'Handover into the host and onward removal through it both engage non-refoulement (GC 31 ¶12; CAT GC 4 ¶12).',
    rule: '§2.6',
  },
  {
    path: 'convention_ground',
    column: 'convention_ground',
    type: { kind: 'enum', values: CONVENTION_GROUNDS },
    step: 'risks',
    label: 'Is it for a Refugee Convention reason? Which?',
    why: 'Art. 33(1) needs a Convention ground (Q-1); persecution without one is an unknown nexus (V-12).',
    rule: '§2.7 Q-1; V-12',
    neededWhen: harmIn('PERSECUTION_CONVENTION_GROUND'),
  },
  {
    path: 'foreseeable',
    column: 'foreseeable',
    type: TRI,
    step: 'risks',
    label: 'Is the harm foreseeable?',
    why: LIMB_RULE,
    rule: '§2.5 R-1',
  },
  {
    path: 'personal',
    column: 'personal',
    type: TRI,
    step: 'risks',
    label: 'Is the risk personal to this person?',
    why: `${LIMB_RULE} A pattern of violations alone cannot make it personal (V-4).`,
    rule: '§2.5 R-1; V-4',
  },
  {
    path: 'present',
    column: 'present',
    type: TRI,
    step: 'risks',
    label: 'Is the risk present now?',
    why: LIMB_RULE,
    rule: '§2.5 R-1',
  },
  {
    path: 'real',
    column: 'real',
    type: TRI,
    step: 'risks',
    label: 'Is the risk real?',
    why: `${LIMB_RULE} “Yes” needs linked evidence graded C or better (V-6).`,
    rule: '§2.5 R-1; V-6',
  },
  {
    path: 'adviser_rationale',
    column: 'adviser_rationale',
    type: { kind: 'text', max: TEXT.paragraph, paragraph: true },
    step: 'risks',
    label: 'Your reasons for each “Yes” above',
    why: 'A limb answered “Yes” without a rationale counts as unknown (V-3).',
    rule: '§1.4 V-3',
    neededWhen: (s) =>
      ['foreseeable', 'personal', 'present', 'real'].some((limb) => s.item[limb] === 'Y'),
  },
  {
    path: 'pattern_of_gross_violations',
    column: 'pattern_of_gross_violations',
    type: TRI,
    step: 'risks',
    label: 'Is there a consistent pattern of gross human-rights violations there?',
    why: 'A relevant consideration under CAT art. 3(2), never sufficient alone (V-4); it bars reliance on assurances against torture (R-2).',
    rule: '§1.4 V-4; §2.5 R-2',
  },
  {
    path: 'prior_harm_suffered',
    column: 'prior_harm_suffered',
    type: TRI,
    step: 'risks',
    label: 'Has the person suffered this harm before?',
    why: 'With prior harm, D-graded testimony counts as C for the “real” limb (V-6).',
    rule: '§1.4 V-6; F16',
  },
  {
    path: 'internal_safe_alternative_in_host',
    column: 'internal_safe_alternative',
    type: TRI,
    step: 'risks',
    label: 'Is there a safe place elsewhere in the host state?',
    why: 'Recorded for the file (cf. Njamba & Balikosa: no safe area).',
    informational: true,
  },
  {
    path: 'amounts_to_torture',
    column: 'amounts_to_torture',
    type: TRI,
    step: 'risks',
    label: 'Does it meet the CAT art. 1 elements of torture?',
    why: 'CIDT or SGBV meeting the CAT art. 1 elements is evaluated as torture (V-7).',
    rule: '§1.4 V-7',
    laOnly: true,
    appliesWhen: harmIn('CIDT', 'SERIOUS_SGBV'),
  },
  {
    path: 'reaches_ill_treatment_threshold_for_subject',
    column: 'reaches_threshold',
    type: TRI,
    omittedMeans: null,
    step: 'risks',
    label: 'Does it reach the ill-treatment threshold for this person?',
    why: 'The threshold is relative to age and vulnerability (R-1b; Ireland v UK ¶162).',
    rule: '§2.5 R-1b; F15',
    laOnly: true,
    appliesWhen: thresholdRelevant,
  },
  {
    path: 'flagrant_denial_category',
    column: 'flagrant_denial_category',
    type: { kind: 'enum', values: FLAGRANT_DENIAL_CATEGORIES, unknown: 'U' },
    step: 'risks',
    label: 'Which Othman ¶259 category applies?',
    why: 'Q-3 reads the category of flagrant denial of justice.',
    rule: '§2.7 Q-3',
    laOnly: true,
    appliesWhen: harmIn('FLAGRANT_DENIAL_OF_JUSTICE'),
  },
  {
    path: 'flagrant_breach_of_liberty',
    column: 'flagrant_breach_of_liberty',
    type: TRI,
    step: 'risks',
    label: 'Would the detention be a flagrant breach of ECHR art. 5?',
    why: 'Q-3b (F17).',
    rule: '§2.7 Q-3b',
    laOnly: true,
    appliesWhen: harmIn('ARBITRARY_DETENTION'),
  },
  {
    path: 'imposition_unlawful_under_art6_2',
    column: 'imposition_unlawful_art6_2',
    type: TRI,
    step: 'risks',
    label: 'Would imposing the death penalty breach ICCPR art. 6(2)?',
    why: 'Then the risk also counts as arbitrary deprivation of life (A-3; F13).',
    rule: '§2.6 A-3',
    laOnly: true,
    appliesWhen: harmIn('DEATH_PENALTY'),
  },
  {
    path: 'assurances',
    column: 'has_assurances',
    type: { kind: 'boolean' },
    step: 'risks',
    label: 'Have diplomatic assurances been offered against this risk?',
    why: 'Reliable assurances can defeat the “real” limb, tested by the Othman factors (R-2).',
    rule: '§2.5 R-2',
  },
  {
    path: 'assurances.offered_by',
    column: 'assurance_offered_by',
    type: { kind: 'text', max: TEXT.short },
    step: 'risks',
    label: 'Which state organ offered them?',
    why: 'Recorded for the file.',
    informational: true,
    appliesWhen: hasAssurances,
  },
  {
    path: 'assurances.specific',
    column: 'assurance_specific',
    type: TRI,
    step: 'risks',
    label: 'Are the assurances specific?',
    why: 'An Othman factor read by R-2.',
    rule: '§2.5 R-2; F5',
    appliesWhen: hasAssurances,
  },
  {
    path: 'assurances.given_by_competent_authority',
    column: 'assurance_competent',
    type: TRI,
    step: 'risks',
    label: 'Were they given by an authority that can bind the state?',
    why: 'An Othman factor read by R-2.',
    rule: '§2.5 R-2; F5',
    appliesWhen: hasAssurances,
  },
  {
    path: 'assurances.verifiable_monitoring',
    column: 'assurance_monitoring',
    type: TRI,
    step: 'risks',
    label: 'Can compliance be verified by monitoring?',
    why: 'An Othman factor read by R-2 (monitoring or a track record).',
    rule: '§2.5 R-2; F5',
    appliesWhen: hasAssurances,
  },
  {
    path: 'assurances.track_record_of_compliance',
    column: 'assurance_track_record',
    type: TRI,
    step: 'risks',
    label: 'Does the state have a track record of keeping such assurances?',
    why: 'An Othman factor read by R-2; unknown counts against reliance.',
    rule: '§2.5 R-2; F5',
    appliesWhen: hasAssurances,
  },
  {
    path: 'assurances.reliability',
    column: 'assurance_reliability',
    type: { kind: 'enum', values: ASSURANCE_RELIABILITIES, unknown: 'U' },
    step: 'risks',
    label: 'Are the assurances reliable?',
    why: 'A human determination; it counts only when a legal adviser approves it (V-5).',
    rule: '§1.4 V-5',
    laOnly: true,
    appliesWhen: hasAssurances,
  },
  {
    path: 'assurances.reliability_approved_by_role',
    column: 'assurance_approved_by_role',
    type: { kind: 'enum', values: ROLES },
    step: 'risks',
    label: 'Role of the person who found them reliable',
    why: 'V-5: “reliable” counts only when approved by a legal adviser. Recorded from the profile that answered.',
    rule: '§1.4 V-5',
    readOnly: true,
    appliesWhen: (s) => hasAssurances(s) && s.item['assurances.reliability'] === 'RELIABLE',
  },
];
