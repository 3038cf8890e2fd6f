// SPEC §2.7 Step Q (Q-1, Q-1b, Q-3a, Q-3b) and its exceptions. Expected values derived by hand
// from the SPEC text. Neutral case: J-3a, no HR instrument unless stated, so Step A stays out.
import { describe, expect, it } from 'vitest';
import type {
  CaseFacts,
  HostStateAction,
  Instrument,
  RiskClaim,
} from '../../../../src/shared/caseFacts';
import { act, facts, lc, risk, run } from './helpers';

const refugee = { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' as const };

/** CIDT on a Convention ground, onward (GC-14 pattern); Refugee Convention (and CAT) only. */
const q1Case = (
  over: {
    risk?: Partial<RiskClaim>;
    actions?: HostStateAction[];
    parties?: Instrument[];
  } & Partial<CaseFacts> = {},
) => {
  const { risk: r, actions, parties, ...rest } = over;
  return facts({
    legal_context: lc(parties ?? ['PROTOCOL_1967', 'CAT']),
    principal: refugee,
    risks: [
      risk({
        harm_type: 'CIDT',
        convention_ground: 'POLITICAL_OPINION',
        destination: 'THIRD_STATE_ONWARD',
        ...r,
      }),
    ],
    host_actions: actions ?? [],
    ...rest,
  });
};

describe('§2.7 Q-1 Refugee Convention (F4, F6)', () => {
  it('§2.7 Q-1: CIDT (severity 4) on a ground, Protocol party, refugee → QUALIFIED, Q_REFUGEE_33_1', () => {
    const r = run(q1Case());
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.basis).toContain('Q-1');
    expect(r.reason_codes).toContain('Q_REFUGEE_33_1');
    expect(r.H).toBe(4);
    expect(r.I.total).toBe(0);
  });

  it('§2.7 Q-1: SERIOUS_INJURY_OTHER (severity 2) on a ground also qualifies', () => {
    const r = run(q1Case({ risk: { harm_type: 'SERIOUS_INJURY_OTHER' } }));
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
  });

  it('§2.7 Q-1: LESSER_HARM (severity 1) does not → B_BELOW_H_MIN → NOT_JUSTIFIED', () => {
    const r = run(q1Case({ risk: { harm_type: 'LESSER_HARM' } }));
    expect(r.steps.Q).toBe(false);
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('B_BELOW_H_MIN');
  });

  it('§2.7 Q-1: no Convention ground on a non-persecution harm → no Q-1 (B: 4 − 0)', () => {
    const r = run(q1Case({ risk: { convention_ground: undefined } }));
    expect(r.steps.Q).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.7 Q-1: refugee_definition_met omitted = N → no Q-1', () => {
    const r = run(q1Case({ principal: { person_ref: 'P1', nationalities: ['NNX'] } }));
    expect(r.steps.Q).toBe(false);
  });

  it('§2.7 Q-1 / §2.3.2: refugee_definition_met U → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = run(
      q1Case({
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'U' },
      }),
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['principal.refugee_definition_met']);
  });

  it('§2.7 Q-1: neither REFUGEE_1951 nor PROTOCOL_1967 → no Q-1', () => {
    const r = run(q1Case({ parties: ['CAT'] }));
    expect(r.steps.Q).toBe(false);
  });

  it('§2.7 Q-1 (33(2) limb 1): reasonable grounds on national security → Q_EXCLUDED_33_2_NATSEC + INTERPRETATION_33_2_COUNTRY', () => {
    const r = run(
      q1Case({
        actions: [
          act({
            type: 'EXTRADITION_OR_SURRENDER_REQUEST',
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            national_security_allegation: {
              asserted_by_host: 'Y',
              reasonable_grounds_found_by_mission: 'Y',
            },
          }),
        ],
      }),
    );
    // B: H 4; I = 3 (ordinary serious, fair) + 2 (natsec) = 5; 4 − 5 < 1 → NOT_JUSTIFIED.
    expect(r.steps.Q).toBe(false);
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.I.total).toBe(5);
    expect(r.reason_codes).toEqual(
      expect.arrayContaining([
        'Q_EXCLUDED_33_2_NATSEC',
        'B_MARGIN_NOT_MET',
        'OPERATION_OF_JUSTICE',
      ]),
    );
    expect(r.flags).toContain('INTERPRETATION_33_2_COUNTRY');
  });

  it('§2.7 Q-1: a host assertion without the mission finding does not exclude', () => {
    const r = run(
      q1Case({
        actions: [
          act({
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            national_security_allegation: {
              asserted_by_host: 'Y',
              reasonable_grounds_found_by_mission: 'N',
            },
          }),
        ],
      }),
    );
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
  });

  it('§2.7 Q-1 (33(2) limb 2, E19): final conviction ∧ PARTICULARLY_SERIOUS_FINAL ∧ danger → Q_EXCLUDED_33_2_PSC', () => {
    const r = run(
      q1Case({
        actions: [
          act({
            type: 'CONVICTION',
            offence_class_mission_view: 'PARTICULARLY_SERIOUS_FINAL',
            conviction_final: 'Y',
            danger_to_community_found_by_mission: 'Y',
          }),
        ],
      }),
    );
    // B: H 4 − I 4 (particularly serious, fair) < 1 → NOT_JUSTIFIED.
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('Q_EXCLUDED_33_2_PSC');
    expect(r.flags).toContain('INTERPRETATION_33_2_COUNTRY');
  });

  it.each([
    [
      'no danger to the community found',
      { conviction_final: 'Y', danger_to_community_found_by_mission: 'N' },
    ],
    ['conviction not final', { conviction_final: 'N', danger_to_community_found_by_mission: 'Y' }],
  ] as const)('§2.7 Q-1 (cumulative limb 2, F4): %s → Q-1 holds', (_n, over) => {
    const r = run(
      q1Case({
        actions: [
          act({
            type: 'CONVICTION',
            offence_class_mission_view: 'PARTICULARLY_SERIOUS_FINAL',
            ...over,
          }),
        ],
      }),
    );
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
  });

  it('§2.7 Q-1 (art. 1F): exclusion_1F.c = Y → Q_EXCLUDED_1F; no 33(2) flag; 1F adds nothing to I (P3)', () => {
    const r = run(
      q1Case({
        actions: [
          act({
            type: 'EXTRA_LEGAL_MEASURE',
            offence_class_mission_view: 'NONE',
            exclusion_1F: { c: 'Y' },
          }),
        ],
      }),
    );
    expect(r.steps.Q).toBe(false);
    expect(r.reason_codes).toContain('Q_EXCLUDED_1F');
    expect(r.flags).not.toContain('INTERPRETATION_33_2_COUNTRY');
    // B: H 4 − I 0 → on balance.
    expect(r.I.total).toBe(0);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.7 Q-1 (Appendix A item 5): offence class EXCLUDABLE_1F is an art. 1F exclusion', () => {
    const r = run(q1Case({ actions: [act({ offence_class_mission_view: 'EXCLUDABLE_1F' })] }));
    expect(r.reason_codes).toContain('Q_EXCLUDED_1F');
    expect(r.I.process).toBe(5);
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§2.7 Q-1 / §2.3.2: exclusion_1F.b = U → optimistic N, pessimistic Y → INSUFFICIENT', () => {
    const r = run(
      q1Case({
        actions: [
          act({
            type: 'EXTRA_LEGAL_MEASURE',
            offence_class_mission_view: 'NONE',
            exclusion_1F: { b: 'U' },
          }),
        ],
      }),
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['host_actions[A1].exclusion_1F.b']);
  });

  it('§2.10: Q-1 exceptions are reported next to an A result (Q_EXCLUDED_1F with ABS_TORTURE)', () => {
    const r = run(
      q1Case({
        risk: { harm_type: 'TORTURE' },
        actions: [act({ offence_class_mission_view: 'NONE', exclusion_1F: { a: 'Y' } })],
      }),
    );
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toEqual(expect.arrayContaining(['ABS_TORTURE', 'Q_EXCLUDED_1F']));
  });

  it('§2.10: A and Q both hold → ABSOLUTE wins; basis lists both', () => {
    const r = run(q1Case({ risk: { harm_type: 'TORTURE' } }));
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.basis).toEqual(expect.arrayContaining(['A-1', 'Q-1']));
  });
});

