import { Link } from 'react-router';
import { completeness } from '../../../../shared/intake/steps';
import { useIntake } from '../intake/useIntake';
import { StatusControl } from './StatusControl';
import { useCurrentCase } from './useCurrentCase';

export function CaseOverview() {
  const c = useCurrentCase();
  const intake = useIntake(c.data?.id);
  if (!c.data) return null;
  const gaps = intake.data ? completeness(intake.data) : [];
  const open = gaps.reduce((n, g) => n + g.missing.length, 0);
  return (
    <>
      <section aria-labelledby="overview-heading" className="panel">
        <h2 id="overview-heading">Overview</h2>
        <p>
          Request logged at {c.data.missionName} on{' '}
          <time dateTime={c.data.openedAt}>{new Date(c.data.openedAt).toLocaleString()}</time>.
          {c.data.label ? ` Label: ${c.data.label}.` : ''}
        </p>
        <StatusControl summary={c.data} />
      </section>
      <section aria-labelledby="open-questions-heading" className="panel">
        <h2 id="open-questions-heading">Open questions</h2>
        {intake.data ? (
          <>
            <p>
              {open === 0
                ? 'Every question that matters has an answer (Unknown counts as one).'
                : `${open} question${open === 1 ? '' : 's'} not yet answered.`}
            </p>
            <ul className="step-summary">
              {gaps.map((g) => (
                <li key={g.step}>
                  <Link to={`../intake?step=${g.step}`} relative="path">
                    {g.title}
                  </Link>
                  <span className={`count${g.missing.length === 0 ? ' done' : ''}`}>
                    {g.missing.length === 0 ? 'complete' : `${g.missing.length} unanswered`}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Loading…</p>
        )}
      </section>
    </>
  );
}
