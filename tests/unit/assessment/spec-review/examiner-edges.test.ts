// Examiner cases, second batch: the corners of SPEC §2.3 (which unknowns make a range and which
// are listed as missing), §2.8/§2.10 interplay, §2.11 deadlines and §2.12 overrides. As in
// examiner.test.ts, every expectation was derived by hand from the paragraph cited.
import { describe, expect, it } from 'vitest';
import { assess } from '../../../../src/main/domain/assessment';
import type { CaseFacts } from '../../../../src/shared/caseFacts';
import { sha256 } from '../../../support/golden';
import { act, AS_OF, facts, J3A, lc, plusDays, risk, run } from './helpers';

const detention = risk({ harm_type: 'ARBITRARY_DETENTION' });
const notEstablished = risk({ present: 'N' });
const politicalCharge = act({ offence_class_mission_view: 'POLITICAL_EXPRESSIVE' });

describe('examiner §2.3 which unknowns matter', () => {
  it('§2.3.5: conduct U when A holds anyway → determinate OBLIGATORY; conduct is listed (B differs) but nothing is decisive', () => {
    // Without a charge B holds in both completions (5 − 2 ≥ 1), so conduct is not even missing.
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk()], conduct: 'U' }));
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.missing_fields).toEqual([]);
    const flipped = run(
      facts({
        legal_context: lc(['CAT']),
        risks: [risk()],
        conduct: 'U',
        host_actions: [act({ offence_class_mission_view: 'ORDINARY_SERIOUS' })],
      }),
    );
    // B: optimistic 5 − 3 = 2 ≥ 1 (holds), pessimistic 5 − 5 = 0 (not met).
    expect(flipped.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(flipped.range).toBeNull();
    expect(flipped.missing_fields).toEqual(['conduct']);
    expect(flipped.decisive_missing_fields).toEqual([]);
    expect(flipped.steps.B).toBe(false);
    expect(flipped.I.conduct).toBe(2);
  });

  it('§2.3.5: a J-3a indicator U changes the J rule (J-3a vs J-3b) → listed, and the alt mode is reported', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        control: {
          physically_on_premises: 'Y',
          request_to_remain_expressed: 'Y',
          staff_custody_or_restriction: 'U',
        },
        risks: [risk()],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3b' });
    expect(r.bounds.optimistic.jurisdiction.rule).toBe('J-3a');
    expect(r.missing_fields).toEqual(['control.staff_custody_or_restriction']);
    // RESTRICTIVE: pessimistic J-3b not established → B (PERMISSIBLE_ON_BALANCE); optimistic J-3a → A-1.
    expect(r.outcome_alt_mode).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range_alt_mode).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
  });

  it('§2.3.2: destination UNKNOWN → optimistic HOST_TERRITORY, pessimistic THIRD_STATE_DIRECT; R-6 only on one side', () => {
    const r = run(facts({ legal_context: lc(['CAT']), risks: [risk({ destination: 'UNKNOWN' })] }));
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['risks[R1].destination']);
    expect(r.flags).not.toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
    expect(r.bounds.optimistic.flags).toContain('CONTESTED_INTERPRETATION_HANDOVER_IN_TERRITORY');
    expect(r.reason_codes).not.toContain('RISK_NOT_LINKED_TO_HANDOVER');
  });

  it('§2.3.2: harm UNKNOWN → optimistic TORTURE (A-1 by custom), pessimistic PROSECUTION_ONLY (H 0)', () => {
    const r = run(facts({ risks: [risk({ harm_type: 'UNKNOWN' })] }));
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.H).toBe(0);
    expect(r.bounds.optimistic.H).toBe(5);
    expect(r.missing_fields).toEqual(['risks[R1].harm_type']);
    expect(r.decisive_missing_fields).toEqual(['risks[R1].harm_type']);
  });

  it('§2.3.2: host-view class UNKNOWN → I_process NONE / EXCLUDABLE_1F', () => {
    const r = run(
      facts({
        risks: [detention],
        host_actions: [
          act({
            offence_class_mission_view: 'POLITICAL_EXPRESSIVE',
            offence_class_host_view: 'UNKNOWN',
          }),
        ],
      }),
    );
    expect(r.I.process).toBe(5);
    expect(r.bounds.optimistic.I_total).toBe(0);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['host_actions[A1].offence_class_host_view']);
  });

  it('§2.3.2: process_integrity UNKNOWN → optimistic PRETEXTUAL (cap 1), pessimistic INDEPENDENT_FAIR', () => {
    const r = run(
      facts({
        risks: [detention],
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_SERIOUS', process_integrity: 'UNKNOWN' }),
        ],
      }),
    );
    expect(r.I.process).toBe(3);
    expect(r.bounds.optimistic.I_total).toBe(1);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['host_actions[A1].process_integrity']);
    // OPERATION_OF_JUSTICE only in the pessimistic completion → not a top-level code.
    expect(r.reason_codes).not.toContain('OPERATION_OF_JUSTICE');
  });

  it('§2.3.2 / §2.12: unknown days with three configured duration brackets take the first and the last', () => {
    const r = run(
      facts({ as_of: undefined, risks: [detention], host_actions: [politicalCharge] }),
      {
        config: {
          interference: {
            duration_days: [
              { upto: 30, points: 0 },
              { upto: 180, points: 1 },
              { upto: null, points: 2 },
            ],
          },
        },
      },
    );
    // Pessimistic 3 − (1 + 2) < 1; optimistic 3 − (1 + 0) ≥ 1.
    expect(r.I.duration).toBe(2);
    expect(r.bounds.optimistic.I_total).toBe(1);
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual(['as_of']);
  });

  it('Appendix A 5: the class EXCLUDABLE_1F defeats Q-1 like a 1F finding', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        risks: [risk({ harm_type: 'CIDT', convention_ground: 'RACE' })],
        host_actions: [act({ offence_class_mission_view: 'EXCLUDABLE_1F' })],
      }),
    );
    expect(r.steps.Q).toBe(false);
    expect(r.reason_codes).toContain('Q_EXCLUDED_1F');
    expect(r.flags).not.toContain('INTERPRETATION_33_2_COUNTRY');
    expect(r.outcome).toBe('NOT_JUSTIFIED'); // B: 4 − 5 < 1
  });

  it('§2.3.2: refugee_definition_met U → Q-1 optimistic only', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'U' },
        risks: [risk({ harm_type: 'CIDT', convention_ground: 'RACE' })],
      }),
    );
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.missing_fields).toEqual(['principal.refugee_definition_met']);
  });

  it('§2.3.2: an exclusion finding U (1F(c)) → Q-1 optimistic only; the exclusion field is listed', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'REFUGEE_1951']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        risks: [risk({ harm_type: 'CIDT', convention_ground: 'RACE' })],
        host_actions: [
          act({ offence_class_mission_view: 'POLITICAL_RELATIVE', exclusion_1F: { c: 'U' } }),
        ],
      }),
    );
    // Pessimistic: excluded → B: 4 − 2 ≥ 1 → PERMISSIBLE_ON_BALANCE. P3: 1F adds nothing to I.
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(r.I.total).toBe(2);
    expect(r.missing_fields).toEqual(['host_actions[A1].exclusion_1F.c']);
  });
});

