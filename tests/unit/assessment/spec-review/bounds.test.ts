// SPEC §2.3 bounds evaluation (§2.3.1 principle, §2.3.2 two-run optimistic offence class,
// §2.3.4 interpretation modes, §2.3.5 reporting: H/I of the pessimistic completion, common codes,
// missing_fields and decisive_missing_fields) and §2.10 Step O precedence. Expected values
// derived by hand from the SPEC text.
import { describe, expect, it } from 'vitest';
import { act, facts, J3B, lc, risk, run } from './helpers';

describe('§2.3.1 determinate vs INSUFFICIENT_INFORMATION', () => {
  it('§2.3.1: an unknown that no compared result depends on leaves the outcome determinate (GC-01 pattern)', () => {
    const r = run(
      facts({ legal_context: lc(['CAT']), risks: [risk({ present: 'N', real: 'U' })] }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.range).toBeNull();
    expect(r.missing_fields).toEqual([]);
    expect(r.decisive_missing_fields).toEqual([]);
  });

  it('§2.3.1: equal ranks with different sub-bases → determinate, with the pessimistic sub-basis', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951', 'CAT']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        risks: [
          risk({
            harm_type: 'CIDT',
            amounts_to_torture: 'U',
            convention_ground: 'POLITICAL_OPINION',
            destination: 'THIRD_STATE_ONWARD',
          }),
        ],
      }),
    );
    // Optimistic TORTURE → A-1 (ABSOLUTE); pessimistic CIDT (CAT only: no A-2) → Q-1 (QUALIFIED).
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.bounds.optimistic.sub_basis).toBe('ABSOLUTE');
    expect(r.bounds.pessimistic.sub_basis).toBe('QUALIFIED');
    // §2.3.5: R and A differ between the completions, so the field is missing; the result is
    // determinate, so nothing is decisive (F12f: INSUFFICIENT only).
    expect(r.missing_fields).toEqual(['risks[R1].amounts_to_torture']);
    expect(r.decisive_missing_fields).toEqual([]);
  });
});

describe('§2.3.2 UNKNOWN mission offence class: optimistic NONE and POLITICAL_EXPRESSIVE runs', () => {
  it('§2.3.2: equal ranks → the NONE run is kept (optimistic I_total 0, not 1)', () => {
    const r = run(
      facts({
        risks: [risk({ harm_type: 'CIDT' })],
        host_actions: [act({ type: 'INVESTIGATION', offence_class_mission_view: 'UNKNOWN' })],
      }),
    );
    // Pessimistic EXCLUDABLE_1F (5, fair): 4 − 5 < 1 → NOT_JUSTIFIED. Optimistic: both runs
    // PERMISSIBLE_ON_BALANCE (4 − 0, 4 − 1) → tie → NONE.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.I.total).toBe(5);
    expect(r.bounds.optimistic.I_total).toBe(0);
    expect(r.missing_fields).toEqual(['host_actions[A1].offence_class_mission_view']);
  });

  it('§2.3.2: the POLITICAL_EXPRESSIVE run wins when it ranks higher (Caracas T-C1)', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954']),
        urgency: { urgency_found_by_granting_state: 'Y' },
        risks: [risk({ present: 'N' })],
        host_actions: [act({ type: 'ARREST_WARRANT', offence_class_mission_view: 'UNKNOWN' })],
      }),
    );
    // Pessimistic EXCLUDABLE_1F warrant → art. III bar → NOT_JUSTIFIED. NONE run: no charge and
    // not sought → T-C1 fails → NOT_JUSTIFIED. EXPRESSIVE run: T-C1 holds → CARACAS.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_TREATY_BASIS']);
    expect(r.bounds.optimistic.sub_basis).toBe('CARACAS');
    expect(r.bounds.optimistic.I_total).toBe(1);
    expect(r.missing_fields).toContain('host_actions[A1].offence_class_mission_view');
  });
});

describe('§2.3.5 missing_fields and decisive_missing_fields (GC-10 pattern)', () => {
  it('§2.3.5: limbs U without evidence and conduct U → conduct is missing but not decisive', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT', 'ICCPR']),
        conduct: 'U',
        risks: [
          {
            risk_id: 'R1',
            harm_type: 'ARBITRARY_DEPRIVATION_OF_LIFE',
            perpetrator: 'HOST_STATE_AGENTS',
            destination: 'HOST_TERRITORY',
            foreseeable: 'U',
            personal: 'U',
            present: 'U',
            real: 'U',
          },
        ],
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    // B differs too (pessimistic: no engaged risk; optimistic: 5 − 0), so conduct is missing.
    expect(r.missing_fields).toEqual([
      'conduct',
      'risks[R1].evidence',
      'risks[R1].foreseeable',
      'risks[R1].personal',
      'risks[R1].present',
      'risks[R1].real',
    ]);
    // J/R fields plus the highest-ranked differing step group (A), not B.
    expect(r.decisive_missing_fields).toEqual([
      'risks[R1].evidence',
      'risks[R1].foreseeable',
      'risks[R1].personal',
      'risks[R1].present',
      'risks[R1].real',
    ]);
    expect(r.bounds.optimistic.reason_codes).toContain('ABS_LIFE');
    // §2.3.5: H and I are the pessimistic completion's.
    expect(r.H).toBe(0);
    expect(r.I.conduct).toBe(2);
    expect(r.bounds.optimistic.H).toBe(5);
    expect(r.bounds.optimistic.I_total).toBe(0);
  });

  it('§2.3.5: only INSUFFICIENT results carry decisive fields; missing_fields is sorted', () => {
    const r = run(
      facts({
        legal_context: lc(['CAT']),
        conduct: 'U',
        destabilising_activity_before_entry: 'U',
        risks: [risk({ harm_type: 'CIDT' })],
        host_actions: [
          act({ offence_class_mission_view: 'ORDINARY_MINOR', process_integrity: 'UNKNOWN' }),
        ],
      }),
    );
    // Pessimistic I: 2 (fair) + 2 (organising) = 4 → 4 − 4 < 1. Optimistic: 1 (pretextual cap),
    // conduct 0 → 4 − 1 ≥ 1.
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.missing_fields).toEqual([
      'conduct',
      'destabilising_activity_before_entry',
      'host_actions[A1].process_integrity',
    ]);
    expect(r.decisive_missing_fields).toEqual(r.missing_fields);
  });
});

