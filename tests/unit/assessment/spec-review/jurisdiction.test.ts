// SPEC §2.4 Step J (J-1, J-3a, J-3b, J-2, checked in that order; F8) and the interpretation modes
// of §2.3.4. Expected values derived by hand from the SPEC text.
import { describe, expect, it } from 'vitest';
import type { ControlFacts } from '../../../../src/shared/caseFacts';
import { facts, J3A, J3B, lc, risk, run } from './helpers';

const torture = { legal_context: lc(['CAT']), risks: [risk()] };

describe('§2.4 J-1 not on the premises', () => {
  it('§2.4 J-1: physically_on_premises = N → NOT_ESTABLISHED, even with staff custody', () => {
    const r = run(facts({ ...torture, control: { ...J3A, physically_on_premises: 'N' } }));
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-1' });
    expect(r.reason_codes).toContain('J_NOT_ON_PREMISES');
    // §2.6: A needs J; §2.9 B precondition (1) fails → NOT_JUSTIFIED (P11).
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('NOT_JUSTIFIED');
  });
});

describe('§2.4 J-3a authority and control (F8)', () => {
  const indicators: [string, Partial<ControlFacts>, string?][] = [
    ['staff_custody_or_restriction', { staff_custody_or_restriction: 'Y' }],
    ['movement_restricted_by_mission', { movement_restricted_by_mission: 'Y' }],
    [
      'mission_contemplating_ejection_or_handover',
      { mission_contemplating_ejection_or_handover: 'Y' },
    ],
    ['host_requested_entry_or_surrender', { host_requested_entry_or_surrender: 'Y' }],
    ['arrival.mode = BROUGHT_BY_STAFF', {}, 'BROUGHT_BY_STAFF'],
  ];

  it.each(indicators)('§2.4 J-3a: %s alone establishes jurisdiction', (_name, control, mode) => {
    const r = run(
      facts({
        ...torture,
        control: { physically_on_premises: 'Y', request_to_remain_expressed: 'N', ...control },
        ...(mode === undefined ? {} : { arrival: { arrived_at: null, mode: 'BROUGHT_BY_STAFF' } }),
      }),
    );
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3a' });
    expect(r.reason_codes).toContain('J_AUTHORITY_AND_CONTROL');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
  });

  it('§2.4 J-3a dominates J-3b: custody and a request → J-3a, no CONTESTED_JURISDICTION_BASIS, no alternative mode', () => {
    const r = run(facts(torture));
    expect(r.jurisdiction.rule).toBe('J-3a');
    expect(r.flags).not.toContain('CONTESTED_JURISDICTION_BASIS');
    // §2.3.4: nothing contested and J-3b in neither completion → not reported.
    expect(r.outcome_alt_mode).toBeNull();
    expect(r.range_alt_mode).toBeNull();
  });

  it('§2.4 J-3a is not mode-dependent: RESTRICTIVE keeps it established', () => {
    const r = run(facts(torture), { config: { extraterritoriality_mode: 'RESTRICTIVE' } });
    expect(r.mode).toBe('RESTRICTIVE');
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3a' });
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
  });
});

describe('§2.4 J-3b request to remain only (F8)', () => {
  it('§2.4 J-3b: TREATY_BODY → ESTABLISHED; flag; the RESTRICTIVE alternative is reported', () => {
    const r = run(facts({ ...torture, control: J3B }));
    expect(r.jurisdiction).toEqual({ status: 'ESTABLISHED', rule: 'J-3b' });
    expect(r.reason_codes).toContain('J_REQUEST_TO_REMAIN_ONLY');
    expect(r.flags).toContain('CONTESTED_JURISDICTION_BASIS');
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    // RESTRICTIVE: J-3b not established → no A; B: H 5 − I 0 ≥ 1 → on balance.
    expect(r.outcome_alt_mode).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.outcome_sub_basis_alt_mode).toBeNull();
  });

  it('§2.4 J-3b / §2.3.4: configured RESTRICTIVE → NOT_ESTABLISHED (flag kept); TREATY_BODY is the alternative', () => {
    const r = run(facts({ ...torture, control: J3B }), {
      config: { extraterritoriality_mode: 'RESTRICTIVE' },
    });
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-3b' });
    expect(r.flags).toContain('CONTESTED_JURISDICTION_BASIS');
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.outcome_alt_mode).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis_alt_mode).toBe('ABSOLUTE');
  });
});

