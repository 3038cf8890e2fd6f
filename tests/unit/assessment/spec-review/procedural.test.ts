// SPEC §2.11 procedural layer: P-0 … P-10, guidance (F12g), the closed RequiredAction enum, and
// the procedural flags of §2.13. Expected values derived by hand from the SPEC text.
import { describe, expect, it } from 'vitest';
import { REQUIRED_ACTIONS } from '../../../../src/main/domain/assessment';
import type { PremisesArea, PremisesType } from '../../../../src/shared/caseFacts';
import { act, facts, J3A, J3B, lc, ms, risk, run } from './helpers';

const obligatory = () => facts({ legal_context: lc(['CAT']), risks: [risk()] });

describe('§2.11 P-0 / P-1 interim no-handover measure (F1, F3)', () => {
  it('§2.11 P-1: outcome OBLIGATORY → measure with basis [P-1], set_at = as_of, review_by = +72 h, never lapses', () => {
    const r = run(obligatory());
    expect(r.interim_measure).toMatchObject({
      type: 'NO_EJECTION_OR_HANDOVER_PENDING_ASSESSMENT',
      basis: ['P-1'],
      set_at: '2026-03-10T12:00:00Z',
      deadline_hours: 72,
      lapses: false,
    });
    expect(ms(r.interim_measure?.review_by)).toBe(ms('2026-03-13T12:00:00Z'));
    expect(r.reason_codes).toContain('INTERIM_NO_HANDOVER');
    expect(r.required_actions).toContain('COMPLETE_ASSESSMENT_BEFORE_DEADLINE');
    expect(r.flags).toContain('HOST_DISCLOSURE_CAUTION');
    expect(r.reason_codes).not.toContain('INTERIM_DEADLINE_MISSED');
  });

  it('§2.11 P-1 (F3b): as_of ≥ review_by → INTERIM_DEADLINE_MISSED + REQUEST_CAPITAL_INSTRUCTION; still no lapse', () => {
    const f = (asOf: string) =>
      run({
        ...obligatory(),
        arrival: { arrived_at: '2026-02-28T00:00:00Z', mode: 'WALK_IN' },
        interim_measure_set_at: '2026-03-01T02:00:00+02:00',
        as_of: asOf,
      });
    // set_at 2026-03-01T00:00Z + 72 h = 2026-03-04T00:00Z.
    const at = f('2026-03-04T00:00:00Z');
    expect(ms(at.interim_measure?.review_by)).toBe(ms('2026-03-04T00:00:00Z'));
    expect(at.interim_measure?.set_at).toBe('2026-03-01T02:00:00+02:00');
    expect(at.interim_measure?.lapses).toBe(false);
    expect(at.reason_codes).toEqual(
      expect.arrayContaining(['INTERIM_NO_HANDOVER', 'INTERIM_DEADLINE_MISSED']),
    );
    expect(at.required_actions).toContain('REQUEST_CAPITAL_INSTRUCTION');
    const before = f('2026-03-03T23:59:59Z');
    expect(before.reason_codes).not.toContain('INTERIM_DEADLINE_MISSED');
    expect(before.required_actions).not.toContain('REQUEST_CAPITAL_INSTRUCTION');
  });

  it('§2.12: config.interim.assessment_deadline_hours sets review_by', () => {
    const r = run(obligatory(), { config: { interim: { assessment_deadline_hours: 24 } } });
    expect(r.interim_measure?.deadline_hours).toBe(24);
    expect(ms(r.interim_measure?.review_by)).toBe(ms('2026-03-11T12:00:00Z'));
  });

  it('§2.11 P-1: no as_of and no interim_measure_set_at → set_at and review_by null', () => {
    const r = run({ ...obligatory(), as_of: undefined });
    expect(r.interim_measure?.set_at).toBeNull();
    expect(r.interim_measure?.review_by).toBeNull();
  });

  it('§2.11 P-1: INSUFFICIENT with optimistic OBLIGATORY → measure; guidance MUST_NOT_EJECT_OR_HAND_OVER', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ real: 'U' })] }));
    expect(r.outcome).toBe('INSUFFICIENT_INFORMATION');
    expect(r.interim_measure?.basis).toEqual(['P-1']);
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
    expect(r.required_actions).toEqual(
      expect.arrayContaining(['SCREENING_INTERVIEW', 'COMPLETE_ASSESSMENT_BEFORE_DEADLINE']),
    );
  });

  it('§2.11 P-1 (F3a): only the alternative mode is OBLIGATORY → the measure still applies', () => {
    const r = run(facts({ control: J3B, legal_context: lc(['CAT']), risks: [risk()] }), {
      config: { extraterritoriality_mode: 'RESTRICTIVE' },
    });
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.outcome_alt_mode).toBe('PROTECTION_OBLIGATORY');
    expect(r.interim_measure?.basis).toEqual(['P-1']);
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
    expect(r.flags).toContain('HOST_DISCLOSURE_CAUTION');
  });

  it('§2.11 P-1: neither mode can be OBLIGATORY → no measure, no HOST_DISCLOSURE_CAUTION', () => {
    const r = run(facts({ risks: [risk({ harm_type: 'CIDT' })] }));
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.interim_measure).toBeNull();
    expect(r.flags).not.toContain('HOST_DISCLOSURE_CAUTION');
    expect(r.reason_codes).not.toContain('INTERIM_NO_HANDOVER');
  });

  it('§2.11 P-0 / §2.15 P14: a V-10 risk alone sets the measure, even when neither mode can be OBLIGATORY', () => {
    // Custom off and no treaty: the synthetic risk's optimistic TORTURE reaches no A-rule.
    const r = run(facts({ legal_context: lc([]) }), {
      config: { customary_torture_nonrefoulement: false },
    });
    expect(r.bounds.optimistic.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.interim_measure?.basis).toEqual(['P-0']);
    expect(r.reason_codes).toContain('INTERIM_NO_HANDOVER');
    expect(r.guidance).toBe('MUST_NOT_EJECT_OR_HAND_OVER');
  });
});

