import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { CASE_STATUS_LABELS } from '../../../../shared/schemas/case';
import { call, errorMessage } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';

export function CaseWorkspace() {
  const { reference = '' } = useParams();
  const c = useQuery({
    queryKey: queryKeys.case(reference),
    queryFn: () => call('cases:get', { reference }),
  });
  if (c.isPending) return <p>Loading…</p>;
  if (c.isError) return <p role="alert">{errorMessage(c.error)}</p>;
  return (
    <article aria-labelledby="case-heading">
      <header className="case-header">
        <h1 id="case-heading">{c.data.reference}</h1>
        <dl className="facts-inline">
          <div>
            <dt>Mission</dt>
            <dd>{c.data.missionName}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd className="status">{CASE_STATUS_LABELS[c.data.status]}</dd>
          </div>
          <div>
            <dt>Opened</dt>
            <dd>
              <time dateTime={c.data.openedAt}>{new Date(c.data.openedAt).toLocaleString()}</time>
            </dd>
          </div>
        </dl>
      </header>
    </article>
  );
}
