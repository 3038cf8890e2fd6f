import { INSTRUMENT_LABELS } from '../schemas/authority';

// Plain-language labels for the SPEC's enumeration codes. Most read well once the underscores
// go; the exceptions (acronyms, legal terms of art) are spelled out here.
const OVERRIDES: Record<string, string> = {
  Y: 'Yes',
  N: 'No',
  U: 'Unknown',
  UNKNOWN: 'Unknown',
  CIDT: 'Cruel, inhuman or degrading treatment (CIDT)',
  SERIOUS_SGBV: 'Serious sexual or gender-based violence',
  ARBITRARY_DEPRIVATION_OF_LIFE: 'Arbitrary deprivation of life',
  PERSECUTION_CONVENTION_GROUND: 'Persecution on a Refugee Convention ground',
  FLAGRANT_DENIAL_OF_JUSTICE: 'Flagrant denial of justice',
  SERIOUS_INJURY_OTHER: 'Other serious injury',
  LESSER_HARM: 'Lesser harm (discrimination, harassment)',
  PROSECUTION_ONLY: 'Regular prosecution only',
  HOST_STATE_AGENTS: 'Host-state agents',
  NON_STATE_WITH_HOST_ACQUIESCENCE: 'Non-state actors, with the host’s acquiescence',
  NON_STATE_HOST_UNABLE: 'Non-state actors the host cannot control',
  THIRD_STATE_VIA_EXTRADITION_OR_SURRENDER: 'A third state, via extradition or surrender',
  THIRD_STATE_OTHER: 'A third state, otherwise',
  HOST_TERRITORY: 'Into the host state’s hands',
  THIRD_STATE_ONWARD: 'Onward to a third state via the host',
  THIRD_STATE_DIRECT: 'In a third state, unrelated to the host',
  MOB_OUT_OF_CONTROL: 'A mob out of control',
  EMBASSY_CHANCERY: 'Embassy chancery',
  HEAD_OF_MISSION_RESIDENCE: 'Head of mission’s residence',
  CONSULATE_CAREER: 'Consulate (career)',
  CONSULATE_HONORARY: 'Consulate (honorary)',
  OTHER_NON_INVIOLABLE: 'Other premises without inviolability',
  CONSULAR_WORK_AREA_EXCLUSIVE: 'The part used exclusively for consular work',
  OTHER_PART: 'Another part of the premises',
  BROUGHT_BY_STAFF: 'Brought in by staff',
  ALREADY_INSIDE: 'Already inside (e.g. at an interview)',
  REMOTE_ONLY: 'Remote only (phone or e-mail)',
  FORCED_OR_COVERT_ENTRY: 'Forced or covert entry',
  WALK_IN: 'Walk-in',
  NONE_KNOWN: 'None known',
  EXTRADITION_OR_SURRENDER_REQUEST: 'Extradition or surrender request (from a third state)',
  SURRENDER_DEMAND_TO_MISSION: 'Demand to the mission to hand the person over',
  ADMINISTRATIVE_NON_CRIMINAL: 'Administrative, not criminal',
  PARTICULARLY_SERIOUS_FINAL: 'Particularly serious crime, finally convicted',
  EXCLUDABLE_1F: 'Excludable under art. 1F',
  INDEPENDENT_FAIR: 'Independent and fair',
  ORGANISING_AGAINST_HOST_GOVERNMENT: 'Organising against the host government',
  INTERVIEW_TESTIMONY: 'Interview testimony',
  COUNTRY_INFO_UN: 'Country information (UN)',
  COUNTRY_INFO_NGO: 'Country information (NGO)',
  PHOTO_VIDEO: 'Photo or video',
  HOST_STATE_INFORMATION: 'Information from the host state',
  // Instruments: one wording across the intake and the authorities library.
  ...INSTRUMENT_LABELS,
  DUTY_OFFICER: 'Duty officer',
  LEGAL_ADVISER: 'Legal adviser',
  HEAD_OF_MISSION: 'Head of mission',
  CAPITAL_DESK: 'Capital desk',
  SAFE_CONDUCT_LIKELY: 'Safe-conduct likely',
  SAFE_CONDUCT_REFUSED: 'Safe-conduct refused',
  NONE_IDENTIFIED: 'None identified',
  DETAINED_ESCAPED: 'Detained, escaped',
  UNACCOMPANIED_CHILD: 'Unaccompanied child',
  PARTICULAR_SOCIAL_GROUP: 'Particular social group',
  SPECIAL_OR_AD_HOC_COURT: 'Special or ad hoc court',
  GENERAL: 'General reservation',
};

/** `WALK_IN` → `Walk in`; acronyms and terms of art from the table above. */
export function codeLabel(code: string): string {
  const known = OVERRIDES[code];
  if (known) return known;
  const words = code.toLowerCase().split('_');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A stored answer as text: scalars as written, lists joined; nothing answered is ''. */
export function answerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(answerText).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The label of a coded answer, or `fallback` when nothing is answered. */
export function answerLabel(value: unknown, fallback = ''): string {
  const text = answerText(value);
  return text === '' ? fallback : codeLabel(text);
}
