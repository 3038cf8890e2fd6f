import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CASE_STATUS_LABELS } from '../../../../shared/schemas/case';
import { PageHeader } from '../../components/fields';
import { call, errorMessage } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';
import { OpenCaseForm } from './OpenCaseForm';

export function CasesPage() {
  const cases = useQuery({
    queryKey: queryKeys.cases,
    queryFn: () => call('cases:list', { limit: 50 }),
  });
  return (
    <>
      <PageHeader title="Cases" />
      <section className="panel" aria-labelledby="new-case-heading">
        <h2 id="new-case-heading">New request</h2>
        <OpenCaseForm />
      </section>
      <section className="panel" aria-labelledby="case-list-heading">
        <h2 id="case-list-heading">All cases</h2>
        {cases.isPending ? <p>Loading…</p> : null}
        {cases.isError ? <p role="alert">{errorMessage(cases.error)}</p> : null}
        {cases.data && cases.data.items.length === 0 ? (
          <p className="empty">No cases yet.</p>
        ) : null}
        {cases.data && cases.data.items.length > 0 ? (
          <table className="table" aria-label="Cases">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Mission</th>
                <th scope="col">Status</th>
                <th scope="col">Last update</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/cases/${c.reference}`}>{c.reference}</Link>
                  </td>
                  <td>{c.missionName}</td>
                  <td>{CASE_STATUS_LABELS[c.status]}</td>
                  <td>
                    <time dateTime={c.updatedAt}>{new Date(c.updatedAt).toLocaleString()}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
