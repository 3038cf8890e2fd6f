import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import {
  FINAL_OUTCOMES,
  type FinalOutcome,
  type SubjectResult,
} from '../../../../shared/assessment/result';
import { OUTCOME_LABELS } from '../../../../shared/assessment/labels';
import {
  JUSTIFICATION_MIN_CHARS,
  SIGNOFF_ROLE_LABELS,
  determinationInputSchema,
  type AssessmentView,
  type Determination,
  type DeterminationInput,
  type SignoffRole,
} from '../../../../shared/schemas/assessment';
import { ErrorSummary, RadioGroupInput, SelectInput, TextInput } from '../../components/fields';
import { IpcCallError, errorMessage } from '../../lib/ipc';
import { formatTime } from './format';
import { LengthCount } from './LengthCount';
import { useAssessmentMutation } from './useAssessments';

// The adviser's determination beside the engine's result, and the review that makes a version
// FINAL (SPEC §0.2, §4.2 #8b). The main process checks everything again; this only explains.

const OVERRIDE_LABELS: Record<Determination['overrideKind'], string> = {
  NONE: '',
  OVERRIDE: 'Override of the engine',
  OVERRIDE_OF_ABSOLUTE_BAR: 'Override of an absolute bar — recorded as such, never compliant',
};

function CurrentDetermination({ d }: { d: Determination }) {
  return (
    <div
      className={`determination ${d.overrideKind === 'OVERRIDE_OF_ABSOLUTE_BAR' ? 'absolute' : ''}`}
    >
      {d.kind === 'AGREE' ? (
        <p>
          <strong>Agrees with the engine:</strong> {OUTCOME_LABELS[d.humanOutcome]}.
        </p>
      ) : (
        <>
          <p>
            <strong>{OVERRIDE_LABELS[d.overrideKind]}:</strong> the adviser’s outcome is{' '}
            <strong>{OUTCOME_LABELS[d.humanOutcome]}</strong>; the engine’s stays on record as{' '}
            {OUTCOME_LABELS[d.engineOutcome]}.
          </p>
          {d.justification ? (
            <blockquote className="justification">{d.justification}</blockquote>
          ) : null}
          {d.needsCapitalDesk ? (
            <p className="hint">
              Overriding an outcome that may be obligatory needs the capital desk’s sign-off.
            </p>
          ) : null}
        </>
      )}
      <p className="hint">
        Recorded by {d.recordedByName}, {formatTime(d.recordedAt)}.
      </p>
    </div>
  );
}

const FIELD_LABELS: Record<'kind' | 'humanOutcome' | 'justification', string> = {
  kind: 'Your determination',
  humanOutcome: 'Your outcome',
  justification: 'Justification',
};

