// The side-by-side comparison of two assessment versions (issue 5 item 5): which facts changed,
// which rules changed result, and how each subject's outcome moved.
import type { CaseFacts } from '../../../shared/caseFacts/schema';
import type {
  AssessmentResult,
  FinalOutcome,
  Outcome,
  SubjectResult,
  TraceStep,
} from '../assessment';
import { diffJson, type JsonChange } from './jsonDiff';

export type RuleChange = {
  subjectRef: string;
  rule: string;
  completion: TraceStep['completion'];
  about: string | null;
  before: unknown;
  after: unknown;
};

export type OutcomeSide = {
  outcome: FinalOutcome;
  subBasis: SubjectResult['outcome_sub_basis'];
  range: SubjectResult['range'];
  altMode: FinalOutcome | null;
  H: number;
  I: number;
};

export type Movement = 'UP' | 'DOWN' | 'SAME' | 'CHANGED' | 'ADDED' | 'REMOVED';

export type OutcomeMovement = {
  subjectRef: string;
  before: OutcomeSide | null;
  after: OutcomeSide | null;
  movement: Movement;
};

const RANK: Readonly<Record<Outcome, number>> = {
  PROTECTION_OBLIGATORY: 4,
  PERMISSIBLE_TREATY_BASIS: 3,
  PERMISSIBLE_ON_BALANCE: 2,
  NOT_JUSTIFIED: 1,
};

/** What a trace step is about, so that per-risk steps of one rule are told apart. */
const aboutOf = (step: TraceStep): string | null => {
  const { risk_id: risk, action_id: action, message } = step.inputs;
  if (typeof risk === 'string') return risk;
  if (typeof action === 'string') return action;
  // Validation steps (V-n) carry their finding as a message naming the field.
  if (step.rule.startsWith('V-') && typeof message === 'string') return message;
  return null;
};

const keyedSteps = (trace: readonly TraceStep[]): Map<string, TraceStep> => {
  const out = new Map<string, TraceStep>();
  for (const step of trace) {
    const base = `${step.rule}|${step.completion ?? ''}|${aboutOf(step) ?? ''}`;
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base}#${n}`;
    out.set(key, step);
  }
  return out;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Rules whose result differs (or that ran in only one version), in the newer trace's order. */
export const diffRules = (
  subjectRef: string,
  before: readonly TraceStep[],
  after: readonly TraceStep[],
): RuleChange[] => {
  const a = keyedSteps(before);
  const b = keyedSteps(after);
  const keys = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const out: RuleChange[] = [];
  for (const key of keys) {
    const sa = a.get(key);
    const sb = b.get(key);
    if (sa !== undefined && sb !== undefined && sameJson(sa.result, sb.result)) continue;
    const step = (sb ?? sa) as TraceStep;
    out.push({
      subjectRef,
      rule: step.rule,
      completion: step.completion,
      about: aboutOf(step),
      before: sa === undefined ? null : sa.result,
      after: sb === undefined ? null : sb.result,
    });
  }
  return out;
};

const side = (s: SubjectResult): OutcomeSide => ({
  outcome: s.outcome,
  subBasis: s.outcome_sub_basis,
  range: s.range,
  altMode: s.outcome_alt_mode,
  H: s.H,
  I: s.I.total,
});

/** [pessimistic, optimistic] ranks; a determinate outcome is its own range. */
const rankRange = (s: OutcomeSide): readonly [number, number] => {
  if (s.outcome === 'INSUFFICIENT_INFORMATION') {
    return s.range === null ? [0, 0] : [RANK[s.range[0]], RANK[s.range[1]]];
  }
  return [RANK[s.outcome], RANK[s.outcome]];
};

export const movementOf = (before: OutcomeSide | null, after: OutcomeSide | null): Movement => {
  if (before === null) return 'ADDED';
  if (after === null) return 'REMOVED';
  const [bl, bh] = rankRange(before);
  const [al, ah] = rankRange(after);
  if (bl === al && bh === ah) {
    return before.outcome === after.outcome && before.subBasis === after.subBasis
      ? 'SAME'
      : 'CHANGED';
  }
  if (al >= bl && ah >= bh) return 'UP';
  if (al <= bl && ah <= bh) return 'DOWN';
  return 'CHANGED';
};

export type VersionDiff = {
  facts: JsonChange[];
  rules: RuleChange[];
  outcomes: OutcomeMovement[];
};

export const diffVersions = (
  before: { facts: CaseFacts; result: AssessmentResult },
  after: { facts: CaseFacts; result: AssessmentResult },
): VersionDiff => {
  const bySubject = (r: AssessmentResult) => new Map(r.subjects.map((s) => [s.subject_ref, s]));
  const a = bySubject(before.result);
  const b = bySubject(after.result);
  const refs = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const rules: RuleChange[] = [];
  const outcomes: OutcomeMovement[] = [];
  for (const ref of refs) {
    const sa = a.get(ref);
    const sb = b.get(ref);
    rules.push(...diffRules(ref, sa?.trace ?? [], sb?.trace ?? []));
    const before = sa === undefined ? null : side(sa);
    const after = sb === undefined ? null : side(sb);
    outcomes.push({ subjectRef: ref, before, after, movement: movementOf(before, after) });
  }
  return { facts: diffJson(before.facts, after.facts), rules, outcomes };
};