describe('§2.7 Q-1b OAU 1969 (F7)', () => {
  const oau = (over: Partial<CaseFacts> = {}) =>
    facts({
      legal_context: lc(['OAU_1969']),
      principal: { person_ref: 'P1', nationalities: ['NNX'], oau_refugee_definition_met: 'Y' },
      risks: [risk({ harm_type: 'CIDT' })],
      ...over,
    });

  it('§2.7 Q-1b: OAU definition met, no ground needed → QUALIFIED, Q_OAU_II_3', () => {
    const r = run(oau());
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.basis).toContain('Q-1b');
    expect(r.reason_codes).toContain('Q_OAU_II_3');
  });

  it('§2.7 Q-1b: the art. 1A(2) definition also suffices', () => {
    const r = run(
      oau({ principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' } }),
    );
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
  });

  it('§2.7 Q-1b: no 33(2) check — national-security grounds do not defeat it', () => {
    const r = run(
      oau({
        host_actions: [
          act({
            offence_class_mission_view: 'ORDINARY_SERIOUS',
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
          }),
        ],
      }),
    );
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.reason_codes).toContain('Q_OAU_II_3');
  });

  it('§2.7 Q-1b: art. I(5) 1F-type exclusion → Q_EXCLUDED_1F, fails', () => {
    const r = run(
      oau({
        host_actions: [act({ offence_class_mission_view: 'NONE', exclusion_1F: { a: 'Y' } })],
      }),
    );
    expect(r.steps.Q).toBe(false);
    expect(r.reason_codes).toContain('Q_EXCLUDED_1F');
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });
});

