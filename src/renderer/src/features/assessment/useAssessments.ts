import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/ipc';

export const assessmentKeys = {
  list: (reference: string) => ['assessments', reference] as const,
  one: (id: number) => ['assessment', id] as const,
  diff: (fromId: number, toId: number) => ['assessment-diff', fromId, toId] as const,
  departures: (reference: string) => ['departures', reference] as const,
};

export function useAssessmentList(reference: string) {
  return useQuery({
    queryKey: assessmentKeys.list(reference),
    queryFn: () => call('assessments:list', { reference }),
    // "The facts have changed since version n" depends on the intake, edited in another section:
    // read it afresh whenever the section is opened.
    staleTime: 0,
  });
}

export function useAssessment(id: number | null) {
  return useQuery({
    queryKey: assessmentKeys.one(id ?? 0),
    queryFn: () => call('assessments:get', { assessmentId: id ?? 0 }),
    enabled: id !== null,
  });
}

export function useVersionDiff(fromId: number | null, toId: number | null) {
  return useQuery({
    queryKey: assessmentKeys.diff(fromId ?? 0, toId ?? 0),
    queryFn: () => call('assessments:diff', { fromId: fromId ?? 0, toId: toId ?? 0 }),
    enabled: fromId !== null && toId !== null && fromId !== toId,
  });
}

type ViewChannel =
  | 'assessments:run'
  | 'assessments:determine'
  | 'assessments:submit'
  | 'assessments:return'
  | 'assessments:sign'
  | 'assessments:finalise';

/** A mutation that returns a version view: refreshes the case's list and that version. */
export function useAssessmentMutation<C extends ViewChannel>(channel: C, reference: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: (view: ChannelOutput<C>) => {
      qc.setQueryData(assessmentKeys.one(view.id), view);
      void qc.invalidateQueries({ queryKey: assessmentKeys.list(reference) });
      void qc.invalidateQueries({ queryKey: ['case', reference] });
    },
  });
}

export function useChannelMutation<C extends Channel>(channel: C, onDone?: () => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    ...(onDone ? { onSuccess: onDone } : {}),
  });
}
