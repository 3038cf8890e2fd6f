// SPEC §2.9 Step B: preconditions (1)–(5), H, every I component, the decision rule with its
// boundaries, codes and flags. Expected values derived by hand from the SPEC text. Neutral case:
// J-3a, no instrument (so no A/Q/T for non-torture harms), I = 0.
import { describe, expect, it } from 'vitest';
import type {
  CaseFacts,
  HostStateAction,
  PremisesType,
  RiskClaim,
} from '../../../../src/shared/caseFacts';
import { act, ARRIVED, facts, J3A, plusDays, risk, run } from './helpers';

const harm = (harm_type: RiskClaim['harm_type'], over: Partial<RiskClaim> = {}) =>
  risk({ harm_type, ...over });
const bCase = (over: Partial<CaseFacts> = {}) => facts({ risks: [harm('CIDT')], ...over });
const charge = (
  cls: HostStateAction['offence_class_mission_view'],
  over: Partial<HostStateAction> = {},
) => act({ offence_class_mission_view: cls, ...over });

describe('§2.9 decision rule: H ≥ H_min ∧ H − I ≥ margin', () => {
  it('§2.9: H − I exactly equal to the margin → B holds, b_slack 0, B_BORDERLINE (F11)', () => {
    // H 4 (CIDT); I 3 (ORDINARY_SERIOUS, fair); 4 − 3 = 1 = margin.
    const r = run(bCase({ host_actions: [charge('ORDINARY_SERIOUS')] }));
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.b_slack).toBe(0);
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['B_MARGIN_MET', 'OPERATION_OF_JUSTICE']),
    );
    expect(r.flags).toEqual(
      expect.arrayContaining(['B_BORDERLINE', 'SEED_PROPOSAL_NOT_SETTLED_LAW']),
    );
    expect(r.basis).toEqual(['B']);
  });

  it('§2.9: one point short (H − I = 0) → B_MARGIN_NOT_MET, b_slack −1, no B_BORDERLINE', () => {
    // I 4 (PARTICULARLY_SERIOUS_FINAL, fair).
    const r = run(bCase({ host_actions: [charge('PARTICULARLY_SERIOUS_FINAL')] }));
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.b_slack).toBe(-1);
    expect(r.reason_codes).toContain('B_MARGIN_NOT_MET');
    expect(r.flags).not.toContain('B_BORDERLINE');
  });

  it('§2.9: b_slack is reported for the record even when B cannot hold', () => {
    const r = run(
      facts({ control: { ...J3A, request_to_remain_expressed: 'N' }, risks: [harm('CIDT')] }),
    );
    expect(r.H).toBe(4);
    expect(r.b_slack).toBe(3);
    expect(r.steps.B).toBe(false);
  });

  it('§2.9 / §2.12: a configured margin of 2 turns the borderline case into B_MARGIN_NOT_MET', () => {
    const r = run(bCase({ host_actions: [charge('ORDINARY_SERIOUS')] }), { config: { margin: 2 } });
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.b_slack).toBe(-1);
  });

  it('§2.9: H exactly H_min (SERIOUS_INJURY_OTHER, 2) with an imminent threat → B holds (2 − 0 ≥ 1)', () => {
    const r = run(
      facts({ risks: [harm('SERIOUS_INJURY_OTHER')], urgency: { imminent_threat: 'Y' } }),
    );
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.H).toBe(2);
    expect(r.b_slack).toBe(1);
  });

  it('§2.9: H below H_min (LESSER_HARM, 1) → B_BELOW_H_MIN even with an imminent threat', () => {
    const r = run(facts({ risks: [harm('LESSER_HARM')], urgency: { imminent_threat: 'Y' } }));
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('B_BELOW_H_MIN');
    expect(r.reason_codes).not.toContain('B_MARGIN_NOT_MET');
  });

  it('§2.9 / §2.12: H_min 3 puts SERIOUS_INJURY_OTHER below the floor', () => {
    const r = run(
      facts({ risks: [harm('SERIOUS_INJURY_OTHER')], urgency: { imminent_threat: 'Y' } }),
      { config: { H_min: 3 } },
    );
    expect(r.reason_codes).toContain('B_BELOW_H_MIN');
  });

  it('§2.9: H is the maximum severity over engaged risks (not a sum); unestablished and unlinked risks do not count', () => {
    const r = run(
      facts({
        risks: [
          harm('SERIOUS_INJURY_OTHER'),
          harm('ARBITRARY_DETENTION', { risk_id: 'R2' }),
          harm('CIDT', { risk_id: 'R3', real: 'N' }),
          harm('ENFORCED_DISAPPEARANCE', { risk_id: 'R4', destination: 'THIRD_STATE_DIRECT' }),
        ],
      }),
    );
    expect(r.H).toBe(3);
  });
});

