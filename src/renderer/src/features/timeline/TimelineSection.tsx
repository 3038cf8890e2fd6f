import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../../shared/schemas/case';
import type { Citation } from '../../../../shared/schemas/citation';
import type { Note } from '../../../../shared/schemas/notes';
import type { TimelineEvent } from '../../../../shared/schemas/timeline';
import {
  EVENT_TYPE_CODES,
  EVENT_TYPES,
  type EventType,
} from '../../../../shared/timeline/eventTypes';
import { SelectInput, TextInput } from '../../components/fields';
import { formatDay, todayLocal } from '../../lib/dates';
import { errorMessage } from '../../lib/ipc';
import { useCurrentCase } from '../cases/useCurrentCase';
import { DeadlinesPanel } from './DeadlinesPanel';
import { EventCard } from './EventCard';
import { useCaseAsOf, useCaseDeadlines, useEventActors, useTimeline } from './queries';
import { RecordEventForm } from './RecordEventForm';
import { buildRows } from './timelineRows';
import { TimelineList } from './TimelineList';
import { listInput, useTimelineView, type TimelineView } from './useTimelineView';

const ALL = 'ALL';
const TYPE_FILTER = [
  { id: ALL, label: 'All types' },
  ...EVENT_TYPE_CODES.map((id) => ({ id, label: EVENT_TYPES[id].label })),
];

function Filters(props: {
  view: TimelineView;
  set: (patch: Partial<TimelineView>) => void;
  actors: readonly { id: string; name: string }[];
}) {
  const { view, set } = props;
  return (
    <div className="timeline-filters" role="group" aria-label="Filter the timeline">
      <SelectInput
        label="Type"
        name="filterType"
        value={view.type || ALL}
        onChange={(v) => set({ type: v === ALL ? '' : (v as EventType) })}
        options={TYPE_FILTER}
      />
      <SelectInput
        label="Recorded by"
        name="filterActor"
        value={view.actorId || ALL}
        onChange={(v) => set({ actorId: v === ALL ? '' : v })}
        options={[
          { id: ALL, label: 'Anyone' },
          ...props.actors.map((a) => ({ id: a.id, label: a.name })),
        ]}
      />
      <TextInput
        label="From"
        name="filterFrom"
        type="date"
        value={view.fromDay}
        onChange={(fromDay) => set({ fromDay })}
      />
      <TextInput
        label="To"
        name="filterTo"
        type="date"
        value={view.toDay}
        onChange={(toDay) => set({ toDay })}
      />
      <SelectInput
        label="Order"
        name="filterOrder"
        value={view.order}
        onChange={(order) => set({ order })}
        options={[
          { id: 'desc', label: 'Newest first' },
          { id: 'asc', label: 'Oldest first' },
        ]}
      />
    </div>
  );
}

/** The Timeline section of the case workspace (UX.md §3; SPEC §4). */
export function TimelineSection() {
  const c = useCurrentCase();
  if (!c.data) return null;
  return <CaseTimeline caseId={c.data.id} />;
}

