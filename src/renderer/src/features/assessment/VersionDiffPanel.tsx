import { useState } from 'react';
import { OUTCOME_LABELS, RULE_LABELS } from '../../../../shared/assessment/labels';
import type { AssessmentSummary, OutcomeMovement } from '../../../../shared/schemas/assessment';
import { SelectInput } from '../../components/fields';
import { errorMessage } from '../../lib/ipc';
import { ChangesTable } from './ChangesTable';
import { outcomeWithRange } from './format';
import { summariseResult } from './TracePanel';
import { useVersionDiff } from './useAssessments';

// Two versions side by side (issue 5 item 5): which facts changed, which rules changed result and
// how the outcome moved.

const MOVEMENT_LABELS: Record<OutcomeMovement['movement'], string> = {
  UP: 'moved up (more protective)',
  DOWN: 'moved down (less protective)',
  SAME: 'unchanged',
  CHANGED: 'changed',
  ADDED: 'newly assessed',
  REMOVED: 'no longer assessed',
};

const side = (s: OutcomeMovement['before']) =>
  s === null
    ? '—'
    : `${outcomeWithRange({ outcome: s.outcome, range: s.range })} · H ${s.H} / I ${s.I}`;

export function VersionDiffPanel({ versions }: { versions: AssessmentSummary[] }) {
  // Newest first: compare the newest with the one before it unless the adviser picks others.
  const [toId, setToId] = useState<number | null>(versions[0]?.id ?? null);
  const [fromId, setFromId] = useState<number | null>(versions[1]?.id ?? null);
  const diff = useVersionDiff(fromId, toId);
  const options = versions.map((v) => ({
    id: String(v.id),
    label: `Version ${v.version} — ${OUTCOME_LABELS[v.outcome]}`,
  }));
  return (
    <section className="panel" aria-labelledby="diff-heading">
      <h3 id="diff-heading">Compare versions</h3>
      <div className="field-row">
        <SelectInput<string>
          label="Earlier version"
          name="diff-from"
          value={fromId === null ? null : String(fromId)}
          onChange={(v) => setFromId(Number(v))}
          options={options}
        />
        <SelectInput<string>
          label="Later version"
          name="diff-to"
          value={toId === null ? null : String(toId)}
          onChange={(v) => setToId(Number(v))}
          options={options}
        />
      </div>
      {fromId !== null && fromId === toId ? (
        <p className="hint">Pick two different versions.</p>
      ) : null}
      {diff.isError ? <p role="alert">{errorMessage(diff.error)}</p> : null}
      {diff.data ? (
        <div className="diff" aria-live="polite">
          <h4>How the outcome moved</h4>
          <table className="table" aria-label="Outcome by subject">
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">Version {diff.data.from.version}</th>
                <th scope="col">Version {diff.data.to.version}</th>
                <th scope="col">Movement</th>
              </tr>
            </thead>
            <tbody>
              {diff.data.outcomes.map((o) => (
                <tr key={o.subjectRef}>
                  <th scope="row">{o.subjectRef}</th>
                  <td>{side(o.before)}</td>
                  <td>{side(o.after)}</td>
                  <td className={`movement ${o.movement.toLowerCase()}`}>
                    {MOVEMENT_LABELS[o.movement]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>Facts that changed ({diff.data.facts.length})</h4>
          {diff.data.facts.length === 0 ? (
            <p className="empty">The facts are the same.</p>
          ) : (
            <ChangesTable
              label="Facts that changed"
              first="Fact"
              before={`Version ${diff.data.from.version}`}
              after={`Version ${diff.data.to.version}`}
              rows={diff.data.facts}
            />
          )}
          <h4>Rules whose result changed ({diff.data.rules.length})</h4>
          {diff.data.rules.length === 0 ? (
            <p className="empty">Every rule gave the same result.</p>
          ) : (
            <table className="table" aria-label="Rules whose result changed">
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Version {diff.data.from.version}</th>
                  <th scope="col">Version {diff.data.to.version}</th>
                </tr>
              </thead>
              <tbody>
                {diff.data.rules.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {r.subjectRef} · {r.rule} {RULE_LABELS[r.rule] ?? ''}
                      {r.about ? ` · ${r.about}` : ''}
                      {r.completion ? (
                        <span className="badge badge-neutral">
                          {r.completion === 'PESSIMISTIC' ? 'least protective' : 'most protective'}
                        </span>
                      ) : null}
                    </th>
                    <td>{r.before === null ? 'not applied' : summariseResult(r.before)}</td>
                    <td>{r.after === null ? 'not applied' : summariseResult(r.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}
    </section>
  );
}