describe('§2.3.4 interpretation modes (F3a, F8)', () => {
  it('§2.3.4: the alternative mode runs the bounds too and may be INSUFFICIENT (GC-12 pattern)', () => {
    const r = run(
      facts({
        control: J3B,
        legal_context: lc(['ICCPR', 'CAT', 'ECHR']),
        urgency: { imminent_threat: 'U' },
      }),
    );
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.outcome_alt_mode).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range_alt_mode).toEqual(['NOT_JUSTIFIED', 'PERMISSIBLE_ON_BALANCE']);
    expect(r.outcome_sub_basis_alt_mode).toBeNull();
  });

  it('§2.3.4 / §2.15 P8: the RESTRICTIVE outcome never ranks above the TREATY_BODY one', () => {
    const f = facts({
      control: J3B,
      legal_context: lc(['ICCPR']),
      risks: [risk({ harm_type: 'CIDT' })],
    });
    const tb = run(f);
    const rs = run(f, { config: { extraterritoriality_mode: 'RESTRICTIVE' } });
    expect([tb.outcome, tb.outcome_alt_mode]).toEqual([
      'PROTECTION_OBLIGATORY',
      'PERMISSIBLE_ON_BALANCE',
    ]);
    expect([rs.outcome, rs.outcome_alt_mode]).toEqual([
      'PERMISSIBLE_ON_BALANCE',
      'PROTECTION_OBLIGATORY',
    ]);
    // H, I, codes and flags belong to the configured mode.
    expect(tb.reason_codes).toContain('ABS_CIDT');
    expect(rs.reason_codes).not.toContain('ABS_CIDT');
  });
});

describe('§2.10 Step O precedence and NO_GENERAL_LEGAL_BASIS', () => {
  it('§2.10: Q beats T; basis lists every step that holds', () => {
    const r = run(
      facts({
        legal_context: lc(['REFUGEE_1951', 'CARACAS_1954'], ['CARACAS_1954']),
        principal: { person_ref: 'P1', nationalities: ['NNX'], refugee_definition_met: 'Y' },
        urgency: { urgency_found_by_granting_state: 'Y' },
        host_actions: [
          act({ type: 'ARREST_WARRANT', offence_class_mission_view: 'POLITICAL_EXPRESSIVE' }),
        ],
        risks: [risk({ harm_type: 'CIDT', convention_ground: 'POLITICAL_OPINION' })],
      }),
    );
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis).toBe('QUALIFIED');
    expect(r.basis).toEqual(['Q-1', 'T-C', 'B']);
    expect(r.reason_codes).toEqual(expect.arrayContaining(['Q_REFUGEE_33_1', 'T_CARACAS_GRANTED']));
  });

  it('§2.10: NO_GENERAL_LEGAL_BASIS is a flag whatever the outcome and a reason code only with NOT_JUSTIFIED', () => {
    const obligatory = run(facts({ legal_context: lc(['CAT']), risks: [risk()] }));
    expect(obligatory.flags).toContain('NO_GENERAL_LEGAL_BASIS');
    expect(obligatory.reason_codes).not.toContain('NO_GENERAL_LEGAL_BASIS');
    const balance = run(facts({ risks: [risk({ harm_type: 'CIDT' })] }));
    expect(balance.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(balance.flags).toContain('NO_GENERAL_LEGAL_BASIS');
    expect(balance.reason_codes).not.toContain('NO_GENERAL_LEGAL_BASIS');
    const none = run(facts({ risks: [risk({ harm_type: 'CIDT', real: 'N' })] }));
    expect(none.outcome).toBe('NOT_JUSTIFIED');
    expect(none.reason_codes).toContain('NO_GENERAL_LEGAL_BASIS');
  });

  it('§2.10: NOT_JUSTIFIED between Caracas parties (T-C-bar) carries no NO_GENERAL_LEGAL_BASIS', () => {
    const r = run(
      facts({
        legal_context: lc(['CARACAS_1954'], ['CARACAS_1954']),
        host_actions: [act({ offence_class_mission_view: 'ORDINARY_SERIOUS' })],
        risks: [risk({ harm_type: 'CIDT' })],
      }),
    );
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.reason_codes).not.toContain('NO_GENERAL_LEGAL_BASIS');
    expect(r.flags).not.toContain('NO_GENERAL_LEGAL_BASIS');
  });
});
