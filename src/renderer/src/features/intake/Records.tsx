import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  ENTITIES,
  REQUIRED_ON_ADD,
  type EntityKind,
  type ListKind,
} from '../../../../shared/intake/entities';
import type { StepId } from '../../../../shared/intake/fieldTypes';
import { answerSchema } from '../../../../shared/intake/fieldTypes';
import { codeLabel } from '../../../../shared/intake/labels';
import type { IntakeView, RecordView } from '../../../../shared/intake/records';
import { visibleFields } from '../../../../shared/intake/steps';
import { FailureMessage, SelectInput, TextInput } from '../../components/fields';
import { call, errorMessage, IpcCallError } from '../../lib/ipc';
import { Question } from './Question';
import { refreshAfterWrite } from './useIntake';

/** Every question of one record that applies in this step, given the answers so far. */
export function RecordFields(props: {
  view: IntakeView;
  kind: EntityKind;
  record: RecordView;
  step: StepId;
}) {
  const fields = visibleFields(props.view, props.kind, props.record, props.step);
  return (
    <div className="questions">
      {fields.map((def) => (
        <Question
          key={def.path}
          caseId={props.view.caseId}
          kind={props.kind}
          record={props.record}
          def={def}
        />
      ))}
    </div>
  );
}

/** A card for one record of a list (a risk, an action …), with its removal. */
export function RecordCard(props: {
  view: IntakeView;
  kind: ListKind;
  record: RecordView;
  title: string;
  children: ReactNode;
}) {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const noun = ENTITIES[props.kind].noun;
  return (
    <section className="record-card" aria-label={props.title}>
      <header className="record-card-header">
        <h3>{props.title}</h3>
        {confirming ? (
          <span className="confirm">
            Remove this {noun}? The audit log keeps what it said.
            <Button
              className="button danger small"
              onPress={() => {
                call('intake:remove', {
                  caseId: props.view.caseId,
                  kind: props.kind,
                  id: props.record.id,
                })
                  .then(() => refreshAfterWrite(qc, props.view.caseId))
                  .catch((e: unknown) => {
                    setError(errorMessage(e));
                    setConfirming(false);
                  });
              }}
            >
              Remove
            </Button>
            <Button className="button small" onPress={() => setConfirming(false)}>
              Keep
            </Button>
          </span>
        ) : (
          <Button className="button small" onPress={() => setConfirming(true)}>
            Remove {noun}
          </Button>
        )}
      </header>
      <FailureMessage message={error} />
      {props.children}
    </section>
  );
}

/**
 * Adds a record to a list. Fields the schema requires and that have no "unknown" (an action's
 * type, an evidence item's kind and grade …) are asked first; everything else is then asked in
 * the record's card.
 */
export function AddRecord(props: {
  view: IntakeView;
  kind: ListKind;
  label: string;
  extra?: Record<string, unknown>;
}) {
  const qc = useQueryClient();
  const required = REQUIRED_ON_ADD[props.kind]
    .map((p) => ENTITIES[props.kind].fields.find((f) => f.path === p))
    .filter((f) => f !== undefined);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formName = `add-${props.kind}`;

  const parsed = (path: string, raw: string | undefined): unknown => {
    const def = ENTITIES[props.kind].fields.find((f) => f.path === path);
    if (raw === undefined || raw === '') return undefined;
    if (def?.type.kind === 'boolean') return raw === 'true';
    if (def?.type.kind === 'codes') return raw.split(',').filter(Boolean);
    if (def?.type.kind === 'datetime') {
      const d = new Date(raw);
      return Number.isNaN(d.getTime()) ? raw : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    if (def?.type.kind === 'state') return raw.toUpperCase();
    return raw;
  };

  return (
    <Form
      className="add-record"
      validationBehavior="aria"
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        const set: Record<string, unknown> = {};
        const problems: Record<string, string> = {};
        for (const def of required) {
          const v = parsed(def.path, values[def.path]);
          if (v === undefined) {
            problems[def.path] = 'is required';
            continue;
          }
          const r = answerSchema(def).safeParse(v);
          if (r.success) set[def.path] = r.data;
          else problems[def.path] = r.error.issues[0]?.message ?? 'is not valid';
        }
        setErrors(problems);
        if (Object.keys(problems).length > 0) return;
        setBusy(true);
        setFailure(null);
        call('intake:add', {
          caseId: props.view.caseId,
          kind: props.kind,
          set,
          ...props.extra,
        })
          .then(() => {
            setValues({});
            return refreshAfterWrite(qc, props.view.caseId);
          })
          .catch((err: unknown) => {
            if (err instanceof IpcCallError) {
              setErrors(
                Object.fromEntries(
                  err.issues.map((i) => [i.path.replace(/^set\./, ''), i.message]),
                ),
              );
            }
            setFailure(errorMessage(err));
          })
          .finally(() => setBusy(false));
      }}
    >
      {required.map((def) => {
        const name = `${formName}-${def.path}`;
        const set = (v: string) => setValues((old) => ({ ...old, [def.path]: v }));
        const t = def.type;
        if (t.kind === 'enum') {
          return (
            <SelectInput
              key={def.path}
              label={def.label}
              name={name}
              value={values[def.path] ?? null}
              onChange={set}
              options={t.values.map((v) => ({ id: v, label: codeLabel(v) }))}
              error={errors[def.path]}
            />
          );
        }
        if (t.kind === 'boolean') {
          return (
            <SelectInput
              key={def.path}
              label={def.label}
              name={name}
              value={values[def.path] ?? null}
              onChange={set}
              options={[
                { id: 'true', label: 'Yes' },
                { id: 'false', label: 'No' },
              ]}
              error={errors[def.path]}
            />
          );
        }
        return (
          <TextInput
            key={def.path}
            label={def.label}
            name={name}
            description={
              t.kind === 'datetime'
                ? 'Date and time, e.g. 2026-03-02T09:30'
                : t.kind === 'codes'
                  ? 'Comma-separated, e.g. VII, GENERAL'
                  : undefined
            }
            value={values[def.path] ?? ''}
            onChange={set}
            error={errors[def.path]}
          />
        );
      })}
      <div className="form-actions">
        <Button type="submit" className="button" isDisabled={busy}>
          {props.label}
        </Button>
      </div>
      <FailureMessage message={Object.keys(errors).length === 0 ? failure : null} />
    </Form>
  );
}