function DeterminationForm(props: { view: AssessmentView; subject: SubjectResult }) {
  const mutation = useAssessmentMutation('assessments:determine', props.view.caseReference);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<DeterminationInput>({
    resolver: zodResolver(determinationInputSchema),
    defaultValues: {
      assessmentId: props.view.id,
      subjectRef: props.subject.subject_ref,
      justification: '',
    },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const errors = form.formState.errors;
  const names = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).filter(
    (k) => errors[k]?.message,
  );
  const ref = props.subject.subject_ref;
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await mutation.mutateAsync(
        values.kind === 'AGREE'
          ? { assessmentId: values.assessmentId, subjectRef: values.subjectRef, kind: 'AGREE' }
          : values,
      );
      form.reset({ assessmentId: props.view.id, subjectRef: ref, justification: '' });
    } catch (e) {
      if (e instanceof IpcCallError) {
        for (const issue of e.issues) {
          if (issue.path in FIELD_LABELS) {
            form.setError(issue.path as FieldPath<DeterminationInput>, { message: issue.message });
          }
        }
      }
      setFailure(errorMessage(e));
    }
  });
  const outcomes = FINAL_OUTCOMES.filter((o) => o !== props.subject.outcome).map((id) => ({
    id,
    label: OUTCOME_LABELS[id],
  }));
  return (
    <Form
      className="form"
      aria-label={`Determination for ${ref}`}
      validationBehavior="aria"
      onSubmit={(e) => {
        void onSubmit(e);
      }}
    >
      <ErrorSummary
        errors={names.map((k) => ({
          name: `${k}-${ref}`,
          label: FIELD_LABELS[k],
          message: errors[k]?.message ?? '',
        }))}
      />
      {failure && names.length === 0 ? (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
      <Controller
        control={form.control}
        name="kind"
        render={({ field }) => (
          <RadioGroupInput<'AGREE' | 'OVERRIDE'>
            label={FIELD_LABELS.kind}
            name={`kind-${ref}`}
            value={field.value ?? null}
            onChange={field.onChange}
            error={errors.kind?.message}
            options={[
              {
                id: 'AGREE',
                label: `Agree: ${OUTCOME_LABELS[props.subject.outcome]}`,
              },
              {
                id: 'OVERRIDE',
                label: 'Override the engine',
                hint: 'Your own outcome, with a written justification; the engine’s result is kept beside it.',
              },
            ]}
          />
        )}
      />
      {kind === 'OVERRIDE' ? (
        <>
          <Controller
            control={form.control}
            name="humanOutcome"
            render={({ field }) => (
              <SelectInput<FinalOutcome>
                label={FIELD_LABELS.humanOutcome}
                name={`humanOutcome-${ref}`}
                value={field.value ?? null}
                onChange={field.onChange}
                options={outcomes}
                error={errors.humanOutcome?.message}
              />
            )}
          />
          {props.subject.handover_guard.override_is_of_absolute_bar ? (
            <p className="notice notice-warning" role="note">
              The engine found an absolute bar. Overriding it downward is recorded as an override of
              an absolute bar and is never shown as compliant; it needs the capital desk’s sign-off.
            </p>
          ) : null}
          <Controller
            control={form.control}
            name="justification"
            render={({ field }) => (
              <>
                <TextInput
                  label={FIELD_LABELS.justification}
                  name={`justification-${ref}`}
                  description={`Why the engine’s outcome is wrong for this person, at least ${JUSTIFICATION_MIN_CHARS} characters.`}
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.justification?.message}
                  rows={5}
                />
                <LengthCount text={field.value ?? ''} min={JUSTIFICATION_MIN_CHARS} />
              </>
            )}
          />
        </>
      ) : null}
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={mutation.isPending}>
          Record determination for {ref}
        </Button>
      </div>
    </Form>
  );
}

function SignoffForm(props: { view: AssessmentView; role: SignoffRole }) {
  const mutation = useAssessmentMutation('assessments:sign', props.view.caseReference);
  const [name, setName] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const label = SIGNOFF_ROLE_LABELS[props.role];
  return (
    <Form
      className="inline-form form"
      aria-label={`Sign-off by the ${label.toLowerCase()}`}
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() === '') {
          setError('is required: who signs');
          return;
        }
        setError(undefined);
        mutation.mutate(
          {
            assessmentId: props.view.id,
            role: props.role,
            name,
            ...(reference.trim() ? { reference } : {}),
          },
          { onError: (e) => setError(errorMessage(e)) },
        );
      }}
    >
      <TextInput
        label={`${label}: name`}
        name={`signoff-${props.role}`}
        value={name}
        onChange={setName}
        error={error}
      />
      {props.role === 'CAPITAL_DESK' ? (
        <TextInput
          label="Instruction reference"
          name={`signoff-ref-${props.role}`}
          value={reference}
          onChange={setReference}
        />
      ) : null}
      <Button type="submit" className="button" isDisabled={mutation.isPending}>
        Record sign-off
      </Button>
    </Form>
  );
}

