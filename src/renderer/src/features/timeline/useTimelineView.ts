import { useSearchParams } from 'react-router';
import { EVENT_TYPE_CODES, type EventType } from '../../../../shared/timeline/eventTypes';
import { endOfLocalDay, startOfLocalDay } from '../../lib/dates';

export type TimelineView = {
  /** "As known on" this local day (YYYY-MM-DD), or '' for everything recorded. */
  asOfDay: string;
  type: EventType | '';
  actorId: string;
  fromDay: string;
  toDay: string;
  order: 'desc' | 'asc';
};

const isEventType = (s: string): s is EventType => (EVENT_TYPE_CODES as string[]).includes(s);

/**
 * The timeline's filters and "as known on" day live in the URL, so they survive moving between
 * the case's sections and can be bookmarked or reloaded.
 */
export function useTimelineView() {
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? '';
  const view: TimelineView = {
    asOfDay: params.get('asOf') ?? '',
    type: isEventType(type) ? type : '',
    actorId: params.get('actor') ?? '',
    fromDay: params.get('from') ?? '',
    toDay: params.get('to') ?? '',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
  };
  const keys: Record<keyof TimelineView, string> = {
    asOfDay: 'asOf',
    type: 'type',
    actorId: 'actor',
    fromDay: 'from',
    toDay: 'to',
    order: 'order',
  };
  const set = (patch: Partial<TimelineView>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          const key = keys[k as keyof TimelineView];
          if (v === '' || v === undefined || (k === 'order' && v === 'desc')) next.delete(key);
          else next.set(key, String(v));
        }
        return next;
      },
      { replace: true },
    );
  return { view, set, asOf: view.asOfDay ? endOfLocalDay(view.asOfDay) : undefined };
}

/** The main-process query for a view (instants, not days). */
export function listInput(caseId: number, view: TimelineView, asOf: string | undefined) {
  const from = view.fromDay ? startOfLocalDay(view.fromDay) : undefined;
  const to = view.toDay ? endOfLocalDay(view.toDay) : undefined;
  return {
    caseId,
    order: view.order,
    ...(view.type ? { types: [view.type] } : {}),
    ...(view.actorId ? { actorId: view.actorId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(asOf ? { asOf } : {}),
  };
}