describe('§2.4 J-2 no de facto control (M.N. v Belgium)', () => {
  it('§2.4 J-2: on the premises, no control indicator, no request → NOT_ESTABLISHED', () => {
    const r = run(
      facts({
        ...torture,
        control: { physically_on_premises: 'Y', request_to_remain_expressed: 'N' },
      }),
    );
    expect(r.jurisdiction).toEqual({ status: 'NOT_ESTABLISHED', rule: 'J-2' });
    expect(r.reason_codes).toContain('J_NO_DE_FACTO_CONTROL');
    // No request: B precondition (2) fails; no J → no A → NOT_JUSTIFIED; P-5 with J-2 refers.
    expect(r.outcome).toBe('NOT_JUSTIFIED');
    expect(r.required_actions).toContain('REFER_TO_VISA_OR_HUMANITARIAN_ADMISSION_CHANNEL');
    expect(r.outcome_alt_mode).toBeNull();
  });
});

describe('§2.4 instruments that apply; CONTESTED_EXTRATERRITORIALITY', () => {
  const cidt = (control: ControlFacts) =>
    facts({
      control,
      legal_context: lc(['ICCPR', 'ECHR'], [], {
        sending_state_positions: { contests_extraterritoriality: ['ICCPR'] },
      }),
      risks: [risk({ harm_type: 'CIDT' })],
    });

  it('§2.4: J established and a contested list → flag; alternative mode reported although J-3a', () => {
    const r = run(cidt(J3A));
    expect(r.flags).toContain('CONTESTED_EXTRATERRITORIALITY');
    expect(r.outcome_sub_basis).toBe('ABSOLUTE');
    // RESTRICTIVE drops ICCPR only; ECHR still applies → A-2 holds in the other mode too.
    expect(r.outcome_alt_mode).toBe('PROTECTION_OBLIGATORY');
    expect(r.outcome_sub_basis_alt_mode).toBe('ABSOLUTE');
  });

  it('§2.4: the flag needs J established (J-2 with a contested list: no flag)', () => {
    const r = run(cidt({ physically_on_premises: 'Y', request_to_remain_expressed: 'N' }));
    expect(r.flags).not.toContain('CONTESTED_EXTRATERRITORIALITY');
    // §2.3.4: the contested list alone makes the alternative mode reported.
    expect(r.outcome_alt_mode).toBe('NOT_JUSTIFIED');
  });

  it('§2.4 / §2.3.4 RESTRICTIVE: the only HR instrument contested → A-2 fails, balance decides', () => {
    const f = facts({
      legal_context: lc(['ICCPR'], [], {
        sending_state_positions: { contests_extraterritoriality: ['ICCPR'] },
      }),
      risks: [risk({ harm_type: 'CIDT' })],
    });
    const r = run(f, { config: { extraterritoriality_mode: 'RESTRICTIVE' } });
    expect(r.steps.A).toBe(false);
    expect(r.outcome).toBe('PERMISSIBLE_ON_BALANCE');
    expect(r.outcome_alt_mode).toBe('PROTECTION_OBLIGATORY');
  });
});

describe('§2.4 / §2.3.2 unknown control facts', () => {
  it('§2.3.2: physically_on_premises U → optimistic J-3a, pessimistic J-1 → INSUFFICIENT', () => {
    const r = run(facts({ ...torture, control: { ...J3A, physically_on_premises: 'U' } }));
    expect(r.range).toEqual(['NOT_JUSTIFIED', 'PROTECTION_OBLIGATORY']);
    expect(r.jurisdiction.rule).toBe('J-1');
    expect(r.bounds.optimistic.jurisdiction.rule).toBe('J-3a');
    expect(r.missing_fields).toEqual(['control.physically_on_premises']);
    expect(r.decisive_missing_fields).toEqual(['control.physically_on_premises']);
  });

  it('§2.3.2 / §2.3.4: custody U with a request → optimistic J-3a, pessimistic J-3b; alternative reported', () => {
    const r = run(facts({ ...torture, control: { ...J3A, staff_custody_or_restriction: 'U' } }));
    // TREATY_BODY: both completions establish J → A-1 either way → determinate.
    expect(r.outcome).toBe('PROTECTION_OBLIGATORY');
    expect(r.jurisdiction.rule).toBe('J-3b');
    // RESTRICTIVE: optimistic J-3a → A-1; pessimistic J-3b not established → B (5 − 0).
    expect(r.outcome_alt_mode).toBe('INSUFFICIENT_INFORMATION');
    expect(r.range_alt_mode).toEqual(['PERMISSIBLE_ON_BALANCE', 'PROTECTION_OBLIGATORY']);
  });
});