describe('examiner §2.8 / §2.10 treaty corners', () => {
  it('§2.10: a Caracas case that also meets A → OBLIGATORY with basis [A-1, T-C] (and B), treaty codes kept', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954', 'CAT'], ['CARACAS_1954']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        risks: [risk()],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.basis).toEqual(['A-1', 'T-C', 'B']);
    expect(r.reason_codes).toEqual(
      expect.arrayContaining(['ABS_TORTURE', 'T_CARACAS_GRANTED', 'B_MARGIN_MET']),
    );
  });

  it('T-C-bar: only A/Q can override the bar — A holds, B is BARRED', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954', 'CAT'], ['CARACAS_1954']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        risks: [risk()],
        host_actions: [act({ offence_class_mission_view: 'ORDINARY_MINOR' })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.basis).toEqual(['A-1']);
    expect(r.steps.B).toBe('BARRED');
    expect(r.t.result).toBe('BARS_B');
  });

  it('F18: a reservation to art. III makes T-C2 unknown — pessimistic bar even for a political charge', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954'], {
          caracas_reservations: [{ state: 'SSX', articles: ['III'] }],
        }),
        urgency: { urgency_found_by_granting_state: 'Y' },
        risks: [detention],
        host_actions: [politicalCharge],
      }),
    );
    // Pessimistic: T-C2 unfavourable → BARS_B → NOT_JUSTIFIED; optimistic: CARACAS.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.steps.B).toBe('BARRED');
    expect(r.flags).toContain('RESERVATION_REVIEW');
    expect(r.missing_fields).toEqual(['legal_context.caracas_reservations']);
  });

  it('§2.8: a warship is a legation for Caracas (no NOT_LEGATION code, I_premises 0)', () => {
    const r = run(
      facts({
        mission: {
          premises_type: 'WARSHIP_OR_MILITARY_AIRCRAFT',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        risks: [notEstablished],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.outcome_sub_basis).toBe('CARACAS');
    expect(r.reason_codes).not.toContain('T_CARACAS_NOT_LEGATION');
    expect(r.I.premises).toBe(0);
  });

  it('F19: Havana urgency N → T_HAVANA_NO_URGENCY, no treaty basis and B barred; U → a range', () => {
    const base = {
      legal_context: lc(['HAVANA_1928'], ['HAVANA_1928']),
      risks: [detention],
      host_actions: [politicalCharge],
    };
    const no = run(facts({ ...base, urgency: { urgency_found_by_granting_state: 'N' } }));
    expect(no.t).toEqual({ regime: 'HAVANA', result: 'BARS_B' });
    expect(no.reason_codes).toEqual(
      expect.arrayContaining(['T_HAVANA_NO_URGENCY', 'TREATY_PROHIBITS_GRANT']),
    );
    expect(no.outcome).toBe('NOT_JUSTIFIED');
    const unknown = run(facts({ ...base, urgency: { urgency_found_by_granting_state: 'U' } }));
    expect(unknown.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
  });

  it('T-C1: an administrative order is no charge, so "sought for political reasons" decides', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        arrival: { arrived_at: '2026-03-08T12:00:00Z', sought_for_political_reasons: 'U' },
        risks: [notEstablished],
        host_actions: [
          act({
            type: 'ADMINISTRATIVE_DETENTION_ORDER',
            offence_class_mission_view: 'ADMINISTRATIVE_NON_CRIMINAL',
          }),
        ],
      }),
    );
    // T-C1 fails pessimistically (no bar: T FAILS → B, no engaged risk → NOT_JUSTIFIED).
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.missing_fields).toEqual(['arrival.sought_for_political_reasons']);
    expect(r.steps.T).toBe('FAILS');
  });
});