function ReviewActions({ view }: { view: AssessmentView }) {
  const submit = useAssessmentMutation('assessments:submit', view.caseReference);
  const back = useAssessmentMutation('assessments:return', view.caseReference);
  const finalise = useAssessmentMutation('assessments:finalise', view.caseReference);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>(undefined);
  const failure = [submit.error, back.error, finalise.error].find((e) => e !== null);
  const r = view.review;
  return (
    <div className="review">
      {failure ? (
        <p className="form-failure" role="alert">
          {errorMessage(failure)}
        </p>
      ) : null}
      {view.status === 'DRAFT' ? (
        <>
          {r.missingDeterminations.length > 0 ? (
            <p className="hint">
              Record a determination for {r.missingDeterminations.join(', ')} before submitting.
            </p>
          ) : null}
          <Button
            className="button primary"
            isDisabled={!r.canSubmit || submit.isPending}
            onPress={() => submit.mutate({ assessmentId: view.id })}
          >
            Submit for review
          </Button>
        </>
      ) : null}
      {view.status === 'UNDER_REVIEW' ? (
        <>
          <h4>Sign-offs</h4>
          <ul className="signoffs">
            {r.requiredSignoffs.map((role) => {
              const s = view.signoffs.find((x) => x.role === role);
              return (
                <li key={role}>
                  {s ? (
                    <p>
                      <strong>{SIGNOFF_ROLE_LABELS[role]}:</strong> {s.name}
                      {s.reference ? ` (${s.reference})` : ''}, {formatTime(s.signedAt)}
                    </p>
                  ) : (
                    <SignoffForm view={view} role={role} />
                  )}
                </li>
              );
            })}
          </ul>
          {r.missingSignoffs.length > 0 ? (
            <p className="hint">
              Finalising needs the sign-off of{' '}
              {r.missingSignoffs.map((x) => SIGNOFF_ROLE_LABELS[x].toLowerCase()).join(', ')}.
            </p>
          ) : null}
          <div className="form-actions">
            <Button
              className="button primary"
              isDisabled={!r.canFinalise || finalise.isPending}
              onPress={() => finalise.mutate({ assessmentId: view.id })}
            >
              Finalise version {view.version}
            </Button>
          </div>
          <Form
            className="form"
            aria-label="Return to draft"
            validationBehavior="aria"
            onSubmit={(e) => {
              e.preventDefault();
              if (note.trim() === '') {
                setNoteError('is required: say what must change');
                return;
              }
              setNoteError(undefined);
              back.mutate({ assessmentId: view.id, note }, { onSuccess: () => setNote('') });
            }}
          >
            <TextInput
              label="Return to draft: what must change"
              name="return-note"
              value={note}
              onChange={setNote}
              error={noteError}
              rows={2}
            />
            <div className="form-actions">
              <Button type="submit" className="button" isDisabled={back.isPending}>
                Return to draft
              </Button>
            </div>
          </Form>
        </>
      ) : null}
      {view.status === 'FINAL' ? (
        <p className="final-note" role="status">
          Final since {formatTime(view.finalisedAt)}. This version cannot change: re-assess to make
          a new one.
        </p>
      ) : null}
      {view.status === 'SUPERSEDED' ? (
        <p className="hint">
          A newer version supersedes this one; it is kept unchanged for the record.
        </p>
      ) : null}
    </div>
  );
}

export function DeterminationPanel({ view }: { view: AssessmentView }) {
  return (
    <section className="panel" aria-labelledby="determination-heading">
      <h3 id="determination-heading">The adviser’s determination</h3>
      <p className="hint">
        The engine supports the decision; it does not take it. Agree with its outcome, or override
        it with your reasons.
      </p>
      {view.result.subjects.map((s) => {
        const d = view.determinations.find((x) => x.subjectRef === s.subject_ref);
        return (
          <div key={s.subject_ref} className="subject-determination">
            <h4>
              {s.subject_ref} ({s.role}) — engine: {OUTCOME_LABELS[s.outcome]}
            </h4>
            {d ? <CurrentDetermination d={d} /> : <p className="empty">No determination yet.</p>}
            {view.status === 'DRAFT' ? <DeterminationForm view={view} subject={s} /> : null}
          </div>
        );
      })}
      <ReviewActions view={view} />
    </section>
  );
}
