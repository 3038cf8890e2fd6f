import { Link } from 'react-router';
import { PageHeader } from '../../components/fields';
import { IntegrityPanel } from '../audit/IntegrityPanel';
import { OpenCaseForm } from '../cases/OpenCaseForm';
import { DueSoon } from './DueSoon';

export function HomePage() {
  return (
    <>
      <PageHeader title="Home" />
      <section className="panel" aria-labelledby="log-heading">
        <h2 id="log-heading">Someone is asking for protection</h2>
        <p>Log the request first; every answer can be &ldquo;unknown&rdquo; for now.</p>
        <OpenCaseForm />
      </section>
      <DueSoon />
      <section className="panel" aria-labelledby="more-heading">
        <h2 id="more-heading">Your work</h2>
        <ul className="link-list">
          <li>
            <Link to="/cases">All cases</Link>
          </li>
          <li>
            <Link to="/missions">Missions</Link>
          </li>
        </ul>
      </section>
      <IntegrityPanel />
    </>
  );
}
