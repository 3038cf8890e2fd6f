import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateDepartureGuard,
  type GuardInput,
} from '../../../src/main/domain/review/departureGuard';
import { DESTINATIONS } from '../../../src/shared/caseFacts/enums';
import { FINAL_OUTCOMES } from '../../../src/shared/assessment/result';
import {
  DEPARTURE_TYPES,
  JUSTIFICATION_MIN_CHARS,
  SIGNOFF_ROLES,
} from '../../../src/shared/schemas/assessment';

const JUSTIFICATION = 'x'.repeat(JUSTIFICATION_MIN_CHARS);
const ALL = SIGNOFF_ROLES.map((role) => ({ role }));

const input = (over: Partial<GuardInput> = {}): GuardInput => ({
  subjectRef: 'P1',
  type: 'HANDOVER_TO_HOST_AUTHORITIES',
  destination: null,
  current: {
    version: 1,
    outcome: 'NOT_JUSTIFIED',
    altOutcome: null,
    guard: {
      bars_handover: false,
      engaged_destinations: [],
      voluntary_departure_needs_signoff: false,
      override_is_of_absolute_bar: false,
    },
  },
  interviewOnFile: true,
  decisionOnFinal: true,
  signoffs: [],
  justification: '',
  informedConsentInterviewRef: '',
  ...over,
});

const obligatory = (absolute: boolean): GuardInput['current'] => ({
  version: 2,
  outcome: 'PROTECTION_OBLIGATORY',
  altOutcome: 'PERMISSIBLE_ON_BALANCE',
  guard: {
    bars_handover: true,
    engaged_destinations: ['HOST_TERRITORY'],
    voluntary_departure_needs_signoff: true,
    override_is_of_absolute_bar: absolute,
  },
});

