import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import type { AuditEntryView, FieldChangeView } from '../../../../shared/schemas/audit';
import { formatDateTime } from '../../lib/dates';
import { call, errorMessage } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';
import { useCurrentCase } from '../cases/useCurrentCase';
import { IntegrityPanel } from './IntegrityPanel';
import { useAuditStatus } from './useAuditStatus';

function short(v: unknown): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A field change as an inquiry reads it: the value, or that only its digest was logged. */
function Change(props: { c: FieldChangeView }) {
  const c = props.c;
  if (c.afterDigest || c.beforeDigest) {
    return (
      <li>
        <code>{c.field}</code> changed (restricted: digest{' '}
        {(c.afterDigest ?? c.beforeDigest ?? '').slice(0, 12)}…)
      </li>
    );
  }
  return (
    <li>
      <code>{c.field}</code>
      {c.before !== undefined ? <> from {short(c.before)}</> : null}
      {c.after !== undefined ? <> to {short(c.after)}</> : ' removed'}
    </li>
  );
}

function Trail(props: { caseId: number }) {
  const trail = useInfiniteQuery({
    queryKey: queryKeys.caseTrail(props.caseId),
    queryFn: ({ pageParam }) =>
      call('audit:caseTrail', {
        caseId: props.caseId,
        limit: 50,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries: AuditEntryView[] = trail.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="trail-heading">
      <h3 id="trail-heading">Audit trail of this case</h3>
      {trail.isError ? <p role="alert">{errorMessage(trail.error)}</p> : null}
      <table className="table audit-trail" aria-label="Audit trail">
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </td>
              <td>{e.actor.name}</td>
              <td>
                <code>{e.action}</code> {e.entityType} {e.entityId}
              </td>
              <td>
                <ul className="changes">
                  {e.changes.slice(0, 6).map((c) => (
                    <Change key={c.field} c={c} />
                  ))}
                  {e.changes.length > 6 ? <li>and {e.changes.length - 6} more fields</li> : null}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {trail.hasNextPage ? (
        <Button className="button" onPress={() => void trail.fetchNextPage()}>
          Show older entries
        </Button>
      ) : null}
    </section>
  );
}

/** The Audit section: the case's trail, verification, checkpoints and export (UX.md §3). */
export function AuditSection() {
  const c = useCurrentCase();
  const status = useAuditStatus();
  const qc = useQueryClient();
  const exportCase = useMutation({
    mutationFn: (caseId: number) => call('audit:exportCase', { caseId }),
    onSuccess: (s) => qc.setQueryData(queryKeys.auditStatus, s),
  });
  const ex = status.data?.export;
  const caseId = c.data?.id;
  const mine = ex?.last && ex.last.caseId === caseId ? ex.last : null;
  // A finished export is an entry of this case's trail.
  const exported = mine?.sha256;
  useEffect(() => {
    if (exported && caseId !== undefined) {
      void qc.invalidateQueries({ queryKey: queryKeys.caseTrail(caseId) });
    }
  }, [exported, caseId, qc]);
  if (!c.data) return null;
  return (
    <>
      <IntegrityPanel withCheckpoint />
      <section aria-labelledby="audit-heading" className="panel">
        <div className="section-head">
          <h2 id="audit-heading">Audit</h2>
          <Button
            className="button"
            isDisabled={exportCase.isPending || Boolean(ex?.running)}
            onPress={() => c.data && exportCase.mutate(c.data.id)}
          >
            Export the audit trail
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {ex?.running ? <p>Writing the export…</p> : null}
          {mine ? (
            <p className="callout">
              Exported {mine.entries} entries to <code>{mine.path}</code> (SHA-256{' '}
              {mine.sha256.slice(0, 16)}…). Each entry in the file can be re-hashed to check it.
            </p>
          ) : null}
          {ex?.error ? <p role="alert">{ex.error}</p> : null}
          {exportCase.isError ? <p role="alert">{errorMessage(exportCase.error)}</p> : null}
        </div>
        <Trail caseId={c.data.id} />
      </section>
    </>
  );
}
