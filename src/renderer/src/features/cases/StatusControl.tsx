import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { transitionsFrom } from '../../../../shared/caseStatus';
import {
  CASE_STATUS_LABELS,
  type CaseStatus,
  type CaseSummary,
} from '../../../../shared/schemas/case';
import { FailureMessage, SelectInput, TextInput } from '../../components/fields';
import { call, errorMessage } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';

/**
 * Moves a case along the SPEC §4.3 state machine. Only the edges from the current status are
 * offered; the main process checks their guards and answers a refusal with its reason.
 */
export function StatusControl(props: { summary: CaseSummary }) {
  const qc = useQueryClient();
  const options = transitionsFrom(props.summary.status);
  const [to, setTo] = useState<CaseStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  if (options.length === 0) return null;
  const via = options.find((o) => o.to === to)?.via;
  return (
    <details className="status-control">
      <summary>Change status</summary>
      <Form
        className="form"
        validationBehavior="aria"
        aria-label="Change the case status"
        onSubmit={(e) => {
          e.preventDefault();
          if (!to) return;
          if (reason.trim() === '') {
            setReasonError(
              'is required: say what happened (e.g. the screening interview took place)',
            );
            return;
          }
          setReasonError(undefined);
          setError(null);
          call('cases:transition', { caseId: props.summary.id, to, reason })
            .then(() => {
              setTo(null);
              setReason('');
              return qc.invalidateQueries({ queryKey: queryKeys.case(props.summary.reference) });
            })
            .catch((err: unknown) => setError(errorMessage(err)));
        }}
      >
        <SelectInput<CaseStatus>
          label="New status"
          name="status-to"
          value={to}
          onChange={setTo}
          options={[
            ...new Map(
              options.map((o) => [o.to, { id: o.to, label: CASE_STATUS_LABELS[o.to] }]),
            ).values(),
          ]}
          {...(via ? { description: `Recorded by: ${via}` } : {})}
        />
        <TextInput
          label="What happened"
          name="status-reason"
          value={reason}
          onChange={setReason}
          error={reasonError}
        />
        <div className="form-actions">
          <Button type="submit" className="button" isDisabled={to === null}>
            Change status
          </Button>
        </div>
        <FailureMessage message={error} />
      </Form>
    </details>
  );
}
