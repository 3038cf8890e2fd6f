import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';

/**
 * The audit chain's status. While a verification or export runs in the background worker it is
 * polled every second; otherwise once a minute (new writes move the head on).
 */
export function useAuditStatus() {
  return useQuery({
    queryKey: queryKeys.auditStatus,
    queryFn: () => call('audit:status', {}),
    refetchInterval: (q) =>
      q.state.data?.running || q.state.data?.export.running ? 1_000 : 60_000,
  });
}

export function useVerifyAudit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('audit:verify', {}),
    onSuccess: (status) => qc.setQueryData(queryKeys.auditStatus, status),
  });
}
