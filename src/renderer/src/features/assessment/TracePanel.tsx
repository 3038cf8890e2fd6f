import { Link } from 'react-router';
import type { SubjectResult, TraceStep } from '../../../../shared/assessment/result';
import {
  DESIGN_LABEL,
  FLAG_EXPLANATIONS,
  OUTCOME_LABELS,
  REASON_CODE_LABELS,
  RULE_LABELS,
} from '../../../../shared/assessment/labels';
import { describeValue } from './format';

// The reasoning trace step by step (SPEC §2.2 "one line per rule evaluated, with its inputs,
// result and authority IDs"): every rule with its result, its inputs and links to its authorities.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One phrase for a rule's result. */
export const summariseResult = (result: unknown): string => {
  if (typeof result === 'boolean') return result ? 'holds' : 'does not hold';
  if (typeof result === 'string')
    return (
      OUTCOME_LABELS[result as keyof typeof OUTCOME_LABELS] ??
      result.replaceAll('_', ' ').toLowerCase()
    );
  if (!isObj(result)) return describeValue(result);
  if (typeof result.holds === 'boolean') {
    const rules =
      Array.isArray(result.rules) && result.rules.length > 0 ? ` (${result.rules.join(', ')})` : '';
    return `${result.holds ? 'holds' : 'does not hold'}${rules}`;
  }
  if (typeof result.established === 'boolean')
    return result.established ? 'established' : 'not established';
  if (typeof result.relevant === 'boolean')
    return result.relevant ? 'engaged by a handover' : 'not engaged by a handover';
  if (typeof result.status === 'string' && typeof result.rule === 'string') {
    return `${result.status.replaceAll('_', ' ').toLowerCase()} (${result.rule})`;
  }
  if (typeof result.outcome === 'string') {
    const o = OUTCOME_LABELS[result.outcome as keyof typeof OUTCOME_LABELS] ?? result.outcome;
    return typeof result.sub_basis === 'string' ? `${o} — ${result.sub_basis.toLowerCase()}` : o;
  }
  if (typeof result.regime === 'string' && typeof result.result === 'string') {
    return `${result.regime.toLowerCase()}: ${result.result.replaceAll('_', ' ').toLowerCase()}`;
  }
  if (typeof result.type === 'string') return result.type.replaceAll('_', ' ').toLowerCase();
  if (typeof result.bars_handover === 'boolean') {
    return result.bars_handover ? 'handover barred' : 'handover not barred by the outcome';
  }
  return describeValue(result);
};

const GROUPS = [
  { id: 'checks', title: 'Checks on the facts' },
  { id: 'pess', title: 'Least protective reading of the unknowns' },
  { id: 'opt', title: 'Most protective reading of the unknowns' },
  { id: 'outcome', title: 'Outcome and procedure' },
] as const;

const groupOf = (s: TraceStep): (typeof GROUPS)[number]['id'] => {
  if (s.completion === 'PESSIMISTIC') return 'pess';
  if (s.completion === 'OPTIMISTIC') return 'opt';
  return /^(V-|0$)/.test(s.rule) ? 'checks' : 'outcome';
};

function Step({ step, id }: { step: TraceStep; id: string }) {
  const inputs = Object.entries(step.inputs);
  return (
    <li className="trace-step" id={id}>
      <div className="trace-head">
        <span className="rule-id">{step.rule}</span>{' '}
        <span className="rule-name">{RULE_LABELS[step.rule] ?? step.rule}</span>{' '}
        <span className="rule-result">→ {summariseResult(step.result)}</span>
      </div>
      {step.reason_codes.length > 0 || step.flags.length > 0 ? (
        <ul className="trace-codes">
          {step.reason_codes.map((c) => (
            <li key={`code-${c}`}>
              <code>{c}</code> {REASON_CODE_LABELS[c] ?? ''}
            </li>
          ))}
          {step.flags.map((f) => (
            <li key={`flag-${f}`} className="flag">
              <code>{f}</code> {FLAG_EXPLANATIONS[f] ?? ''}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="trace-authorities">
        Authorities:{' '}
        {step.authorities.map((a, i) => (
          <span key={a}>
            {i > 0 ? ', ' : ''}
            {a === 'DESIGN' ? (
              <span className="design">{DESIGN_LABEL}</span>
            ) : (
              <Link to={`/authorities/${a}`}>{a}</Link>
            )}
          </span>
        ))}
      </p>
      {inputs.length > 0 ? (
        <details>
          <summary>Inputs ({inputs.length})</summary>
          <dl className="trace-inputs">
            {inputs.map(([k, v]) => (
              <div key={k}>
                <dt>{k.replaceAll('_', ' ')}</dt>
                <dd>{describeValue(v)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </li>
  );
}

export function TracePanel({ subject }: { subject: SubjectResult }) {
  const optimistic = subject.trace.some((s) => s.completion === 'OPTIMISTIC');
  return (
    <section className="panel" aria-labelledby={`trace-${subject.subject_ref}`}>
      <h3 id={`trace-${subject.subject_ref}`}>Reasoning, step by step</h3>
      <p className="hint">
        Every rule the engine applied, with what it read, what it found and the authorities it rests
        on. {optimistic ? 'Unknown facts were read both ways (SPEC §2.3).' : ''}
      </p>
      {GROUPS.map((g) => {
        const steps = subject.trace
          .map((s, i) => ({ s, i }))
          .filter(({ s }) => groupOf(s) === g.id);
        if (steps.length === 0) return null;
        const title = g.id === 'pess' && !optimistic ? 'Rules applied' : g.title;
        return (
          <div key={g.id} className="trace-group">
            <h4>{title}</h4>
            <ol className="trace">
              {steps.map(({ s, i }) => (
                <Step key={i} step={s} id={`step-${subject.subject_ref}-${i}`} />
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
