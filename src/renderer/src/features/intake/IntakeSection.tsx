import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Button, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import type { StepId } from '../../../../shared/intake/fieldTypes';
import { answerLabel } from '../../../../shared/intake/labels';
import type { IntakeView } from '../../../../shared/intake/records';
import { caseLabelSchema } from '../../../../shared/ipc/contracts/intake';
import { completeness, STEPS, type MissingQuestion } from '../../../../shared/intake/steps';
import { FailureMessage, SelectInput } from '../../components/fields';
import { call, errorMessage } from '../../lib/ipc';
import { useCurrentCase } from '../cases/useCurrentCase';
import { EvidenceList } from './EvidenceList';
import { IdentityPanel } from './IdentityPanel';
import { usePendingSave } from './Question';
import { AddRecord, RecordCard, RecordFields } from './Records';
import { refreshAfterWrite, useIntake, useSaveAnswers } from './useIntake';

const isStep = (s: string | null): s is StepId => STEPS.some((x) => x.id === s);

/** Opens a step and brings one of its questions into view and focus. */
export function useGoToQuestion() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (step: StepId, domId?: string) => {
      setParams({ step });
      if (!domId) return;
      // After the step renders: the question exists only then.
      window.setTimeout(() => {
        const el = document.getElementById(domId);
        el?.scrollIntoView({ block: 'center' });
        el?.focus();
      }, 50);
    },
    [setParams],
  );
}

