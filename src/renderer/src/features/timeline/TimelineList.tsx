import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DEADLINE_KIND_LABELS } from '../../../../shared/schemas/deadlines';
import type { TimelineEvent } from '../../../../shared/schemas/timeline';
import { formatDateTime, formatDay, relativeTo } from '../../lib/dates';
import { useNow } from '../../lib/useNow';
import type { TimelineRow } from './timelineRows';

const STEP: Record<string, number> = {
  ArrowDown: 1,
  j: 1,
  ArrowUp: -1,
  k: -1,
  PageDown: 5,
  PageUp: -5,
};

/**
 * The virtualised timeline: only the rows in view (and a few around them) are in the DOM, so a
 * case of 10^4 events paints as fast as one of ten (QUALITY.md R2/R3). The next page loads as
 * the end comes into view. Keyboard: with an event focused, ↓/j and ↑/k move one event,
 * PageDown/PageUp five, Home/End to the first and last loaded.
 */
export function TimelineList(props: {
  rows: TimelineRow[];
  total: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  renderEvent: (
    row: { event: TimelineEvent; position: number },
    tabIndex: number,
    onFocus: () => void,
  ) => ReactNode;
}) {
  const { rows, hasMore, loadingMore, loadMore } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  // No React Compiler runs on this code, so its memoisation warning about TanStack Virtual's
  // fresh-function API does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'event' ? 118 : rows[i]?.kind === 'day' ? 46 : 58),
    overscan: 6,
    getItemKey: (i) => rows[i]?.key ?? i,
    // jsdom (renderer tests) has no layout: start from a plausible viewport.
    initialRect: { width: 900, height: 640 },
  });
  const items = virtualizer.getVirtualItems();

  const eventRows = useMemo(() => rows.flatMap((r, i) => (r.kind === 'event' ? [i] : [])), [rows]);
  const [active, setActive] = useState(0);
  const activeRow = eventRows[Math.min(active, eventRows.length - 1)] ?? -1;
  const pendingFocus = useRef<number | null>(null);

  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 8) loadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, loadMore]);

  // First paint after the data arrived (QUALITY.md R2), for the bench.
  const firstKey = rows[0]?.key;
  useEffect(() => {
    if (firstKey === undefined) return;
    const frame = requestAnimationFrame(() => performance.mark('timeline:painted'));
    return () => cancelAnimationFrame(frame);
  }, [firstKey]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] article`);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  const move = (toEvent: number) => {
    const clamped = Math.max(0, Math.min(eventRows.length - 1, toEvent));
    const rowIndex = eventRows[clamped];
    if (rowIndex === undefined) return;
    setActive(clamped);
    pendingFocus.current = rowIndex;
    virtualizer.scrollToIndex(rowIndex, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Only when an event itself has focus: typing in a note must never move the timeline.
    if (!(e.target instanceof HTMLElement) || e.target.tagName !== 'ARTICLE') return;
    const current = eventRows.indexOf(
      Number(e.target.closest('[data-index]')?.getAttribute('data-index')),
    );
    const step = STEP[e.key];
    if (step !== undefined) move(current + step);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(eventRows.length - 1);
    else return;
    e.preventDefault();
  };

  return (
    <div ref={scrollRef} className="timeline-scroll" onKeyDown={onKeyDown} aria-busy={loadingMore}>
      <div className="timeline-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((vi) => {
          const row = rows[vi.index];
          if (!row) return null;
          return (
            <div
              key={vi.key}
              data-index={vi.index}
              ref={virtualizer.measureElement}
              className="timeline-row"
              style={{ transform: `translateY(${vi.start}px)` }}
            >
              {row.kind === 'day' ? (
                <h3 className="day-heading">{formatDay(row.day)}</h3>
              ) : row.kind === 'deadline' ? (
                <p
                  className={`deadline-marker ${row.deadline.status === 'OPEN' && Date.parse(row.deadline.dueAt) < now ? 'overdue' : row.deadline.status.toLowerCase()}`}
                >
                  <span className="tag">{DEADLINE_KIND_LABELS[row.deadline.kind]}</span>{' '}
                  {row.deadline.title} — due{' '}
                  <time dateTime={row.deadline.dueAt}>{formatDateTime(row.deadline.dueAt)}</time>
                  {row.deadline.status === 'OPEN'
                    ? ` (${relativeTo(row.deadline.dueAt, now)})`
                    : row.deadline.status === 'DONE'
                      ? ` — done${row.deadline.closeNote ? `: ${row.deadline.closeNote}` : ''}`
                      : ''}
                </p>
              ) : (
                props.renderEvent(
                  row,
                  vi.index === activeRow || (activeRow < 0 && vi.index === eventRows[0]) ? 0 : -1,
                  () => setActive(eventRows.indexOf(vi.index)),
                )
              )}
            </div>
          );
        })}
      </div>
      {loadingMore ? <p className="loading-more">Loading earlier events…</p> : null}
    </div>
  );
}
