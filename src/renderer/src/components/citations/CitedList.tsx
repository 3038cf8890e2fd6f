import type { Citation } from '../../../../shared/schemas/citation';
import { CitationLink } from './CitationLink';

/** A record's citations shown inline and read-only (on a timeline event, in a note). */
export function CitedList(props: { citations: readonly Citation[]; label: string }) {
  return (
    <ul className="cited-list" aria-label={props.label}>
      {props.citations.map((c) => (
        <li key={c.id}>
          <CitationLink authority={c.authority} pinpoint={c.pinpoint} />
        </li>
      ))}
    </ul>
  );
}
