import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { AuthoritySearch } from '../../../shared/schemas/authority';
import { call } from './ipc';

export const authorityKeys = {
  all: ['authorities'] as const,
  search: (input: AuthoritySearch) => ['authorities', 'search', input] as const,
  detail: (id: string) => ['authorities', 'detail', id] as const,
};

/** Ranked search; the previous results stay on screen while the next keystroke's arrive. */
export function useAuthoritySearch(input: AuthoritySearch, enabled = true) {
  return useQuery({
    queryKey: authorityKeys.search(input),
    queryFn: () => call('authorities:search', input),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAuthority(id: string, enabled = true) {
  return useQuery({
    queryKey: authorityKeys.detail(id),
    queryFn: () => call('authorities:get', { id }),
    enabled,
  });
}

export function useCreateAuthority() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'authorities:create'>) => call('authorities:create', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: authorityKeys.all }),
  });
}

export function useUpdateAuthority() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'authorities:update'>) => call('authorities:update', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: authorityKeys.all }),
  });
}

export function useAnnotateAuthority(authorityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => call('authorities:annotate', { authorityId, text }),
    onSuccess: () => qc.invalidateQueries({ queryKey: authorityKeys.all }),
  });
}
