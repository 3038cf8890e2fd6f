import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CitationTarget } from '../../../../shared/schemas/citation';
import { call } from '../../lib/ipc';

const citationKeys = {
  of: (target: CitationTarget) => ['citations', target.type, target.id] as const,
};

/** The citations of one record, and the mutations that change them. */
export function useCitations(target: CitationTarget) {
  const qc = useQueryClient();
  // A citation changes its authority's backlinks too, and a case file's views that show the
  // citations of their records inline (the timeline, queryKeys.caseFile).
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: citationKeys.of(target) });
    await qc.invalidateQueries({ queryKey: ['authorities'] });
    if (target.type !== 'case') await qc.invalidateQueries({ queryKey: ['caseFile'] });
  };
  const list = useQuery({
    queryKey: citationKeys.of(target),
    queryFn: () => call('citations:list', { target }),
  });
  const add = useMutation({
    mutationFn: (input: { authorityId: string; pinpoint: string; comment: string }) =>
      call('citations:add', { target, ...input }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: (input: { id: number; pinpoint: string; comment: string }) =>
      call('citations:update', input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: number) => call('citations:remove', { id }),
    onSuccess: refresh,
  });
  return { list, add, update, remove };
}