describe('§2.9 precondition (5) immediacy (F10; B & Others)', () => {
  it('§2.9 (5): every engaged risk below severity 3 and no imminent threat → B_LESSER_HARM_NOT_IMMEDIATE', () => {
    const r = run(facts({ risks: [harm('SERIOUS_INJURY_OTHER')] }));
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('B_LESSER_HARM_NOT_IMMEDIATE');
  });

  it('§2.9 (5): one engaged risk of severity 3 lifts the immediacy requirement', () => {
    const r = run(
      facts({
        risks: [harm('SERIOUS_INJURY_OTHER'), harm('ARBITRARY_DETENTION', { risk_id: 'R2' })],
      }),
    );
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.9 (5) / §2.3.2: imminent_threat U → [NOT_JUSTIFIED, PERMISSIBLE_ON_BALANCE]; MAY_SHELTER_PENDING_ASSESSMENT', () => {
    const r = run(
      facts({ risks: [harm('SERIOUS_INJURY_OTHER')], urgency: { imminent_threat: 'U' } }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['urgency.imminent_threat']);
    expect(r.decisive_missing_fields).toEqual(['urgency.imminent_threat']);
    expect(r.guidance).toBe('MAY_SHELTER_PENDING_ASSESSMENT');
    expect(r.interim_measure).toBeNull();
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
  });

  it('§2.9 (5) / §2.12: immediacy_required_below_severity 4 also requires it for severity 3', () => {
    const r = run(facts({ risks: [harm('ARBITRARY_DETENTION')] }), {
      config: { immediacy_required_below_severity: 4 },
    });
    expect(r.reason_codes).toContain('B_LESSER_HARM_NOT_IMMEDIATE');
  });
});

describe('§2.9 preconditions (1)–(4)', () => {
  it('§2.9 (2): no request to remain → no B code at all, steps.B false', () => {
    const r = run(bCase({ control: { ...J3A, request_to_remain_expressed: 'N' } }));
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.steps.B).toBe(false);
    expect(r.reason_codes.filter((c) => c.startsWith('B_'))).toEqual([]);
  });

  it('§2.9 (3): no engaged risk → no B code', () => {
    const r = run(bCase({ risks: [harm('CIDT', { present: 'N' })] }));
    expect(r.reason_codes.filter((c) => c.startsWith('B_'))).toEqual([]);
    expect(r.reason_codes).toContain('NO_GENERAL_LEGAL_BASIS');
  });

  it('§2.9: B needs no jurisdiction (J-3b in RESTRICTIVE mode)', () => {
    const r = run(
      bCase({ control: { physically_on_premises: 'Y', request_to_remain_expressed: 'Y' } }),
      {
        config: { extraterritoriality_mode: 'RESTRICTIVE' },
      },
    );
    expect(r.jurisdiction.status).toBe('NOT_ESTABLISHED');
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });
});

