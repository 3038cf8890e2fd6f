import { useState, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { formatCitation } from '../../../../shared/citations';
import {
  AUTHORITY_KIND_LABELS,
  FACTOR_LABELS,
  INSTRUMENT_LABELS,
  isUnverified,
  VERIFICATION_LABELS,
  type Authority,
  type AuthorityDetail,
} from '../../../../shared/schemas/authority';
import { VerificationBadge } from '../../components/citations/VerificationBadge';
import { CopyButton } from '../../components/CopyButton';
import { SelectInput, TextInput } from '../../components/fields';
import { InlineMarkup } from '../../components/InlineMarkup';
import { useAnnotateAuthority, useAuthority } from '../../lib/authorities';
import { errorMessage } from '../../lib/ipc';

/** UX.md screen 4: one authority, what it stands for, how sure we are of it, and who cites it. */
export function AuthorityPage() {
  const { id = '' } = useParams();
  const detail = useAuthority(id);
  if (detail.isPending) return <p>Loading…</p>;
  if (detail.isError) return <p role="alert">{errorMessage(detail.error)}</p>;
  const d = detail.data;
  const a = d.authority;
  return (
    <article aria-labelledby="authority-heading" className="authority">
      <p className="breadcrumb">
        <Link to="/authorities">Authorities</Link>
        {d.parent ? (
          <>
            {' '}
            › <Link to={`/authorities/${d.parent.id}`}>{d.parent.shortTitle}</Link>
          </>
        ) : null}
      </p>
      <header className="authority-header">
        <h1 id="authority-heading">{a.shortTitle}</h1>
        <p className="authority-meta">
          {AUTHORITY_KIND_LABELS[a.kind]}
          {a.body ? ` · ${a.body}` : ''}
          {a.date ? ` · ${a.date}` : ''} ·{' '}
          {a.origin === 'LOCAL' ? 'Your own authority' : <span className="result-id">{a.id}</span>}
        </p>
        <div className="authority-badges">
          <VerificationBadge status={a.verificationStatus} />
          {a.origin === 'LOCAL' ? (
            <Link to={`/authorities/${a.id}/edit`} className="button small">
              Edit
            </Link>
          ) : null}
        </div>
      </header>
      <VerificationNotice authority={a} />
      <CitationBlock authority={a} />
      <section className="panel" aria-labelledby="propositions-heading">
        <h2 id="propositions-heading">What it stands for</h2>
        <ul className="propositions">
          {a.propositions.map((p, i) => (
            <li key={i}>
              <InlineMarkup text={p} />
            </li>
          ))}
        </ul>
        <dl className="facts">
          <Fact label="Pinpoints">{a.pinpoints.length ? a.pinpoints.join(' · ') : '—'}</Fact>
          <Fact label="Factors">
            {a.factors.length ? a.factors.map((f) => FACTOR_LABELS[f]).join(' · ') : '—'}
          </Fact>
          <Fact label="Instruments">
            {a.instruments.length
              ? a.instruments.map((i) => INSTRUMENT_LABELS[i]).join(' · ')
              : '—'}
          </Fact>
          {a.seedFootnotes.length ? (
            <Fact label="Seed footnotes">{a.seedFootnotes.join(', ')}</Fact>
          ) : null}
          {a.note ? (
            <Fact label="Note">
              <InlineMarkup text={a.note} />
            </Fact>
          ) : null}
        </dl>
      </section>
      {a.errata.length > 0 ? (
        <section className="panel errata" aria-labelledby="errata-heading">
          <h2 id="errata-heading">Seed errata</h2>
          <p className="field-hint">
            Errors or caveats found in the seed article where it cites this authority (SPEC §0.4).
            Do not copy them.
          </p>
          <ul>
            {a.errata.map((e) => (
              <li key={e.id}>
                <p>
                  <strong>{e.id}</strong> ({e.seedLocation}): <InlineMarkup text={e.issue} />
                </p>
                <p>
                  <strong>Correct:</strong> <InlineMarkup text={e.correction} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.articles.length > 0 ? (
        <section className="panel" aria-labelledby="articles-heading">
          <h2 id="articles-heading">Articles</h2>
          <ul className="link-list">
            {d.articles.map((art) => (
              <li key={art.id}>
                <Link to={`/authorities/${art.id}`}>{art.shortTitle}</Link>{' '}
                <VerificationBadge status={art.verificationStatus} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EngineSection detail={d} />
      <BacklinksSection detail={d} />
      <NotesSection detail={d} />
      {d.versions.length > 0 ? (
        <section className="panel" aria-labelledby="versions-heading">
          <h2 id="versions-heading">Versions</h2>
          <ul className="versions">
            {d.versions.map((v) => (
              <li key={v.version}>
                Version {v.version}, {new Date(v.editedAt).toLocaleString()} by {v.editedBy}
                {v.changed.length ? ` — changed ${v.changed.join(', ')}` : ' — created'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Impossible to miss when the authority was never checked against its text (SPEC §0.1). */
function VerificationNotice(props: { authority: Authority }) {
  const a = props.authority;
  const sources = a.verificationSources.length ? (
    <>
      <p>Checked against:</p>
      <ul className="sources">
        {a.verificationSources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  ) : null;
  return (
    <>
      {a.withdrawn ? (
        <div className="notice notice-warning" role="note">
          <p className="notice-title">Withdrawn from the library</p>
          <p>A later release of the library dropped this record. Existing citations still work.</p>
        </div>
      ) : null}
      {isUnverified(a.verificationStatus) ? (
        <div className="notice notice-danger" role="note" aria-labelledby="verification-title">
          <p className="notice-title" id="verification-title">
            <span aria-hidden="true">⚠ </span>Check before relying on this
          </p>
          <p>
            {VERIFICATION_LABELS[a.verificationStatus]}. Nobody has checked this citation, pinpoint
            or wording against the source. Read the source before you cite it in advice.
          </p>
          {a.verificationNote ? <p>{a.verificationNote}</p> : null}
          {sources}
        </div>
      ) : (
        <div
          className={`notice ${a.verificationStatus === 'verified_text' ? 'notice-ok' : 'notice-info'}`}
        >
          <p className="notice-title">{VERIFICATION_LABELS[a.verificationStatus]}</p>
          {a.verificationStatus === 'verified_summary' ? (
            <p>Checked against a summary or secondary source, not the full text.</p>
          ) : null}
          {a.verificationNote ? <p>{a.verificationNote}</p> : null}
          {sources}
        </div>
      )}
    </>
  );
}

function CitationBlock(props: { authority: Authority }) {
  const a = props.authority;
  const [pin, setPin] = useState('');
  const citation = formatCitation(a, pin);
  return (
    <section className="panel" aria-labelledby="citation-heading">
      <h2 id="citation-heading">Citation</h2>
      <p className="citation-text" id="citation-text">
        {citation}
      </p>
      <div className="citation-tools">
        {a.pinpoints.length > 0 ? (
          <SelectInput<string>
            label="Pinpoint"
            name="citation-pinpoint"
            value={pin || 'NONE'}
            onChange={(v) => setPin(v === 'NONE' ? '' : v)}
            options={[
              { id: 'NONE', label: 'None' },
              ...a.pinpoints.map((p) => ({ id: p, label: p })),
            ]}
          />
        ) : null}
        <CopyButton text={citation} label="Copy citation" />
      </div>
      {a.citationSeed && a.citationSeed !== citation ? (
        <p className="field-hint">
          As the seed cites it: <q>{a.citationSeed}</q>
        </p>
      ) : null}
      {a.citationCanonical ? (
        <p className="field-hint">Canonical form: {a.citationCanonical}</p>
      ) : null}
    </section>
  );
}

function EngineSection(props: { detail: AuthorityDetail }) {
  const { citedByRules, citedByCodes } = props.detail;
  return (
    <section className="panel" aria-labelledby="engine-heading">
      <h2 id="engine-heading">Rules that cite it</h2>
      {citedByRules.length === 0 && citedByCodes.length === 0 ? (
        <p className="empty">No assessment rule relies on it.</p>
      ) : (
        <>
          {citedByRules.length > 0 ? (
            <table className="table" aria-label="Engine rules">
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Step</th>
                </tr>
              </thead>
              <tbody>
                {citedByRules.map((r) => (
                  <tr key={r.rule}>
                    <td>
                      <code>{r.rule}</code>
                    </td>
                    <td>{r.step}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {citedByCodes.length > 0 ? (
            <p className="codes">
              Reason codes and flags:{' '}
              {citedByCodes.map((c) => (
                <code key={c}>{c}</code>
              ))}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function BacklinksSection(props: { detail: AuthorityDetail }) {
  const { backlinks, authority } = props.detail;
  return (
    <section className="panel" aria-labelledby="backlinks-heading">
      <h2 id="backlinks-heading">Cited in</h2>
      {backlinks.length === 0 ? (
        <p className="empty">Not cited in any case yet.</p>
      ) : (
        <ul className="citation-list" aria-label="Cited in">
          {backlinks.map((b) => (
            <li key={b.citationId} className="citation-item">
              <Link to={b.href}>{b.label}</Link>
              <span className="citation-full">{formatCitation(authority, b.pinpoint)}</span>
              {b.comment ? <p className="citation-comment">{b.comment}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NotesSection(props: { detail: AuthorityDetail }) {
  const { annotations, authority } = props.detail;
  const annotate = useAnnotateAuthority(authority.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Your notes</h2>
      {annotations.length === 0 ? (
        <p className="empty">No notes yet. Notes are searchable with the library.</p>
      ) : (
        <ol className="notes">
          {annotations.map((n) => (
            <li key={n.id}>
              <p>{n.text}</p>
              <p className="field-hint">
                {n.actorName},{' '}
                <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString()}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <Form
        validationBehavior="aria"
        className="form"
        aria-label="Add a note"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) {
            setError('is required: write the note first');
            return;
          }
          setError(undefined);
          annotate.mutate(text, {
            onSuccess: () => setText(''),
            onError: (err) => setError(errorMessage(err)),
          });
        }}
      >
        <TextInput
          label="Note"
          name="note"
          description="Notes are kept as written: a later note can correct an earlier one."
          value={text}
          onChange={setText}
          error={error}
          maxLength={20_000}
          rows={3}
        />
        <div className="form-actions">
          <Button type="submit" className="button primary" isDisabled={annotate.isPending}>
            Add note
          </Button>
        </div>
      </Form>
    </section>
  );
}
