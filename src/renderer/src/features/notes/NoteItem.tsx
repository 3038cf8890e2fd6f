import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Note } from '../../../../shared/schemas/notes';
import { CitedList } from '../../components/citations/CitedList';
import { formatDateTime } from '../../lib/dates';
import { NoteForm } from './NoteForm';

/** One note: its text, who wrote it when, and whether it corrects or was corrected by another. */
export function NoteItem(props: {
  note: Note;
  /** Numbers of other notes, to say "corrected by note 4". */
  numberOf: (id: number) => number | undefined;
  /** Past views ("as known on") are read-only. */
  readOnly?: boolean;
  /** What the note is about, where the list mixes targets. */
  context?: string;
}) {
  const n = props.note;
  const [correcting, setCorrecting] = useState(false);
  const corrected = n.correctedByNoteId !== null;
  return (
    <li className={corrected ? 'note corrected' : 'note'} aria-label={`Note ${n.number}`}>
      {props.context ? <p className="note-target">{props.context}</p> : null}
      <p className="note-body">{n.body}</p>
      {n.citations.length > 0 ? (
        <CitedList citations={n.citations} label={`Authorities cited by note ${n.number}`} />
      ) : null}
      <p className="note-meta">
        Note {n.number} · {n.author.name} ·{' '}
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
        {n.correctsNoteId !== null ? (
          <span className="tag">Corrects note {props.numberOf(n.correctsNoteId) ?? ''}</span>
        ) : null}
        {n.correctedByNoteId !== null ? (
          <span className="tag warn">
            Corrected by note {props.numberOf(n.correctedByNoteId) ?? ''}
          </span>
        ) : null}
      </p>
      {!corrected && !props.readOnly && !correcting ? (
        <Button className="link-button" onPress={() => setCorrecting(true)}>
          Correct note {n.number}
        </Button>
      ) : null}
      {correcting ? (
        <NoteForm
          caseId={n.caseId}
          target={n.target}
          correcting={n}
          about={`note ${n.number}`}
          onDone={() => setCorrecting(false)}
        />
      ) : null}
    </li>
  );
}
