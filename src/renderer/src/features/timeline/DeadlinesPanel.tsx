import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation } from '@tanstack/react-query';
import {
  DEADLINE_KIND_LABELS,
  followUpCreateSchema,
  type Deadline,
} from '../../../../shared/schemas/deadlines';
import { localDateTimeToIso } from '../../../../shared/timeline/fields';
import { ErrorSummary, TextInput } from '../../components/fields';
import { formatDateTime, relativeTo } from '../../lib/dates';
import { call, errorMessage } from '../../lib/ipc';
import { useNow } from '../../lib/useNow';
import { useInvalidateCaseFile } from './queries';

function FollowUpForm(props: { caseId: number; onDone: () => void }) {
  const invalidate = useInvalidateCaseFile(props.caseId);
  const create = useMutation({
    mutationFn: (input: { title: string; dueAt: string }) =>
      call('deadlines:followUp', { caseId: props.caseId, ...input }),
    onSuccess: invalidate,
  });
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const labels: Record<string, string> = { title: 'What to do', dueAt: 'Due' };
  return (
    <Form
      className="form inline-form"
      aria-label="Set a follow-up"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        const input = { caseId: props.caseId, title, dueAt: localDateTimeToIso(due) ?? due };
        const parsed = followUpCreateSchema.safeParse(input);
        if (!parsed.success) {
          const found: Record<string, string> = {};
          for (const i of parsed.error.issues) found[String(i.path[0])] ??= i.message;
          setErrors(found);
          return;
        }
        setErrors({});
        create.mutate(
          { title: parsed.data.title, dueAt: parsed.data.dueAt },
          {
            onSuccess: props.onDone,
            onError: (e) => setErrors({ title: errorMessage(e) }),
          },
        );
      }}
    >
      <ErrorSummary
        errors={Object.entries(errors).map(([name, message]) => ({
          name,
          label: labels[name] ?? name,
          message,
        }))}
      />
      <TextInput
        label="What to do"
        name="title"
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <TextInput
        label="Due"
        name="dueAt"
        type="datetime-local"
        value={due}
        onChange={setDue}
        error={errors.dueAt}
      />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={create.isPending}>
          Set the follow-up
        </Button>
        <Button className="button" onPress={props.onDone}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}

function DeadlineItem(props: { d: Deadline; readOnly: boolean; now: number }) {
  const d = props.d;
  const invalidate = useInvalidateCaseFile(d.caseId);
  const complete = useMutation({
    mutationFn: () => call('deadlines:complete', { id: d.id }),
    onSuccess: invalidate,
  });
  const overdue = d.status === 'OPEN' && Date.parse(d.dueAt) < props.now;
  return (
    <li className={overdue ? 'deadline overdue' : 'deadline'}>
      <span className="tag">{DEADLINE_KIND_LABELS[d.kind]}</span> <strong>{d.title}</strong>
      <span className="deadline-due">
        due <time dateTime={d.dueAt}>{formatDateTime(d.dueAt)}</time> ({overdue ? 'overdue, ' : ''}
        {relativeTo(d.dueAt, props.now)})
      </span>
      {d.kind === 'INTERIM_REVIEW' ? (
        <span className="field-hint">
          {' '}
          The measure stays in force until a new assessment lifts it.
        </span>
      ) : !props.readOnly ? (
        <Button
          className="link-button"
          isDisabled={complete.isPending}
          onPress={() => complete.mutate()}
        >
          Mark done
        </Button>
      ) : null}
      {complete.isError ? (
        <span className="form-failure" role="alert">
          {' '}
          {errorMessage(complete.error)}
        </span>
      ) : null}
    </li>
  );
}

/** The case's open deadlines, soonest first, and a way to set a follow-up. */
export function DeadlinesPanel(props: {
  caseId: number;
  deadlines: readonly Deadline[];
  readOnly: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const now = useNow();
  const open = props.deadlines.filter((d) => d.status === 'OPEN');
  return (
    <section className="deadlines" aria-labelledby="deadlines-heading">
      <h3 id="deadlines-heading">Open deadlines</h3>
      {open.length === 0 ? <p className="empty">No open deadlines.</p> : null}
      <ul className="deadline-list">
        {open.map((d) => (
          <DeadlineItem key={d.id} d={d} readOnly={props.readOnly} now={now} />
        ))}
      </ul>
      {props.readOnly ? null : adding ? (
        <FollowUpForm caseId={props.caseId} onDone={() => setAdding(false)} />
      ) : (
        <Button className="link-button" onPress={() => setAdding(true)}>
          Set a follow-up
        </Button>
      )}
    </section>
  );
}