describe('examiner §2.5 R-2 CAT-only carve-out (F5)', () => {
  it('torture, CAT only: flag and code for any assurance, whatever its reliability; the reliability is never missing', () => {
    for (const reliability of ['UNRELIABLE', 'U', 'RELIABLE'] as const) {
      const r = run(
        facts({
          legal_context: lc(['CAT']),
          risks: [risk({ assurances: { offered_by: 'HHX', reliability } })],
        }),
      );
      expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
      expect(r.flags).toContain('ASSURANCES_NOT_RELIED_ON_CAT');
      expect(r.reason_codes).toContain('ASSURANCES_NOT_RELIED_ON');
      expect(r.missing_fields).toEqual([]);
    }
  });

  it('an UNRELIABLE assessment outside the carve-out emits neither code', () => {
    const r = run(
      facts({
        legal_context: lc(['ICCPR']),
        risks: [risk({ assurances: { offered_by: 'HHX', reliability: 'UNRELIABLE' } })],
      }),
    );
    expect(r.reason_codes).not.toContain('ASSURANCES_NOT_RELIED_ON');
    expect(r.reason_codes).not.toContain('ASSURANCES_RELIED_ON');
  });
});

describe('examiner §2.9 / §2.12 balance corners', () => {
  it('I_process is the maximum over actions; I_natsec counts once', () => {
    const r = run(
      facts({
        risks: [risk({ harm_type: 'CIDT', amounts_to_torture: 'N' })],
        host_actions: [
          act({ action_id: 'A1', offence_class_mission_view: 'POLITICAL_RELATIVE' }),
          act({
            action_id: 'A2',
            offence_class_mission_view: 'ORDINARY_MINOR',
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
          }),
          act({
            action_id: 'A3',
            offence_class_mission_view: 'NONE',
            type: 'EXTRA_LEGAL_MEASURE',
            national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
          }),
        ],
      }),
      { config: { customary_torture_nonrefoulement: false } },
    );
    expect(r.I).toMatchObject({ process: 2, natsec: 2, total: 4 });
    expect(r.outcome).toBe('NOT_JUSTIFIED'); // 4 − 4 < 1
  });

  it('§2.12: premises and conduct weights are configurable', () => {
    const r = run(
      facts({
        mission: {
          premises_type: 'CONSULATE_CAREER',
          sending_state: 'SSX',
          receiving_state: 'HHX',
        },
        risks: [detention],
        conduct: 'EXPRESSIVE',
      }),
      {
        config: { interference: { premises: { CONSULATE_CAREER: 2 }, conduct: { EXPRESSIVE: 1 } } },
      },
    );
    expect(r.I).toMatchObject({ premises: 2, conduct: 1, total: 3 });
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });

  it('§0.5: SENDING_STATE_DOES_NOT_RECOGNISE_DA only on an explicit N', () => {
    const pos = (v: 'Y' | 'N' | 'U') =>
      run(
        facts({
          legal_context: lc([], [], {
            sending_state_positions: { recognises_diplomatic_asylum: v },
          }),
          risks: [notEstablished],
        }),
      ).flags;
    expect(pos('N')).toContain('SENDING_STATE_DOES_NOT_RECOGNISE_DA');
    expect(pos('U')).not.toContain('SENDING_STATE_DOES_NOT_RECOGNISE_DA');
    expect(pos('Y')).not.toContain('SENDING_STATE_DOES_NOT_RECOGNISE_DA');
  });
});

