// The P-6 departure guard (SPEC §2.11 P-6, §4.2 #13, §4.3; F3c–e), per subject. Pure: the
// service supplies the subject's newest assessment and what the case file records. A guarded
// departure that fails a condition is refused unless LEGAL_ADVISER, HEAD_OF_MISSION and
// CAPITAL_DESK sign it off with a written justification; an override of an absolute bar is
// recorded as such and never as compliant.
import type { Destination } from '../../../shared/caseFacts/enums';
import type { FinalOutcome, HandoverGuard } from '../../../shared/assessment/result';
import { OUTCOME_LABELS } from '../../../shared/assessment/labels';
import {
  JUSTIFICATION_MIN_CHARS,
  OVERRIDE_SIGNOFFS,
  SIGNOFF_ROLE_LABELS,
  type DepartureType,
  type GuardVerdict,
  type SignoffRole,
} from '../../../shared/schemas/assessment';

export type GuardInput = {
  subjectRef: string;
  type: DepartureType;
  destination: Destination | null;
  /** The subject in the case's newest assessment version; null when never assessed. */
  current: {
    version: number;
    outcome: FinalOutcome;
    altOutcome: FinalOutcome | null;
    guard: HandoverGuard;
  } | null;
  /** P-2: an INTERVIEW with the subject, or a recorded refusal, is on file. */
  interviewOnFile: boolean;
  /** (ii): a DECISION to refuse or terminate rests on a FINAL assessment of the subject. */
  decisionOnFinal: boolean;
  signoffs: readonly { role: SignoffRole }[];
  justification: string;
  informedConsentInterviewRef: string;
};

type Condition = GuardVerdict['conditions'][number];

/** Whether a transfer or safe-conduct departure heads where a risk of the subject is engaged. */
const towardsEngagedRisk = (engaged: readonly Destination[], to: Destination | null): boolean => {
  if (engaged.length === 0) return false;
  // An engaged risk whose destination is unknown, or a departure whose destination is unknown,
  // cannot be shown to be elsewhere: guarded.
  if (engaged.includes('UNKNOWN') || to === null || to === 'UNKNOWN') return true;
  return engaged.includes(to);
};

const isGuarded = (input: GuardInput): boolean => {
  switch (input.type) {
    case 'HANDOVER_TO_HOST_AUTHORITIES':
      return true;
    case 'TRANSFER_TO_THIRD_STATE':
    case 'DEPARTURE_UNDER_SAFE_CONDUCT':
      // Never assessed: nothing shows the destination is safe (fail closed).
      return (
        input.current === null ||
        towardsEngagedRisk(input.current.guard.engaged_destinations, input.destination)
      );
    case 'VOLUNTARY_DEPARTURE_INTO_HOST':
    case 'HOSPITAL_TRANSFER':
    case 'TRANSFER_TO_OTHER_MISSION':
    case 'ABSCONDED':
    case 'DECEASED':
      return false;
    default: {
      const never: never = input.type;
      throw new Error(`unhandled departure type ${String(never)}`);
    }
  }
};

const missingRoles = (needed: readonly SignoffRole[], given: readonly { role: SignoffRole }[]) =>
  needed.filter((r) => !given.some((g) => g.role === r));

const describeOutcome = (c: NonNullable<GuardInput['current']>): string => {
  const alt =
    c.altOutcome !== null && c.altOutcome !== c.outcome
      ? `; under the other interpretation: ${OUTCOME_LABELS[c.altOutcome]}`
      : '';
  return `${OUTCOME_LABELS[c.outcome]}${alt}`;
};

