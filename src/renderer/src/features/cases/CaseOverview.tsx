import { useCurrentCase } from './useCurrentCase';

export function CaseOverview() {
  const c = useCurrentCase();
  if (!c.data) return null;
  return (
    <section aria-labelledby="overview-heading" className="panel">
      <h2 id="overview-heading">Overview</h2>
      <p>
        Request logged at {c.data.missionName} on{' '}
        <time dateTime={c.data.openedAt}>{new Date(c.data.openedAt).toLocaleString()}</time>.
      </p>
    </section>
  );
}
