// SPEC §2.6 Step A (A-1 … A-8; A-7 unused), IACPPT_APPLIED and the P2 independence of Step A.
// Expected values derived by hand from the SPEC text. Neutral case: J-3a, adult, I = 0.
import { describe, expect, it } from 'vitest';
import type { Instrument, RiskClaim } from '../../../../src/shared/caseFacts';
import { act, facts, lc, plusDays, risk, run } from './helpers';

const one = (parties: Instrument[], over: Partial<RiskClaim> = {}, extra = {}) =>
  run(facts({ legal_context: lc(parties), risks: [risk(over)], ...extra }));

describe('§2.6 A-1 torture', () => {
  it('§2.6 A-1: CAT applies → ABS_TORTURE, PROTECTION_OBLIGATORY / ABSOLUTE', () => {
    const r = one(['CAT']);
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.basis).toContain('A-1');
    expect(r.reason_codes).toContain('ABS_TORTURE');
  });

  it('§2.6 A-1 / §2.12: no treaty at all — custom suffices when customary_torture_nonrefoulement', () => {
    expect(one([]).outcome_sub_basis).toBe('ABSOLUTE');
  });

  it('§2.6 A-1 / §2.12: custom switched off and no treaty → no A; B decides (H 5 − I 0)', () => {
    const r = run(facts({ legal_context: lc([]), risks: [risk()] }), {
      config: { customary_torture_nonrefoulement: false },
    });
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.6 A-1 / P11: J not established (J-1) → no A even under CAT', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: { physically_on_premises: 'N', request_to_remain_expressed: 'Y' },
        risks: [risk()],
      }),
    );
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§2.6 A-1 (F20): no HR instrument and a non-state perpetrator the host cannot control → CAT_NON_STATE_ACTOR', () => {
    expect(one(['CAT'], { perpetrator: 'NON_STATE_HOST_UNABLE' }).flags).toContain(
      'CAT_NON_STATE_ACTOR',
    );
    expect(one(['CAT', 'ICCPR'], { perpetrator: 'NON_STATE_HOST_UNABLE' }).flags).not.toContain(
      'CAT_NON_STATE_ACTOR',
    );
    expect(one(['CAT'], { perpetrator: 'NON_STATE_WITH_HOST_ACQUIESCENCE' }).flags).not.toContain(
      'CAT_NON_STATE_ACTOR',
    );
  });
});

describe('§2.6 A-2 CIDT', () => {
  it('§2.6 A-2: CAT alone is not sufficient (art. 3 covers torture only) → balance', () => {
    const r = one(['CAT'], { harm_type: 'CIDT' });
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it.each(['ICCPR', 'ECHR', 'ACHR', 'IACPPT'] as const)('§2.6 A-2: %s applies → ABS_CIDT', (i) => {
    const r = one([i], { harm_type: 'CIDT' });
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toContain('ABS_CIDT');
  });

  it('§2.6 A-2: SERIOUS_SGBV not amounting to torture is a CIDT-level harm', () => {
    const r = one(['ECHR'], { harm_type: 'SERIOUS_SGBV' });
    expect(r.reason_codes).toContain('ABS_CIDT');
    expect(r.H).toBe(4);
  });
});

describe('§2.6 A-3 life; A-4 death penalty (F13)', () => {
  it('§2.6 A-3: arbitrary deprivation of life with an HR instrument → ABS_LIFE', () => {
    const r = one(['ICCPR'], { harm_type: 'ARBITRARY_DEPRIVATION_OF_LIFE' });
    expect(r.reason_codes).toContain('ABS_LIFE');
    expect(r.H).toBe(5);
  });

  it('§2.6 A-3: life risk under CAT alone → no A (no custom beyond torture)', () => {
    const r = one(['CAT'], { harm_type: 'ARBITRARY_DEPRIVATION_OF_LIFE' });
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.6 A-3: a death penalty imposed in breach of art. 6(2) is also ABS_LIFE (non-abolitionist ICCPR party)', () => {
    const r = one(['ICCPR'], { harm_type: 'DEATH_PENALTY', imposition_unlawful_under_art6_2: 'Y' });
    expect(r.basis).toEqual(expect.arrayContaining(['A-3']));
    expect(r.basis).not.toContain('A-4');
  });

  it.each([
    ['ECHR', ['ECHR']],
    ['ECHR_P13', ['ECHR_P13']],
    ['ICCPR_OP2', ['ICCPR_OP2']],
  ] as const)('§2.6 A-4: %s applies → ABS_DEATH_PENALTY', (_n, parties) => {
    const r = one([...parties], { harm_type: 'DEATH_PENALTY' });
    expect(r.basis).toContain('A-4');
    expect(r.reason_codes).toContain('ABS_DEATH_PENALTY');
  });

  it.each(['ICCPR', 'ACHR'] as const)(
    '§2.6 A-4: %s with sending_state_abolitionist = Y → ABS_DEATH_PENALTY',
    (i) => {
      const r = run(
        facts({
          legal_context: lc([i], [], { sending_state_abolitionist: 'Y' }),
          risks: [risk({ harm_type: 'DEATH_PENALTY' })],
        }),
      );
      expect(r.basis).toContain('A-4');
    },
  );

  it('§2.6 A-4: ICCPR, not abolitionist, imposition lawful → no A; B (H 5)', () => {
    const r = one(['ICCPR'], { harm_type: 'DEATH_PENALTY' });
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.6 A-4 / §2.3.2: abolitionist U → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR'], [], { sending_state_abolitionist: 'U' }),
        risks: [risk({ harm_type: 'DEATH_PENALTY' })],
      }),
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['legal_context.sending_state_abolitionist']);
  });

  it('§2.6 A-4: no rule without a treaty — CAT party and abolitionist is not enough', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT'], [], { sending_state_abolitionist: 'Y' }),
        risks: [risk({ harm_type: 'DEATH_PENALTY' })],
      }),
    );
    expect(r.steps.A).toBe(false);
  });

  it('§2.3.2: imposition_unlawful U with ICCPR → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = one(['ICCPR'], { harm_type: 'DEATH_PENALTY', imposition_unlawful_under_art6_2: 'U' });
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].imposition_unlawful_under_art6_2']);
  });
});

