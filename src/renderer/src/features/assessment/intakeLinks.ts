// Where in the intake a missing fact is asked (SPEC §2.3.5 paths → the intake's interview steps).
// A path such as `risks[R1].real` names the record and the field; the intake page takes the
// field's path as its target.

const STEP_BY_ROOT: Readonly<Record<string, string>> = {
  mission: 'mission',
  principal: 'person',
  dependants: 'dependants',
  arrival: 'arrival',
  control: 'arrival',
  urgency: 'arrival',
  as_of: 'arrival',
  risks: 'risks',
  host_actions: 'actions',
  conduct: 'conduct',
  destabilising_activity_before_entry: 'conduct',
  evidence: 'evidence',
  legal_context: 'legal',
  safe_conduct_requests: 'legal',
};

export const intakeStepOf = (path: string): string =>
  STEP_BY_ROOT[/^[a-z_]+/.exec(path)?.[0] ?? ''] ?? 'arrival';

export const intakeLink = (reference: string, path: string): string =>
  `/cases/${reference}/intake/${intakeStepOf(path)}?field=${encodeURIComponent(path)}`;

const WORDS: Readonly<Record<string, string>> = {
  foreseeable: 'is the harm foreseeable?',
  personal: 'is the risk personal to them?',
  present: 'is the risk present now?',
  real: 'is the risk real (with evidence)?',
  evidence: 'evidence of the required grade',
  adviser_rationale: 'the adviser’s rationale for each “yes”',
  harm_type: 'what harm is feared?',
  destination: 'where would the harm happen?',
  amounts_to_torture: 'does it amount to torture?',
  offence_class_mission_view: 'how the mission classes the offence',
  offence_class_host_view: 'how the host classes the offence',
  process_integrity: 'is the host’s process fair?',
  arrived_at: 'when they arrived',
  as_of: 'the date of assessment',
  conduct: 'conduct on the premises',
  request_to_remain_expressed: 'has the person asked to stay?',
  physically_on_premises: 'is the person on the premises?',
  refugee_definition_met: 'is the refugee definition met?',
  age_band: 'child or adult?',
};

/** "Risk R1 — is the risk real (with evidence)?" for `risks[R1].real`. */
export const describeFactPath = (path: string): string => {
  const record = /^(risks|host_actions|dependants)\[([^\]]+)\]\.?(.*)$/.exec(path);
  const noun = { risks: 'Risk', host_actions: 'Host action', dependants: 'Dependant' } as const;
  if (record) {
    const [, kind, id, rest = ''] = record;
    const field = rest.split('.').at(-1) ?? rest;
    return `${noun[kind as keyof typeof noun]} ${id ?? ''} — ${WORDS[field] ?? field.replaceAll('_', ' ')}`;
  }
  const field = path.split('.').at(-1) ?? path;
  const where = path.includes('.') ? `${path.split('.')[0]?.replaceAll('_', ' ')} — ` : '';
  const text = `${where}${WORDS[field] ?? field.replaceAll('_', ' ')}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
};
