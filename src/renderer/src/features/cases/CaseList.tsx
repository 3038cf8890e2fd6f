import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link } from 'react-router';
import type { CaseListInput, CaseListRow } from '../../../../shared/ipc/contracts/cases';
import {
  CASE_OUTCOME_LABELS,
  CASE_OUTCOMES,
  CASE_STATUS_LABELS,
  CASE_STATUSES,
} from '../../../../shared/schemas/case';
import { SelectInput } from '../../components/fields';
import { call, errorMessage } from '../../lib/ipc';
import { useMissions } from '../../lib/queries';

const ROW_HEIGHT = 56;
const PAGE = 100;

const URGENCY_LABELS = {
  Y: 'Imminent threat',
  N: 'No imminent threat',
  U: 'Unknown',
  NONE: 'Not answered',
} as const;

type Filters = Omit<CaseListInput, 'cursor' | 'limit'>;

/** Waits for the adviser to stop typing before searching. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

/**
 * The case list (UX.md screen 2): search, filters and sort run in SQLite with keyset pages;
 * only the rows in view are in the DOM, so 10^5 cases scroll like 10.
 */
export function CaseList() {
  const missions = useMissions();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>({ sort: 'UPDATED' });
  const debouncedSearch = useDebounced(search.trim(), 250);
  const input: Filters = { ...filters, ...(debouncedSearch ? { search: debouncedSearch } : {}) };
  const query = useInfiniteQuery({
    queryKey: ['cases', 'list', input],
    queryFn: ({ pageParam }) =>
      call('cases:list', { ...input, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows: CaseListRow[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser keeps only the visible rows mounted; React Compiler must not memoise it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtual.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 20) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K] | 'ALL') =>
    setFilters((f) => {
      const next = { ...f };
      if (value === 'ALL') delete next[key];
      else next[key] = value;
      return next;
    });

  return (
    <div className="case-list">
      <div className="list-controls" role="search" aria-label="Find cases">
        <SearchField className="field search" value={search} onChange={setSearch}>
          <Label className="field-label">Search</Label>
          <Input className="field-input" placeholder="Reference, label or name" />
        </SearchField>
        <SelectInput
          label="Mission"
          name="filter-mission"
          value={filters.missionId !== undefined ? String(filters.missionId) : 'ALL'}
          onChange={(v) => set('missionId', v === 'ALL' ? 'ALL' : Number(v))}
          options={[
            { id: 'ALL', label: 'All missions' },
            ...(missions.data ?? []).map((m) => ({ id: String(m.id), label: m.name })),
          ]}
        />
        <SelectInput
          label="Status"
          name="filter-status"
          value={filters.status ?? 'ALL'}
          onChange={(v) => set('status', v as Filters['status'] | 'ALL')}
          options={[
            { id: 'ALL', label: 'Any status' },
            ...CASE_STATUSES.map((s) => ({ id: s, label: CASE_STATUS_LABELS[s] })),
          ]}
        />
        <SelectInput
          label="Urgency"
          name="filter-urgency"
          value={filters.urgency ?? 'ALL'}
          onChange={(v) => set('urgency', v as Filters['urgency'] | 'ALL')}
          options={[
            { id: 'ALL', label: 'Any urgency' },
            ...(['Y', 'N', 'U', 'NONE'] as const).map((u) => ({ id: u, label: URGENCY_LABELS[u] })),
          ]}
        />
        <SelectInput
          label="Latest outcome"
          name="filter-outcome"
          value={filters.outcome ?? 'ALL'}
          onChange={(v) => set('outcome', v as Filters['outcome'] | 'ALL')}
          options={[
            { id: 'ALL', label: 'Any outcome' },
            { id: 'NONE', label: 'Not assessed yet' },
            ...CASE_OUTCOMES.map((o) => ({ id: o, label: CASE_OUTCOME_LABELS[o] })),
          ]}
        />
        <SelectInput
          label="Sort by"
          name="sort"
          value={filters.sort ?? 'UPDATED'}
          onChange={(v) => set('sort', v as Filters['sort'])}
          options={[
            { id: 'UPDATED', label: 'Last update, newest first' },
            { id: 'OPENED', label: 'Opening date, newest first' },
          ]}
        />
      </div>
      {query.isError ? <p role="alert">{errorMessage(query.error)}</p> : null}
      {query.isPending ? <p>Loading…</p> : null}
      {query.data && rows.length === 0 ? (
        <p className="empty">
          {input.search || Object.keys(filters).length > 1 ? 'No case matches.' : 'No cases yet.'}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <div
          role="table"
          aria-label="Cases"
          aria-rowcount={hasNextPage ? -1 : rows.length + 1}
          className="vtable"
        >
          <div role="rowgroup">
            <div role="row" className="vrow vhead" aria-rowindex={1}>
              <span role="columnheader">Reference</span>
              <span role="columnheader">Label</span>
              <span role="columnheader">Mission</span>
              <span role="columnheader">Status</span>
              <span role="columnheader">Outcome</span>
              <span role="columnheader">Last update</span>
            </div>
          </div>
          <div ref={scroller} className="vscroll" role="rowgroup" tabIndex={-1}>
            <div style={{ height: virtual.getTotalSize() }} className="vspace">
              {items.map((item) => {
                const c = rows[item.index];
                if (!c) return null;
                return (
                  <div
                    key={c.id}
                    role="row"
                    aria-rowindex={item.index + 2}
                    className="vrow"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <span role="cell">
                      <Link to={`/cases/${c.reference}`}>{c.reference}</Link>
                    </span>
                    <span role="cell" className="label-cell">
                      {c.label ?? <span className="muted">—</span>}
                      {c.identityMatch ? (
                        <span className="badge">matched a hidden identity</span>
                      ) : null}
                    </span>
                    <span role="cell">{c.missionName}</span>
                    <span role="cell">{CASE_STATUS_LABELS[c.status]}</span>
                    <span role="cell">
                      {c.latestOutcome ? (
                        <span className={`outcome-chip outcome-${c.latestOutcome.toLowerCase()}`}>
                          {CASE_OUTCOME_LABELS[c.latestOutcome]}
                        </span>
                      ) : (
                        <span className="muted">Not assessed</span>
                      )}
                    </span>
                    <span role="cell">
                      <time dateTime={c.updatedAt}>{new Date(c.updatedAt).toLocaleString()}</time>
                    </span>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
