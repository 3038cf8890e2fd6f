import { Button } from 'react-aria-components';
import { ChangesTable } from './ChangesTable';
import { useChannelMutation } from './useAssessments';
import { errorMessage } from '../../lib/ipc';

/** Recomputes the version with its own ruleset and configuration; shows "reproduced" or the difference. */
export function ReproduceCheck({
  assessmentId,
  version,
}: {
  assessmentId: number;
  version: number;
}) {
  const check = useChannelMutation('assessments:reproduce');
  const r = check.data?.assessmentId === assessmentId ? check.data : undefined;
  return (
    <div className="reproduce">
      <Button
        className="button"
        isDisabled={check.isPending}
        onPress={() => check.mutate({ assessmentId })}
      >
        Recompute version {version}
      </Button>
      <span aria-live="polite">
        {check.isError ? <span role="alert">{errorMessage(check.error)}</span> : null}
        {r?.reproduced ? (
          <span className="reproduced">
            Reproduced: the same bytes from ruleset {r.rulesetVersion} (SHA-256{' '}
            <code>{r.storedSha256.slice(0, 12)}</code>).
          </span>
        ) : null}
        {r && !r.reproduced ? (
          <span className="not-reproduced" role="alert">
            Not reproduced{r.problem ? `: ${r.problem}` : ''}.
          </span>
        ) : null}
      </span>
      {r && !r.reproduced && r.differences.length > 0 ? (
        <ChangesTable
          label="Differences from the stored result"
          first="Field"
          before="Stored"
          after="Recomputed"
          rows={r.differences}
        />
      ) : null}
    </div>
  );
}