/** The guided interview (UX.md: one step at a time, Unknown is an answer, nothing is lost). */
export function IntakeSection() {
  const c = useCurrentCase();
  const intake = useIntake(c.data?.id);
  const [params] = useSearchParams();
  const raw = params.get('step');
  const step: StepId = isStep(raw) ? raw : 'mission';
  const go = useGoToQuestion();
  if (intake.isPending) return <p>Loading the interview…</p>;
  if (intake.isError) return <p role="alert">{errorMessage(intake.error)}</p>;
  const view = intake.data;
  const gaps = completeness(view);
  const index = STEPS.findIndex((s) => s.id === step);
  const current = STEPS[index] ?? STEPS[0];
  const next = STEPS[index + 1];
  const previous = STEPS[index - 1];
  return (
    <div className="intake">
      <nav className="intake-steps" aria-label="Interview steps">
        <ol>
          {STEPS.map((s) => {
            const open = gaps.find((g) => g.step === s.id)?.missing.length ?? 0;
            return (
              <li key={s.id}>
                <a
                  href={`#/cases/${view.reference}/intake?step=${s.id}`}
                  aria-current={s.id === step ? 'step' : undefined}
                  className={s.id === step ? 'active' : undefined}
                >
                  <span>{s.title}</span>
                  <span className={`count${open === 0 ? ' done' : ''}`}>
                    {open === 0 ? '✓' : open}
                    <span className="visually-hidden">
                      {open === 0 ? ' nothing unanswered' : ' unanswered'}
                    </span>
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
      <section className="intake-step" aria-labelledby="step-heading">
        <h2 id="step-heading">{current?.title}</h2>
        <p className="step-intro">{current?.intro}</p>
        <StepBody view={view} step={step} />
        <div className="step-nav">
          {previous ? (
            <Button className="button" onPress={() => go(previous.id)}>
              ← {previous.title}
            </Button>
          ) : null}
          {next ? (
            <Button className="button primary" onPress={() => go(next.id)}>
              Next: {next.title} →
            </Button>
          ) : null}
        </div>
      </section>
      <CompletenessPanel gaps={gaps} onGo={go} />
    </div>
  );
}

function StepBody(props: { view: IntakeView; step: StepId }) {
  const { view, step } = props;
  switch (step) {
    case 'mission':
      return (
        <>
          <dl className="facts-inline">
            <div>
              <dt>Mission</dt>
              <dd>{view.mission.name}</dd>
            </div>
            <div>
              <dt>Sending state</dt>
              <dd>{view.mission.sendingState}</dd>
            </div>
            <div>
              <dt>Host state</dt>
              <dd>{view.mission.hostState}</dd>
            </div>
          </dl>
          <RecordFields view={view} kind="case" record={view.case} step="mission" />
        </>
      );
    case 'person':
      return (
        <>
          <LabelQuestion view={view} />
          <RecordFields view={view} kind="principal" record={view.principal} step="person" />
          <IdentityPanel
            caseId={view.caseId}
            personId={view.principal.id}
            personRef={view.principal.ref}
          />
        </>
      );
    case 'arrival':
      return <RecordFields view={view} kind="case" record={view.case} step="arrival" />;
    case 'risks':
      return <RisksStep view={view} />;
    case 'actions':
      return (
        <div className="records">
          {view.actions.length === 0 ? (
            <p className="empty">No host-state action recorded.</p>
          ) : null}
          {view.actions.map((a) => (
            <RecordCard
              key={a.id}
              view={view}
              kind="action"
              record={a}
              title={`${a.ref ?? 'Action'} — ${answerLabel(a.answers.type)}`}
            >
              <RecordFields view={view} kind="action" record={a} step="actions" />
            </RecordCard>
          ))}
          <h3>Add a host-state action</h3>
          <AddRecord view={view} kind="action" label="Add host-state action" />
        </div>
      );
    case 'conduct':
      return (
        <>
          <RecordFields view={view} kind="case" record={view.case} step="conduct" />
          <h3>Safe-conduct requests</h3>
          <div className="records">
            {view.safeConducts.map((s, i) => (
              <RecordCard
                key={s.id}
                view={view}
                kind="safeConduct"
                record={s}
                title={`Safe-conduct request ${i + 1}`}
              >
                <RecordFields view={view} kind="safeConduct" record={s} step="conduct" />
              </RecordCard>
            ))}
            <AddRecord view={view} kind="safeConduct" label="Add safe-conduct request" />
          </div>
        </>
      );
    case 'dependants':
      return (
        <div className="records">
          {view.dependants.length === 0 ? <p className="empty">No dependants recorded.</p> : null}
          {view.dependants.map((d) => (
            <RecordCard
              key={d.id}
              view={view}
              kind="dependant"
              record={d}
              title={`${d.ref ?? 'Dependant'} — ${answerLabel(d.answers.relationship)}`}
            >
              <RecordFields view={view} kind="dependant" record={d} step="dependants" />
              <IdentityPanel caseId={view.caseId} personId={d.id} personRef={d.ref} />
            </RecordCard>
          ))}
          <h3>Add a dependant</h3>
          <AddRecord view={view} kind="dependant" label="Add dependant" />
        </div>
      );
    case 'evidence':
      return <EvidenceList view={view} />;
    case 'legal':
      return <LegalStep view={view} />;
  }
}

function RisksStep(props: { view: IntakeView }) {
  const { view } = props;
  const save = useSaveAnswers(view.caseId);
  const [errors, setErrors] = useState<Record<number, string | undefined>>({});
  const subjects = [view.principal, ...view.dependants];
  return (
    <div className="records">
      {view.risks.length === 0 ? (
        <p className="empty">
          No risk recorded. If the person asked to stay, the assessment still adds an unknown risk
          and the interim no-handover measure (V-10).
        </p>
      ) : null}
      {view.risks.map((r) => (
        <RecordCard
          key={r.id}
          view={view}
          kind="risk"
          record={r}
          title={`${r.ref ?? 'Risk'} — ${answerLabel(r.answers.harm_type, 'Unknown')}`}
        >
          {subjects.length > 1 ? (
            <SelectInput
              label="Whose risk is it?"
              name={`subject-${r.id}`}
              value={r.subjectRef ?? view.principal.ref ?? null}
              onChange={(ref) => {
                void save(
                  { kind: 'risk', id: r.id },
                  { subjectRef: ref === view.principal.ref ? null : ref },
                  'subjectRef',
                ).then((res) =>
                  setErrors((e) => ({ ...e, [r.id]: res.ok ? undefined : res.message })),
                );
              }}
              options={subjects.map((p) => ({
                id: p.ref ?? '',
                label:
                  p === view.principal
                    ? `${p.ref ?? ''} (the person)`
                    : `${p.ref ?? ''} (dependant)`,
              }))}
              error={errors[r.id]}
            />
          ) : null}
          <RecordFields view={view} kind="risk" record={r} step="risks" />
        </RecordCard>
      ))}
      <AddRecord view={view} kind="risk" label="Add a risk" />
    </div>
  );
}

/** The pseudonymous label lists show instead of a name. */
function LabelQuestion(props: { view: IntakeView }) {
  const save = useSaveAnswers(props.view.caseId);
  const [draft, setDraft] = useState(props.view.label ?? '');
  const [error, setError] = useState<string | null>(null);
  const pending = usePendingSave(
    useCallback(
      async (value: unknown) => {
        const r = await save({ kind: 'case' }, { label: String(value) }, 'label');
        return r.ok ? null : r.message;
      },
      [save],
    ),
    setError,
  );
  return (
    <div className="question">
      <TextField
        className="field question-field"
        value={draft}
        isInvalid={error !== null}
        onChange={(v) => {
          setDraft(v);
          // The schema main enforces, so the message here is the one IPC would give.
          const checked = caseLabelSchema.safeParse(v);
          setError(checked.success ? null : (checked.error.issues[0]?.message ?? 'is not valid'));
          if (checked.success) pending.later(v);
        }}
        onBlur={pending.flush}
      >
        <Label className="field-label">Pseudonymous label</Label>
        <Text slot="description" className="field-hint">
          Shown in case lists instead of a name, e.g. “Journalist, 40s”. Never write a name here.
        </Text>
        <Input className="field-input" />
        {error ? <span className="field-error">{error}</span> : null}
      </TextField>
    </div>
  );
}

function LegalStep(props: { view: IntakeView }) {
  const { view } = props;
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <RadioGroup
        className="field question-field"
        value={view.legal.source}
        onChange={(source) => {
          setError(null);
          call('intake:set-legal-source', {
            caseId: view.caseId,
            source: source as 'MISSION' | 'CASE',
          })
            .then(() => refreshAfterWrite(qc, view.caseId))
            .catch((e: unknown) => setError(errorMessage(e)));
        }}
      >
        <Label className="field-label">Whose legal context applies?</Label>
        <Text slot="description" className="field-hint">
          Treaty participation is kept per mission. Override it here only when this case differs
          (e.g. a reservation that matters only to this person).
        </Text>
        <div className="choices">
          <Radio value="MISSION" className="choice">
            The mission’s ({view.mission.name})
          </Radio>
          <Radio value="CASE" className="choice">
            This case’s own
          </Radio>
        </div>
      </RadioGroup>
      {view.legal.source === 'MISSION' ? (
        <p className="step-note">
          Changes here update the legal context of {view.mission.name} for all its cases.
        </p>
      ) : null}
      <FailureMessage message={error} />
      <RecordFields view={view} kind="legal" record={view.legal} step="legal" />
      <h3>Caracas reservations</h3>
      <div className="records">
        {view.legal.reservations.map((r, i) => (
          <RecordCard
            key={r.id}
            view={view}
            kind="reservation"
            record={r}
            title={`Reservation ${i + 1}`}
          >
            <RecordFields view={view} kind="reservation" record={r} step="legal" />
          </RecordCard>
        ))}
        <AddRecord view={view} kind="reservation" label="Add Caracas reservation" />
      </div>
    </>
  );
}

/** Every unanswered question that matters, by step, each a link to the question itself. */
export function CompletenessPanel(props: {
  gaps: ReturnType<typeof completeness>;
  onGo: (step: StepId, domId?: string) => void;
}) {
  const total = props.gaps.reduce((n, g) => n + g.missing.length, 0);
  return (
    <aside className="completeness" aria-labelledby="completeness-heading">
      <h2 id="completeness-heading">Unanswered questions</h2>
      <p>
        {total === 0
          ? 'Every question that matters has an answer (Unknown counts as one).'
          : `${total} question${total === 1 ? '' : 's'} not yet answered.`}
      </p>
      {props.gaps
        .filter((g) => g.missing.length > 0)
        .map((g) => (
          <section key={g.step}>
            <h3>
              {g.title} ({g.missing.length})
            </h3>
            <ul>
              {g.missing.map((m: MissingQuestion) => (
                <li key={m.domId}>
                  <a
                    href={`#${m.domId}`}
                    onClick={(e) => {
                      e.preventDefault();
                      props.onGo(g.step, m.domId);
                    }}
                  >
                    {m.recordRef ? `${m.recordRef}: ` : ''}
                    {m.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </aside>
  );
}

/** Keeps the window scrolled to the top when the step changes. */
export function useScrollTopOnStep(step: StepId) {
  useEffect(() => {
    document.getElementById('step-heading')?.focus();
  }, [step]);
}
