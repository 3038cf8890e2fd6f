import {
  AGE_BANDS,
  PROFILES,
  RELATIONSHIPS,
  RESIDENCE_STATUSES,
  VULNERABILITIES,
} from '../../caseFacts/enums';
import type { FieldDef } from '../fieldTypes';

const TRI = { kind: 'tri' } as const;

/**
 * The pseudonymous Person the engine reads (SPEC §1.3.3), for the principal (step "person") and
 * each dependant (step "dependants"). Names, documents and photo live in the restricted
 * PersonIdentity instead (src/shared/intake/identity.ts). Stored in `persons`.
 */
export const PERSON_FIELDS: readonly FieldDef[] = [
  {
    path: 'nationalities',
    column: 'nationalities',
    type: { kind: 'states' },
    step: 'person',
    label: 'Nationalities (ISO alpha-3 codes, comma-separated)',
    why: 'A host national is not a “refugee” (V-2, E13); a sending-state national is protected only within international law.',
    rule: '§1.4 V-2',
  },
  {
    path: 'stateless',
    column: 'stateless',
    type: TRI,
    step: 'person',
    label: 'Is the person stateless?',
    why: 'A stateless person whose former habitual residence is the host is treated like a host national (V-2).',
    rule: '§1.4 V-2; F6',
  },
  {
    path: 'former_habitual_residence',
    column: 'former_habitual_residence',
    type: { kind: 'state' },
    step: 'person',
    label: 'Former country of habitual residence',
    why: 'Refugee Convention art. 1A(2), second limb, for stateless persons (V-2).',
    rule: '§1.4 V-2',
    appliesWhen: (s) => s.item.stateless === 'Y' || s.item.stateless === 'U',
  },
  {
    path: 'age_band',
    column: 'age_band',
    type: { kind: 'enum', values: AGE_BANDS, unknown: 'U' },
    omittedMeans: 'ADULT',
    step: 'person',
    label: 'Is the person a child or an adult?',
    why: 'For a child the ill-treatment threshold is lower (R-1b) and recruitment counts as harm (A-8).',
    rule: '§2.5 R-1b; F15',
  },
  {
    path: 'vulnerabilities',
    column: 'vulnerabilities',
    type: { kind: 'codes', values: VULNERABILITIES },
    step: 'person',
    label: 'Vulnerabilities',
    why: 'Vulnerability lowers the ill-treatment threshold (R-1b); an unaccompanied child triggers P-8 actions.',
    rule: '§2.5 R-1b; §2.11 P-8',
  },
  {
    path: 'residence_status_in_host',
    column: 'residence_status',
    type: { kind: 'enum', values: RESIDENCE_STATUSES, unknown: 'U' },
    step: 'person',
    label: 'Residence status in the host state',
    why: 'Background for the risk analysis.',
    informational: true,
  },
  {
    path: 'gender',
    column: 'gender',
    type: { kind: 'text', max: 100 },
    step: 'person',
    label: 'Gender',
    why: 'Needed for the analysis of gender-based risks and for choosing interviewers.',
    informational: true,
  },
  {
    path: 'profile',
    column: 'profile',
    type: { kind: 'codes', values: PROFILES },
    step: 'person',
    label: 'Profile',
    why: 'Background for the risk analysis (e.g. journalists, activists).',
    informational: true,
  },
  {
    path: 'languages',
    column: 'languages',
    type: { kind: 'texts', max: 100 },
    step: 'person',
    label: 'Languages (comma-separated)',
    why: 'For interpreters and for informing the person.',
    informational: true,
  },
  {
    path: 'refugee_definition_met',
    column: 'refugee_definition_met',
    type: TRI,
    step: 'person',
    label: 'Does the person meet the refugee definition (art. 1A(2))?',
    why: 'Refugee Convention art. 33 protects only refugees (Q-1); a host national cannot be one (V-2).',
    rule: '§2.7 Q-1; V-2',
    laOnly: true,
  },
  {
    path: 'oau_refugee_definition_met',
    column: 'oau_refugee_definition_met',
    type: TRI,
    step: 'person',
    label: 'Does the person meet the OAU 1969 definition (art. I(2))?',
    why: 'The OAU Convention’s wider definition founds Q-1b between its parties.',
    rule: '§2.7 Q-1b; F7',
    laOnly: true,
  },
];

/** Only for dependants (SPEC §1.3.3 `Dependant`); both are asked when the dependant is added. */
export const DEPENDANT_FIELDS: readonly FieldDef[] = [
  {
    path: 'relationship',
    column: 'relationship',
    type: { kind: 'enum', values: RELATIONSHIPS },
    step: 'dependants',
    label: 'Relationship to the person',
    why: 'Recorded for the family’s file.',
    informational: true,
  },
  {
    path: 'on_premises',
    column: 'on_premises',
    type: { kind: 'boolean' },
    step: 'dependants',
    label: 'Is this person on the premises?',
    why: 'Each person on the premises is assessed separately, and the interim measure covers them (V-10).',
    rule: '§2.2 step 0; V-10',
  },
];
