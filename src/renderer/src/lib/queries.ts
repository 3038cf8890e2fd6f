import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { call } from './ipc';

export const queryKeys = {
  missions: ['missions'] as const,
  cases: ['cases'] as const,
  case: (reference: string) => ['case', reference] as const,
};

export function useMissions() {
  return useQuery({ queryKey: queryKeys.missions, queryFn: () => call('missions:list', {}) });
}

export function useCreateMission() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'missions:create'>) => call('missions:create', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.missions }),
  });
}

export function useOpenCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (missionId: number) => call('cases:open', { missionId }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.cases }),
  });
}
