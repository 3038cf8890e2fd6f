import { TRI, type Tri } from '../../../../shared/caseFacts/enums';
import { optionLabel, TRI_LABELS, type FieldSpec } from '../../../../shared/timeline/fields';
import { CheckboxGroupInput, RadioInput, SelectInput, TextInput } from '../../components/fields';

/** A form answer: text, a list of codes, or null for a question not answered yet. */
export type FormValue = string | string[] | null;
export type FormValues = Record<string, FormValue>;

const TRI_OPTIONS = TRI.map((id) => ({ id, label: TRI_LABELS[id] }));
// Chosen to clear an optional answer (a list box cannot offer an empty key).
const NOT_RECORDED = '-';

/** The form fields of one event type, generated from its field description (fields.ts). */
export function EventFields(props: {
  fields: readonly FieldSpec[];
  values: FormValues;
  errors: Record<string, string>;
  onChange: (name: string, value: FormValue) => void;
}) {
  return (
    <>
      {props.fields.map((f) => {
        const name = `payload.${f.name}`;
        const common = {
          name,
          label: f.required ? f.label : `${f.label} (optional)`,
          error: props.errors[name],
          ...(f.hint ? { description: f.hint } : {}),
        };
        const value = props.values[f.name] ?? null;
        const text = typeof value === 'string' ? value : '';
        const set = (v: FormValue) => props.onChange(f.name, v);
        switch (f.kind) {
          case 'line':
            return <TextInput key={f.name} {...common} value={text} onChange={set} />;
          case 'paragraph':
            return <TextInput key={f.name} {...common} rows={4} value={text} onChange={set} />;
          case 'lines':
            return (
              <TextInput
                key={f.name}
                {...common}
                description={f.hint ?? 'One per line'}
                rows={3}
                value={text}
                onChange={set}
              />
            );
          case 'tri':
            return (
              <RadioInput<Tri>
                key={f.name}
                {...common}
                label={f.label}
                value={(value as Tri | null) ?? null}
                onChange={set}
                options={TRI_OPTIONS}
              />
            );
          case 'choice':
            return (
              <SelectInput
                key={f.name}
                {...common}
                value={text === '' ? null : text}
                onChange={(v) => set(v === NOT_RECORDED ? '' : v)}
                placeholder={f.required ? 'Choose…' : 'Not recorded'}
                options={[
                  ...(f.required ? [] : [{ id: NOT_RECORDED, label: 'Not recorded' }]),
                  ...f.options.map((id) => ({ id, label: optionLabel(id) })),
                ]}
              />
            );
          case 'choices':
            return (
              <CheckboxGroupInput
                key={f.name}
                {...common}
                value={Array.isArray(value) ? value : []}
                onChange={set}
                options={f.options.map((id) => ({ id, label: optionLabel(id) }))}
              />
            );
          case 'datetime':
            return (
              <TextInput
                key={f.name}
                {...common}
                type="datetime-local"
                value={text}
                onChange={set}
              />
            );
          case 'date':
            return <TextInput key={f.name} {...common} type="date" value={text} onChange={set} />;
          case 'integer':
            return <TextInput key={f.name} {...common} type="number" value={text} onChange={set} />;
        }
      })}
    </>
  );
}
