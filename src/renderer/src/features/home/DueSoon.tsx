import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DEADLINE_KIND_LABELS } from '../../../../shared/schemas/deadlines';
import { formatDateTime, relativeTo } from '../../lib/dates';
import { call, errorMessage } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';
import { useNow } from '../../lib/useNow';

/** Deadlines across all cases that are overdue or due within two weeks, soonest first. */
export function DueSoon() {
  const due = useQuery({
    queryKey: queryKeys.dueSoon,
    queryFn: () => call('deadlines:dueSoon', { withinDays: 14, limit: 50 }),
    refetchInterval: 60_000,
  });
  const now = useNow();
  return (
    <section className="panel" aria-labelledby="due-heading">
      <h2 id="due-heading">Due soon</h2>
      {due.isError ? <p role="alert">{errorMessage(due.error)}</p> : null}
      {due.data && due.data.length === 0 ? (
        <p className="empty">Nothing due in the next two weeks.</p>
      ) : null}
      {due.data && due.data.length > 0 ? (
        <ul className="due-list">
          {due.data.map((d) => {
            const overdue = Date.parse(d.dueAt) < now;
            return (
              <li key={d.id} className={overdue ? 'overdue' : undefined}>
                <Link to={`/cases/${d.caseReference}/timeline`}>{d.caseReference}</Link>{' '}
                <span className="tag">{DEADLINE_KIND_LABELS[d.kind]}</span> {d.title}
                <span className="deadline-due">
                  {overdue ? 'Overdue: was due ' : 'Due '}
                  <time dateTime={d.dueAt}>{formatDateTime(d.dueAt)}</time> (
                  {relativeTo(d.dueAt, now)})
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
