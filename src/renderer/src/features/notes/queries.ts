import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';
import { useInvalidateCaseFile } from '../timeline/queries';

export function useNotes(caseId: number, asOf: string | undefined) {
  return useInfiniteQuery({
    queryKey: queryKeys.notes(caseId, asOf),
    queryFn: ({ pageParam }) =>
      call('notes:list', {
        caseId,
        limit: 100,
        ...(asOf ? { asOf } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAddNote(caseId: number) {
  const invalidate = useInvalidateCaseFile(caseId);
  return useMutation({
    mutationFn: (input: ChannelInput<'notes:add'>) => call('notes:add', input),
    onSuccess: invalidate,
  });
}

export function useCorrectNote(caseId: number) {
  const invalidate = useInvalidateCaseFile(caseId);
  return useMutation({
    mutationFn: (input: ChannelInput<'notes:correct'>) => call('notes:correct', input),
    onSuccess: invalidate,
  });
}