describe('§2.6 A-5 ACHR art. 22(8) (F2)', () => {
  it.each(['PERSONAL_INTEGRITY', 'ARBITRARY_DETENTION'] as const)(
    '§2.6 A-5: %s under the ACHR without a ground → ABS_ACHR_22_8 + ACHR_22_8_TEXTUAL_GROUND_ABSENT',
    (harm_type) => {
      const r = one(['ACHR'], { harm_type });
      expect(r.outcome_sub_basis).toBe('ABSOLUTE');
      expect(r.reason_codes).toContain('ABS_ACHR_22_8');
      expect(r.flags).toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
    },
  );

  it('§2.6 A-5 / §2.3.2 (V-12): persecution without a ground — A-5 holds; the flag is pessimistic only', () => {
    const r = one(['ACHR'], { harm_type: 'PERSECUTION_CONVENTION_GROUND' });
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toContain('ABS_ACHR_22_8');
    // V-12 nexus U: optimistic "ground set" (no flag), pessimistic "none" (flag); §2.3.5 keeps a
    // flag of one completion only in bounds.
    expect(r.flags).not.toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
    expect(r.bounds.pessimistic.flags).toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
    expect(r.missing_fields).toEqual([]);
  });

  it('§2.6 A-5: with a Convention ground recorded the textual-ground flag is not raised', () => {
    const r = one(['ACHR'], {
      harm_type: 'ARBITRARY_DETENTION',
      convention_ground: 'POLITICAL_OPINION',
    });
    expect(r.reason_codes).toContain('ABS_ACHR_22_8');
    expect(r.flags).not.toContain('ACHR_22_8_TEXTUAL_GROUND_ABSENT');
  });

  it('§2.6 A-5: life risk under the ACHR holds as A-3 and A-5', () => {
    const r = one(['ACHR'], { harm_type: 'ARBITRARY_DEPRIVATION_OF_LIFE' });
    expect(r.basis).toEqual(expect.arrayContaining(['A-3', 'A-5']));
  });

  it('§2.6 A-5 / §0.5 seed departure (1): detention under the ICCPR alone gives no A', () => {
    const r = one(['ICCPR'], { harm_type: 'ARBITRARY_DETENTION' });
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.6 A-5: no 33(2) / 1F check — exclusions do not defeat it', () => {
    const r = run(
      facts({
        legal_context: lc(['ACHR']),
        risks: [risk({ harm_type: 'ARBITRARY_DETENTION' })],
        host_actions: [
          act({
            offence_class_mission_view: 'EXCLUDABLE_1F',
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
            exclusion_1F: { a: 'Y' },
          }),
        ],
      }),
    );
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
  });
});

describe('§2.6 A-6 enforced disappearance (F7)', () => {
  it.each(['CED', 'ICCPR', 'ECHR', 'ACHR'] as const)(
    '§2.6 A-6: %s applies → ABS_ENFORCED_DISAPPEARANCE',
    (i) => {
      const r = one([i], { harm_type: 'ENFORCED_DISAPPEARANCE' });
      expect(r.reason_codes).toContain('ABS_ENFORCED_DISAPPEARANCE');
      expect(r.H).toBe(5);
    },
  );

  it('§2.6 A-6: CAT (or IACPPT) alone does not cover it → balance', () => {
    expect(one(['CAT'], { harm_type: 'ENFORCED_DISAPPEARANCE' }).outcome).toBe(
      'PERMISSIBLE_ON_BALANCE',
    );
    expect(one(['IACPPT'], { harm_type: 'ENFORCED_DISAPPEARANCE' }).outcome).toBe(
      'PERMISSIBLE_ON_BALANCE',
    );
  });
});

