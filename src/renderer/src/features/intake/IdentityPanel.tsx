import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FileTrigger, Form } from 'react-aria-components';
import {
  IDENTITY_FIELDS,
  identityValuesSchema,
  type IdentityKey,
  type RevealedIdentity,
} from '../../../../shared/intake/identity';
import { ErrorSummary, FailureMessage, TextInput } from '../../components/fields';
import { call, errorMessage, IpcCallError } from '../../lib/ipc';
import { readFileForUpload } from './files';

const statusKey = (caseId: number) => ['identity-status', caseId] as const;

/**
 * The restricted identity of one person (SPEC §1.1): masked until the adviser reveals it on
 * purpose, with a reason; the reveal is written to the audit log by the main process.
 */
export function IdentityPanel(props: {
  caseId: number;
  personId: number;
  personRef: string | null;
}) {
  const qc = useQueryClient();
  const status = useQuery({
    queryKey: statusKey(props.caseId),
    queryFn: () => call('identity:status', { caseId: props.caseId }),
  });
  const mine = status.data?.find((s) => s.personId === props.personId);
  const [revealed, setRevealed] = useState<RevealedIdentity | null>(null);
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = `Restricted identity${props.personRef ? ` of ${props.personRef}` : ''}`;

  const reveal = () => {
    setError(null);
    call('identity:reveal', { caseId: props.caseId, personId: props.personId, reason })
      .then((r) => {
        setRevealed(r);
        setAsking(false);
        setReason('');
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <section className="identity-panel" aria-label={heading}>
      <h3>{heading}</h3>
      <p className="field-hint">
        Names, documents and the photo never reach the assessment. They stay hidden until you reveal
        them; each reveal is recorded with your name, the time and your reason.
      </p>
      {revealed ? (
        <RevealedView
          identity={revealed}
          onHide={() => {
            setRevealed(null);
            setEditing(false);
          }}
          onEdit={() => setEditing(true)}
        />
      ) : (
        <dl className="masked">
          {IDENTITY_FIELDS.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{mine?.filled.includes(f.key) ? '•••••••• (hidden)' : '—'}</dd>
            </div>
          ))}
          <div>
            <dt>Photo</dt>
            <dd>{mine?.hasPhoto ? '•••••••• (hidden)' : '—'}</dd>
          </div>
        </dl>
      )}
      <FailureMessage message={error} />
      {!revealed && !asking ? (
        <div className="form-actions">
          <Button className="button" onPress={() => setAsking(true)}>
            Reveal identity
          </Button>
          {mine && mine.filled.length === 0 && !mine.hasPhoto ? (
            <Button className="button" onPress={() => setEditing(true)}>
              Record identity
            </Button>
          ) : null}
        </div>
      ) : null}
      {asking ? (
        <Form
          className="form inline-form"
          validationBehavior="aria"
          aria-label="Reveal the identity"
          onSubmit={(e) => {
            e.preventDefault();
            reveal();
          }}
        >
          <TextInput
            label="Why do you need to see it?"
            name={`reveal-reason-${props.personId}`}
            description="Recorded in the audit log, e.g. “screening interview”"
            value={reason}
            onChange={setReason}
            autoFocus
          />
          <div className="form-actions">
            <Button type="submit" className="button primary">
              Reveal and record
            </Button>
            <Button className="button" onPress={() => setAsking(false)}>
              Cancel
            </Button>
          </div>
        </Form>
      ) : null}
      {editing ? (
        <IdentityForm
          caseId={props.caseId}
          personId={props.personId}
          initial={revealed?.values ?? null}
          onSaved={(values) => {
            setEditing(false);
            setRevealed((r) => (r ? { ...r, values: { ...r.values, ...values } } : r));
            void qc.invalidateQueries({ queryKey: statusKey(props.caseId) });
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </section>
  );
}

function RevealedView(props: {
  identity: RevealedIdentity;
  onHide: () => void;
  onEdit: () => void;
}) {
  const { identity } = props;
  return (
    <div className="revealed">
      <p className="field-hint">
        Revealed at{' '}
        <time dateTime={identity.revealedAt}>{new Date(identity.revealedAt).toLocaleString()}</time>
        .
      </p>
      <dl className="masked">
        {IDENTITY_FIELDS.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{identity.values[f.key] ?? '—'}</dd>
          </div>
        ))}
      </dl>
      {identity.photo ? (
        <img className="identity-photo" src={identity.photo} alt="Identity photo" />
      ) : null}
      <div className="form-actions">
        <Button className="button" onPress={props.onEdit}>
          Edit identity
        </Button>
        <Button className="button" onPress={props.onHide}>
          Hide identity
        </Button>
      </div>
    </div>
  );
}

function IdentityForm(props: {
  caseId: number;
  personId: number;
  initial: Record<IdentityKey, string | null> | null;
  onSaved: (values: Partial<Record<IdentityKey, string | null>>) => void;
  onCancel: () => void;
}) {
  const qc = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(IDENTITY_FIELDS.map((f) => [f.key, props.initial?.[f.key] ?? ''])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [photoError, setPhotoError] = useState<string | null>(null);
  const summary = IDENTITY_FIELDS.filter((f) => errors[f.key]).map((f) => ({
    name: `identity-${props.personId}-${f.key}`,
    label: f.label,
    message: errors[f.key] ?? '',
  }));
  return (
    <Form
      className="form"
      validationBehavior="aria"
      aria-label="Edit the identity"
      onSubmit={(e) => {
        e.preventDefault();
        const set = Object.fromEntries(
          IDENTITY_FIELDS.map((f) => [f.key, values[f.key] === '' ? null : values[f.key]]),
        );
        const parsed = identityValuesSchema.safeParse(set);
        if (!parsed.success) {
          setErrors(
            Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
          );
          return;
        }
        setErrors({});
        call('identity:update', {
          caseId: props.caseId,
          personId: props.personId,
          set: parsed.data,
        })
          .then(() => props.onSaved(parsed.data))
          .catch((err: unknown) => {
            if (err instanceof IpcCallError) {
              setErrors(
                Object.fromEntries(
                  err.issues.map((i) => [i.path.replace(/^set\./, ''), i.message]),
                ),
              );
            }
          });
      }}
    >
      <ErrorSummary errors={summary} />
      {IDENTITY_FIELDS.map((f) => (
        <TextInput
          key={f.key}
          label={f.label}
          name={`identity-${props.personId}-${f.key}`}
          {...(f.key === 'dateOfBirth' ? { description: 'YYYY-MM-DD, e.g. 1984-07-21' } : {})}
          value={values[f.key] ?? ''}
          onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
          error={errors[f.key]}
        />
      ))}
      <FileTrigger
        acceptedFileTypes={['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/tiff']}
        onSelect={(files) => {
          const file = files?.[0];
          if (!file) return;
          setPhotoError(null);
          readFileForUpload(file)
            .then((upload) =>
              call('identity:set-photo', {
                caseId: props.caseId,
                personId: props.personId,
                ...upload,
              }),
            )
            .then(() => qc.invalidateQueries({ queryKey: statusKey(props.caseId) }))
            .catch((err: unknown) => setPhotoError(errorMessage(err)));
        }}
      >
        <Button className="button">Choose a photo…</Button>
      </FileTrigger>
      <FailureMessage message={photoError} />
      <div className="form-actions">
        <Button type="submit" className="button primary">
          Save identity
        </Button>
        <Button className="button" onPress={props.onCancel}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