export const evaluateDepartureGuard = (input: GuardInput): GuardVerdict => {
  const { subjectRef: ref, current } = input;
  const base = {
    subjectRef: ref,
    assessmentVersion: current?.version ?? null,
    handoverGuard: current?.guard ?? null,
  };

  if (input.type === 'VOLUNTARY_DEPARTURE_INTO_HOST') {
    // While P-1 is active (or before any assessment, when P-0 is) the person's informed wish must
    // be documented and the legal adviser must sign (SPEC §2.11 P-6).
    const needs = current === null || current.guard.voluntary_departure_needs_signoff;
    const problems: GuardVerdict['problems'] = [];
    if (needs) {
      if (missingRoles(['LEGAL_ADVISER'], input.signoffs).length > 0) {
        problems.push({
          path: 'override.signoffs',
          message:
            'While the interim no-handover measure is in force, a voluntary departure into the host needs the legal adviser’s sign-off.',
        });
      }
      if (input.informedConsentInterviewRef.trim() === '') {
        problems.push({
          path: 'informedConsentInterviewRef',
          message:
            'Record the interview in which the person gave informed consent to leave into the host state.',
        });
      }
    }
    return {
      ...base,
      guarded: needs,
      conditions: [],
      requiredSignoffs: needs ? ['LEGAL_ADVISER'] : [],
      needsInformedConsent: needs,
      allowed: problems.length === 0,
      compliance: problems.length === 0 ? 'CLEAR' : null,
      problems,
    };
  }

  if (!isGuarded(input)) {
    return {
      ...base,
      guarded: false,
      conditions: [],
      requiredSignoffs: [],
      needsInformedConsent: false,
      allowed: true,
      compliance: 'CLEAR',
      problems: [],
    };
  }

  const conditions: Condition[] = [
    {
      id: 'INTERVIEW',
      met: input.interviewOnFile,
      explanation: input.interviewOnFile
        ? `An interview with ${ref} is on file (P-2).`
        : `No interview with ${ref}, nor a recorded refusal to be interviewed, is on file (P-2).`,
    },
    {
      id: 'DECISION_ON_FINAL',
      met: input.decisionOnFinal,
      explanation: input.decisionOnFinal
        ? `A decision to refuse or terminate rests on a final assessment of ${ref}.`
        : `No decision to refuse or terminate resting on a final assessment of ${ref} is recorded.`,
    },
    {
      id: 'NOT_OBLIGATORY',
      met: current !== null && !current.guard.bars_handover,
      explanation:
        current === null
          ? `${ref} has never been assessed.`
          : current.guard.bars_handover
            ? `Assessment version ${current.version} finds that protection is, or may be, obligatory for ${ref} (${describeOutcome(current)}).`
            : `Assessment version ${current.version} finds no obligation to protect ${ref} in either interpretation.`,
    },
  ];

  if (conditions.every((c) => c.met)) {
    return {
      ...base,
      guarded: true,
      conditions,
      requiredSignoffs: [],
      needsInformedConsent: false,
      allowed: true,
      compliance: 'CLEAR',
      problems: [],
    };
  }

  const problems: GuardVerdict['problems'] = conditions
    .filter((c) => !c.met)
    .map((c) => ({ path: `conditions.${c.id}`, message: c.explanation }));
  if (current === null) {
    problems.push({
      path: 'assessment',
      message: `Run the assessment for ${ref} first: a guarded departure of a person never assessed cannot be overridden.`,
    });
  } else {
    const missing = missingRoles(OVERRIDE_SIGNOFFS, input.signoffs);
    if (missing.length > 0) {
      problems.push({
        path: 'override.signoffs',
        message: `An override needs the sign-off of ${missing.map((r) => SIGNOFF_ROLE_LABELS[r].toLowerCase()).join(', ')}.`,
      });
    }
    if (input.justification.trim().length < JUSTIFICATION_MIN_CHARS) {
      problems.push({
        path: 'override.justification',
        message: `An override needs a written justification of at least ${JUSTIFICATION_MIN_CHARS} characters.`,
      });
    }
  }
  const overriding = problems.every((p) => p.path.startsWith('conditions.'));
  return {
    ...base,
    guarded: true,
    conditions,
    requiredSignoffs: current === null ? [] : [...OVERRIDE_SIGNOFFS],
    needsInformedConsent: false,
    allowed: overriding,
    compliance: !overriding
      ? null
      : current?.guard.override_is_of_absolute_bar === true
        ? 'OVERRIDE_OF_ABSOLUTE_BAR'
        : 'OVERRIDE',
    // When the override is complete the unmet conditions stay on record, not as problems.
    problems: overriding ? [] : problems,
  };
};