describe('§2.11 P-3, P-4, P-5 outcome-driven actions', () => {
  it('§2.11 P-3: OBLIGATORY → NO_EJECTION_OR_HANDOVER_INTO_RISK, PURSUE_SAFE_EXIT_OR_RELIABLE_ASSURANCES', () => {
    const r = run(obligatory());
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'NO_EJECTION_OR_HANDOVER_INTO_RISK',
        'PURSUE_SAFE_EXIT_OR_RELIABLE_ASSURANCES',
        'REASSESS_ON_RISK_CHANGED',
      ]),
    );
    expect(r.required_actions).not.toContain('INFORM_PERSON_OF_CONSEQUENCES');
  });

  it('§2.11: PERMISSIBLE_ON_BALANCE → CONDUCT_RULES and EXIT_PLANNING; SEED_PROPOSAL_NOT_SETTLED_LAW', () => {
    const r = run(facts({ risks: [risk({ harm_type: 'CIDT' })] }));
    expect(r.required_actions).toEqual(
      expect.arrayContaining(['CONDUCT_RULES', 'EXIT_PLANNING', 'REASSESS_ON_RISK_CHANGED']),
    );
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
    expect(r.guidance).toBe('MAY_SHELTER');
  });

  it('§2.11 P-5 (F3f): NOT_JUSTIFIED → INFORM_PERSON_OF_CONSEQUENCES, NO_FACILITATION_OF_EVASION; no referral without J-2', () => {
    const r = run(facts({ risks: [risk({ harm_type: 'CIDT', real: 'N' })] }));
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.required_actions).toEqual([
      'INFORM_PERSON_OF_CONSEQUENCES',
      'NO_FACILITATION_OF_EVASION',
      'REASSESS_ON_RISK_CHANGED',
    ]);
    expect(r.guidance).toBe('NO_BASIS_TO_SHELTER');
  });

  it('§2.11 P-5: NOT_JUSTIFIED under J-2 also refers to the visa / humanitarian channel', () => {
    const r = run(
      facts({
        control: { physically_on_premises: 'Y', request_to_remain_expressed: 'N' },
        risks: [risk({ harm_type: 'CIDT', destination: 'THIRD_STATE_DIRECT' })],
      }),
    );
    expect(r.required_actions).toContain('REFER_TO_VISA_OR_HUMANITARIAN_ADMISSION_CHANNEL');
  });

  it('§2.11: SCREENING_INTERVIEW only for INSUFFICIENT_INFORMATION', () => {
    expect(run(obligatory()).required_actions).not.toContain('SCREENING_INTERVIEW');
  });
});

