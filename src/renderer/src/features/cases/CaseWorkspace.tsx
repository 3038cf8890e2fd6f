import { NavLink, Outlet } from 'react-router';
import { CASE_STATUS_LABELS } from '../../../../shared/schemas/case';
import { errorMessage } from '../../lib/ipc';
import { SaveIndicator, SaveStatusProvider } from '../intake/saveStatus';
import { caseSections } from './caseSections';
import { useCurrentCase } from './useCurrentCase';

/** The case workspace: a header that says where you are, then one section at a time. */
export function CaseWorkspace() {
  const c = useCurrentCase();
  if (c.isPending) return <p>Loading…</p>;
  if (c.isError) return <p role="alert">{errorMessage(c.error)}</p>;
  return (
    <SaveStatusProvider>
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
            {c.data.label ? (
              <div>
                <dt>Label</dt>
                <dd>{c.data.label}</dd>
              </div>
            ) : null}
          </dl>
          <SaveIndicator />
        </header>
        <nav aria-label="Case sections" className="section-tabs">
          <ul>
            {caseSections.map((s) => (
              <li key={s.path}>
                <NavLink to={s.path}>{s.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <Outlet />
      </article>
    </SaveStatusProvider>
  );
}
