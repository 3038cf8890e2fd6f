import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { AuthoritySummary } from '../../../../shared/schemas/authority';
import type { Citation, CitationTarget } from '../../../../shared/schemas/citation';
import { useAuthority } from '../../lib/authorities';
import { errorMessage, IpcCallError } from '../../lib/ipc';
import { ErrorSummary, TextInput } from '../fields';
import { AuthorityPicker } from './AuthorityPicker';
import { CitationLink } from './CitationLink';
import { useCitations } from './useCitations';

/**
 * The authorities a record relies on, each with a pinpoint and a short comment, and the picker
 * that adds one. This is how every feature attaches authorities:
 *
 *   <CitationsPanel target={{ type: 'case', id: String(c.id) }} title="Authorities relied on" />
 *
 * Props
 * - `target`: the record citing ({ type, id }); its type is one of CITATION_TARGET_TYPES
 *   (src/shared/schemas/citation.ts) with a resolver in src/main/services/citationTargets.ts.
 * - `title`: the panel's heading; `headingLevel` 2 (default) or 3.
 * - `readOnly`: list the citations without add, edit or remove (e.g. a finalised determination).
 * - `emptyText`: what to say while nothing is cited.
 * Each citation links to its authority page, whose backlinks lead back to the record.
 */
export function CitationsPanel(props: {
  target: CitationTarget;
  title: string;
  headingLevel?: 2 | 3;
  readOnly?: boolean;
  emptyText?: string;
}) {
  const { list } = useCitations(props.target);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingId = `citations-${props.target.type}-${props.target.id}`;
  return (
    <section className="panel citations" aria-labelledby={headingId}>
      <Heading id={headingId}>{props.title}</Heading>
      {list.isPending ? <p>Loading…</p> : null}
      {list.isError ? <p role="alert">{errorMessage(list.error)}</p> : null}
      {list.data && list.data.length === 0 ? (
        <p className="empty">{props.emptyText ?? 'No authorities cited yet.'}</p>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <ul className="citation-list" aria-label={props.title}>
          {list.data.map((c) => (
            <CitationRow key={c.id} citation={c} target={props.target} readOnly={props.readOnly} />
          ))}
        </ul>
      ) : null}
      {props.readOnly ? null : <AddCitationForm target={props.target} />}
    </section>
  );
}

function CitationRow(props: {
  citation: Citation;
  target: CitationTarget;
  readOnly?: boolean | undefined;
}) {
  const { update, remove } = useCitations(props.target);
  const c = props.citation;
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [pinpoint, setPinpoint] = useState(c.pinpoint);
  const [comment, setComment] = useState(c.comment);
  const [error, setError] = useState<string | undefined>(undefined);
  const label = `${c.authority.shortTitle}${c.pinpoint ? `, ${c.pinpoint}` : ''}`;

  return (
    <li className="citation-item">
      <CitationLink authority={c.authority} pinpoint={c.pinpoint} />
      {c.comment && mode !== 'edit' ? <p className="citation-comment">{c.comment}</p> : null}
      {props.readOnly ? null : mode === 'edit' ? (
        <Form
          validationBehavior="aria"
          className="form inline-form"
          aria-label={`Edit the citation of ${label}`}
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate(
              { id: c.id, pinpoint, comment },
              {
                onSuccess: () => setMode('view'),
                onError: (err) => setError(errorMessage(err)),
              },
            );
          }}
        >
          <TextInput
            label="Pinpoint"
            name={`pinpoint-${c.id}`}
            value={pinpoint}
            onChange={setPinpoint}
            error={error}
            maxLength={100}
          />
          <TextInput
            label="Comment"
            name={`comment-${c.id}`}
            value={comment}
            onChange={setComment}
            maxLength={500}
          />
          <div className="form-actions">
            <Button type="submit" className="button primary" isDisabled={update.isPending}>
              Save
            </Button>
            <Button className="button" onPress={() => setMode('view')}>
              Cancel
            </Button>
          </div>
        </Form>
      ) : mode === 'remove' ? (
        <div className="confirm" role="group" aria-label={`Remove ${label}?`}>
          <span>Remove this citation from here? The authority stays in the library.</span>
          <Button
            className="button danger"
            onPress={() => remove.mutate(c.id)}
            isDisabled={remove.isPending}
          >
            Remove
          </Button>
          <Button className="button" onPress={() => setMode('view')}>
            Keep
          </Button>
        </div>
      ) : (
        <div className="row-actions">
          <Button
            className="button small"
            aria-label={`Edit ${label}`}
            onPress={() => setMode('edit')}
          >
            Edit
          </Button>
          <Button
            className="button small"
            aria-label={`Remove ${label}`}
            onPress={() => setMode('remove')}
          >
            Remove
          </Button>
        </div>
      )}
    </li>
  );
}