describe('examiner §2.11 P-0 and the deadline', () => {
  it('P-0 alone (no completion of either mode OBLIGATORY): the measure holds but a missed deadline is P-1’s consequence', () => {
    // Custom off, no treaty: the V-10 risk's optimistic TORTURE reaches no A-rule.
    const r = run(
      facts({
        legal_context: lc([]),
        control: J3A,
        evidence: [],
        interim_measure_set_at: plusDays(AS_OF, -4),
      }),
      { config: { customary_torture_nonrefoulement: false } },
    );
    expect(r.interim_measure?.basis).toEqual(['P-0']);
    expect(r.interim_measure?.lapses).toBe(false);
    expect(r.reason_codes).toContain('INTERIM_NO_HANDOVER');
    expect(r.required_actions).toContain('COMPLETE_ASSESSMENT_BEFORE_DEADLINE');
    // §2.11 P-1 row / §2.13: INTERIM_DEADLINE_MISSED and REQUEST_CAPITAL_INSTRUCTION belong to P-1.
    expect(r.reason_codes).not.toContain('INTERIM_DEADLINE_MISSED');
    expect(r.required_actions).not.toContain('REQUEST_CAPITAL_INSTRUCTION');
  });

  it('P-1 with the deadline passed → missed, also when P-0 applies too (GC-12 pattern)', () => {
    const r = run(
      facts({ control: J3A, evidence: [], interim_measure_set_at: plusDays(AS_OF, -4) }),
    );
    expect(r.interim_measure?.basis).toEqual(['P-0', 'P-1']);
    expect(r.reason_codes).toContain('INTERIM_DEADLINE_MISSED');
    expect(r.required_actions).toContain('REQUEST_CAPITAL_INSTRUCTION');
  });
});

