import { useCallback, useEffect, useRef, useState } from 'react';
import { Checkbox, Input, TextArea, TextField } from 'react-aria-components';
import { TRI } from '../../../../shared/caseFacts/enums';
import type { EntityKind } from '../../../../shared/intake/entities';
import { answerSchema, type FieldDef } from '../../../../shared/intake/fieldTypes';
import { answerLabel, answerText, codeLabel } from '../../../../shared/intake/labels';
import { neutralDefault, type RecordView } from '../../../../shared/intake/records';
import { questionDomId } from '../../../../shared/intake/steps';
import {
  CheckboxGroupInput,
  FieldText,
  RadioGroupInput,
  SelectInput,
} from '../../components/fields';
import { useSaveStatus } from './saveStatus';
import { useSaveAnswers } from './useIntake';

// One interview question, rendered by the kind of answer it takes. Every widget validates with
// the field's own zod schema (the one the main process enforces) before anything is sent, saves
// on change (text after a short pause, and at once on leaving the field or the window), and says
// plainly when a question is still unanswered.

type Props = {
  caseId: number;
  kind: EntityKind;
  record: RecordView;
  def: FieldDef;
};

type Save = (value: unknown) => Promise<string | null>;

function validate(def: FieldDef, value: unknown): string | null {
  const r = answerSchema(def).safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'is not valid');
}

const describeDefault = (def: FieldDef): string => {
  const v = neutralDefault(def);
  if (v === null) return 'not recorded';
  if (Array.isArray(v)) return 'none';
  return answerLabel(v);
};

function StateNote(props: { def: FieldDef; record: RecordView }) {
  const { def, record } = props;
  const value = record.answers[def.path] ?? null;
  const mark = record.marks[def.path];
  if (value !== null) return null;
  if (mark === 'NULL') return <span className="answer-state is-unknown">Not known</span>;
  if (mark === 'OMITTED') {
    return (
      <span className="answer-state is-default">
        Not in the imported facts — taken as {describeDefault(def)}
      </span>
    );
  }
  return <span className="answer-state is-unanswered">Not yet answered</span>;
}

const whyText = (def: FieldDef) => `${def.why}${def.rule ? ` (SPEC ${def.rule})` : ''}`;
const questionLabel = (def: FieldDef) => (def.laOnly ? `${def.label} — legal adviser` : def.label);

export function Question(props: Props) {
  const { caseId, kind, record, def } = props;
  const saveAnswers = useSaveAnswers(caseId);
  const target =
    kind === 'case' || kind === 'principal' || kind === 'legal'
      ? { kind }
      : { kind, id: record.id };
  const save: Save = useCallback(
    async (value) => {
      const change = value === undefined ? { clear: [def.path] } : { set: { [def.path]: value } };
      const r = await saveAnswers(target, change, def.path);
      return r.ok ? null : r.message;
    },
    // target is derived from kind and record.id
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [saveAnswers, def.path, kind, record.id],
  );
  const domId = questionDomId(kind, record.id, def.path);
  const name = domId;
  const body = (() => {
    const t = def.type;
    switch (t.kind) {
      case 'tri':
        return (
          <ChoiceQuestion
            {...props}
            name={name}
            save={save}
            options={TRI.map((v) => ({ id: v, label: codeLabel(v) }))}
          />
        );
      case 'boolean':
        return (
          <ChoiceQuestion
            {...props}
            name={name}
            save={(v) => save(v === undefined ? undefined : v === 'true')}
            value={record.answers[def.path] === null ? null : String(record.answers[def.path])}
            options={[
              { id: 'true', label: 'Yes' },
              { id: 'false', label: 'No' },
            ]}
          />
        );
      case 'enum': {
        const options = t.values.map((v) => ({ id: v, label: codeLabel(v) }));
        return options.length <= 5 ? (
          <ChoiceQuestion {...props} name={name} save={save} options={options} />
        ) : (
          <SelectQuestion {...props} name={name} save={save} options={options} />
        );
      }
      case 'codes':
        return <CodesQuestion {...props} name={name} save={save} values={t.values} />;
      case 'datetime':
        return <DateTimeQuestion {...props} name={name} save={save} />;
      case 'text':
      case 'number':
      case 'state':
      case 'states':
      case 'texts':
        return <TypedQuestion {...props} name={name} save={save} />;
    }
  })();
  return (
    <div className="question" id={domId} tabIndex={-1} data-kind={def.type.kind}>
      {body}
    </div>
  );
}