describe('§2.6 A-8 children (CRC; F15)', () => {
  const child = {
    principal: { person_ref: 'P1', nationalities: ['NNX'], age_band: 'CHILD' as const },
  };

  it('§2.6 A-8: a child facing under-age recruitment (severity 4) where the CRC binds → ABS_CRC_CHILD', () => {
    const r = one(['CRC'], { harm_type: 'UNDERAGE_RECRUITMENT' }, child);
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    // Only A-8 among the A-rules (B holds as well: H 4 − I 0, and is listed in basis).
    expect(r.basis.filter((b) => b.startsWith('A-'))).toEqual(['A-8']);
    expect(r.reason_codes).toContain('ABS_CRC_CHILD');
  });

  it('§2.6 A-8: an adult → no A-8 (B: H 4)', () => {
    const r = one(['CRC'], { harm_type: 'UNDERAGE_RECRUITMENT' });
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
  });

  it('§2.6 A-8: severity below 4 (serious injury, threshold N) → no A-8', () => {
    const r = one(
      ['CRC'],
      {
        harm_type: 'SERIOUS_INJURY_OTHER',
        reaches_ill_treatment_threshold_for_subject: 'N',
      },
      child,
    );
    expect(r.steps.A).toBe(false);
  });

  it('§2.6 A-8 / §2.3.2: age_band U → [PERMISSIBLE_ON_BALANCE, PROTECTION_OBLIGATORY]', () => {
    const r = one(
      ['CRC'],
      { harm_type: 'UNDERAGE_RECRUITMENT' },
      {
        principal: { person_ref: 'P1', nationalities: ['NNX'], age_band: 'U' },
      },
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['principal.age_band']);
  });
});

describe('§2.6 IACPPT_APPLIED ("A holds only through IACPPT among HR instruments")', () => {
  it('§2.6: CIDT, IACPPT the only HR instrument → ABS_CIDT + IACPPT_APPLIED', () => {
    const r = one(['IACPPT'], { harm_type: 'CIDT' });
    expect(r.reason_codes).toEqual(expect.arrayContaining(['ABS_CIDT', 'IACPPT_APPLIED']));
  });

  it('§2.6 / §2.13: torture, IACPPT the only HR instrument (CAT and custom also reach it) → IACPPT_APPLIED', () => {
    expect(one(['IACPPT']).reason_codes).toContain('IACPPT_APPLIED');
    expect(one(['CAT', 'IACPPT']).reason_codes).toContain('IACPPT_APPLIED');
  });

  it('§2.6: another HR instrument applies as well → no IACPPT_APPLIED', () => {
    expect(one(['IACPPT', 'ICCPR'], { harm_type: 'CIDT' }).reason_codes).not.toContain(
      'IACPPT_APPLIED',
    );
  });

  it('§2.6: A holds only through a rule IACPPT plays no part in (A-6 via CED) → no IACPPT_APPLIED', () => {
    expect(
      one(['IACPPT', 'CED'], { harm_type: 'ENFORCED_DISAPPEARANCE' }).reason_codes,
    ).not.toContain('IACPPT_APPLIED');
  });
});

describe('§2.6 / §2.15 P2 Step A reads no interference factor', () => {
  it('§2.6 P2: natsec, 1F, the worst offence class, destabilising conduct, a long stay and an honorary consulate leave A untouched', () => {
    const r = run(
      facts({
        mission: {
          premises_type: 'CONSULATE_HONORARY',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
        legal_context: lc(['CAT']),
        risks: [risk()],
        conduct: 'ORGANISING_AGAINST_HOST_GOVERNMENT',
        destabilising_activity_before_entry: 'Y',
        arrival: { arrived_at: plusDays('2026-03-10T12:00:00Z', -400), mode: 'WALK_IN' },
        host_actions: [
          act({
            offence_class_mission_view: 'EXCLUDABLE_1F',
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
            exclusion_1F: { a: 'Y', b: 'Y', c: 'Y' },
          }),
        ],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    // For the record (§2.3.5): 5 (1F, fair) + 2 + 2 + 1 (> 180 days) + 2 (honorary) = 12.
    expect(r.I).toEqual({ total: 12, process: 5, natsec: 2, conduct: 2, duration: 1, premises: 2 });
    expect(r.steps.B).toBe(false);
  });
});