describe('§2.9 I_process (F9)', () => {
  const iProc = (actions: HostStateAction[]) => run(bCase({ host_actions: actions })).I.process;

  it.each([
    ['NONE', 0],
    ['ADMINISTRATIVE_NON_CRIMINAL', 1],
    ['POLITICAL_EXPRESSIVE', 1],
    ['POLITICAL_RELATIVE', 2],
    ['POLITICAL_SUBVERSIVE', 4],
    ['MILITARY_DESERTION', 2],
    ['ORDINARY_MINOR', 2],
    ['ORDINARY_SERIOUS', 3],
    ['PARTICULARLY_SERIOUS_FINAL', 4],
    ['EXCLUDABLE_1F', 5],
  ] as const)('§2.12 offence_class_points: %s under a fair process scores %i', (cls, points) => {
    expect(iProc([charge(cls)])).toBe(points);
  });

  it.each([
    ['ORDINARY_SERIOUS', 2],
    ['ORDINARY_MINOR', 1],
    ['POLITICAL_EXPRESSIVE', 1],
    ['NONE', 0],
  ] as const)('§2.9: DEFICIENT → max(points − 1, 1) if points > 0: %s → %i', (cls, points) => {
    expect(iProc([charge(cls, { process_integrity: 'DEFICIENT' })])).toBe(points);
  });

  it.each([
    ['EXCLUDABLE_1F', 1],
    ['POLITICAL_RELATIVE', 1],
    ['NONE', 0],
  ] as const)('§2.9 / V-15: substantiated PRETEXTUAL → min(points, 1): %s → %i', (cls, points) => {
    expect(
      iProc([
        charge(cls, {
          process_integrity: 'PRETEXTUAL',
          pretext_indicators: ['PATTERN_AGAINST_CRITICS'],
          evidence_refs: ['E1'],
        }),
      ]),
    ).toBe(points);
  });

  it('§2.9: the maximum over host actions, not the sum', () => {
    expect(
      iProc([
        charge('ORDINARY_SERIOUS'),
        charge('POLITICAL_SUBVERSIVE', { action_id: 'A2' }),
        charge('ORDINARY_MINOR', { action_id: 'A3' }),
      ]),
    ).toBe(4);
  });

  it('§2.9 (F9): the host view is the base class when recorded; the mission view enters only through integrity', () => {
    expect(
      iProc([charge('POLITICAL_EXPRESSIVE', { offence_class_host_view: 'ORDINARY_SERIOUS' })]),
    ).toBe(3);
    expect(
      iProc([
        charge('POLITICAL_EXPRESSIVE', {
          offence_class_host_view: 'ORDINARY_SERIOUS',
          process_integrity: 'PRETEXTUAL',
          pretext_indicators: ['VAGUE_CHARGE'],
          evidence_refs: ['E1'],
        }),
      ]),
    ).toBe(1);
  });

  it('§2.3.2: offence_class_host_view UNKNOWN → pessimistic EXCLUDABLE_1F (5), optimistic NONE (0)', () => {
    const r = run(
      bCase({
        host_actions: [charge('POLITICAL_EXPRESSIVE', { offence_class_host_view: 'UNKNOWN' })],
      }),
    );
    expect(r.I.process).toBe(5);
    expect(r.bounds.optimistic.I_total).toBe(0);
    // Pessimistic 4 − 5 < 1, optimistic 4 − 0 → [NOT_JUSTIFIED, PERMISSIBLE_ON_BALANCE].
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['host_actions[A1].offence_class_host_view']);
  });

  it('§2.3.2: process_integrity UNKNOWN → pessimistic INDEPENDENT_FAIR, optimistic PRETEXTUAL', () => {
    const r = run(
      bCase({
        host_actions: [charge('PARTICULARLY_SERIOUS_FINAL', { process_integrity: 'UNKNOWN' })],
      }),
    );
    expect(r.I.process).toBe(4);
    expect(r.bounds.optimistic.I_total).toBe(1);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['host_actions[A1].process_integrity']);
  });

  it('§2.9 / §2.13 OPERATION_OF_JUSTICE: a fair process scoring ≥ 3; not at 2, not when deficient', () => {
    const code = (a: HostStateAction) => run(bCase({ host_actions: [a] })).reason_codes;
    expect(code(charge('ORDINARY_SERIOUS'))).toContain('OPERATION_OF_JUSTICE');
    expect(code(charge('POLITICAL_SUBVERSIVE'))).toContain('OPERATION_OF_JUSTICE');
    expect(code(charge('ORDINARY_MINOR'))).not.toContain('OPERATION_OF_JUSTICE');
    expect(code(charge('ORDINARY_SERIOUS', { process_integrity: 'DEFICIENT' }))).not.toContain(
      'OPERATION_OF_JUSTICE',
    );
  });

  it('§2.9: OPERATION_OF_JUSTICE is independent of the preconditions (no risk, no request)', () => {
    const r = run(
      facts({
        control: { ...J3A, request_to_remain_expressed: 'N' },
        host_actions: [charge('ORDINARY_SERIOUS')],
      }),
    );
    expect(r.reason_codes).toContain('OPERATION_OF_JUSTICE');
  });
});

