import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  eventRecordSchema,
  type OccurredPrecision,
  type TimelineEvent,
} from '../../../../shared/schemas/timeline';
import {
  formFromPayload,
  isoToLocalInput,
  localDateTimeToIso,
  payloadFromForm,
} from '../../../../shared/timeline/fields';
import {
  ADVISER_EVENT_TYPES,
  CLASSIFICATIONS,
  EVENT_TYPES,
  type Classification,
  type EventType,
  type EventTypeDef,
} from '../../../../shared/timeline/eventTypes';
import { ErrorSummary, RadioInput, SelectInput, TextInput } from '../../components/fields';
import { localDay, startOfLocalDay, todayLocal } from '../../lib/dates';
import { IpcCallError, errorMessage } from '../../lib/ipc';
import { EventFields, type FormValue, type FormValues } from './EventFields';
import { useRecordEvent } from './queries';

const PRECISIONS: { id: OccurredPrecision; label: string }[] = [
  { id: 'EXACT', label: 'Exact time' },
  { id: 'APPROXIMATE', label: 'About then' },
  { id: 'DAY', label: 'Only the day is known' },
];

const CLASSIFICATION_LABELS: Record<Classification, string> = {
  NORMAL: 'Normal',
  RESTRICTED: 'Restricted',
  SECRET: 'Secret',
};

const TYPE_OPTIONS = ADVISER_EVENT_TYPES.map((id) => ({ id, label: EVENT_TYPES[id].label }));

type State = {
  type: EventType | null;
  precision: OccurredPrecision;
  /** datetime-local text, or a YYYY-MM-DD day when only the day is known. */
  when: string;
  classification: Classification | null;
  subjects: string;
  payload: FormValues;
};

function initialState(correcting: TimelineEvent | null): State {
  if (!correcting) {
    return {
      type: null,
      precision: 'EXACT',
      when: isoToLocalInput(new Date().toISOString()),
      classification: null,
      subjects: '',
      payload: {},
    };
  }
  const def: EventTypeDef = EVENT_TYPES[correcting.type];
  return {
    type: correcting.type,
    precision: correcting.occurredPrecision,
    when:
      correcting.occurredPrecision === 'DAY'
        ? localDay(correcting.occurredAt)
        : isoToLocalInput(correcting.occurredAt),
    classification: correcting.classification,
    subjects: correcting.subjectRefs.join('\n'),
    payload: formFromPayload(def.fields, correcting.payload),
  };
}

/** Field names as the form knows them, from an issue path the main process or zod reports. */
function fieldOf(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'payload' && parts[1]) return `payload.${parts[1]}`;
  if (parts[0] === 'occurredAt' || parts[0] === 'occurredPrecision') return 'when';
  return parts[0] ?? path;
}

const BASE_LABELS: Record<string, string> = {
  type: 'What happened',
  when: 'When it happened',
  classification: 'Classification',
  subjectRefs: 'Persons concerned',
  correctsEventId: 'The event corrected',
  caseId: 'The case',
};

/**
 * Records an event on the timeline, in a form generated from the type's field description; or,
 * given `correcting`, records its correction (a new event that points back; the original stays).
 */
