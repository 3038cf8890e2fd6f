// Builders for the SPEC-review tests (tests/unit/assessment/spec-review). Every scenario starts
// from a neutral case and states the facts a rule reads explicitly, so that the expected result
// can be derived by hand from SPEC §1.4 / §2 without running the engine. The neutral case:
//   • embassy chancery of SSX in HHX (I_premises 0), no treaty binds either state;
//   • principal P1, a national of NNX (not a host national: V-2 does not apply), adult;
//   • on the premises, in staff custody (J-3a), asking to remain;
//   • arrived 2 days before as_of (I_duration 0); no host action (I_process 0); conduct NONE;
//   • one grade-B court record E1 that risks can link to (V-6), no risk recorded.
import {
  assess,
  assessInput,
  resolveConfig,
  type AssessmentResult,
} from '../../../../src/main/domain/assessment';
import {
  caseFactsSchema,
  type CaseFacts,
  type ControlFacts,
  type EvidenceItem,
  type HostStateAction,
  type Instrument,
  type RiskClaim,
} from '../../../../src/shared/caseFacts';
import { sha256 } from '../../../support/golden';

export const AS_OF = '2026-03-10T12:00:00Z';
export const ARRIVED = '2026-03-08T12:00:00Z';

/** J-3a: staff custody (authority and control). */
export const J3A: ControlFacts = {
  physically_on_premises: 'Y',
  request_to_remain_expressed: 'Y',
  staff_custody_or_restriction: 'Y',
};
/** J-3b: on the premises and asking to remain, nothing else. */
export const J3B: ControlFacts = { physically_on_premises: 'Y', request_to_remain_expressed: 'Y' };

export const E1: EvidenceItem = { evidence_id: 'E1', kind: 'COURT_RECORD', grade: 'B' };

export const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  case_id: 'SR-1',
  mission: { premises_type: 'EMBASSY_CHANCERY', sending_state: 'SSX', receiving_state: 'HHX' },
  legal_context: { sending_state_parties: [] },
  principal: { person_ref: 'P1', nationalities: ['NNX'] },
  arrival: { arrived_at: ARRIVED, mode: 'WALK_IN' },
  control: J3A,
  evidence: [E1],
  as_of: AS_OF,
  ...over,
});

/** An established risk to the host territory: four limbs Y, a rationale (V-3), E1 linked (V-6). */
export const risk = (over: Partial<RiskClaim> = {}): RiskClaim => ({
  risk_id: 'R1',
  harm_type: 'TORTURE',
  perpetrator: 'HOST_STATE_AGENTS',
  destination: 'HOST_TERRITORY',
  foreseeable: 'Y',
  personal: 'Y',
  present: 'Y',
  real: 'Y',
  adviser_rationale: 'Stipulated for the test.',
  evidence_refs: ['E1'],
  ...over,
});

/** A host action; the offence class must be stated by each test. */
export const act = (
  over: Partial<HostStateAction> & Pick<HostStateAction, 'offence_class_mission_view'>,
): HostStateAction => ({
  action_id: 'A1',
  type: 'CRIMINAL_CHARGE',
  offence_description: 'Named criminal offence',
  ...over,
});

/** Sending-state (and optionally host-state) treaty participation. */
export const lc = (
  sending: Instrument[],
  host: Instrument[] = [],
  extra: Partial<CaseFacts['legal_context']> = {},
): CaseFacts['legal_context'] => ({
  sending_state_parties: sending,
  host_state_parties: host,
  ...extra,
});

export type RunOptions = {
  config?: Record<string, unknown>;
  mode?: 'TREATY_BODY' | 'RESTRICTIVE';
};

/**
 * Validates the scenario against the CaseFacts schema (so a malformed test fails loudly) and runs
 * the engine with the default configuration deep-merged with `config` (as golden files do).
 */
export const run = (f: CaseFacts, opts: RunOptions = {}): AssessmentResult => {
  const resolved = resolveConfig(opts.config ?? {});
  if (!resolved.ok) throw new Error(`invalid config override: ${resolved.error.message}`);
  return assess(caseFactsSchema.parse(f), {
    sha256,
    config: resolved.config,
    ...(opts.mode === undefined ? {} : { mode: opts.mode }),
  });
};

export const runInput = (input: unknown) => assessInput(input, { sha256 });

/** Milliseconds of an ISO date-time (for comparing instants whatever the offset notation). */
export const ms = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

/** ISO date-time `days` (may be fractional) after `iso`. */
export const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString();
