// Small builders for hand-written engine scenarios.
import type { CaseFacts, HostStateAction, Instrument, RiskClaim } from '../../src/shared/caseFacts';

/** On the premises under staff custody (J-3a), asking to remain, 2 days elapsed, no risk yet. */
export const baseFacts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  case_id: 'T-1',
  mission: { premises_type: 'EMBASSY_CHANCERY', sending_state: 'SSX', receiving_state: 'HHX' },
  legal_context: { sending_state_parties: [] },
  principal: { person_ref: 'P1', nationalities: ['NNX'] },
  arrival: { arrived_at: '2026-02-28T12:00:00Z', mode: 'WALK_IN' },
  control: {
    physically_on_premises: 'Y',
    request_to_remain_expressed: 'Y',
    staff_custody_or_restriction: 'Y',
  },
  evidence: [{ evidence_id: 'E1', kind: 'COURT_RECORD', grade: 'B' }],
  as_of: '2026-03-02T12:00:00Z',
  ...over,
});

/** An established risk to the host territory (all four limbs Y, rationale, grade-B evidence). */
export const risk = (over: Partial<RiskClaim> = {}): RiskClaim => ({
  risk_id: 'R1',
  subject_ref: 'P1',
  harm_type: 'TORTURE',
  destination: 'HOST_TERRITORY',
  perpetrator: 'HOST_STATE_AGENTS',
  foreseeable: 'Y',
  personal: 'Y',
  present: 'Y',
  real: 'Y',
  adviser_rationale: 'Stipulated.',
  evidence_refs: ['E1'],
  ...over,
});

export const action = (over: Partial<HostStateAction> = {}): HostStateAction => ({
  action_id: 'A1',
  type: 'CRIMINAL_CHARGE',
  offence_description: 'Named offence',
  offence_class_mission_view: 'NONE',
  ...over,
});

export const parties = (
  sending: Instrument[],
  host: Instrument[] = [],
): CaseFacts['legal_context'] => ({ sending_state_parties: sending, host_state_parties: host });
