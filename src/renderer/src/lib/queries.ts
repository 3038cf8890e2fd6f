import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { call } from './ipc';

export const queryKeys = {
  missions: ['missions'] as const,
  cases: ['cases'] as const,
  case: (reference: string) => ['case', reference] as const,
  /** Everything shown about one case's file: its timeline, notes, deadlines and audit trail. */
  caseFile: (caseId: number) => ['caseFile', caseId] as const,
  timeline: (caseId: number, view: unknown) => ['caseFile', caseId, 'timeline', view] as const,
  notes: (caseId: number, asOf: string | undefined) => ['caseFile', caseId, 'notes', asOf] as const,
  noteSearch: (caseId: number, query: string) => ['caseFile', caseId, 'noteSearch', query] as const,
  deadlines: (caseId: number, asOf: string | undefined) =>
    ['caseFile', caseId, 'deadlines', asOf] as const,
  caseAsOf: (caseId: number, asOf: string) => ['caseFile', caseId, 'asOf', asOf] as const,
  actors: (caseId: number) => ['caseFile', caseId, 'actors'] as const,
  caseTrail: (caseId: number) => ['caseFile', caseId, 'trail'] as const,
  dueSoon: ['dueSoon'] as const,
  auditStatus: ['auditStatus'] as const,
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
