import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextField,
} from 'react-aria-components';

type FieldProps = {
  label: string;
  name: string;
  description?: string;
  error?: string | undefined;
};

/** A labelled text input whose error names the problem and how to fix it (GOV.UK pattern). */
export function TextInput(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    autoFocus?: boolean;
    maxLength?: number;
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
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field-error">{props.error}</FieldError>
      <Input className="field-input" id={`field-${props.name}`} />
    </TextField>
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
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field-error">{props.error}</FieldError>
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

/** The error summary at the top of a form: each problem links to its field. */
export function ErrorSummary(props: {
  errors: { name: string; label: string; message: string }[];
}) {
  if (props.errors.length === 0) return null;
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
