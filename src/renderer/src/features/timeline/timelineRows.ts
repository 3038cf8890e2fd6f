import type { Deadline } from '../../../../shared/schemas/deadlines';
import type { TimelineEvent } from '../../../../shared/schemas/timeline';
import { localDay } from '../../lib/dates';

/** What the virtualised list shows, one row each: day headings, events and deadline markers. */
export type TimelineRow =
  | { kind: 'day'; key: string; day: string }
  | { kind: 'event'; key: string; event: TimelineEvent; position: number }
  | { kind: 'deadline'; key: string; deadline: Deadline };

/**
 * Merges the loaded events (already in display order) with the case's deadlines by time, and
 * starts a new day heading whenever the local day changes. While more pages remain, deadlines
 * beyond the last loaded event wait for their page, so nothing appears out of order.
 */
export function buildRows(
  events: readonly TimelineEvent[],
  deadlines: readonly Deadline[],
  order: 'asc' | 'desc',
  complete: boolean,
): TimelineRow[] {
  const before = (a: string, b: string) => (order === 'desc' ? a > b : a < b);
  const last = events.at(-1)?.occurredAt;
  const shown = deadlines
    .filter((d) => d.status !== 'SUPERSEDED')
    .filter((d) => complete || last === undefined || !before(last, d.dueAt))
    .sort((a, b) => (before(a.dueAt, b.dueAt) ? -1 : before(b.dueAt, a.dueAt) ? 1 : a.id - b.id));
  const rows: TimelineRow[] = [];
  let day = '';
  const dayOf = (iso: string) => {
    const d = localDay(iso);
    if (d !== day) {
      day = d;
      rows.push({ kind: 'day', key: `day-${d}`, day: d });
    }
  };
  let di = 0;
  events.forEach((event, i) => {
    while (di < shown.length && !before(event.occurredAt, shown[di]!.dueAt)) {
      const d = shown[di++]!;
      dayOf(d.dueAt);
      rows.push({ kind: 'deadline', key: `deadline-${d.id}`, deadline: d });
    }
    dayOf(event.occurredAt);
    rows.push({ kind: 'event', key: `event-${event.id}`, event, position: i + 1 });
  });
  for (const d of shown.slice(di)) {
    dayOf(d.dueAt);
    rows.push({ kind: 'deadline', key: `deadline-${d.id}`, deadline: d });
  }
  return rows;
}
