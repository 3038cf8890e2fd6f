import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { call } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';

/** The case named by the /cases/:reference route, shared by every section of the workspace. */
export function useCurrentCase() {
  const { reference = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.case(reference),
    queryFn: () => call('cases:get', { reference }),
  });
  return { reference, ...query };
}
