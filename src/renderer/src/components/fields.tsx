import type { ReactNode } from 'react';
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
        <Input className="field-input" id={`field-${props.name}`} />
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

/** A labelled single choice shown in full, each option with an optional explanation. */
export function RadioGroupInput<K extends string>(
  props: FieldProps & {
    value: K | null;
    onChange: (value: K) => void;
    options: readonly { id: K; label: string; hint?: string }[];
  },
) {
  return (
    <RadioGroup
      className="field choice-group"
      name={props.name}
      value={props.value}
      onChange={(v) => props.onChange(v as K)}
      isInvalid={props.error !== undefined}
    >
      <FieldText {...props} />
      <div className="choices stacked" id={`field-${props.name}`}>
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
 * The error summary at the top of a form: each problem links to its field. A `failure` that no
 * field explains (a conflict, a storage error) is shown on its own when no field is at fault.
 */
export function ErrorSummary(props: {
  errors: { name: string; label: string; message: string }[];
  failure?: string | null;
}) {
  if (props.errors.length === 0) {
    return props.failure ? (
      <p className="form-failure" role="alert">
        {props.failure}
      </p>
    ) : null;
  }
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>There is a problem</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={e.name}>
            <a href={`#field-${e.name}`}>
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