describe('§2.7 Q-3 flagrant denial of justice / flagrant breach of liberty (F17)', () => {
  const flagrant = (parties: Instrument[], over: Partial<RiskClaim>) =>
    run(facts({ legal_context: lc(parties), risks: [risk(over)] }));

  it('§2.7 Q-3a: ECHR, FLAGRANT_DENIAL_OF_JUSTICE with a category recorded → TREATY_NO_EXCEPTION', () => {
    const r = flagrant(['ECHR'], {
      harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
      flagrant_denial_category: 'CONVICTION_IN_ABSENTIA_NO_RETRIAL',
    });
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('TREATY_NO_EXCEPTION');
    expect(r.basis).toContain('Q-3a');
    expect(r.reason_codes).toContain('Q_FLAGRANT_DENIAL');
  });

  it('§2.7 Q-3a: no category recorded → no Q-3a (B: 3 − 0)', () => {
    const r = flagrant(['ECHR'], { harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE' });
    expect(r.steps.Q).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.7 Q-3a: IACPPT with SPECIAL_OR_AD_HOC_COURT → holds; another category → not', () => {
    expect(
      flagrant(['IACPPT'], {
        harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
        flagrant_denial_category: 'SPECIAL_OR_AD_HOC_COURT',
      }).outcome_sub_basis,
    ).toBe('TREATY_NO_EXCEPTION');
    expect(
      flagrant(['IACPPT'], {
        harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
        flagrant_denial_category: 'SYSTEMATIC_DENIAL_OF_LAWYER',
      }).steps.Q,
    ).toBe(false);
  });

  it('§2.7 Q-3a: ICCPR alone is not enough', () => {
    const r = flagrant(['ICCPR'], {
      harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
      flagrant_denial_category: 'EVIDENCE_OBTAINED_BY_TORTURE',
    });
    expect(r.steps.Q).toBe(false);
  });

  it('§2.7 Q-3a / §2.3.2: category U → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = flagrant(['ECHR'], {
      harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
      flagrant_denial_category: 'U',
    });
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].flagrant_denial_category']);
  });

  it('§2.7 Q-3b: ECHR, ARBITRARY_DETENTION with a flagrant breach → TREATY_NO_EXCEPTION, Q_FLAGRANT_DETENTION', () => {
    const r = flagrant(['ECHR'], {
      harm_type: 'ARBITRARY_DETENTION',
      flagrant_breach_of_liberty: 'Y',
    });
    expect(r.outcome_sub_basis).toBe('TREATY_NO_EXCEPTION');
    expect(r.reason_codes).toContain('Q_FLAGRANT_DETENTION');
  });

  it('§2.7 Q-3b: no flagrant breach, or no ECHR → no Q-3b', () => {
    expect(flagrant(['ECHR'], { harm_type: 'ARBITRARY_DETENTION' }).steps.Q).toBe(false);
    expect(
      flagrant(['ICCPR'], { harm_type: 'ARBITRARY_DETENTION', flagrant_breach_of_liberty: 'Y' })
        .steps.Q,
    ).toBe(false);
  });

  it('§2.7 effect (F17): Q-1 and Q-3 both hold → QUALIFIED', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951', 'ECHR']),
        principal: refugee,
        risks: [
          risk({
            harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
            convention_ground: 'POLITICAL_OPINION',
            flagrant_denial_category: 'SUMMARY_TRIAL_TOTAL_DISREGARD_OF_DEFENCE',
          }),
        ],
      }),
    );
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.basis).toEqual(expect.arrayContaining(['Q-1', 'Q-3a']));
  });
});