describe('§2.9 I_natsec, I_conduct (F9)', () => {
  it('§2.9 I_natsec: reasonable grounds found by the mission → 2 (an assertion alone → 0)', () => {
    const ns = (found: 'Y' | 'N') =>
      run(
        bCase({
          host_actions: [
            charge('NONE', {
              national_security_allegation: {
                asserted_by_host: 'Y',
                reasonable_grounds_found_by_mission: found,
              },
            }),
          ],
        }),
      ).I.natsec;
    expect(ns('Y')).toBe(2);
    expect(ns('N')).toBe(0);
  });

  it.each([
    ['NONE', 'N', 0, false],
    ['EXPRESSIVE', 'N', 0, false],
    ['ORGANISING_AGAINST_HOST_GOVERNMENT', 'N', 2, true],
    ['NONE', 'Y', 2, true],
    ['ORGANISING_AGAINST_HOST_GOVERNMENT', 'Y', 2, true],
  ] as const)(
    '§2.9 I_conduct = max(conduct, 2 if destabilising before entry): conduct %s, before %s → %i',
    (conduct, before, points, code) => {
      const r = run(bCase({ conduct, destabilising_activity_before_entry: before }));
      expect(r.I.conduct).toBe(points);
      expect(r.reason_codes.includes('CONDUCT_DESTABILISING')).toBe(code);
    },
  );

  it('§2.3.2: conduct U → pessimistic ORGANISING (2), optimistic NONE (0)', () => {
    const r = run(bCase({ conduct: 'U', host_actions: [charge('POLITICAL_RELATIVE')] }));
    // Pessimistic 4 − (2 + 2) < 1; optimistic 4 − 2 ≥ 1.
    expect(r.I.conduct).toBe(2);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['conduct']);
  });

  it('§2.3.2: destabilising_activity_before_entry U → pessimistic Y', () => {
    const r = run(bCase({ destabilising_activity_before_entry: 'U' }));
    expect(r.I.conduct).toBe(2);
    expect(r.bounds.optimistic.I_total).toBe(0);
  });
});

describe('§2.9 I_duration: elapsed days, host-caused periods excluded (F14, V-9)', () => {
  const ARR = '2025-01-01T00:00:00Z';
  const day = (n: number) => plusDays(ARR, n);
  const dur = (over: Partial<CaseFacts>) =>
    run(bCase({ arrival: { arrived_at: ARR, mode: 'WALK_IN' }, ...over })).I.duration;

  it('§2.9: exactly 180 days on the premises → 0', () => {
    expect(dur({ as_of: day(180) })).toBe(0);
  });

  it('§2.9: 180 days and one second → 1 (d > 180)', () => {
    expect(dur({ as_of: plusDays(ARR, 180 + 1 / 86_400) })).toBe(1);
  });

  it('§2.9: 200 days, refused safe-conduct on day 25 (asked day 20) → only 25 days count → 0', () => {
    expect(
      dur({
        as_of: day(200),
        safe_conduct_requests: [{ requested_at: day(20), answer: 'REFUSED', answered_at: day(25) }],
      }),
    ).toBe(0);
  });

  it('§2.9: a refusal later than requested_at + overdue days counts from the overdue date', () => {
    // Asked day 100, refused day 150: excluded from day 110 → 110 days count → 0. Without the
    // overdue rule (from the refusal) 150 would count — still 0; use day 175/200 to separate:
    // asked day 175, refused day 200, as_of day 230 → excluded from 185 → 185 counted → 1.
    expect(
      dur({
        as_of: day(230),
        safe_conduct_requests: [
          { requested_at: day(175), answer: 'REFUSED', answered_at: day(200) },
        ],
      }),
    ).toBe(1);
    // Asked day 165, refused day 200, as_of day 230 → excluded from day 175 → 175 counted → 0.
    expect(
      dur({
        as_of: day(230),
        safe_conduct_requests: [
          { requested_at: day(165), answer: 'REFUSED', answered_at: day(200) },
        ],
      }),
    ).toBe(0);
  });

  it('§2.9: an unanswered request counts from requested_at + safe_conduct_overdue_days (10)', () => {
    // Asked day 5, pending at day 200 → excluded from day 15 → 15 counted → 0.
    expect(
      dur({
        as_of: day(200),
        safe_conduct_requests: [{ requested_at: day(5), answer: 'PENDING' }],
      }),
    ).toBe(0);
    // An omitted answer is PENDING (schema default).
    expect(dur({ as_of: day(200), safe_conduct_requests: [{ requested_at: day(5) }] })).toBe(0);
  });

  it('§2.9: a late grant excludes only the overdue period until the answer', () => {
    // Asked day 0, granted day 100: excluded days 10–100 → 110 counted of 200 → 0.
    expect(
      dur({
        as_of: day(200),
        safe_conduct_requests: [{ requested_at: day(0), answer: 'GRANTED', answered_at: day(100) }],
      }),
    ).toBe(0);
    // Granted in time (day 5) → nothing excluded → 200 → 1.
    expect(
      dur({
        as_of: day(200),
        safe_conduct_requests: [{ requested_at: day(0), answer: 'GRANTED', answered_at: day(5) }],
      }),
    ).toBe(1);
  });

  it('§2.12: safe_conduct_overdue_days is configurable', () => {
    const r = run(
      bCase({
        arrival: { arrived_at: ARR, mode: 'WALK_IN' },
        as_of: day(200),
        safe_conduct_requests: [{ requested_at: day(5), answer: 'PENDING' }],
      }),
      { config: { safe_conduct_overdue_days: 190 } },
    );
    // Excluded from day 195 → 195 counted → 1.
    expect(r.I.duration).toBe(1);
  });

  it('§2.3.2 / V-9: as_of absent → days unknown → pessimistic 1, optimistic 0', () => {
    const r = run(bCase({ as_of: undefined, host_actions: [charge('ORDINARY_SERIOUS')] }));
    // Pessimistic: 4 − (3 + 1) < 1 → NOT_JUSTIFIED; optimistic 4 − 3 ≥ 1 → on balance.
    expect(r.I.duration).toBe(1);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['as_of']);
  });

  it('§2.3.2 / V-9: arrival.arrived_at null or absent → days unknown', () => {
    const r = run(
      bCase({ arrival: { arrived_at: null }, host_actions: [charge('ORDINARY_SERIOUS')] }),
    );
    expect(r.missing_fields).toEqual(['arrival.arrived_at']);
    const r2 = run(bCase({ arrival: { mode: 'WALK_IN' } }));
    expect(r2.I.duration).toBe(1);
  });

  it('§1.3.8 (F14): expected_duration_days is informational', () => {
    expect(dur({ as_of: day(2), urgency: { expected_duration_days: 1000 } })).toBe(0);
  });
});