describe('§2.11 P-8, P-9, P-10 situation-driven actions and flags', () => {
  it('§2.11 P-8 (F15): an unaccompanied child → BEST_INTERESTS_ASSESSMENT, APPOINT_GUARDIAN, CHILD_APPROPRIATE_INTERVIEW', () => {
    const r = run(
      facts({
        principal: {
          person_ref: 'P1',
          nationalities: ['NNX'],
          age_band: 'CHILD',
          vulnerabilities: ['UNACCOMPANIED_CHILD'],
        },
        risks: [risk({ harm_type: 'LESSER_HARM' })],
      }),
    );
    expect(r.required_actions).toEqual(
      expect.arrayContaining([
        'BEST_INTERESTS_ASSESSMENT',
        'APPOINT_GUARDIAN',
        'CHILD_APPROPRIATE_INTERVIEW',
      ]),
    );
  });

  it('§2.11 P-8: per subject — a dependant child who is unaccompanied does not make the principal one', () => {
    const r = run(
      facts({
        dependants: [
          {
            person_ref: 'D1',
            relationship: 'CHILD',
            on_premises: true,
            age_band: 'CHILD',
            vulnerabilities: ['UNACCOMPANIED_CHILD'],
          },
        ],
        risks: [
          risk({ harm_type: 'LESSER_HARM' }),
          risk({ risk_id: 'R2', subject_ref: 'D1', harm_type: 'LESSER_HARM' }),
        ],
      }),
    );
    expect(r.subjects[0]?.required_actions).not.toContain('APPOINT_GUARDIAN');
    expect(r.subjects[1]?.required_actions).toContain('APPOINT_GUARDIAN');
  });

  it.each(['SEVERED', 'ARMED_CONFLICT'] as const)(
    '§2.11 P-9 (F20): relations %s → ARRANGE_PROTECTING_POWER_CUSTODY',
    (relations_status) => {
      const r = run(
        facts({
          mission: {
            premises_type: 'EMBASSY_CHANCERY',
            sending_state: 'SSX',
            receiving_state: 'HHX',
            relations_status,
          },
          risks: [risk({ harm_type: 'LESSER_HARM' })],
        }),
      );
      expect(r.required_actions).toContain('ARRANGE_PROTECTING_POWER_CUSTODY');
    },
  );

  it('§2.11 P-9: NORMAL relations → no protecting-power action', () => {
    expect(
      run(facts({ risks: [risk({ harm_type: 'LESSER_HARM' })] })).required_actions,
    ).not.toContain('ARRANGE_PROTECTING_POWER_CUSTODY');
  });

  it.each([
    ['CONSULATE_HONORARY', undefined, true],
    ['OTHER_NON_INVIOLABLE', undefined, true],
    ['CONSULATE_CAREER', 'OTHER_PART', true],
    ['CONSULATE_CAREER', 'CONSULAR_WORK_AREA_EXCLUSIVE', false],
    ['EMBASSY_CHANCERY', undefined, false],
    ['HEAD_OF_MISSION_RESIDENCE', undefined, false],
  ] as const)(
    '§2.11 P-10 (F21): %s (area %s) → NO_INVIOLABILITY_PROTECTION + RELOCATE_WITHIN_PROTECTED_AREA: %s',
    (premises_type: PremisesType, area: PremisesArea | undefined, expected: boolean) => {
      const r = run(
        facts({
          mission: {
            premises_type,
            sending_state: 'SSX',
            receiving_state: 'HHX',
            ...(area === undefined ? {} : { premises_area: area }),
          },
          risks: [risk({ harm_type: 'LESSER_HARM' })],
        }),
      );
      expect(r.flags.includes('NO_INVIOLABILITY_PROTECTION')).toBe(expected);
      expect(r.required_actions.includes('RELOCATE_WITHIN_PROTECTED_AREA')).toBe(expected);
    },
  );
});

describe('§2.11 guidance (F12g) and the closed RequiredAction enum', () => {
  it('§2.11 guidance: INSUFFICIENT [NOT_JUSTIFIED, PERMISSIBLE_ON_BALANCE] → MAY_SHELTER_PENDING_ASSESSMENT', () => {
    const r = run(
      facts({
        risks: [risk({ harm_type: 'CIDT' })],
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_SERIOUS', process_integrity: 'UNKNOWN' }),
        ],
        conduct: 'U',
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.guidance).toBe('MAY_SHELTER_PENDING_ASSESSMENT');
    // §2.13: a range endpoint PERMISSIBLE_ON_BALANCE carries the seed flag.
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
  });

  it('§2.11 guidance: PERMISSIBLE_TREATY_BASIS → MAY_SHELTER (pessimistic rank 3)', () => {
    const r = run(
      facts({
        legal_context: lc(['HAVANA_1928'], ['HAVANA_1928']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        host_actions: [
          act({ type: 'ARREST_WARRANT', offence_class_mission_view: 'POLITICAL_RELATIVE' }),
        ],
        risks: [risk({ harm_type: 'LESSER_HARM' })],
      }),
    );
    expect(r.outcome_sub_basis).toBe('HAVANA');
    expect(r.guidance).toBe('MAY_SHELTER');
  });

  it('§2.11: every emitted action belongs to the closed enum; REASSESS_ON_RISK_CHANGED always', () => {
    for (const f of [
      obligatory(),
      facts(),
      facts({ control: { ...J3A, request_to_remain_expressed: 'N' } }),
    ]) {
      const r = run(f);
      for (const a of r.required_actions) expect(REQUIRED_ACTIONS).toContain(a);
      expect(r.required_actions).toContain('REASSESS_ON_RISK_CHANGED');
    }
  });
});
