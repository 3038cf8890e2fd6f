import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Citation } from '../../../../shared/schemas/citation';
import type { Note } from '../../../../shared/schemas/notes';
import type { TimelineEvent } from '../../../../shared/schemas/timeline';
import { displayValue } from '../../../../shared/timeline/fields';
import { EVENT_TYPES, type EventTypeDef } from '../../../../shared/timeline/eventTypes';
import { formatDateTime, formatTime } from '../../lib/dates';
import { CitationsPanel } from '../../components/citations/CitationsPanel';
import { CitedList } from '../../components/citations/CitedList';
import { NoteForm } from '../notes/NoteForm';
import { NoteItem } from '../notes/NoteItem';

const HOUR = 3_600_000;

/** "recorded 3 days later": what the file knew when matters as much as what happened when. */
function lag(e: TimelineEvent): string | null {
  const ms = Date.parse(e.recordedAt) - Date.parse(e.occurredAt);
  if (ms < HOUR) return null;
  const days = Math.round(ms / (24 * HOUR));
  return days >= 1
    ? `${days} day${days === 1 ? '' : 's'} later`
    : `${Math.round(ms / HOUR)} h later`;
}

function when(e: TimelineEvent): string {
  if (e.occurredPrecision === 'DAY') return 'That day';
  const t = formatTime(e.occurredAt);
  return e.occurredPrecision === 'APPROXIMATE' ? `About ${t}` : t;
}

export type EventCardProps = {
  event: TimelineEvent;
  notes: readonly Note[];
  /** The authorities the event cites, with pinpoints. */
  citations: readonly Citation[];
  position: number;
  total: number | null;
  tabIndex: number;
  /** A past view ("as known on") cannot be written to. */
  readOnly: boolean;
  numberOfEvent: (id: number) => number | undefined;
  numberOfNote: (id: number) => number | undefined;
  onCorrect: (e: TimelineEvent) => void;
  onFocus: () => void;
};

/** One event on the timeline, with what it links to (its notes) inline. */
export function EventCard(props: EventCardProps) {
  const e = props.event;
  const def: EventTypeDef = EVENT_TYPES[e.type];
  const [open, setOpen] = useState(false);
  const [noting, setNoting] = useState(false);
  const [citing, setCiting] = useState(false);
  const answered = def.fields.filter((f) => e.payload[f.name] !== undefined);
  const headingId = `event-${e.id}-title`;
  const later = lag(e);
  const correctable = def.origin !== 'SYSTEM' && e.correctedByEventId === null;
  return (
    <article
      className={`event-card${e.correctedByEventId !== null ? ' corrected' : ''}`}
      aria-labelledby={headingId}
      aria-posinset={props.position}
      aria-setsize={props.total ?? -1}
      tabIndex={props.tabIndex}
      data-event-id={e.id}
      onFocus={(ev) => {
        if (ev.target === ev.currentTarget) props.onFocus();
      }}
    >
      <div className="event-head">
        <time className="event-when" dateTime={e.occurredAt}>
          {when(e)}
        </time>
        <h4 id={headingId} className="event-type">
          {def.label}
        </h4>
        <span className="event-number">Event {e.number}</span>
        {e.classification !== 'NORMAL' ? (
          <span className="tag">{e.classification === 'SECRET' ? 'Secret' : 'Restricted'}</span>
        ) : null}
        {e.origin === 'SYSTEM' ? <span className="tag muted">Recorded by Casefile</span> : null}
      </div>
      <p className="event-summary">{e.summary}</p>
      <p className="event-meta">
        Recorded <time dateTime={e.recordedAt}>{formatDateTime(e.recordedAt)}</time>
        {later ? ` (${later})` : ''} by {e.recordedBy.name}
        {e.correctsEventId !== null ? (
          <span className="tag">Corrects event {props.numberOfEvent(e.correctsEventId) ?? ''}</span>
        ) : null}
        {e.correctedByEventId !== null ? (
          <span className="tag warn">
            Corrected by event{' '}
            {props.numberOfEvent(e.correctedByEventId) ?? '(later on the timeline)'}
          </span>
        ) : null}
      </p>
      <div className="event-actions">
        {answered.length > 0 ? (
          <Button className="link-button" aria-expanded={open} onPress={() => setOpen(!open)}>
            {open ? 'Hide details' : `Details (${answered.length})`}
          </Button>
        ) : null}
        {!props.readOnly && !noting ? (
          <Button className="link-button" onPress={() => setNoting(true)}>
            Add a note
          </Button>
        ) : null}
        {!props.readOnly || props.citations.length > 0 ? (
          <Button className="link-button" aria-expanded={citing} onPress={() => setCiting(!citing)}>
            {citing
              ? 'Hide authorities'
              : props.citations.length === 0
                ? 'Cite an authority'
                : `Authorities cited (${props.citations.length})`}
          </Button>
        ) : null}
        {!props.readOnly && correctable ? (
          <Button className="link-button" onPress={() => props.onCorrect(e)}>
            Correct event {e.number}
          </Button>
        ) : null}
      </div>
      {open ? (
        <dl className="event-details">
          {answered.map((f) => (
            <div key={f.name}>
              <dt>{f.label}</dt>
              <dd>{displayValue(f, e.payload[f.name])}</dd>
            </div>
          ))}
          {e.subjectRefs.length > 0 ? (
            <div>
              <dt>Persons concerned</dt>
              <dd>{e.subjectRefs.join('; ')}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {citing ? (
        <CitationsPanel
          target={{ type: 'event', id: String(e.id) }}
          title={`Authorities cited by event ${e.number}`}
          headingLevel={3}
          readOnly={props.readOnly}
          emptyText="No authority cited for this event yet."
        />
      ) : props.citations.length > 0 ? (
        <CitedList citations={props.citations} label={`Authorities cited by event ${e.number}`} />
      ) : null}
      {props.notes.length > 0 ? (
        <ul className="note-list inline-notes" aria-label={`Notes on event ${e.number}`}>
          {props.notes.map((n) => (
            <NoteItem key={n.id} note={n} numberOf={props.numberOfNote} readOnly={props.readOnly} />
          ))}
        </ul>
      ) : null}
      {noting ? (
        <NoteForm
          caseId={e.caseId}
          target={{ type: 'EVENT', id: e.id }}
          about={`event ${e.number} (${def.label})`}
          onDone={() => setNoting(false)}
        />
      ) : null}
    </article>
  );
}
