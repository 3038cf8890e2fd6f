import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { OUTCOME_LABELS } from '../../../../shared/assessment/labels';
import {
  REVISION_REASON_LABELS,
  STATUS_LABELS,
  type AssessmentSummary,
  type AssessmentView,
} from '../../../../shared/schemas/assessment';
import { errorMessage } from '../../lib/ipc';
import { useCurrentCase } from '../cases/useCurrentCase';
import { BalancePicture } from './BalancePicture';
import { DeterminationPanel } from './DeterminationPanel';
import { formatTime, outcomeTone } from './format';
import { OutcomePanel } from './OutcomePanel';
import { ReproduceCheck } from './ReproduceCheck';
import { TracePanel } from './TracePanel';
import { useAssessment, useAssessmentList, useAssessmentMutation } from './useAssessments';
import { VersionDiffPanel } from './VersionDiffPanel';

// The Assessment section of the case workspace (UX.md §3): run or re-run the engine on the
// case's facts, read the result, record the determination, finalise, compare versions.

function VersionList(props: { versions: AssessmentSummary[]; selected: number | null }) {
  return (
    <nav aria-label="Assessment versions" className="assessment-versions">
      <ol>
        {props.versions.map((v) => (
          <li key={v.id}>
            <Link
              to={`?version=${v.id}`}
              aria-current={v.id === props.selected ? 'true' : undefined}
              className={v.id === props.selected ? 'active' : undefined}
            >
              Version {v.version}
            </Link>{' '}
            <span className={`status-tag ${v.status.toLowerCase()}`}>
              {STATUS_LABELS[v.status]}
            </span>{' '}
            <span className={`outcome-dot ${outcomeTone(v.outcome)}`}>
              {OUTCOME_LABELS[v.outcome]}
            </span>
            <span className="hint"> · as of {formatTime(v.asOf)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function VersionBody({ view }: { view: AssessmentView }) {
  const [subjectRef, setSubjectRef] = useState(view.result.subjects[0]?.subject_ref ?? '');
  const subject =
    view.result.subjects.find((s) => s.subject_ref === subjectRef) ?? view.result.subjects[0];
  if (!subject) return null;
  return (
    <>
      <div className="version-head">
        <h3>
          Version {view.version}{' '}
          <span className={`status-tag ${view.status.toLowerCase()}`}>
            {STATUS_LABELS[view.status]}
          </span>
        </h3>
        <p className="hint">
          As of {formatTime(view.asOf)} · computed {formatTime(view.createdAt)} by{' '}
          {view.createdByName}
          {view.revisionReason
            ? ` · new version because ${REVISION_REASON_LABELS[view.revisionReason]}`
            : ''}{' '}
          · ruleset {view.rulesetVersion} ·{' '}
          {view.mode === 'TREATY_BODY' ? 'treaty-body' : 'restrictive'} interpretation
        </p>
        <ReproduceCheck assessmentId={view.id} version={view.version} />
      </div>
      {view.result.subjects.length > 1 ? (
        <div role="group" aria-label="Person assessed" className="subject-switch">
          {view.result.subjects.map((s) => (
            <Button
              key={s.subject_ref}
              className={s.subject_ref === subject.subject_ref ? 'button primary' : 'button'}
              aria-pressed={s.subject_ref === subject.subject_ref}
              onPress={() => setSubjectRef(s.subject_ref)}
            >
              {s.subject_ref} ({s.role}) — {OUTCOME_LABELS[s.outcome]}
            </Button>
          ))}
        </div>
      ) : null}
      <OutcomePanel
        reference={view.caseReference}
        subject={subject}
        mode={view.mode}
        asOf={view.asOf}
      />
      <section className="panel" aria-labelledby={`balance-${subject.subject_ref}`}>
        <h3 id={`balance-${subject.subject_ref}`}>The balance (sliding scale)</h3>
        <BalancePicture subject={subject} />
      </section>
      <DeterminationPanel view={view} />
      <TracePanel subject={subject} />
    </>
  );
}

export function AssessmentSection() {
  const { reference } = useCurrentCase();
  const list = useAssessmentList(reference);
  const [params] = useSearchParams();
  const versions = list.data?.versions ?? [];
  const newest = versions[0];
  const asked = Number(params.get('version'));
  const selectedId = versions.some((v) => v.id === asked) ? asked : (newest?.id ?? null);
  const view = useAssessment(selectedId);
  const run = useAssessmentMutation('assessments:run', reference);

  const runButton = (label: string, primary = true) => (
    <Button
      className={primary ? 'button primary' : 'button'}
      isDisabled={run.isPending}
      onPress={() => run.mutate({ reference })}
    >
      {run.isPending ? 'Assessing…' : label}
    </Button>
  );

  return (
    <section aria-labelledby="assessment-heading">
      <div className="page-header">
        <h2 id="assessment-heading">Assessment</h2>
      </div>
      {list.isPending ? <p>Loading…</p> : null}
      {list.isError ? <p role="alert">{errorMessage(list.error)}</p> : null}
      {run.isError ? (
        <p className="form-failure" role="alert">
          {errorMessage(run.error)}
        </p>
      ) : null}
      {list.data ? (
        <div className="panel run-panel">
          {list.data.factsProblem && versions.length === 0 ? (
            <p>
              {list.data.factsProblem}{' '}
              <Link to={`/cases/${reference}/intake`}>Go to the intake</Link>.
            </p>
          ) : null}
          {versions.length === 0 && !list.data.factsProblem ? (
            <>
              <p>
                Run the engine (ruleset da-core) on the facts recorded so far. Unknown answers are
                fine: the result says which facts would settle it.
              </p>
              {runButton('Run the assessment')}
            </>
          ) : null}
          {newest && list.data.factsChanged ? (
            <div className="notice notice-warning" role="status">
              <p>
                The facts have changed since version {newest.version} (
                {STATUS_LABELS[newest.status].toLowerCase()}). Re-assess to make version{' '}
                {newest.version + 1}; version {newest.version} stays on record
                {newest.status === 'FINAL' ? ' and becomes superseded' : ''}.
              </p>
              {runButton('Re-assess with the current facts')}
            </div>
          ) : null}
          {newest && list.data.factsChanged === false ? (
            <p>
              The newest version was computed on the facts as they stand.{' '}
              {runButton('Re-assess as of now', false)}
            </p>
          ) : null}
          {list.data.factsProblem && versions.length > 0 ? (
            <p className="hint">
              The case’s current facts cannot be read ({list.data.factsProblem}), so it cannot be
              re-assessed now.
            </p>
          ) : null}
          {versions.length > 0 ? <VersionList versions={versions} selected={selectedId} /> : null}
        </div>
      ) : null}
      {view.isError ? <p role="alert">{errorMessage(view.error)}</p> : null}
      {view.data ? <VersionBody key={`version-${view.data.id}`} view={view.data} /> : null}
      {versions.length > 1 ? (
        <VersionDiffPanel key={`diff-${versions[0]?.id ?? 0}`} versions={versions} />
      ) : null}
    </section>
  );
}
