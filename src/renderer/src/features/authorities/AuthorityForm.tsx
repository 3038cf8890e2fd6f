import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { INSTRUMENTS } from '../../../../shared/caseFacts/enums';
import {
  AUTHORITY_KIND_LABELS,
  AUTHORITY_KINDS,
  FACTOR_LABELS,
  FACTORS,
  INSTRUMENT_LABELS,
  localAuthorityFieldsSchema,
  VERIFICATION_LABELS,
  VERIFICATION_STATUSES,
  type Authority,
  type AuthorityKind,
  type Factor,
  type LocalAuthorityFields,
  type VerificationStatus,
} from '../../../../shared/schemas/authority';
import type { Instrument } from '../../../../shared/caseFacts/enums';
import {
  CheckboxGroupInput,
  ErrorSummary,
  PageHeader,
  RadioGroupInput,
  SelectInput,
  TextInput,
} from '../../components/fields';
import { useAuthority, useCreateAuthority, useUpdateAuthority } from '../../lib/authorities';
import { errorMessage, IpcCallError } from '../../lib/ipc';

type Values = {
  kind: AuthorityKind | null;
  shortTitle: string;
  citation: string;
  body: string;
  date: string;
  instruments: Instrument[];
  pinpoints: string;
  propositions: string;
  factors: Factor[];
  verificationStatus: VerificationStatus | null;
  sourceNote: string;
};
type Field = keyof Values;

const LABELS: Record<Field, string> = {
  kind: 'Kind',
  shortTitle: 'Short title',
  citation: 'Full citation',
  body: 'Court or body',
  date: 'Date',
  instruments: 'Instruments',
  pinpoints: 'Pinpoints',
  propositions: 'What it stands for',
  factors: 'Factors it supports',
  verificationStatus: 'Verification',
  sourceNote: 'Source note',
};

const STATUS_HINTS: Record<VerificationStatus, string> = {
  verified_text: 'You read the text itself.',
  verified_summary: 'You read a summary or a secondary source.',
  seed_only: 'Taken from a citation elsewhere; not checked.',
  unverified_recall: 'From memory; not checked. It will be flagged wherever it is cited.',
};

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

function toFields(v: Values): LocalAuthorityFields {
  return {
    kind: v.kind as AuthorityKind,
    shortTitle: v.shortTitle,
    citation: v.citation,
    body: v.body,
    date: v.date.trim(),
    instruments: v.instruments,
    pinpoints: lines(v.pinpoints),
    propositions: lines(v.propositions),
    factors: v.factors,
    verificationStatus: v.verificationStatus as VerificationStatus,
    sourceNote: v.sourceNote,
  };
}

function fromAuthority(a: Authority): Values {
  return {
    kind: a.kind,
    shortTitle: a.shortTitle,
    citation: a.citationTemplate,
    body: a.body ?? '',
    date: a.date ?? '',
    instruments: a.instruments,
    pinpoints: a.pinpoints.join('\n'),
    propositions: a.propositions.join('\n'),
    factors: a.factors,
    verificationStatus: a.verificationStatus,
    sourceNote: a.verificationNote ?? '',
  };
}

const EMPTY: Values = {
  kind: null,
  shortTitle: '',
  citation: '',
  body: '',
  date: '',
  instruments: [],
  pinpoints: '',
  propositions: '',
  factors: [],
  verificationStatus: null,
  sourceNote: '',
};

/** `pinpoints.3` → `pinpoints`: list items are edited as lines of one field. */
const fieldOf = (path: string) => path.split('.')[0] as Field;

export function NewAuthorityPage() {
  return <AuthorityForm initial={EMPTY} />;
}

export function EditAuthorityPage() {
  const { id = '' } = useParams();
  const detail = useAuthority(id);
  if (detail.isPending) return <p>Loading…</p>;
  if (detail.isError) return <p role="alert">{errorMessage(detail.error)}</p>;
  const a = detail.data.authority;
  if (a.origin !== 'LOCAL') {
    return (
      <p role="alert">
        {a.shortTitle} ships with Casefile and is read-only.{' '}
        <Link to={`/authorities/${a.id}`}>Add a note to it instead.</Link>
      </p>
    );
  }
  return <AuthorityForm key={`${a.id}@${a.version}`} initial={fromAuthority(a)} editing={a} />;
}

