import {
  AGE_BANDS,
  ARRIVAL_MODES,
  EVIDENCE_GRADES,
  EVIDENCE_KINDS,
  HOST_ACTION_TYPES,
  OFFENCE_CLASSES,
  PRETEXT_INDICATORS,
  PROCESS_INTEGRITIES,
  PURSUERS,
  RELATIONSHIPS,
  VULNERABILITIES,
} from '../caseFacts/enums';
import { optionLabel, type FieldSpec, type Payload } from './fields';

// The event taxonomy of SPEC §4.2 (numbered types 1–14 and the supplementary types), each with
// the payload fields the SPEC lists, who records it, and its default classification (SPEC §4.4:
// notes verbales and capital instructions are classified by default).

export const CLASSIFICATIONS = ['NORMAL', 'RESTRICTED', 'SECRET'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * ADVISER: recorded through the timeline form. SYSTEM: written by the service that causes it,
 * inside its own transaction (evidence, assessments). BOTH: the app writes it (a case opened is a
 * request received) and the adviser records it too, or corrects it with the details.
 */
export type EventOrigin = 'ADVISER' | 'SYSTEM' | 'BOTH';

export type EventTypeDef = {
  label: string;
  /** One plain sentence: when to record it. */
  description: string;
  origin: EventOrigin;
  classification: Classification;
  fields: readonly FieldSpec[];
  /** The one line the timeline shows for a recorded event of this type. */
  summary: (p: Payload) => string;
  /** SPEC §4.2 "Authority anchor": the legal reason the record matters. */
  anchor?: string;
  /** Rules across fields, each problem named by its field. */
  check?: (p: Payload) => { path: string; message: string }[];
};

const s = (p: Payload, key: string): string | undefined => {
  const v = p[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};
const opt = (p: Payload, key: string): string | undefined => {
  const v = s(p, key);
  return v === undefined ? undefined : optionLabel(v);
};
const join = (...parts: (string | undefined | false)[]) =>
  parts.filter((x): x is string => typeof x === 'string' && x !== '').join(' — ');
const firstLine = (text: string | undefined, max = 120) => {
  if (text === undefined) return undefined;
  const line = text.split(/\r?\n/)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const tri = (name: string, label: string, hint?: string): FieldSpec => ({
  kind: 'tri',
  name,
  label,
  ...(hint ? { hint } : {}),
});

const CONTROL_FIELDS = [
  'movement_restricted_by_mission',
  'request_to_remain_expressed',
  'staff_custody_or_restriction',
  'mission_contemplating_ejection_or_handover',
  'host_requested_entry_or_surrender',
] as const;

export const EVENT_TYPES = {
  REQUEST_RECEIVED: {
    label: 'Request received',
    description: 'Someone asked the mission for protection. Opening a case records this.',
    origin: 'BOTH',
    classification: 'RESTRICTED',
    anchor: 'OC-25/18; Pacheco Tineo (interview and preliminary assessment)',
    fields: [
      {
        kind: 'choice',
        name: 'channel',
        label: 'How the request came',
        options: ['IN_PERSON', 'PHONE', 'EMAIL', 'THIRD_PARTY'],
      },
      {
        kind: 'paragraph',
        name: 'words_used',
        label: 'Words used',
        hint: 'A verbatim summary of what the person said they want',
      },
      { kind: 'line', name: 'language', label: 'Language of the request' },
      tri('on_premises', 'On the premises?', 'Yes or Unknown starts the interim measure (P-0)'),
      tri('immediate_danger_claimed', 'Immediate danger claimed?'),
      { kind: 'line', name: 'receiving_staff', label: 'Received by (staff member)' },
      {
        kind: 'choice',
        name: 'triage_result',
        label: 'Triage result',
        options: ['URGENT', 'ROUTINE'],
      },
      tri('interim_measure_applied', 'Interim no-handover measure applied?'),
    ],
    summary: (p) =>
      join(opt(p, 'channel'), opt(p, 'triage_result'), firstLine(s(p, 'words_used'))) ||
      'Request for protection received',
  },
  PREMISES_ENTRY: {
    label: 'Entry to the premises',
    description: 'The person (and anyone with them) entered the mission premises.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'W.M. v Denmark; M.N. v Belgium',
    fields: [
      { kind: 'line', name: 'entry_point', label: 'Entry point' },
      { kind: 'choice', name: 'arrival_mode', label: 'How they arrived', options: ARRIVAL_MODES },
      { kind: 'choice', name: 'pursued_by', label: 'Pursued by', options: PURSUERS },
      tri('host_security_outside', 'Host security forces outside?'),
      {
        kind: 'lines',
        name: 'persons_entering',
        label: 'Persons entering',
        hint: 'Pseudonymous references, one per line (dependants included)',
      },
      { kind: 'line', name: 'admitting_staff', label: 'Admitted by (staff member)' },
      { kind: 'line', name: 'area_placed', label: 'Area where placed' },
      tri('security_screening_done', 'Security screening done?'),
      { kind: 'paragraph', name: 'medical_state', label: 'Injuries or medical state' },
    ],
    summary: (p) => join(opt(p, 'arrival_mode'), s(p, 'entry_point')) || 'Entered the premises',
  },
  CONTROL_STATUS_CHANGED: {
    label: 'Control status changed',
    description: "A fact about the mission's control over the person changed.",
    origin: 'ADVISER',
    classification: 'NORMAL',
    anchor: 'M.N. v Belgium ¶118; HRC GC 31 ¶10',
    fields: [
      tri(CONTROL_FIELDS[0], 'Movement restricted by the mission?'),
      tri(CONTROL_FIELDS[1], 'Asked not to be made to leave?'),
      tri(CONTROL_FIELDS[2], 'In staff custody or restricted to an area?'),
      tri(CONTROL_FIELDS[3], 'Mission contemplating ejection?'),
      tri(CONTROL_FIELDS[4], 'Host state asked to enter or for surrender?'),
      { kind: 'paragraph', name: 'reason', label: 'What changed and why', required: true },
    ],
    check: (p) =>
      CONTROL_FIELDS.some((f) => p[f] !== undefined)
        ? []
        : [{ path: CONTROL_FIELDS[0], message: 'answer at least one of the control questions' }],
    summary: (p) => firstLine(s(p, 'reason')) ?? 'Control status changed',
  },
  INTERVIEW: {
    label: 'Interview',
    description: 'A screening, full or follow-up interview with the person.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'OC-25/18 (personal interview); Pacheco Tineo; CAT GC 4 ¶13',
    fields: [
      {
        kind: 'choice',
        name: 'kind',
        label: 'Kind of interview',
        options: ['SCREENING', 'FULL', 'FOLLOW_UP'],
        required: true,
      },
      { kind: 'lines', name: 'interviewers', label: 'Interviewers', hint: 'One per line' },
      { kind: 'line', name: 'interpreter_language', label: 'Interpreter: language' },
      tri('interpreter_independent', 'Interpreter independent of the host state?'),
      {
        kind: 'line',
        name: 'interviewer_gender',
        label: 'Gender of the interviewer',
        hint: 'Relevant where sexual or gender-based violence is claimed',
      },
      { kind: 'datetime', name: 'started_at', label: 'Started' },
      { kind: 'datetime', name: 'ended_at', label: 'Ended' },
      {
        kind: 'choices',
        name: 'information_given',
        label: 'The person was told',
        options: ['PURPOSE', 'CONFIDENTIALITY', 'NO_GUARANTEE_OF_GRANT'],
      },
      tri('consent', 'Consent given?'),
      {
        kind: 'choices',
        name: 'topics_covered',
        label: 'Topics covered',
        options: [
          'IDENTITY',
          'RISK_FORESEEABLE',
          'RISK_PERSONAL',
          'RISK_PRESENT',
          'RISK_REAL',
          'HOST_ACTIONS',
          'CONDUCT_INTENTIONS',
          'DEPENDANTS',
        ],
      },
      { kind: 'paragraph', name: 'credibility_notes', label: 'Credibility notes' },
      {
        kind: 'choices',
        name: 'vulnerabilities_identified',
        label: 'Vulnerabilities identified',
        options: VULNERABILITIES,
      },
      {
        kind: 'line',
        name: 'record_ref',
        label: 'Record reference',
        hint: 'Audio or transcript reference, or its SHA-256',
      },
      {
        kind: 'choice',
        name: 'signature',
        label: 'Record signed?',
        options: ['SIGNED', 'REFUSED', 'NOT_ASKED'],
      },
    ],
    check: (p) => {
      const start = s(p, 'started_at');
      const end = s(p, 'ended_at');
      return start && end && Date.parse(end) < Date.parse(start)
        ? [{ path: 'ended_at', message: 'must be after the start' }]
        : [];
    },
    summary: (p) => join(opt(p, 'kind') && `${opt(p, 'kind')} interview`, s(p, 'record_ref')),
  },
  EVIDENCE_ADDED: {
    label: 'Evidence added',
    description: 'An evidence item was added to the file.',
    origin: 'SYSTEM',
    classification: 'RESTRICTED',
    anchor: 'CAT GC 4 ¶11; CAT art. 3(2)',
    fields: [
      { kind: 'line', name: 'evidence_id', label: 'Evidence item', required: true },
      { kind: 'line', name: 'title', label: 'Title' },
      { kind: 'choice', name: 'kind', label: 'Kind', options: EVIDENCE_KINDS },
      { kind: 'line', name: 'source', label: 'Source' },
      { kind: 'choice', name: 'grade', label: 'Grade', options: EVIDENCE_GRADES },
      { kind: 'line', name: 'file_sha256', label: 'File SHA-256' },
    ],
    summary: (p) =>
      join(
        s(p, 'title') ?? s(p, 'evidence_id'),
        opt(p, 'kind'),
        s(p, 'grade') && `grade ${s(p, 'grade')}`,
      ),
  },
  EVIDENCE_REGRADED: {
    label: 'Evidence regraded',
    description: "An evidence item's grade changed, with the reason.",
    origin: 'SYSTEM',
    classification: 'RESTRICTED',
    fields: [
      { kind: 'line', name: 'evidence_id', label: 'Evidence item', required: true },
      { kind: 'choice', name: 'from_grade', label: 'From grade', options: EVIDENCE_GRADES },
      {
        kind: 'choice',
        name: 'to_grade',
        label: 'To grade',
        options: EVIDENCE_GRADES,
        required: true,
      },
      { kind: 'paragraph', name: 'reason', label: 'Reason', required: true },
    ],
    summary: (p) =>
      join(s(p, 'evidence_id'), `grade ${s(p, 'from_grade') ?? '?'} → ${s(p, 'to_grade') ?? '?'}`),
  },
  HOST_ACTION_RECORDED: {
    label: 'Host-state action',
    description: 'A charge, warrant, extradition request or other act of the host state.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'Caracas arts. III–IV, IX; ICJ Asylum; Refugee Convention 33(2), 1F',
    fields: [
      {
        kind: 'choice',
        name: 'action_type',
        label: 'Type of action',
        options: HOST_ACTION_TYPES,
        required: true,
      },
      { kind: 'line', name: 'issuing_authority', label: 'Issuing authority' },
      { kind: 'line', name: 'requesting_state', label: 'Requesting state (extradition)' },
      { kind: 'paragraph', name: 'offence_description', label: 'Offence as described' },
      {
        kind: 'choice',
        name: 'offence_class_mission_view',
        label: "Offence class (the mission's view)",
        options: OFFENCE_CLASSES,
      },
      {
        kind: 'choice',
        name: 'process_integrity',
        label: 'Process integrity',
        options: PROCESS_INTEGRITIES,
      },
      {
        kind: 'choices',
        name: 'pretext_indicators',
        label: 'Pretext indicators',
        options: PRETEXT_INDICATORS,
      },
      { kind: 'line', name: 'max_penalty', label: 'Maximum penalty' },
      tri('death_penalty_possible', 'Death penalty possible?'),
      tri('clearly_political_acts', 'Clearly political acts?'),
    ],
    summary: (p) => join(opt(p, 'action_type'), s(p, 'issuing_authority')),
  },
  RISK_CHANGED: {
    label: 'Risk changed',
    description: 'Something changed the risk the person faces; the case must be reassessed.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'CAT GC 4 ¶11 ("present")',
    fields: [
      {
        kind: 'choice',
        name: 'what_changed',
        label: 'What changed',
        options: [
          'NEW_EXTRADITION_REQUEST',
          'NEW_CHARGE',
          'ASSURANCES_RECEIVED',
          'COUNTRY_SITUATION',
          'OTHER',
        ],
        required: true,
      },
      {
        kind: 'lines',
        name: 'affected_risks',
        label: 'Risks affected',
        hint: 'Risk references, one per line',
      },
      {
        kind: 'paragraph',
        name: 'description',
        label: 'New limb values and rationale',
        required: true,
      },
    ],
    summary: (p) => join(opt(p, 'what_changed'), firstLine(s(p, 'description'))),
  },
  ASSESSMENT_DRAFTED: {
    label: 'Assessment drafted',
    description: 'The engine produced a draft assessment.',
    origin: 'SYSTEM',
    classification: 'RESTRICTED',
    fields: [
      { kind: 'line', name: 'assessment_id', label: 'Assessment', required: true },
      { kind: 'integer', name: 'version', label: 'Version', min: 1, max: 1_000_000 },
      { kind: 'line', name: 'ruleset_version', label: 'Ruleset version' },
      { kind: 'line', name: 'config_hash', label: 'Configuration hash' },
      { kind: 'line', name: 'inputs_hash', label: 'Inputs hash' },
      { kind: 'line', name: 'outcome', label: 'Outcome' },
    ],
    summary: (p) => join(opt(p, 'outcome'), s(p, 'ruleset_version')),
  },
  ASSESSMENT_REVISED: {
    label: 'Assessment revised',
    description: 'A new assessment version superseded an earlier one.',
    origin: 'SYSTEM',
    classification: 'RESTRICTED',
    fields: [
      { kind: 'line', name: 'prior_assessment_id', label: 'Prior assessment', required: true },
      { kind: 'line', name: 'assessment_id', label: 'New assessment', required: true },
      {
        kind: 'choice',
        name: 'reason',
        label: 'Reason for revision',
        options: ['NEW_EVIDENCE', 'CORRECTION', 'CONFIG_CHANGE'],
        required: true,
      },
      { kind: 'line', name: 'outcome', label: 'New outcome' },
    ],
    summary: (p) => join(opt(p, 'reason'), opt(p, 'outcome')),
  },
  ASSESSMENT_FINALISED: {
    label: 'Assessment finalised',
    description: 'An assessment was approved and made final.',
    origin: 'SYSTEM',
    classification: 'RESTRICTED',
    fields: [
      { kind: 'line', name: 'assessment_id', label: 'Assessment', required: true },
      { kind: 'lines', name: 'approvers', label: 'Approvers' },
      { kind: 'line', name: 'engine_outcome', label: 'Engine outcome' },
      { kind: 'line', name: 'human_outcome', label: 'Adviser outcome' },
      tri('override', 'Override?'),
      { kind: 'paragraph', name: 'justification', label: 'Justification' },
    ],
    summary: (p) => join(opt(p, 'human_outcome') ?? opt(p, 'engine_outcome')),
  },
  HOST_STATE_COMMUNICATION: {
    label: 'Host-state communication',
    description: 'A note verbale, aide-mémoire, démarche, letter or meeting with the host state.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'VCDR arts. 22, 41(2); Caracas arts. VIII, IX, XI, XII',
    fields: [
      {
        kind: 'choice',
        name: 'direction',
        label: 'Direction',
        options: ['INBOUND', 'OUTBOUND'],
        required: true,
      },
      {
        kind: 'choice',
        name: 'form',
        label: 'Form',
        options: ['NOTE_VERBALE', 'AIDE_MEMOIRE', 'DEMARCHE_ORAL', 'LETTER', 'MEETING'],
        required: true,
      },
      { kind: 'line', name: 'reference', label: 'Reference number' },
      { kind: 'date', name: 'document_date', label: 'Date of the document' },
      {
        kind: 'line',
        name: 'counterpart',
        label: 'Counterpart',
        hint: 'MFA department or other ministry',
      },
      tri('via_mfa', 'Through the Ministry of Foreign Affairs?', 'VCDR art. 41(2)'),
      {
        kind: 'choice',
        name: 'content_category',
        label: 'Content',
        options: [
          'NOTIFICATION_OF_GRANT',
          'SURRENDER_DEMAND',
          'REQUEST_CONSENT_TO_ENTER',
          'WITHDRAWAL_DEMAND',
          'INFORMATION_ON_OFFENCE',
          'ASSURANCES_OFFERED',
          'SAFE_CONDUCT_RESPONSE',
          'PROTEST_INTERFERENCE',
          'OTHER',
        ],
      },
      { kind: 'paragraph', name: 'summary', label: 'Summary', required: true },
    ],
    summary: (p) =>
      join(
        [opt(p, 'direction'), s(p, 'form') && optionLabel(s(p, 'form') ?? '').toLowerCase()]
          .filter(Boolean)
          .join(' '),
        s(p, 'reference'),
        firstLine(s(p, 'summary')),
      ),
  },
  CAPITAL_INSTRUCTION: {
    label: 'Instruction from the capital',
    description: 'The foreign ministry (desk, legal adviser or minister) gave an instruction.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    fields: [
      {
        kind: 'choice',
        name: 'from',
        label: 'From',
        options: ['DESK', 'LEGAL_ADVISER', 'MINISTER', 'OTHER'],
      },
      {
        kind: 'choice',
        name: 'instruction',
        label: 'Instruction',
        options: [
          'ADMIT_TEMPORARILY',
          'GRANT',
          'REFUSE',
          'SEEK_ASSURANCES',
          'NEGOTIATE_DEPARTURE',
          'REQUEST_SAFE_CONDUCT',
          'CONSULT_UNHCR',
          'OTHER',
        ],
        required: true,
      },
      {
        kind: 'datetime',
        name: 'deadline',
        label: 'Deadline',
        hint: 'Goes on the timeline and the due-soon list',
      },
      { kind: 'line', name: 'reference', label: 'Reference' },
      { kind: 'line', name: 'relied_on_assessment', label: 'Relied on assessment' },
      { kind: 'paragraph', name: 'details', label: 'Details' },
    ],
    summary: (p) => join(opt(p, 'instruction'), opt(p, 'from') && `from ${opt(p, 'from')}`),
  },
  DECISION: {
    label: 'Decision',
    description: 'A decision on the request: temporary refuge, grant, refusal or termination.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'Caracas arts. II, XVIII',
    fields: [
      {
        kind: 'choice',
        name: 'decision',
        label: 'Decision',
        options: [
          'TEMPORARY_REFUGE_PENDING_ASSESSMENT',
          'GRANT_DIPLOMATIC_ASYLUM',
          'REFUSE',
          'TERMINATE',
        ],
        required: true,
      },
      { kind: 'line', name: 'decided_by', label: 'Decided by', required: true },
      { kind: 'paragraph', name: 'legal_basis', label: 'Legal basis' },
      { kind: 'paragraph', name: 'conditions', label: 'Conditions' },
      { kind: 'date', name: 'communicated_on', label: 'Communicated to the person on' },
      { kind: 'line', name: 'communicated_language', label: 'Language used' },
      {
        kind: 'datetime',
        name: 'review_date',
        label: 'Review by',
        hint: 'Goes on the timeline and the due-soon list',
      },
    ],
    summary: (p) => join(opt(p, 'decision'), s(p, 'decided_by') && `by ${s(p, 'decided_by')}`),
  },
  SAFE_CONDUCT_REQUEST: {
    label: 'Safe-conduct request',
    description: 'The mission asked the host state for safe conduct out of the country.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'Caracas arts. V, XII, XIII; ICJ Asylum; OC-25/18',
    fields: [
      { kind: 'line', name: 'addressee', label: 'Addressed to' },
      { kind: 'line', name: 'destination_state', label: 'Destination state' },
      { kind: 'line', name: 'proposed_route', label: 'Proposed route' },
      { kind: 'line', name: 'transport', label: 'Means of transport' },
      { kind: 'line', name: 'escort', label: 'Escort' },
      {
        kind: 'choices',
        name: 'guarantees_requested',
        label: 'Guarantees requested',
        options: ['LIFE', 'LIBERTY', 'PERSONAL_INTEGRITY', 'IN_WRITING'],
      },
      {
        kind: 'choice',
        name: 'host_response',
        label: 'Host response',
        options: ['GRANTED', 'REFUSED', 'CONDITIONS', 'NO_RESPONSE'],
      },
      { kind: 'date', name: 'response_date', label: 'Date of the response' },
      { kind: 'line', name: 'document_ref', label: 'Document reference' },
    ],
    summary: (p) =>
      join(
        s(p, 'destination_state') && `to ${s(p, 'destination_state')}`,
        opt(p, 'host_response') ?? 'awaiting response',
      ),
  },
  DEPARTURE_OR_TRANSFER: {
    label: 'Departure or transfer',
    description: 'The person left the premises, was transferred, handed over, absconded or died.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'CAT GC 4 ¶12; Al-Saadoon; W.M. v Denmark; Caracas art. XVII',
    fields: [
      {
        kind: 'choice',
        name: 'departure_type',
        label: 'Type',
        options: [
          'VOLUNTARY_DEPARTURE_INTO_HOST',
          'DEPARTURE_UNDER_SAFE_CONDUCT',
          'TRANSFER_TO_THIRD_STATE',
          'HOSPITAL_TRANSFER',
          'HANDOVER_TO_HOST_AUTHORITIES',
          'TRANSFER_TO_OTHER_MISSION',
          'ABSCONDED',
          'DECEASED',
        ],
        required: true,
      },
      { kind: 'line', name: 'escorting_staff', label: 'Escorting staff' },
      { kind: 'line', name: 'receiving_authority', label: 'Receiving authority' },
      { kind: 'paragraph', name: 'assurances_in_force', label: 'Assurances in force' },
      { kind: 'line', name: 'destination', label: 'Destination' },
      { kind: 'paragraph', name: 'monitoring_plan', label: 'Post-departure monitoring plan' },
      {
        kind: 'line',
        name: 'informed_consent_interview_ref',
        label: 'Informed-consent interview',
        hint: 'Needed for a voluntary departure into the host while an interim measure is active',
      },
      {
        kind: 'paragraph',
        name: 'override_justification',
        label: 'Override justification (P-6)',
      },
    ],
    summary: (p) => join(opt(p, 'departure_type'), s(p, 'destination')),
  },
  CLOSURE: {
    label: 'Closure',
    description: 'The case is closed.',
    origin: 'ADVISER',
    classification: 'NORMAL',
    fields: [
      {
        kind: 'choice',
        name: 'reason',
        label: 'Reason',
        options: [
          'DEPARTED_SAFELY',
          'HANDED_OVER',
          'WITHDREW_REQUEST',
          'TRANSFERRED',
          'RELATIONS_SEVERED',
          'DECEASED',
          'OTHER',
        ],
        required: true,
      },
      { kind: 'line', name: 'final_outcome', label: 'Final outcome' },
      { kind: 'paragraph', name: 'open_follow_ups', label: 'Open follow-ups' },
      {
        kind: 'choice',
        name: 'retention_class',
        label: 'Retention class',
        options: ['STANDARD', 'EXTENDED', 'PERMANENT'],
      },
      { kind: 'date', name: 'destruction_date', label: 'Destruction date' },
      { kind: 'paragraph', name: 'lessons_learned', label: 'Lessons learned' },
    ],
    summary: (p) => join(opt(p, 'reason'), s(p, 'final_outcome')),
  },
  DEPENDANT_ADDED: {
    label: 'Dependant added',
    description: 'A dependant joined the request.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    fields: [
      {
        kind: 'line',
        name: 'person_ref',
        label: 'Pseudonymous reference',
        required: true,
      },
      { kind: 'choice', name: 'relationship', label: 'Relationship', options: RELATIONSHIPS },
      { kind: 'choice', name: 'age_band', label: 'Age band', options: AGE_BANDS },
      tri('on_premises', 'On the premises?'),
    ],
    summary: (p) => join(s(p, 'person_ref'), opt(p, 'relationship')),
  },
  WELFARE_OR_MEDICAL: {
    label: 'Welfare or medical care',
    description: 'Care given to the person, or a medical need.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    fields: [
      { kind: 'paragraph', name: 'care_provided', label: 'Care provided', required: true },
      tri('hospital_transfer_needed', 'Hospital transfer needed?'),
    ],
    summary: (p) => firstLine(s(p, 'care_provided')) ?? 'Welfare or medical care',
  },
  CONDUCT_INCIDENT: {
    label: 'Conduct incident',
    description: 'Political activity or other conduct of the person from the premises.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'Caracas art. XVIII',
    fields: [
      {
        kind: 'choice',
        name: 'conduct',
        label: 'Conduct',
        options: ['EXPRESSIVE', 'ORGANISING_AGAINST_HOST_GOVERNMENT'],
      },
      { kind: 'paragraph', name: 'description', label: 'What happened', required: true },
    ],
    summary: (p) => join(opt(p, 'conduct'), firstLine(s(p, 'description'))),
  },
  THIRD_PARTY_CONTACT: {
    label: 'Third-party contact',
    description: 'Contact with UNHCR, the ICRC, counsel or family.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    fields: [
      {
        kind: 'choice',
        name: 'party',
        label: 'With',
        options: ['UNHCR', 'ICRC', 'COUNSEL', 'FAMILY', 'OTHER'],
        required: true,
      },
      { kind: 'paragraph', name: 'summary', label: 'Summary', required: true },
    ],
    summary: (p) => join(opt(p, 'party'), firstLine(s(p, 'summary'))),
  },
  INTERNATIONAL_PROCEEDING: {
    label: 'International proceeding',
    description: 'An interim measure or proceeding before an international court or body.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'Al-Saadoon (a transfer in breach of an interim measure breaches ECHR art. 34)',
    fields: [
      {
        kind: 'choice',
        name: 'body',
        label: 'Body',
        options: [
          'ECTHR_RULE_39',
          'IACTHR_PROVISIONAL_MEASURES',
          'UN_TREATY_BODY_INTERIM',
          'OTHER',
        ],
        required: true,
      },
      { kind: 'line', name: 'reference', label: 'Reference' },
      { kind: 'paragraph', name: 'measure', label: 'Measure indicated', required: true },
    ],
    summary: (p) => join(opt(p, 'body'), s(p, 'reference')),
  },
  ASSURANCE_RECEIVED: {
    label: 'Assurance received',
    description: 'A diplomatic assurance about the treatment of the person.',
    origin: 'ADVISER',
    classification: 'RESTRICTED',
    anchor: 'Othman (Abu Qatada) v UK',
    fields: [
      { kind: 'line', name: 'offered_by', label: 'Offered by (state organ)', required: true },
      tri('specific', 'Specific?'),
      tri('verifiable_monitoring', 'Verifiable monitoring?'),
      tri('given_by_competent_authority', 'Given by a competent authority?'),
      { kind: 'paragraph', name: 'content', label: 'Content', required: true },
    ],
    summary: (p) => join(s(p, 'offered_by'), firstLine(s(p, 'content'))),
  },
  INTERIM_MEASURE_SET: {
    label: 'Interim measure set',
    description: 'The interim no-handover measure was set, with its review deadline.',
    origin: 'ADVISER',
    classification: 'NORMAL',
    anchor: 'OC-25/18; Pacheco Tineo; CAT GC 4 ¶¶12–13',
    fields: [
      { kind: 'choice', name: 'basis', label: 'Basis', options: ['P0', 'P1'], required: true },
      {
        kind: 'datetime',
        name: 'review_by',
        label: 'Review by',
        required: true,
        hint: 'The measure does not lapse at this deadline; only a new assessment lifts it',
      },
    ],
    summary: (p) => join(opt(p, 'basis')),
  },
  INTERIM_MEASURE_LIFTED: {
    label: 'Interim measure lifted',
    description: 'A new assessment no longer calls for the interim measure.',
    origin: 'ADVISER',
    classification: 'NORMAL',
    fields: [
      {
        kind: 'line',
        name: 'assessment_ref',
        label: 'New assessment relied on',
        required: true,
        hint: 'A missed deadline never lifts the measure; cite the assessment that does',
      },
      { kind: 'paragraph', name: 'reason', label: 'Reason', required: true },
    ],
    summary: (p) => join(s(p, 'assessment_ref'), firstLine(s(p, 'reason'))),
  },
} as const satisfies Record<string, EventTypeDef>;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_CODES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/** The types the adviser may record through the form (SYSTEM types come from their services). */
export const ADVISER_EVENT_TYPES = EVENT_TYPE_CODES.filter(
  (t) => EVENT_TYPES[t].origin !== 'SYSTEM',
) as [EventType, ...EventType[]];

export function eventTypeDef(type: EventType): EventTypeDef {
  return EVENT_TYPES[type];
}

/** The one line the timeline shows: the type's own summary, or its label when that says nothing. */
export function summarise(type: EventType, payload: Payload): string {
  return EVENT_TYPES[type].summary(payload) || EVENT_TYPES[type].label;
}
