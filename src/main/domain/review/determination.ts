// The adviser's determination beside the engine's result (SPEC §0.2, §4.2 #8b; issue 5 item 5),
// and what a version still needs before it can be submitted or finalised. Pure.
import type { FinalOutcome } from '../../../shared/assessment/result';
import {
  FINALISE_SIGNOFFS,
  SIGNOFF_ROLES,
  type OverrideKind,
  type SignoffRole,
} from '../../../shared/schemas/assessment';
import type { SubjectResult } from '../assessment';

export type DeterminationClass = {
  humanOutcome: FinalOutcome;
  overrideKind: OverrideKind;
  /** SPEC §4.2 #8b: overriding PROTECTION_OBLIGATORY downward needs CAPITAL_DESK as well. */
  needsCapitalDesk: boolean;
};

export type Classified = { ok: true; value: DeterminationClass } | { ok: false; message: string };

/**
 * AGREE takes the engine's outcome. OVERRIDE must name a different outcome. Overriding an outcome
 * that is, or may be, obligatory (either mode, or the optimistic end of an insufficient result:
 * the engine's `handover_guard.bars_handover`) downward needs the capital's sign-off; where the
 * obligation is an absolute bar it is recorded as OVERRIDE_OF_ABSOLUTE_BAR and never compliant (F3c).
 */
export const classifyDetermination = (
  subject: Pick<SubjectResult, 'outcome' | 'handover_guard'>,
  kind: 'AGREE' | 'OVERRIDE',
  humanOutcome: FinalOutcome | undefined,
): Classified => {
  if (kind === 'AGREE') {
    return {
      ok: true,
      value: { humanOutcome: subject.outcome, overrideKind: 'NONE', needsCapitalDesk: false },
    };
  }
  if (humanOutcome === undefined) return { ok: false, message: 'an override needs an outcome' };
  if (humanOutcome === subject.outcome) {
    return { ok: false, message: 'is the engine’s own outcome: record agreement instead' };
  }
  const downward = subject.handover_guard.bars_handover && humanOutcome !== 'PROTECTION_OBLIGATORY';
  const absolute = downward && subject.handover_guard.override_is_of_absolute_bar;
  return {
    ok: true,
    value: {
      humanOutcome,
      overrideKind: absolute ? 'OVERRIDE_OF_ABSOLUTE_BAR' : 'OVERRIDE',
      needsCapitalDesk: downward,
    },
  };
};

export type ReviewState = {
  missingDeterminations: string[];
  requiredSignoffs: SignoffRole[];
  missingSignoffs: SignoffRole[];
  canSubmit: boolean;
  canFinalise: boolean;
};

export const reviewState = (input: {
  status: 'DRAFT' | 'UNDER_REVIEW' | 'FINAL' | 'SUPERSEDED';
  subjectRefs: readonly string[];
  determinations: readonly { subjectRef: string; needsCapitalDesk: boolean }[];
  signoffs: readonly { role: SignoffRole }[];
}): ReviewState => {
  const determined = new Set(input.determinations.map((d) => d.subjectRef));
  const missingDeterminations = input.subjectRefs.filter((r) => !determined.has(r));
  const needed = new Set<SignoffRole>(FINALISE_SIGNOFFS);
  if (input.determinations.some((d) => d.needsCapitalDesk)) needed.add('CAPITAL_DESK');
  const requiredSignoffs = SIGNOFF_ROLES.filter((r) => needed.has(r));
  const signed = new Set(input.signoffs.map((s) => s.role));
  const missingSignoffs = requiredSignoffs.filter((r) => !signed.has(r));
  return {
    missingDeterminations,
    requiredSignoffs,
    missingSignoffs,
    canSubmit: input.status === 'DRAFT' && missingDeterminations.length === 0,
    canFinalise:
      input.status === 'UNDER_REVIEW' &&
      missingDeterminations.length === 0 &&
      missingSignoffs.length === 0,
  };
};