const FIELD_LABELS = {
  authorityId: 'Authority',
  pinpoint: 'Pinpoint',
  comment: 'Comment',
} as const;
type FieldName = keyof typeof FIELD_LABELS;

function AddCitationForm(props: { target: CitationTarget }) {
  const { add } = useCitations(props.target);
  const [authority, setAuthority] = useState<AuthoritySummary | null>(null);
  const [pinpoint, setPinpoint] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const detail = useAuthority(authority?.id ?? '', authority !== null);
  const known = detail.data?.authority.pinpoints ?? [];

  const summary = (Object.keys(FIELD_LABELS) as FieldName[])
    .filter((k) => errors[k])
    .map((k) => ({ name: k, label: FIELD_LABELS[k], message: errors[k] ?? '' }));

  return (
    <Form
      validationBehavior="aria"
      className="form add-citation"
      aria-label="Cite an authority"
      onSubmit={(e) => {
        e.preventDefault();
        setFailure(null);
        if (!authority) {
          setErrors({ authorityId: 'is required: search the library and choose one' });
          return;
        }
        setErrors({});
        add.mutate(
          { authorityId: authority.id, pinpoint, comment },
          {
            onSuccess: () => {
              setAuthority(null);
              setPinpoint('');
              setComment('');
              setPickerKey((k) => k + 1);
            },
            onError: (err) => {
              if (err instanceof IpcCallError && err.issues.length > 0) {
                setErrors(
                  Object.fromEntries(
                    err.issues
                      .filter((i) => i.path in FIELD_LABELS)
                      .map((i) => [i.path, i.message]),
                  ),
                );
              }
              setFailure(errorMessage(err));
            },
          },
        );
      }}
    >
      <h3>Cite an authority</h3>
      <ErrorSummary errors={summary} failure={failure} />
      <AuthorityPicker
        key={pickerKey}
        label={FIELD_LABELS.authorityId}
        name="authorityId"
        description="Type a name, citation or words of the proposition, e.g. effective control"
        selected={authority}
        onSelect={setAuthority}
        error={errors.authorityId}
      />
      <TextInput
        label={FIELD_LABELS.pinpoint}
        name="pinpoint"
        description="The paragraph, article or page you rely on, e.g. ¶ 118 or art. 33(2)"
        value={pinpoint}
        onChange={setPinpoint}
        error={errors.pinpoint}
        maxLength={100}
      />
      {known.length > 0 ? (
        <div className="pinpoint-suggestions" role="group" aria-label="Pinpoints in the library">
          <span className="field-hint">In the library:</span>
          {known.map((p) => (
            <Button key={p} className="chip" onPress={() => setPinpoint(p)}>
              {p}
            </Button>
          ))}
        </div>
      ) : null}
      <TextInput
        label={FIELD_LABELS.comment}
        name="comment"
        description="Why it matters here, in a line (optional)"
        value={comment}
        onChange={setComment}
        error={errors.comment}
        maxLength={500}
      />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={add.isPending}>
          Add citation
        </Button>
      </div>
    </Form>
  );
}
