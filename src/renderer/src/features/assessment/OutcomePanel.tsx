import { Link } from 'react-router';
import type { SubjectResult } from '../../../../shared/assessment/result';
import {
  FLAG_EXPLANATIONS,
  GUIDANCE_LABELS,
  OUTCOME_LABELS,
  OUTCOME_MEANINGS,
  REQUIRED_ACTION_LABELS,
  SUB_BASIS_LABELS,
} from '../../../../shared/assessment/labels';
import { formatTime, outcomeTone, outcomeWithRange } from './format';
import { describeFactPath, intakeLink } from './intakeLinks';

const MODE_LABELS = {
  TREATY_BODY: 'the treaty-body interpretation',
  RESTRICTIVE: 'the restrictive interpretation',
} as const;

/** The outcome in plain words, with what follows from it for this person. */
export function OutcomePanel(props: {
  reference: string;
  subject: SubjectResult;
  mode: 'TREATY_BODY' | 'RESTRICTIVE';
  asOf: string | null;
}) {
  const s = props.subject;
  const otherMode = props.mode === 'TREATY_BODY' ? 'RESTRICTIVE' : 'TREATY_BODY';
  const altDiffers =
    s.outcome_alt_mode !== null &&
    (s.outcome_alt_mode !== s.outcome ||
      s.outcome_sub_basis_alt_mode !== s.outcome_sub_basis ||
      JSON.stringify(s.range_alt_mode) !== JSON.stringify(s.range));
  return (
    <section className="panel outcome-panel" aria-labelledby={`outcome-${s.subject_ref}`}>
      <h3 id={`outcome-${s.subject_ref}`}>Outcome for {s.subject_ref}</h3>
      <p className={`outcome-verdict ${outcomeTone(s.outcome)}`}>{outcomeWithRange(s)}</p>
      {s.outcome_sub_basis ? (
        <p>
          <strong>Basis:</strong> {SUB_BASIS_LABELS[s.outcome_sub_basis]}.
        </p>
      ) : null}
      <p>{OUTCOME_MEANINGS[s.outcome]}</p>
      <p>
        <strong>Guidance:</strong> {GUIDANCE_LABELS[s.guidance] ?? s.guidance}.
      </p>
      {altDiffers && s.outcome_alt_mode !== null ? (
        <p className="alt-mode">
          Under {MODE_LABELS[otherMode]}:{' '}
          <strong>
            {outcomeWithRange({ outcome: s.outcome_alt_mode, range: s.range_alt_mode })}
          </strong>
          {s.outcome_sub_basis_alt_mode
            ? ` — ${SUB_BASIS_LABELS[s.outcome_sub_basis_alt_mode]}`
            : ''}
          . The engine reports it because the interpretation is contested (SPEC §2.3.4).
        </p>
      ) : null}

      {s.interim_measure ? (
        <div className="interim" role="note" aria-label="Interim measure">
          <h4>Interim measure: no ejection or handover pending assessment</h4>
          <p>
            In force since {formatTime(s.interim_measure.set_at)} (
            {s.interim_measure.basis.join(', ')}
            ). Complete the assessment by{' '}
            <strong>
              <time dateTime={s.interim_measure.review_by ?? undefined}>
                {formatTime(s.interim_measure.review_by)}
              </time>
            </strong>{' '}
            ({s.interim_measure.deadline_hours} hours). It does not lapse at the deadline: only a
            new assessment can lift it.
          </p>
          {s.reason_codes.includes('INTERIM_DEADLINE_MISSED') ? (
            <p className="notice notice-warning">
              The deadline passed before {formatTime(props.asOf)}: request instructions from the
              capital.
            </p>
          ) : null}
        </div>
      ) : null}

      {s.missing_fields.length > 0 ? (
        <div className="missing">
          <h4>Facts that would settle it</h4>
          <ul>
            {s.missing_fields.map((path) => (
              <li key={path}>
                <Link to={intakeLink(props.reference, path)}>{describeFactPath(path)}</Link>{' '}
                <code>{path}</code>
                {s.decisive_missing_fields.includes(path) ? (
                  <span className="badge badge-warning">decisive</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {s.required_actions.length > 0 ? (
        <div>
          <h4>Required actions</h4>
          <ul>
            {s.required_actions.map((a) => (
              <li key={a}>{REQUIRED_ACTION_LABELS[a] ?? a}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {s.flags.length > 0 ? (
        <div>
          <h4>Flags</h4>
          <dl className="flags">
            {s.flags.map((f) => (
              <div key={f}>
                <dt>
                  <code>{f}</code>
                </dt>
                <dd>{FLAG_EXPLANATIONS[f] ?? f}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <p className="hint">
        Engine outcome: {OUTCOME_LABELS[s.outcome]} · ruleset {s.ruleset_version} · configuration{' '}
        <code title={s.config_sha256}>{s.config_sha256.slice(0, 12)}</code> · inputs{' '}
        <code title={s.inputs_sha256}>{s.inputs_sha256.slice(0, 12)}</code>
      </p>
    </section>
  );
}