describe('evaluateDepartureGuard (SPEC §2.11 P-6)', { timeout: 60_000 }, () => {
  it('allows a handover when (i) the interview, (ii) the decision and (iii) no obligation all hold', () => {
    expect(evaluateDepartureGuard(input())).toMatchObject({
      guarded: true,
      allowed: true,
      compliance: 'CLEAR',
      problems: [],
    });
  });

  it.each([
    ['interviewOnFile', 'INTERVIEW'],
    ['decisionOnFinal', 'DECISION_ON_FINAL'],
  ] as const)('refuses a handover without %s', (field, id) => {
    const v = evaluateDepartureGuard(input({ [field]: false }));
    expect(v.allowed).toBe(false);
    expect(v.problems.map((p) => p.path)).toEqual([
      `conditions.${id}`,
      'override.signoffs',
      'override.justification',
    ]);
    expect(v.requiredSignoffs).toEqual(['LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK']);
  });

  it('explains an obligatory outcome in plain words, with the other mode when it differs', () => {
    const v = evaluateDepartureGuard(input({ current: obligatory(true) }));
    expect(v.conditions.find((c) => c.id === 'NOT_OBLIGATORY')?.explanation).toBe(
      'Assessment version 2 finds that protection is, or may be, obligatory for P1 (Protection obligatory; under the other interpretation: Permissible on balance).',
    );
  });

  it('an override with all three sign-offs and a justification is allowed, and flagged for what it overrides', () => {
    const over = { signoffs: ALL, justification: JUSTIFICATION };
    expect(evaluateDepartureGuard(input({ current: obligatory(false), ...over }))).toMatchObject({
      allowed: true,
      compliance: 'OVERRIDE',
    });
    expect(evaluateDepartureGuard(input({ current: obligatory(true), ...over }))).toMatchObject({
      allowed: true,
      compliance: 'OVERRIDE_OF_ABSOLUTE_BAR',
    });
    expect(
      evaluateDepartureGuard(
        input({
          current: obligatory(true),
          signoffs: ALL,
          justification: 'x'.repeat(JUSTIFICATION_MIN_CHARS - 1),
        }),
      ).allowed,
    ).toBe(false);
  });

  it('guards a transfer only towards an engaged risk, and an unknown destination always', () => {
    const current = obligatory(true);
    const transfer = (destination: GuardInput['destination']) =>
      evaluateDepartureGuard(input({ type: 'TRANSFER_TO_THIRD_STATE', destination, current }))
        .guarded;
    expect(transfer('HOST_TERRITORY')).toBe(true);
    expect(transfer('THIRD_STATE_DIRECT')).toBe(false);
    expect(transfer('THIRD_STATE_ONWARD')).toBe(false);
    expect(transfer('UNKNOWN')).toBe(true);
    expect(transfer(null)).toBe(true);
    // Never assessed: fail closed.
    expect(
      evaluateDepartureGuard(
        input({
          type: 'DEPARTURE_UNDER_SAFE_CONDUCT',
          destination: 'THIRD_STATE_DIRECT',
          current: null,
        }),
      ).guarded,
    ).toBe(true);
  });

  it('does not guard hospital transfers, transfers to another mission, absconding or death', () => {
    for (const type of [
      'HOSPITAL_TRANSFER',
      'TRANSFER_TO_OTHER_MISSION',
      'ABSCONDED',
      'DECEASED',
    ] as const) {
      expect(evaluateDepartureGuard(input({ type, current: obligatory(true) }))).toMatchObject({
        guarded: false,
        allowed: true,
        compliance: 'CLEAR',
      });
    }
  });

  it('a voluntary departure while P-1 is active needs the legal adviser and a consent interview', () => {
    const v = evaluateDepartureGuard(
      input({ type: 'VOLUNTARY_DEPARTURE_INTO_HOST', current: obligatory(true) }),
    );
    expect(v).toMatchObject({
      guarded: true,
      allowed: false,
      needsInformedConsent: true,
      requiredSignoffs: ['LEGAL_ADVISER'],
    });
    expect(
      evaluateDepartureGuard(
        input({
          type: 'VOLUNTARY_DEPARTURE_INTO_HOST',
          current: obligatory(true),
          signoffs: [{ role: 'LEGAL_ADVISER' }],
          informedConsentInterviewRef: 'INT-3',
        }),
      ),
    ).toMatchObject({ allowed: true, compliance: 'CLEAR' });
    expect(evaluateDepartureGuard(input({ type: 'VOLUNTARY_DEPARTURE_INTO_HOST' }))).toMatchObject({
      guarded: false,
      allowed: true,
    });
  });

  const arbInput: fc.Arbitrary<GuardInput> = fc.record({
    subjectRef: fc.constantFrom('P1', 'D1'),
    type: fc.constantFrom(...DEPARTURE_TYPES),
    destination: fc.option(fc.constantFrom(...DESTINATIONS), { nil: null }),
    current: fc.option(
      fc.record({
        version: fc.integer({ min: 1, max: 9 }),
        outcome: fc.constantFrom(...FINAL_OUTCOMES),
        altOutcome: fc.option(fc.constantFrom(...FINAL_OUTCOMES), { nil: null }),
        guard: fc.record({
          bars_handover: fc.boolean(),
          engaged_destinations: fc.subarray([...DESTINATIONS]),
          voluntary_departure_needs_signoff: fc.boolean(),
          override_is_of_absolute_bar: fc.boolean(),
        }),
      }),
      { nil: null },
    ),
    interviewOnFile: fc.boolean(),
    decisionOnFinal: fc.boolean(),
    signoffs: fc.subarray(ALL),
    justification: fc.constantFrom('', 'short', JUSTIFICATION),
    informedConsentInterviewRef: fc.constantFrom('', 'INT-1'),
  });

  it('property: a handover the engine bars is never recorded as compliant (F3c)', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const v = evaluateDepartureGuard({ ...i, type: 'HANDOVER_TO_HOST_AUTHORITIES' });
        if (i.current === null || i.current.guard.bars_handover) {
          expect(v.compliance).not.toBe('CLEAR');
        }
        if (
          v.allowed &&
          i.current?.guard.override_is_of_absolute_bar &&
          i.current.guard.bars_handover
        ) {
          expect(v.compliance).toBe('OVERRIDE_OF_ABSOLUTE_BAR');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('property: allowed ⇔ no problems; an allowed override has all three sign-offs and a justification', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const v = evaluateDepartureGuard(i);
        expect(v.allowed).toBe(v.problems.length === 0);
        expect(v.allowed).toBe(v.compliance !== null);
        if (v.compliance === 'OVERRIDE' || v.compliance === 'OVERRIDE_OF_ABSOLUTE_BAR') {
          expect(new Set(i.signoffs.map((s) => s.role))).toEqual(new Set(SIGNOFF_ROLES));
          expect(i.justification.length).toBeGreaterThanOrEqual(JUSTIFICATION_MIN_CHARS);
          expect(v.conditions.some((c) => !c.met)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
