import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Note } from '../../../../shared/schemas/notes';
import { EVENT_TYPES } from '../../../../shared/timeline/eventTypes';
import { errorMessage } from '../../lib/ipc';
import { formatDay } from '../../lib/dates';
import { useCurrentCase } from '../cases/useCurrentCase';
import { useTimelineView } from '../timeline/useTimelineView';
import { NoteForm } from './NoteForm';
import { NoteItem } from './NoteItem';
import { NoteSearch } from './NoteSearch';
import { useNotes } from './queries';

function targetLabel(n: Note): string {
  switch (n.target.type) {
    case 'CASE':
      return 'On the case';
    case 'EVENT':
      return n.targetEvent
        ? `On event ${n.targetEvent.number}: ${EVENT_TYPES[n.targetEvent.type].label}`
        : 'On a timeline event';
    case 'EVIDENCE':
      return `On evidence item ${n.target.id}`;
    case 'ASSESSMENT':
      return `On assessment ${n.target.id}`;
  }
}

/** The Notes section: every note on the case, newest first; corrections shown as such. */
export function NotesSection() {
  const c = useCurrentCase();
  const { view, asOf } = useTimelineView();
  const caseId = c.data?.id ?? 0;
  const notes = useNotes(caseId, asOf);
  const [adding, setAdding] = useState(false);
  const all = useMemo(() => notes.data?.pages.flatMap((p) => p.items) ?? [], [notes.data]);
  const numbers = useMemo(() => new Map(all.map((n) => [n.id, n.number])), [all]);
  if (!c.data) return null;
  const readOnly = asOf !== undefined;
  return (
    <section aria-labelledby="notes-heading" className="panel">
      <div className="section-head">
        <h2 id="notes-heading">Notes</h2>
        {!readOnly && !adding ? (
          <Button className="button primary" onPress={() => setAdding(true)}>
            Add a note on the case
          </Button>
        ) : null}
      </div>
      <p className="field-hint">
        Notes are kept as written. A mistake is corrected by a new note; the original stays, marked
        as corrected.
      </p>
      {readOnly ? (
        <p className="callout past" role="status">
          Notes as known at the end of {formatDay(view.asOfDay)}.
        </p>
      ) : null}
      {readOnly ? null : <NoteSearch caseId={c.data.id} />}
      {adding ? (
        <NoteForm
          caseId={c.data.id}
          target={{ type: 'CASE' }}
          about="the case"
          onDone={() => setAdding(false)}
        />
      ) : null}
      {notes.isError ? <p role="alert">{errorMessage(notes.error)}</p> : null}
      {notes.data && all.length === 0 ? <p className="empty">No notes yet.</p> : null}
      {all.length > 0 ? <h3 className="list-heading">All notes, newest first</h3> : null}
      <ul className="note-list" aria-label="Notes on this case">
        {all.map((n) => (
          <NoteItem
            key={n.id}
            note={n}
            context={targetLabel(n)}
            numberOf={(id) => numbers.get(id)}
            readOnly={readOnly}
          />
        ))}
      </ul>
      {notes.hasNextPage ? (
        <Button className="button" onPress={() => void notes.fetchNextPage()}>
          Show older notes
        </Button>
      ) : null}
    </section>
  );
}
