import { useEffect, useRef, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';

type FieldProps = {
  label: string;
  name: string;
  description?: string;
  error?: string | undefined;
};

/**
 * A field's label, hint and error, in the GOV.UK order (label, hint, error, then the control).
 * Inside any React Aria field, which wires them to the control for assistive technology.
 */
export function FieldText(props: FieldProps) {
  return (
    <>
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field-error">{props.error}</FieldError>
    </>
  );
}

/**
 * A labelled text input whose error names the problem and how to fix it (GOV.UK pattern);
 * `rows` makes it a multi-line text box.
 */
export function TextInput(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    autoFocus?: boolean;
    maxLength?: number;
    rows?: number;
    /** Native date and time pickers are keyboard-usable and need no extra CSS or script. */
    type?: 'text' | 'date' | 'datetime-local' | 'number';
  },
) {
  return (
    <TextField
      className="field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      {...(props.onBlur ? { onBlur: props.onBlur } : {})}
      isInvalid={props.error !== undefined}
      {...(props.autoFocus ? { autoFocus: true } : {})}
      {...(props.maxLength ? { maxLength: props.maxLength } : {})}
    >
      <FieldText {...props} />
      {props.rows ? (
        <TextArea className="field-input" id={`field-${props.name}`} rows={props.rows} />
      ) : (
        <Input className="field-input" id={`field-${props.name}`} type={props.type ?? 'text'} />
      )}
    </TextField>
  );
}

/** A labelled set of checkboxes: any number of choices from a list. */
export function CheckboxGroupInput<K extends string>(
  props: FieldProps & {
    value: readonly K[];
    onChange: (value: K[]) => void;
    options: readonly { id: K; label: string }[];
  },
) {
  return (
    <CheckboxGroup
      className="field choice-group"
      name={props.name}
      value={[...props.value]}
      onChange={(v) => props.onChange(v as K[])}
      isInvalid={props.error !== undefined}
    >
      <FieldText {...props} />
      <div className="choices" id={`field-${props.name}`}>
        {props.options.map((o) => (
          <Checkbox key={o.id} value={o.id} className="choice">
            <span className="choice-box" aria-hidden="true" />
            {o.label}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

/**
 * A labelled single choice shown in full, each option with an optional explanation; `inline`
 * puts short options (Yes / No / Unknown) side by side, as GOV.UK does.
 */
export function RadioGroupInput<K extends string>(
  props: FieldProps & {
    value: K | null;
    onChange: (value: K) => void;
    options: readonly { id: K; label: string; hint?: string }[];
    layout?: 'stacked' | 'inline';
    isDisabled?: boolean;
  },
) {
  return (
    <RadioGroup
      className="field choice-group"
      name={props.name}
      value={props.value}
      onChange={(v) => props.onChange(v as K)}
      isInvalid={props.error !== undefined}
      {...(props.isDisabled ? { isDisabled: true } : {})}
      {...(props.layout === 'inline' ? { orientation: 'horizontal' as const } : {})}
    >
      <FieldText {...props} />
      <div className={`choices ${props.layout ?? 'stacked'}`} id={`field-${props.name}`}>
        {props.options.map((o) => (
          <Radio key={o.id} value={o.id} className="choice">
            <span className="choice-dot" aria-hidden="true" />
            <span>
              <span className="choice-label">{o.label}</span>
              {o.hint ? <span className="choice-hint">{o.hint}</span> : null}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/**
 * One answer from a few, in a row. `null` is "not answered yet", shown as such: an unanswered
 * question is never silently defaulted (UX.md "Unknown is an answer").
 */
export function RadioInput<K extends string>(
  props: FieldProps & {
    value: K | null;
    onChange: (value: K | null) => void;
    options: readonly { id: K; label: string }[];
    /** Whether an answer can be taken back to "not answered" (not for a required choice). */
    clearable?: boolean;
  },
) {
  return (
    <RadioGroup
      className="field radio-field"
      name={props.name}
      value={props.value}
      onChange={(v) => props.onChange(v as K)}
      isInvalid={props.error !== undefined}
      orientation="horizontal"
    >
      <FieldText {...props} />
      <div className="radio-options" id={`field-${props.name}`}>
        {props.options.map((o) => (
          <Radio key={o.id} value={o.id} className="radio">
            {o.label}
          </Radio>
        ))}
        {props.value === null ? (
          <span className="not-answered">Not answered yet</span>
        ) : props.clearable !== false ? (
          <Button className="link-button" onPress={() => props.onChange(null)}>
            Clear
          </Button>
        ) : null}
      </div>
    </RadioGroup>
  );
}

/** A labelled single choice from a short list. */
export function SelectInput<K extends string>(
  props: FieldProps & {
    value: K | null;
    onChange: (value: K) => void;
    options: readonly { id: K; label: string }[];
    placeholder?: string;
  },
) {
  return (
    <Select
      className="field"
      name={props.name}
      selectedKey={props.value}
      onSelectionChange={(key) => {
        if (key !== null) props.onChange(String(key) as K);
      }}
      isInvalid={props.error !== undefined}
      placeholder={props.placeholder ?? 'Choose…'}
    >
      <FieldText {...props} />
      <Button className="field-input select-button" id={`field-${props.name}`}>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="select-popover">
        <ListBox className="select-list">
          {props.options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} className="select-item">
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

/**
 * Moves focus to a field: its input, or the first control inside a group. The summary's links
 * do this instead of following `#field-…`, which under hash routing would change the route.
 */
function focusField(name: string): void {
  const el = document.getElementById(`field-${name}`);
  if (!el) return;
  const target = el.matches('input, textarea, button, select')
    ? el
    : el.querySelector<HTMLElement>('input, textarea, button, select');
  (target ?? el).focus();
}

/**
 * The error summary at the top of a form (GOV.UK pattern): it takes focus when problems appear,
 * so a screen reader announces them, and each problem links to its field. A `failure` that no
 * field explains (a conflict, a storage error) is shown on its own when no field is at fault.
 */
/** A failure no single field explains (a conflict, a storage error), announced when it appears. */
export function FailureMessage(props: { message?: string | null | undefined }) {
  return props.message ? (
    <p className="form-failure" role="alert">
      {props.message}
    </p>
  ) : null;
}

export function ErrorSummary(props: {
  errors: { name: string; label: string; message: string }[];
  failure?: string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = props.errors.map((e) => `${e.name}:${e.message}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (props.errors.length === 0) return <FailureMessage message={props.failure} />;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>There is a problem</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={e.name}>
            <a
              href={`#field-${e.name}`}
              onClick={(ev) => {
                ev.preventDefault();
                focusField(e.name);
              }}
            >
              {e.label} {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PageHeader(props: { title: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{props.title}</h1>
      {props.children ? <div className="page-actions">{props.children}</div> : null}
    </div>
  );
}