type ChoiceProps = Props & {
  save: Save;
  name: string;
  options: { id: string; label: string }[];
  value?: string | null;
};

function ChoiceQuestion(props: ChoiceProps) {
  const { def, record } = props;
  const [error, setError] = useState<string | undefined>(undefined);
  const value =
    props.value !== undefined ? props.value : ((record.answers[def.path] as string | null) ?? null);
  return (
    <div className="question-field">
      <RadioGroupInput
        label={questionLabel(def)}
        name={props.name}
        description={whyText(def)}
        value={value}
        layout="inline"
        isDisabled={def.readOnly === true}
        onChange={(v) => {
          void props.save(v).then((e) => setError(e ?? undefined));
        }}
        options={props.options}
        error={error}
      />
      <StateNote def={def} record={record} />
    </div>
  );
}

function SelectQuestion(props: ChoiceProps) {
  const { def, record } = props;
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <div className="question-field">
      <SelectInput
        label={questionLabel(def)}
        name={props.name}
        description={whyText(def)}
        value={(record.answers[def.path] as string | null) ?? null}
        onChange={(v) => {
          void props.save(v).then((e) => setError(e ?? undefined));
        }}
        options={props.options}
        error={error}
      />
      <StateNote def={def} record={record} />
    </div>
  );
}

function CodesQuestion(props: Props & { save: Save; values: readonly string[]; name: string }) {
  const { def, record } = props;
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <div className="question-field">
      <CheckboxGroupInput
        label={questionLabel(def)}
        name={props.name}
        description={whyText(def)}
        value={(record.answers[def.path] as string[] | null) ?? []}
        onChange={(v) => {
          // Keep the list in the order of the SPEC's enumeration.
          const ordered = props.values.filter((x) => v.includes(x));
          void props.save(ordered).then((e) => setError(e ?? undefined));
        }}
        options={props.values.map((v) => ({ id: v, label: codeLabel(v) }))}
        error={error}
      />
      {record.answers[def.path] === null ? <StateNote def={def} record={record} /> : null}
    </div>
  );
}

/** Text typed by the adviser, turned into the answer the field takes. */
function parseTyped(def: FieldDef, text: string): unknown {
  const t = def.type;
  switch (t.kind) {
    case 'number': {
      const n = Number(text.trim().replace(',', '.'));
      return text.trim() === '' ? undefined : n;
    }
    case 'state':
      return text.trim() === '' ? undefined : text.trim().toUpperCase();
    case 'states':
      return text.trim() === ''
        ? undefined
        : text
            .split(/[,\s]+/)
            .filter(Boolean)
            .map((s) => s.toUpperCase());
    case 'texts':
      return text.trim() === ''
        ? undefined
        : text
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    default:
      return text === '' ? undefined : text;
  }
}

/**
 * A typed answer (text, number, state codes). Saved after a pause in typing, on leaving the
 * field, and when the window is hidden or closed; never sent while invalid.
 */