describe('examiner §2.2 dependants', () => {
  it('A-8 and R-1b are read from the dependant: a child dependant gets ABS_CRC_CHILD, the adult principal does not', () => {
    const r = run(
      facts({
        legal_context: lc(['CRC', 'CAT']),
        risks: [
          risk({ risk_id: 'R1', harm_type: 'SERIOUS_INJURY_OTHER' }),
          risk({
            risk_id: 'R2',
            subject_ref: 'D1',
            harm_type: 'SERIOUS_INJURY_OTHER',
            reaches_ill_treatment_threshold_for_subject: 'Y',
          }),
        ],
        dependants: [
          { person_ref: 'D1', relationship: 'CHILD', on_premises: true, age_band: 'CHILD' },
        ],
      }),
    );
    // Principal (adult): SERIOUS_INJURY_OTHER (2), no imminent threat → not on balance.
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).toContain('B_LESSER_HARM_NOT_IMMEDIATE');
    // Dependant (child): R-1b → CIDT (4); CAT alone gives no A-2, but A-8 (CRC) holds.
    const d1 = r.subjects[1];
    expect(d1?.risks[0]?.eff_harm).toBe('CIDT');
    expect(d1?.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(d1?.basis).toEqual(['A-8', 'B']);
    expect(d1?.reason_codes).toEqual(
      expect.arrayContaining(['R1B_RELATIVE_THRESHOLD', 'ABS_CRC_CHILD']),
    );
  });

  it('a dependant of unknown age: age_band U → CHILD / ADULT, listed under the dependant path', () => {
    const r = run(
      facts({
        legal_context: lc(['CRC']),
        risks: [
          notEstablished,
          risk({ risk_id: 'R2', subject_ref: 'D1', harm_type: 'UNDERAGE_RECRUITMENT' }),
        ],
        dependants: [{ person_ref: 'D1', relationship: 'OTHER', on_premises: true, age_band: 'U' }],
      }),
    );
    const d1 = r.subjects[1];
    expect(d1?.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
    expect(d1?.missing_fields).toEqual(['dependants[D1].age_band']);
  });
});

describe('examiner §1.4 V-8', () => {
  it('a host action without the mission class (trusted caller) is read as UNKNOWN, with a V-8 warning', () => {
    const f = facts({ risks: [detention], host_actions: [politicalCharge] });
    const action: Record<string, unknown> = { ...f.host_actions?.[0] };
    delete action.offence_class_mission_view;
    const r = assess({ ...f, host_actions: [action] } as CaseFacts, { sha256 });
    // Pessimistic EXCLUDABLE_1F (5, fair): 3 − 5 < 1; optimistic NONE: 3 − 0 ≥ 1.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.I.process).toBe(5);
    expect(r.missing_fields).toEqual(['host_actions[A1].offence_class_mission_view']);
    expect(r.warnings.some((w) => w.startsWith('V-8'))).toBe(true);
    expect(r.trace.some((s) => s.rule === 'V-8')).toBe(true);
  });
});

describe('examiner §2.6 / §2.7 what exceptions can and cannot touch', () => {
  const excludedAction = act({
    offence_class_mission_view: 'POLITICAL_RELATIVE',
    exclusion_1F: { a: 'Y' },
    national_security_allegation: { reasonable_grounds_found_by_mission: 'Y' },
  });

  it('Q-3 has no exceptions: a flagrant-denial risk under ECHR survives 1F and national security', () => {
    const r = run(
      facts({
        legal_context: lc(['ECHR']),
        risks: [
          risk({
            harm_type: 'FLAGRANT_DENIAL_OF_JUSTICE',
            flagrant_denial_category: 'EVIDENCE_OBTAINED_BY_TORTURE',
          }),
        ],
        host_actions: [excludedAction],
      }),
    );
    expect(r.outcome_sub_basis).toBe('TREATY_NO_EXCEPTION');
    expect(r.reason_codes).toContain('Q_FLAGRANT_DENIAL');
  });

  it('A-5 has no 33(2) or 1F check: ACHR arbitrary detention survives both', () => {
    const r = run(
      facts({ legal_context: lc(['ACHR']), risks: [detention], host_actions: [excludedAction] }),
    );
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    expect(r.reason_codes).toContain('ABS_ACHR_22_8');
  });

  it('A-2 via IACPPT alone → ABS_CIDT and IACPPT_APPLIED; with ICCPR as well, no IACPPT_APPLIED', () => {
    const cidt = risk({ harm_type: 'CIDT' });
    const only = run(facts({ legal_context: lc(['IACPPT']), risks: [cidt] }));
    expect(only.reason_codes).toEqual(expect.arrayContaining(['ABS_CIDT', 'IACPPT_APPLIED']));
    const both = run(facts({ legal_context: lc(['IACPPT', 'ICCPR']), risks: [cidt] }));
    expect(both.reason_codes).toContain('ABS_CIDT');
    expect(both.reason_codes).not.toContain('IACPPT_APPLIED');
  });

  it('A-6 via ACHR; A-3 via ECHR', () => {
    expect(
      run(
        facts({
          legal_context: lc(['ACHR']),
          risks: [risk({ harm_type: 'ENFORCED_DISAPPEARANCE' })],
        }),
      ).reason_codes,
    ).toContain('ABS_ENFORCED_DISAPPEARANCE');
    expect(
      run(
        facts({
          legal_context: lc(['ECHR']),
          risks: [risk({ harm_type: 'ARBITRARY_DEPRIVATION_OF_LIFE' })],
        }),
      ).reason_codes,
    ).toContain('ABS_LIFE');
  });

  it('§2.3.4: a contested CAT under RESTRICTIVE with J-3a still leaves A-1 to custom; without custom it falls to B', () => {
    const f = facts({
      legal_context: lc(['CAT'], [], {
        sending_state_positions: { contests_extraterritoriality: ['CAT'] },
      }),
      risks: [risk()],
    });
    const custom = run(f);
    expect(custom.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(custom.outcome_alt_mode).toBe('PROTECTION_OBLIGATORY');
    const noCustom = run(f, { config: { customary_torture_nonrefoulement: false } });
    expect(noCustom.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(noCustom.outcome_alt_mode).toBe('PERMISSIBLE_ON_BALANCE');
    // P-1 reads both modes; the configured mode is OBLIGATORY anyway.
    expect(noCustom.interim_measure?.basis).toEqual(['P-1']);
  });
});

describe('examiner §2.11 guidance over ranges (F12g)', () => {
  it('INSUFFICIENT [ON_BALANCE, TREATY_BASIS] → MAY_SHELTER (pessimistic rank 2), no interim', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        arrival: { arrived_at: '2026-03-08T12:00:00Z', sought_for_political_reasons: 'U' },
        risks: [detention],
      }),
    );
    // No charge: T-C1 rests on sought_for_political_reasons; pessimistic T FAILS (no bar) → B.
    expect(r.range).toEqual(['PERMISSIBLE_ON_BALANCE', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.guidance).toBe('MAY_SHELTER');
    expect(r.interim_measure).toBeNull();
    expect(r.flags).toContain('SEED_PROPOSAL_NOT_SETTLED_LAW');
  });
});