/** The adviser's own authority (a national decision, a ministry instruction): same fields as the library's. */
function AuthorityForm(props: { initial: Values; editing?: Authority }) {
  const navigate = useNavigate();
  const create = useCreateAuthority();
  const update = useUpdateAuthority();
  const [values, setValues] = useState<Values>(props.initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // Changing a field clears its error; the rest stay until the next submit checks them.
  const set =
    <F extends Field>(field: F) =>
    (value: Values[F]) => {
      setValues((v) => ({ ...v, [field]: value }));
      setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    };
  /** The props every field of this form shares: label, name, value, onChange and error. */
  const field = <F extends Field>(name: F) => ({
    label: LABELS[name],
    name,
    value: values[name],
    onChange: set(name),
    error: errors[name],
  });
  const editing = props.editing;
  const title = editing ? `Edit ${editing.shortTitle}` : 'Add your own authority';
  const summary = (Object.keys(LABELS) as Field[])
    .filter((k) => errors[k])
    .map((k) => ({ name: k, label: LABELS[k], message: errors[k] ?? '' }));

  const showIssues = (issues: readonly { path: string; message: string }[]) => {
    const next: Partial<Record<Field, string>> = {};
    for (const i of issues) {
      const f = fieldOf(i.path);
      if (f in LABELS && !next[f]) next[f] = i.message;
    }
    setErrors(next);
  };

  const submit = async () => {
    setFailure(null);
    const parsed = localAuthorityFieldsSchema.safeParse(toFields(values));
    if (!parsed.success) {
      showIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      return;
    }
    setErrors({});
    try {
      const saved = editing
        ? await update.mutateAsync({
            id: editing.id,
            expectedVersion: editing.version,
            fields: toFields(values),
          })
        : await create.mutateAsync(toFields(values));
      void navigate(`/authorities/${saved.id}`);
    } catch (e) {
      if (e instanceof IpcCallError) showIssues(e.issues);
      setFailure(errorMessage(e));
    }
  };

  return (
    <>
      <PageHeader title={title} />
      <Form
        validationBehavior="aria"
        className="form panel wide-form"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary errors={summary} failure={failure} />
        <SelectInput<AuthorityKind>
          {...field('kind')}
          description="A national court's decision is a case; a ministry instruction is domestic law or instruction"
          options={AUTHORITY_KINDS.map((k) => ({ id: k, label: AUTHORITY_KIND_LABELS[k] }))}
        />
        <TextInput
          {...field('shortTitle')}
          description="How lists and citations name it, e.g. Conseil d’État, 12 March 2024"
          maxLength={200}
        />
        <TextInput
          {...field('citation')}
          description="As you would cite it in a memo. Write {pin} where a pinpoint goes; otherwise pinpoints are added at the end."
          rows={2}
        />
        <div className="field-row">
          <TextInput
            {...field('body')}
            description="e.g. Conseil d’État, Ministry of Foreign Affairs"
          />
          <TextInput
            {...field('date')}
            description="Year, year-month or full date: 2024, 2024-03 or 2024-03-12"
            maxLength={10}
          />
        </div>
        <TextInput
          {...field('propositions')}
          description="One proposition per line, phrased as it matters to an assessment"
          rows={4}
        />
        <TextInput
          {...field('pinpoints')}
          description="One per line: paragraphs, articles or pages, e.g. ¶ 7 or art. 12(2)"
          rows={3}
        />
        <RadioGroupInput<VerificationStatus>
          {...field('verificationStatus')}
          description="Did you check the citation and wording against the source?"
          options={VERIFICATION_STATUSES.map((s) => ({
            id: s,
            label: VERIFICATION_LABELS[s],
            hint: STATUS_HINTS[s],
          }))}
        />
        <TextInput
          {...field('sourceNote')}
          description="Where the text is kept, who checked it (optional)"
          rows={2}
        />
        <CheckboxGroupInput<Factor>
          {...field('factors')}
          description="The assessment factors of SPEC §3.2 it speaks to (optional)"
          options={FACTORS.map((f) => ({ id: f, label: FACTOR_LABELS[f] }))}
        />
        <CheckboxGroupInput<Instrument>
          {...field('instruments')}
          description="Treaties it applies or interprets (optional)"
          options={INSTRUMENTS.map((i) => ({ id: i, label: INSTRUMENT_LABELS[i] }))}
        />
        <div className="form-actions">
          <Button
            type="submit"
            className="button primary"
            isDisabled={create.isPending || update.isPending}
          >
            {editing ? 'Save as a new version' : 'Add to the library'}
          </Button>
          <Link to={editing ? `/authorities/${editing.id}` : '/authorities'} className="button">
            Cancel
          </Link>
        </div>
      </Form>
    </>
  );
}
