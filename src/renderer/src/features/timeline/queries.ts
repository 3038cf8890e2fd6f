import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';

/** Events per page: the first page is all a case needs to paint (QUALITY.md R2/R3). */
export const TIMELINE_PAGE = 100;

type ListInput = Omit<ChannelInput<'timeline:list'>, 'limit' | 'cursor'>;

export function useTimeline(input: ListInput) {
  return useInfiniteQuery({
    queryKey: queryKeys.timeline(input.caseId, input),
    queryFn: async ({ pageParam }) => {
      const page = await call('timeline:list', {
        ...input,
        limit: TIMELINE_PAGE,
        ...(pageParam ? { cursor: pageParam } : {}),
      });
      // The bench (bench/timeline.bench.mjs) measures from here to the first paint.
      if (!pageParam) performance.mark('timeline:data');
      return page;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After anything is recorded on a case, what shows its file is stale. */
export function useInvalidateCaseFile(caseId: number) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: queryKeys.caseFile(caseId) }),
      qc.invalidateQueries({ queryKey: queryKeys.dueSoon }),
      qc.invalidateQueries({ queryKey: queryKeys.auditStatus }),
    ]);
}

export function useRecordEvent(caseId: number) {
  const invalidate = useInvalidateCaseFile(caseId);
  return useMutation({
    mutationFn: (input: ChannelInput<'timeline:record'>) => call('timeline:record', input),
    onSuccess: invalidate,
  });
}

export function useCaseDeadlines(caseId: number, asOf: string | undefined) {
  return useQuery({
    queryKey: queryKeys.deadlines(caseId, asOf),
    queryFn: () => call('deadlines:list', { caseId, ...(asOf ? { asOf } : {}) }),
  });
}

export function useEventActors(caseId: number) {
  return useQuery({
    queryKey: queryKeys.actors(caseId),
    queryFn: () => call('timeline:actors', { caseId }),
  });
}

export function useCaseAsOf(caseId: number, asOf: string | undefined) {
  return useQuery({
    queryKey: queryKeys.caseAsOf(caseId, asOf ?? ''),
    queryFn: () => call('timeline:caseAsOf', { caseId, asOf: asOf ?? '' }),
    enabled: asOf !== undefined,
  });
}