describe('§2.9 I_premises and the sum I', () => {
  it.each([
    ['EMBASSY_CHANCERY', 0],
    ['HEAD_OF_MISSION_RESIDENCE', 0],
    ['CONSULATE_CAREER', 1],
    ['CONSULATE_HONORARY', 2],
    ['OTHER_NON_INVIOLABLE', 2],
    ['WARSHIP_OR_MILITARY_AIRCRAFT', 0],
  ] as const)('§2.9 I_premises: %s → %i', (premises_type: PremisesType, points) => {
    const r = run(
      bCase({ mission: { premises_type, sending_state: 'SSX', receiving_state: 'HHX' } }),
    );
    expect(r.I.premises).toBe(points);
  });

  it('§2.9: I = I_process + I_natsec + I_conduct + I_duration + I_premises', () => {
    const r = run(
      bCase({
        mission: {
          premises_type: 'CONSULATE_CAREER',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
        host_actions: [
          charge('ORDINARY_MINOR', {
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
          }),
        ],
        conduct: 'ORGANISING_AGAINST_HOST_GOVERNMENT',
        arrival: { arrived_at: ARRIVED, mode: 'WALK_IN' },
        as_of: plusDays(ARRIVED, 365),
      }),
    );
    expect(r.I).toEqual({ total: 8, process: 2, natsec: 2, conduct: 2, duration: 1, premises: 1 });
    expect(r.b_slack).toBe(4 - 8 - 1);
  });
});

describe('§2.9 / §2.10 B is evaluated whatever the precedence', () => {
  it('§2.10: B_MARGIN_MET is reported next to ABS_TORTURE', () => {
    const r = run(facts({ legal_context: { sending_state_parties: ['CAT'] }, risks: [risk()] }));
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toEqual(expect.arrayContaining(['ABS_TORTURE', 'B_MARGIN_MET']));
    expect(r.basis).toEqual(['A-1', 'B']);
    // §2.13 SEED_PROPOSAL_NOT_SETTLED_LAW follows the outcome, not a B that holds below it.
    expect(r.flags).not.toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
  });
});
