import { CitationsPanel } from '../../components/citations/CitationsPanel';
import { useCurrentCase } from './useCurrentCase';

/** The case's authorities relied on, each with its pinpoint and comment. */
export function CaseAuthorities() {
  const c = useCurrentCase();
  if (!c.data) return null;
  return (
    <CitationsPanel
      target={{ type: 'case', id: String(c.data.id) }}
      title="Authorities relied on"
      emptyText="No authorities cited in this case yet. Search the library below and add one with its pinpoint."
    />
  );
}
