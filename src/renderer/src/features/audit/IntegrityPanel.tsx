import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { formatDateTime } from '../../lib/dates';
import { call, errorMessage } from '../../lib/ipc';
import { useNow } from '../../lib/useNow';
import { describeIntegrity } from './IntegrityBadge';
import { useAuditStatus, useVerifyAudit } from './useAuditStatus';

/**
 * The state of the tamper-evident audit log, and the two things to do about it: verify the whole
 * chain now (in the background worker), and take a checkpoint to keep off the machine.
 */
export function IntegrityPanel(props: { withCheckpoint?: boolean }) {
  const status = useAuditStatus();
  const verify = useVerifyAudit();
  const checkpoint = useMutation({ mutationFn: () => call('audit:checkpoint', {}) });
  const s = status.data;
  const d = describeIntegrity(s, useNow(30_000));
  const last = s?.last;
  return (
    <section id="integrity" aria-labelledby="integrity-heading" className="panel integrity">
      <h2 id="integrity-heading">Integrity of the record</h2>
      <p className={`integrity-line ${d.tone}`}>
        <span className="integrity-dot" aria-hidden="true" /> {d.text}
      </p>
      {last ? (
        <dl className="facts-inline">
          <div>
            <dt>Last verified</dt>
            <dd>
              <time dateTime={last.finishedAt}>{formatDateTime(last.finishedAt)}</time> (
              {last.runBy === 'APP' ? 'in the app' : 'from the command line'}, {last.durationMs} ms)
            </dd>
          </div>
          <div>
            <dt>{last.ok ? 'Head then' : 'First broken entry'}</dt>
            <dd>
              {last.ok
                ? `entry ${last.headSeq ?? 0}, ${(last.headHash ?? '').slice(0, 16)}…`
                : `entry ${last.brokenSeq ?? '?'}: ${last.reason ?? ''}`}
            </dd>
          </div>
          {s ? (
            <div>
              <dt>Entries now</dt>
              <dd>{s.head.seq}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <p className="field-hint">
        Every change to the file is an entry in a hash chain. Verifying re-reads the whole chain in
        the background; you can keep working meanwhile.
      </p>
      <div className="form-actions">
        <Button
          className="button"
          isDisabled={verify.isPending || Boolean(s?.running)}
          onPress={() => verify.mutate()}
        >
          Verify the audit log now
        </Button>
        {props.withCheckpoint ? (
          <Button
            className="button"
            isDisabled={checkpoint.isPending}
            onPress={() => checkpoint.mutate()}
          >
            Take a checkpoint
          </Button>
        ) : null}
      </div>
      {verify.isError ? <p role="alert">{errorMessage(verify.error)}</p> : null}
      {checkpoint.data ? (
        <div className="checkpoint">
          <p>
            Print this and have it countersigned, or file it with the capital. Verifying against it
            later proves the log still holds entry {checkpoint.data.seq} unchanged and was not cut
            short.
          </p>
          <pre aria-label="Checkpoint">{checkpoint.data.text}</pre>
        </div>
      ) : null}
      {checkpoint.isError ? <p role="alert">{errorMessage(checkpoint.error)}</p> : null}
    </section>
  );
}
