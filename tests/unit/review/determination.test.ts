import { describe, expect, it } from 'vitest';
import { classifyDetermination, reviewState } from '../../../src/main/domain/review/determination';
import type { HandoverGuard } from '../../../src/shared/assessment/result';

const guard = (over: Partial<HandoverGuard> = {}): HandoverGuard => ({
  bars_handover: false,
  engaged_destinations: [],
  voluntary_departure_needs_signoff: false,
  override_is_of_absolute_bar: false,
  ...over,
});

describe('classifyDetermination (SPEC §4.2 #8b, F3c)', () => {
  it('agreement takes the engine’s outcome and needs nothing more', () => {
    expect(
      classifyDetermination(
        { outcome: 'NOT_JUSTIFIED', handover_guard: guard() },
        'AGREE',
        undefined,
      ),
    ).toEqual({
      ok: true,
      value: { humanOutcome: 'NOT_JUSTIFIED', overrideKind: 'NONE', needsCapitalDesk: false },
    });
  });

  it('an override must name another outcome', () => {
    const s = { outcome: 'NOT_JUSTIFIED' as const, handover_guard: guard() };
    expect(classifyDetermination(s, 'OVERRIDE', undefined).ok).toBe(false);
    expect(classifyDetermination(s, 'OVERRIDE', 'NOT_JUSTIFIED').ok).toBe(false);
    expect(classifyDetermination(s, 'OVERRIDE', 'PERMISSIBLE_ON_BALANCE')).toEqual({
      ok: true,
      value: {
        humanOutcome: 'PERMISSIBLE_ON_BALANCE',
        overrideKind: 'OVERRIDE',
        needsCapitalDesk: false,
      },
    });
  });

  it('overriding a possibly obligatory outcome downward needs the capital desk', () => {
    const insufficient = {
      outcome: 'INSUFFICIENT_INFORMATION' as const,
      handover_guard: guard({ bars_handover: true }),
    };
    expect(classifyDetermination(insufficient, 'OVERRIDE', 'NOT_JUSTIFIED')).toMatchObject({
      value: { overrideKind: 'OVERRIDE', needsCapitalDesk: true },
    });
    // Upward to obligatory: no capital sign-off needed.
    expect(classifyDetermination(insufficient, 'OVERRIDE', 'PROTECTION_OBLIGATORY')).toMatchObject({
      value: { overrideKind: 'OVERRIDE', needsCapitalDesk: false },
    });
  });

  it('overriding an absolute bar is recorded as OVERRIDE_OF_ABSOLUTE_BAR', () => {
    const absolute = {
      outcome: 'PROTECTION_OBLIGATORY' as const,
      handover_guard: guard({ bars_handover: true, override_is_of_absolute_bar: true }),
    };
    for (const to of [
      'NOT_JUSTIFIED',
      'PERMISSIBLE_ON_BALANCE',
      'PERMISSIBLE_TREATY_BASIS',
      'INSUFFICIENT_INFORMATION',
    ] as const) {
      expect(classifyDetermination(absolute, 'OVERRIDE', to)).toMatchObject({
        value: { overrideKind: 'OVERRIDE_OF_ABSOLUTE_BAR', needsCapitalDesk: true },
      });
    }
  });
});

describe('reviewState', () => {
  it('lists the subjects still to determine and the sign-offs still to give', () => {
    expect(
      reviewState({
        status: 'DRAFT',
        subjectRefs: ['P1', 'D1'],
        determinations: [{ subjectRef: 'P1', needsCapitalDesk: true }],
        signoffs: [],
      }),
    ).toEqual({
      missingDeterminations: ['D1'],
      requiredSignoffs: ['LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK'],
      missingSignoffs: ['LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK'],
      canSubmit: false,
      canFinalise: false,
    });
    expect(
      reviewState({
        status: 'UNDER_REVIEW',
        subjectRefs: ['P1'],
        determinations: [{ subjectRef: 'P1', needsCapitalDesk: false }],
        signoffs: [{ role: 'HEAD_OF_MISSION' }, { role: 'LEGAL_ADVISER' }],
      }),
    ).toMatchObject({ requiredSignoffs: ['LEGAL_ADVISER', 'HEAD_OF_MISSION'], canFinalise: true });
  });
});