describe('examiner §2.2 trace: one line per §2.8 rule', () => {
  it('Caracas: T-C1, T-C2, T-C3 each have a line with their article authority; the failing one carries its code', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        risks: [notEstablished],
        host_actions: [
          act({ type: 'ARREST_WARRANT', offence_class_mission_view: 'ORDINARY_MINOR' }),
        ],
      }),
    );
    const line = (rule: string) => r.trace.find((s) => s.rule === rule);
    expect(line('T-C1')).toMatchObject({
      result: false,
      reason_codes: ['T_CARACAS_NOT_POLITICAL'],
    });
    expect(line('T-C2')).toMatchObject({ result: false, reason_codes: ['T_CARACAS_ART_III_BAR'] });
    expect(line('T-C2')?.authorities).toContain('TREATY_CARACAS_ART3');
    expect(line('T-C3')).toMatchObject({ result: true, reason_codes: [] });
    expect(line('T-C')?.reason_codes).toEqual(['TREATY_PROHIBITS_GRANT']);
    // Codes keep the order of the rules: T-C1, T-C2, then the bar.
    const t = r.reason_codes.filter((c) => c.startsWith('T') && c !== 'T_CARACAS_GRANTED');
    expect(t).toEqual([
      'T_CARACAS_NOT_POLITICAL',
      'T_CARACAS_ART_III_BAR',
      'TREATY_PROHIBITS_GRANT',
    ]);
  });

  it('Havana: art. 1 (T-H1) and art. 2 (T-H2) lines', () => {
    const r = run(
      facts({
        legal_context: lc(['HAVANA_1928'], ['HAVANA_1928']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        risks: [notEstablished],
        host_actions: [politicalCharge],
      }),
    );
    expect(r.trace.find((s) => s.rule === 'T-H1')?.result).toBe(true);
    expect(r.trace.find((s) => s.rule === 'T-H2')?.result).toBe(true);
    expect(r.trace.find((s) => s.rule === 'T-H')?.reason_codes).toEqual(['T_HAVANA_GRANTED']);
  });
});