function TypedQuestion(props: Props & { save: Save; name: string }) {
  const { def, record } = props;
  const [draft, setDraft] = useState(() => answerText(record.answers[def.path]));
  const [error, setError] = useState<string | null>(null);
  const pending = usePendingSave(props.save, setError);
  const nullable = def.nullable === true;
  const unknown = record.marks[def.path] === 'NULL';
  const t = def.type;
  const multiline = t.kind === 'text' && t.paragraph === true;
  const hint =
    t.kind === 'number'
      ? `A number from ${t.min} to ${t.max} (${t.unit}).`
      : t.kind === 'states'
        ? 'ISO alpha-3 codes, e.g. ECU, COL.'
        : t.kind === 'state'
          ? 'ISO alpha-3 code, e.g. ECU.'
          : null;
  return (
    <div className="question-field">
      <TextField
        className="field"
        value={draft}
        isInvalid={error !== null}
        isDisabled={unknown}
        onChange={(text) => {
          setDraft(text);
          const value = parseTyped(def, text);
          const problem = value === undefined ? null : validate(def, value);
          setError(problem);
          if (problem) pending.drop();
          else pending.later(value);
        }}
        onBlur={pending.flush}
      >
        <FieldText
          label={questionLabel(def)}
          name={props.name}
          description={hint ? `${whyText(def)} ${hint}` : whyText(def)}
          error={error ?? undefined}
        />
        {multiline ? (
          <TextArea className="field-input" id={`field-${props.name}`} rows={4} />
        ) : (
          <Input
            className="field-input"
            id={`field-${props.name}`}
            inputMode={t.kind === 'number' ? 'decimal' : undefined}
          />
        )}
      </TextField>
      {nullable ? (
        <NotKnown
          selected={unknown}
          onChange={(isUnknown) => {
            pending.drop();
            setError(null);
            if (isUnknown) setDraft('');
            void props.save(isUnknown ? null : undefined).then(setError);
          }}
        />
      ) : null}
      {!unknown && draft === '' ? <StateNote def={def} record={record} /> : null}
    </div>
  );
}

/**
 * Typed answers are sent after a pause in typing, on leaving the field, on unmount, and when the
 * window is hidden or closed (the SaveStatusProvider calls every registered flush).
 */
export function usePendingSave(save: Save, onError: (e: string | null) => void) {
  const { registerFlush } = useSaveStatus();
  const pending = useRef<{ value: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ save, onError });
  useEffect(() => {
    latest.current = { save, onError };
  }, [save, onError]);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    void latest.current.save(p.value).then((e) => {
      if (e) latest.current.onError(e);
    });
  }, []);
  useEffect(() => registerFlush(flush), [registerFlush, flush]);
  useEffect(() => flush, [flush]);
  return {
    flush,
    drop: () => {
      clearTimeout(timer.current);
      pending.current = null;
    },
    later: (value: unknown) => {
      clearTimeout(timer.current);
      pending.current = { value };
      timer.current = setTimeout(flush, 600);
    },
  };
}

/** `2026-03-02T09:30:00Z` shown as the local `2026-03-02T10:30` a datetime input takes. */
function toLocalInput(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

function fromLocalInput(local: string): string | null {
  const d = new Date(local);
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function DateTimeQuestion(props: Props & { save: Save; name: string }) {
  const { def, record } = props;
  const [error, setError] = useState<string | null>(null);
  const unknown = record.marks[def.path] === 'NULL';
  const [draft, setDraft] = useState(() => toLocalInput(record.answers[def.path]));
  return (
    <div className="question-field">
      <TextField
        className="field"
        value={draft}
        isInvalid={error !== null}
        isDisabled={unknown}
        onChange={(local) => {
          setDraft(local);
          if (local === '') return;
          const iso = fromLocalInput(local);
          const problem = iso === null ? 'is not a date and time' : validate(def, iso);
          setError(problem);
          if (!problem) void props.save(iso).then(setError);
        }}
      >
        <FieldText
          label={questionLabel(def)}
          name={props.name}
          description={whyText(def)}
          error={error ?? undefined}
        />
        <Input
          className="field-input field-datetime"
          id={`field-${props.name}`}
          type="datetime-local"
        />
      </TextField>
      {def.nullable ? (
        <NotKnown
          selected={unknown}
          onChange={(isUnknown) => {
            setError(null);
            if (isUnknown) setDraft('');
            void props.save(isUnknown ? null : undefined).then(setError);
          }}
        />
      ) : null}
      {!unknown && draft === '' ? <StateNote def={def} record={record} /> : null}
    </div>
  );
}

/** "Not known": stores null, which the canonical facts carry as an explicit unknown. */
function NotKnown(props: { selected: boolean; onChange: (isUnknown: boolean) => void }) {
  return (
    <Checkbox className="choice not-known" isSelected={props.selected} onChange={props.onChange}>
      <span className="choice-box" aria-hidden="true" />
      Not known
    </Checkbox>
  );
}
