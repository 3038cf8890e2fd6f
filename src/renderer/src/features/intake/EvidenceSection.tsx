import { errorMessage } from '../../lib/ipc';
import { useCurrentCase } from '../cases/useCurrentCase';
import { EvidenceList } from './EvidenceList';
import { useIntake } from './useIntake';

/** The Evidence tab (UX.md §3): the same items as the interview's evidence step. */
export function EvidenceSection() {
  const c = useCurrentCase();
  const intake = useIntake(c.data?.id);
  if (intake.isPending) return <p>Loading the evidence…</p>;
  if (intake.isError) return <p role="alert">{errorMessage(intake.error)}</p>;
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      <EvidenceList view={intake.data} />
    </section>
  );
}