export function RecordEventForm(props: {
  caseId: number;
  correcting?: TimelineEvent | null;
  /** An interim measure is in force (P-0/P-1): warn before an outbound disclosure (SPEC §2.11 P-7). */
  interimActive?: boolean;
  onDone: (event: TimelineEvent | null) => void;
}) {
  const correcting = props.correcting ?? null;
  const record = useRecordEvent(props.caseId);
  const [state, setState] = useState<State>(() => initialState(correcting));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const def: EventTypeDef | null = state.type ? EVENT_TYPES[state.type] : null;

  const labelOf = (name: string) =>
    BASE_LABELS[name] ??
    def?.fields.find((f) => `payload.${f.name}` === name)?.label ??
    name.replace(/^payload\./, '');

  // An answer that changes is no longer the one the error was about.
  const clearError = (name: string) =>
    setErrors((e) => {
      if (!(name in e)) return e;
      const { [name]: _, ...rest } = e;
      return rest;
    });
  const setField = (name: string, value: FormValue) => {
    setState((s) => ({ ...s, payload: { ...s.payload, [name]: value } }));
    clearError(`payload.${name}`);
  };

  const occurredAt = (): string =>
    state.precision === 'DAY'
      ? (startOfLocalDay(state.when) ?? state.when)
      : (localDateTimeToIso(state.when) ?? state.when);

  const submit = async () => {
    setFailure(null);
    if (!state.type || !def) {
      setErrors({ type: 'is required: choose what happened' });
      return;
    }
    const input = {
      caseId: props.caseId,
      type: state.type,
      occurredAt: occurredAt(),
      occurredPrecision: state.precision,
      ...(state.classification ? { classification: state.classification } : {}),
      subjectRefs: state.subjects
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
      payload: payloadFromForm(def.fields, state.payload),
      ...(correcting ? { correctsEventId: correcting.id } : {}),
    };
    const parsed = eventRecordSchema.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const i of parsed.error.issues) {
        const name = fieldOf(i.path.map(String).join('.'));
        found[name] ??= i.code === 'unrecognized_keys' ? 'is not an accepted field' : i.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    try {
      const event = await record.mutateAsync(input);
      props.onDone(event);
    } catch (e) {
      // Main validates again (and knows the clock and the case): its issues land on the fields.
      if (e instanceof IpcCallError && e.issues.length > 0) {
        const found: Record<string, string> = {};
        for (const i of e.issues) found[fieldOf(i.path)] ??= i.message;
        setErrors(found);
      }
      setFailure(errorMessage(e));
    }
  };

  const summary = Object.entries(errors).map(([name, message]) => ({
    name,
    label: labelOf(name),
    message,
  }));
  const outbound =
    state.type === 'HOST_STATE_COMMUNICATION' && state.payload.direction === 'OUTBOUND';

  return (
    <Form
      className="form event-form"
      aria-label={correcting ? `Correct event ${correcting.number}` : 'Record an event'}
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {correcting ? (
        <p className="callout">
          You are correcting event {correcting.number} ({EVENT_TYPES[correcting.type].label}). The
          original stays on the file, marked as corrected; the correction is a new event.
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      {failure && summary.length === 0 ? (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
      {correcting ? null : (
        <SelectInput<EventType>
          label={BASE_LABELS.type ?? 'What happened'}
          name="type"
          value={state.type}
          onChange={(type) => {
            setState((s) => ({ ...s, type, payload: {}, classification: null }));
            setErrors({});
          }}
          options={TYPE_OPTIONS}
          error={errors.type}
          placeholder="Choose the kind of event…"
        />
      )}
      {def ? (
        <>
          <p className="field-hint">
            {def.description}
            {def.anchor ? <span className="anchor"> Authority: {def.anchor}.</span> : null}
          </p>
          <fieldset className="fieldset">
            <legend>When it happened</legend>
            <RadioInput<OccurredPrecision>
              label="How precisely is the time known?"
              name="precision"
              value={state.precision}
              clearable={false}
              onChange={(p) =>
                setState((s) => ({
                  ...s,
                  precision: p ?? 'EXACT',
                  when:
                    (p === 'DAY') === (s.precision === 'DAY')
                      ? s.when
                      : p === 'DAY'
                        ? s.when.slice(0, 10) || todayLocal()
                        : `${s.when.slice(0, 10) || todayLocal()}T12:00`,
                }))
              }
              options={PRECISIONS}
            />
            <TextInput
              label={state.precision === 'DAY' ? 'Date' : 'Date and time'}
              name="when"
              type={state.precision === 'DAY' ? 'date' : 'datetime-local'}
              value={state.when}
              onChange={(when) => {
                setState((s) => ({ ...s, when }));
                clearError('when');
              }}
              error={errors.when}
              description="When it happened, which may be long before today: the file also keeps when it was recorded"
            />
          </fieldset>
          {outbound && props.interimActive ? (
            <p className="callout warning" role="note">
              An interim no-handover measure is in force. Before disclosing the person&rsquo;s
              identity or location to the host state, check the caution of SPEC P-7.
            </p>
          ) : null}
          <EventFields
            fields={def.fields}
            values={state.payload}
            errors={errors}
            onChange={setField}
          />
          <TextInput
            label="Persons concerned (optional)"
            name="subjectRefs"
            description="Pseudonymous references of the principal or dependants, one per line"
            rows={2}
            value={state.subjects}
            onChange={(subjects) => setState((s) => ({ ...s, subjects }))}
            error={errors.subjectRefs}
          />
          <SelectInput<Classification>
            label="Classification"
            name="classification"
            description={`Default for this kind of event: ${CLASSIFICATION_LABELS[def.classification]}`}
            value={state.classification ?? def.classification}
            onChange={(classification) => setState((s) => ({ ...s, classification }))}
            options={CLASSIFICATIONS.map((id) => ({ id, label: CLASSIFICATION_LABELS[id] }))}
            error={errors.classification}
          />
        </>
      ) : null}
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={record.isPending}>
          {correcting ? 'Record the correction' : 'Record the event'}
        </Button>
        <Button className="button" onPress={() => props.onDone(null)}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
