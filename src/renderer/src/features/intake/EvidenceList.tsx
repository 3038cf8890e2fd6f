import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { ENTITIES } from '../../../../shared/intake/entities';
import { answerLabel, answerText } from '../../../../shared/intake/labels';
import type { AttachmentMeta, EvidenceView, IntakeView } from '../../../../shared/intake/records';
import { FailureMessage, SelectInput } from '../../components/fields';
import { call, errorMessage } from '../../lib/ipc';
import { formatBytes, readFileForUpload } from './files';
import { AddRecord, RecordCard, RecordFields } from './Records';
import { refreshAfterWrite } from './useIntake';

/** Evidence items with their grades, the facts they support and their files (SPEC §1.3.10). */
export function EvidenceList(props: { view: IntakeView }) {
  const { view } = props;
  return (
    <div className="records">
      {view.evidence.length === 0 ? <p className="empty">No evidence recorded yet.</p> : null}
      {view.evidence.map((e) => (
        <RecordCard
          key={e.id}
          view={view}
          kind="evidence"
          record={e}
          title={`${e.ref ?? ''} — ${answerLabel(e.answers.kind)}, grade ${answerText(e.answers.grade) || '?'}`}
        >
          <RecordFields view={view} kind="evidence" record={e} step="evidence" />
          <Supports view={view} evidence={e} />
          <Attachments view={view} evidence={e} />
          {e.custody.length > 0 ? (
            <details className="custody">
              <summary>Chain of custody ({e.custody.length})</summary>
              <ol>
                {e.custody.map((c, i) => (
                  <li key={i}>
                    <time dateTime={c.at}>{new Date(c.at).toLocaleString()}</time> — {c.by}:{' '}
                    {c.action}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </RecordCard>
      ))}
      <h3>Add evidence</h3>
      <AddRecord view={view} kind="evidence" label="Add evidence item" />
    </div>
  );
}

const SUPPORTABLE_RISK = ['real', 'personal', 'present', 'foreseeable', 'prior_harm_suffered'];
const SUPPORTABLE_ACTION = [
  'process_integrity',
  'offence_class_mission_view',
  'national_security_allegation.reasonable_grounds_found_by_mission',
];

/** Which facts this item supports: a risk's limb, a host action's characterisation (V-6, V-15). */
function Supports(props: { view: IntakeView; evidence: EvidenceView }) {
  const qc = useQueryClient();
  const { view, evidence } = props;
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const options = [
    ...view.risks.flatMap((r) =>
      SUPPORTABLE_RISK.map((field) => ({
        id: `risk|${r.ref ?? ''}|${field}`,
        label: `${r.ref ?? ''}: ${ENTITIES.risk.fields.find((f) => f.path === field)?.label ?? field}`,
      })),
    ),
    ...view.actions
      .filter((a) => a.ref !== null)
      .flatMap((a) =>
        SUPPORTABLE_ACTION.map((field) => ({
          id: `action|${a.ref ?? ''}|${field}`,
          label: `${a.ref ?? ''}: ${ENTITIES.action.fields.find((f) => f.path === field)?.label ?? field}`,
        })),
      ),
  ];
  const save = (supports: EvidenceView['supports']) => {
    setError(null);
    call('intake:set-supports', { caseId: view.caseId, evidenceId: evidence.id, supports })
      .then(() => refreshAfterWrite(qc, view.caseId))
      .catch((e: unknown) => setError(errorMessage(e)));
  };
  return (
    <div className="supports">
      <h4>Supports</h4>
      {evidence.supports.length === 0 ? (
        <p className="empty">
          Not linked to any fact yet. A “real” limb needs linked evidence graded C or better (V-6).
        </p>
      ) : (
        <ul>
          {evidence.supports.map((s, i) => (
            <li key={`${s.riskRef ?? ''}${s.actionRef ?? ''}${s.field}`}>
              {s.riskRef ?? s.actionRef ?? 'Case'}: {s.field}{' '}
              <Button
                className="button small"
                aria-label={`Unlink ${s.riskRef ?? s.actionRef ?? ''} ${s.field}`}
                onPress={() => save(evidence.supports.filter((_, j) => j !== i))}
              >
                Unlink
              </Button>
            </li>
          ))}
        </ul>
      )}
      {options.length > 0 ? (
        <div className="inline-form">
          <SelectInput
            label="Link to a fact"
            name={`support-${evidence.id}`}
            value={choice}
            onChange={setChoice}
            options={options}
          />
          <Button
            className="button"
            isDisabled={choice === null}
            onPress={() => {
              if (!choice) return;
              const [type, ref, field] = choice.split('|') as [string, string, string];
              save([
                ...evidence.supports,
                {
                  riskRef: type === 'risk' ? ref : null,
                  actionRef: type === 'action' ? ref : null,
                  field,
                },
              ]);
              setChoice(null);
            }}
          >
            Link
          </Button>
        </div>
      ) : null}
      <FailureMessage message={error} />
    </div>
  );
}

/** Files of one item, stored in the database; each can be re-checked against its SHA-256. */
function Attachments(props: { view: IntakeView; evidence: EvidenceView }) {
  const qc = useQueryClient();
  const { view, evidence } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="attachments">
      <h4>Files</h4>
      {evidence.attachments.length === 0 ? <p className="empty">No files attached.</p> : null}
      <ul className="attachment-list">
        {evidence.attachments.map((a) => (
          <AttachmentRow key={a.id} caseId={view.caseId} meta={a} />
        ))}
      </ul>
      <FileTrigger
        onSelect={(files) => {
          const file = files?.[0];
          if (!file) return;
          setError(null);
          setBusy(true);
          readFileForUpload(file)
            .then((upload) =>
              call('attachments:add', { caseId: view.caseId, evidenceId: evidence.id, ...upload }),
            )
            .then(() => refreshAfterWrite(qc, view.caseId))
            .catch((e: unknown) => setError(errorMessage(e)))
            .finally(() => setBusy(false));
        }}
      >
        <Button className="button" isDisabled={busy}>
          {busy ? 'Attaching…' : `Attach a file to ${evidence.ref ?? 'this item'}`}
        </Button>
      </FileTrigger>
      <FailureMessage message={error} />
    </div>
  );
}

function AttachmentRow(props: { caseId: number; meta: AttachmentMeta }) {
  const qc = useQueryClient();
  const { meta } = props;
  const [state, setState] = useState<{ verifiedAt?: string; error?: string; preview?: string }>({});
  const isImage = meta.mediaType.startsWith('image/');
  return (
    <li className="attachment">
      <div>
        <strong>{meta.fileName}</strong> · {meta.mediaType} · {formatBytes(meta.size)}
      </div>
      <div className="hash">
        SHA-256 <code>{meta.sha256}</code>
      </div>
      {state.verifiedAt ? (
        <span className="badge badge-ok" role="status">
          Hash verified {new Date(state.verifiedAt).toLocaleTimeString()}
        </span>
      ) : null}
      <FailureMessage message={state.error} />
      {state.preview ? (
        <img className="attachment-preview" src={state.preview} alt={meta.fileName} />
      ) : null}
      <div className="form-actions">
        <Button
          className="button small"
          onPress={() => {
            call(isImage ? 'attachments:open' : 'attachments:verify', {
              caseId: props.caseId,
              attachmentId: meta.id,
            })
              .then((r) =>
                setState({
                  verifiedAt: new Date().toISOString(),
                  ...('dataBase64' in r
                    ? { preview: `data:${meta.mediaType};base64,${r.dataBase64}` }
                    : {}),
                }),
              )
              .catch((e: unknown) => setState({ error: errorMessage(e) }));
          }}
        >
          {isImage ? `Open and verify ${meta.fileName}` : `Verify ${meta.fileName}`}
        </Button>
        <Button
          className="button small"
          onPress={() => {
            call('attachments:remove', { caseId: props.caseId, attachmentId: meta.id })
              .then(() => refreshAfterWrite(qc, props.caseId))
              .catch((e: unknown) => setState({ error: errorMessage(e) }));
          }}
        >
          Remove file
        </Button>
      </div>
    </li>
  );
}