function CaseTimeline(props: { caseId: number }) {
  const { caseId } = props;
  const { view, set, asOf } = useTimelineView();
  const timeline = useTimeline(listInput(caseId, view, asOf));
  const deadlines = useCaseDeadlines(caseId, asOf);
  const actors = useEventActors(caseId);
  const caseThen = useCaseAsOf(caseId, asOf);
  const [editing, setEditing] = useState<{ correcting: TimelineEvent | null } | null>(null);
  const readOnly = asOf !== undefined;
  const { fetchNextPage } = timeline;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const pages = timeline.data?.pages;
  const events = useMemo(() => pages?.flatMap((p) => p.items) ?? [], [pages]);
  const notesByEvent = useMemo(() => {
    const map = new Map<number, Note[]>();
    for (const n of pages?.flatMap((p) => p.notes) ?? []) {
      if (n.target.type !== 'EVENT') continue;
      map.set(n.target.id, [...(map.get(n.target.id) ?? []), n]);
    }
    return map;
  }, [pages]);
  const citationsByEvent = useMemo(() => {
    const map = new Map<number, Citation[]>();
    for (const c of pages?.flatMap((p) => p.citations) ?? []) {
      const id = Number(c.target.id);
      map.set(id, [...(map.get(id) ?? []), c]);
    }
    return map;
  }, [pages]);
  const total = pages?.[0]?.total ?? null;
  const rows = useMemo(
    () => buildRows(events, deadlines.data ?? [], view.order, !timeline.hasNextPage),
    [events, deadlines.data, view.order, timeline.hasNextPage],
  );
  const eventNumbers = useMemo(() => new Map(events.map((e) => [e.id, e.number])), [events]);
  const noteNumbers = useMemo(
    () => new Map([...notesByEvent.values()].flat().map((n) => [n.id, n.number])),
    [notesByEvent],
  );
  const filtered =
    view.type !== '' || view.actorId !== '' || view.fromDay !== '' || view.toDay !== '';
  const statusThen = caseThen.data?.fields.status as CaseStatus | undefined;

  return (
    <section aria-labelledby="timeline-heading" className="panel timeline">
      <div className="section-head">
        <h2 id="timeline-heading">Timeline</h2>
        {!readOnly && !editing ? (
          <Button className="button primary" onPress={() => setEditing({ correcting: null })}>
            Record an event
          </Button>
        ) : null}
      </div>

      <div className="as-known-on">
        <TextInput
          label="As known on"
          name="asOf"
          type="date"
          description="Show the file as it stood at the end of that day: only what had been recorded by then"
          value={view.asOfDay}
          onChange={(asOfDay) => {
            set({ asOfDay });
            setEditing(null);
          }}
        />
        {readOnly ? (
          <div className="callout past" role="status">
            <p>
              <strong>The file as known at the end of {formatDay(view.asOfDay)}.</strong> Events,
              corrections and notes recorded later are hidden; nothing can be added here.
              {statusThen
                ? ` Case status then: ${CASE_STATUS_LABELS[statusThen] ?? statusThen}.`
                : ''}
              {caseThen.data && !caseThen.data.known ? ' The case had not been opened yet.' : ''}
            </p>
            <Button className="button" onPress={() => set({ asOfDay: '' })}>
              Back to today ({formatDay(todayLocal())})
            </Button>
          </div>
        ) : null}
      </div>

      {editing ? (
        <div className="panel inset">
          <RecordEventForm
            key={editing.correcting?.id ?? 'new'}
            caseId={caseId}
            correcting={editing.correcting}
            interimActive={(deadlines.data ?? []).some(
              (d) => d.kind === 'INTERIM_REVIEW' && d.status === 'OPEN',
            )}
            onDone={() => setEditing(null)}
          />
        </div>
      ) : null}

      <DeadlinesPanel caseId={caseId} deadlines={deadlines.data ?? []} readOnly={readOnly} />

      <Filters view={view} set={set} actors={actors.data ?? []} />

      {timeline.isPending ? <p>Loading the timeline…</p> : null}
      {timeline.isError ? <p role="alert">{errorMessage(timeline.error)}</p> : null}
      <p className="result-count" aria-live="polite">
        {total === null
          ? ''
          : `${total} event${total === 1 ? '' : 's'}${filtered ? ' match the filters' : ''}${readOnly ? ' known then' : ''}.`}
        {events.length > 0 ? ' Select an event and use the arrow keys to move between events.' : ''}
      </p>
      {timeline.data ? (
        <TimelineList
          rows={rows}
          total={total}
          hasMore={timeline.hasNextPage}
          loadingMore={timeline.isFetchingNextPage}
          loadMore={loadMore}
          renderEvent={(row, tabIndex, onFocus) => (
            <EventCard
              event={row.event}
              notes={notesByEvent.get(row.event.id) ?? []}
              citations={citationsByEvent.get(row.event.id) ?? []}
              position={row.position}
              total={total}
              tabIndex={tabIndex}
              readOnly={readOnly}
              numberOfEvent={(id) => eventNumbers.get(id)}
              numberOfNote={(id) => noteNumbers.get(id)}
              onCorrect={(correcting) => {
                setEditing({ correcting });
                window.scrollTo({ top: 0 });
              }}
              onFocus={onFocus}
            />
          )}
        />
      ) : null}
    </section>
  );
}
