import {
  CONFIDENTIALITIES,
  EVIDENCE_GRADES,
  EVIDENCE_KINDS,
  INSTRUMENTS,
  SAFE_CONDUCT_ANSWERS,
} from '../../caseFacts/enums';
import { TEXT, type FieldDef } from '../fieldTypes';

const TRI = { kind: 'tri' } as const;

/** SPEC §1.3.10. Links (`supports`, risks' `evidence_refs`) and attachments are stored apart. */
export const EVIDENCE_FIELDS: readonly FieldDef[] = [
  {
    path: 'kind',
    column: 'kind',
    type: { kind: 'enum', values: EVIDENCE_KINDS },
    step: 'evidence',
    label: 'Kind of evidence',
    why: 'Country information alone cannot make a risk personal (V-4).',
    rule: '§1.4 V-4',
  },
  {
    path: 'grade',
    column: 'grade',
    type: { kind: 'enum', values: EVIDENCE_GRADES },
    step: 'evidence',
    label: 'Grade',
    why: 'A “real” risk needs evidence graded C or better (V-6). A: official or judicial record; B: credible independent documentation; C: detailed consistent testimony; D: uncorroborated.',
    rule: '§1.3.10; V-6',
  },
  {
    path: 'source',
    column: 'source',
    type: { kind: 'text', max: TEXT.line },
    step: 'evidence',
    label: 'Source',
    why: 'Where the evidence comes from.',
  },
  {
    path: 'obtained_at',
    column: 'obtained_at',
    type: { kind: 'datetime' },
    step: 'evidence',
    label: 'When it was obtained',
    why: 'Start of the chain of custody.',
  },
  {
    path: 'obtained_by',
    column: 'obtained_by',
    type: { kind: 'text', max: TEXT.short },
    step: 'evidence',
    label: 'Obtained by',
    why: 'Start of the chain of custody.',
  },
  {
    path: 'credibility_notes',
    column: 'credibility_notes',
    type: { kind: 'text', max: TEXT.paragraph, paragraph: true },
    step: 'evidence',
    label: 'Credibility notes',
    why: 'Inconsistency alone is no ground for grade D where trauma is recorded (F16).',
  },
  {
    path: 'confidentiality',
    column: 'confidentiality',
    type: { kind: 'enum', values: CONFIDENTIALITIES },
    step: 'evidence',
    label: 'Confidentiality',
    why: 'Who may see it, and whether it may be disclosed to the host (P-7).',
  },
];

/**
 * Treaty participation and positions (SPEC §1.3.9). Captured per mission and overridable per case:
 * the same fields are stored in `legal_contexts` for either owner.
 */
export const LEGAL_FIELDS: readonly FieldDef[] = [
  {
    path: 'sending_state_parties',
    column: 'sending_state_parties',
    type: { kind: 'codes', values: INSTRUMENTS },
    emptyAnswer: [],
    step: 'legal',
    label: 'Treaties your state is party to',
    why: 'Which treaties bind your state decides the absolute and treaty bars (Steps A and Q).',
    rule: '§2.6; §2.7',
  },
  {
    path: 'host_state_parties',
    column: 'host_state_parties',
    type: { kind: 'codes', values: INSTRUMENTS },
    step: 'legal',
    label: 'Treaties the host state is party to',
    why: 'Caracas and Havana apply only between parties (Step T).',
    rule: '§2.8',
  },
  {
    path: 'sending_state_positions.recognises_diplomatic_asylum',
    column: 'recognises_diplomatic_asylum',
    type: TRI,
    omittedMeans: null,
    step: 'legal',
    label: 'Does your state recognise diplomatic asylum?',
    why: 'An explicit “No” raises the flag SENDING_STATE_DOES_NOT_RECOGNISE_DA.',
    rule: '§1.3.9',
  },
  {
    path: 'sending_state_positions.contests_extraterritoriality',
    column: 'contests_extraterritoriality',
    type: { kind: 'codes', values: INSTRUMENTS },
    step: 'legal',
    label: 'Treaties whose extraterritorial reach your state contests',
    why: 'The engine then also reports the restrictive reading (CONTESTED_EXTRATERRITORIALITY, §2.3.4).',
    rule: '§2.3.4',
  },
  {
    path: 'sending_state_abolitionist',
    column: 'sending_state_abolitionist',
    type: TRI,
    step: 'legal',
    label: 'Has your state abolished the death penalty?',
    why: 'A-4 reads it when no ECHR Protocol 13 or ICCPR OP2 participation is recorded (F13).',
    rule: '§2.6 A-4',
  },
  {
    path: 'domestic_basis_for_grant',
    column: 'domestic_basis_for_grant',
    type: { kind: 'text', max: TEXT.line },
    step: 'legal',
    label: 'Domestic legal basis for a grant, if any',
    why: 'Recorded for the memo to capital.',
    informational: true,
  },
];

/** Caracas articles I–XXIV in Roman numerals, and GENERAL (SPEC §1.3.9, F18). */
export const CARACAS_ARTICLES = [
  'GENERAL',
  ...[
    'I',
    'II',
    'III',
    'IV',
    'V',
    'VI',
    'VII',
    'VIII',
    'IX',
    'X',
    'XI',
    'XII',
    'XIII',
    'XIV',
    'XV',
    'XVI',
    'XVII',
    'XVIII',
    'XIX',
    'XX',
    'XXI',
    'XXII',
    'XXIII',
    'XXIV',
  ],
] as const;

export const RESERVATION_FIELDS: readonly FieldDef[] = [
  {
    path: 'state',
    column: 'state',
    type: { kind: 'state' },
    step: 'legal',
    label: 'Reserving state',
    why: 'A reservation makes unknown only the rule that reads the reserved article (F18).',
    rule: '§2.8; F18',
  },
  {
    path: 'articles',
    column: 'articles',
    type: { kind: 'codes', values: CARACAS_ARTICLES },
    step: 'legal',
    label: 'Articles reserved',
    why: 'Articles I, III–VII are the ones the engine reads; GENERAL covers all.',
    rule: '§2.8; F18',
  },
];

/** SPEC §1.3.1 `safe_conduct_requests[]` (F14): refused or unanswered periods are excluded. */
export const SAFE_CONDUCT_FIELDS: readonly FieldDef[] = [
  {
    path: 'requested_at',
    column: 'requested_at',
    type: { kind: 'datetime' },
    step: 'conduct',
    label: 'When was safe-conduct requested?',
    why: 'Days after a refused or unanswered request do not count against the person (I_duration, F14).',
    rule: '§2.9; F14',
  },
  {
    path: 'answer',
    column: 'answer',
    type: { kind: 'enum', values: SAFE_CONDUCT_ANSWERS },
    step: 'conduct',
    label: 'Host’s answer',
    why: 'A refusal stops the duration clock (F14).',
    rule: '§2.9; F14',
  },
  {
    path: 'answered_at',
    column: 'answered_at',
    type: { kind: 'datetime' },
    nullable: true,
    step: 'conduct',
    label: 'When did the host answer?',
    why: 'The refused period runs from the answer (F14).',
    rule: '§2.9; F14',
    appliesWhen: (s) => s.item.answer === 'GRANTED' || s.item.answer === 'REFUSED',
  },
];
