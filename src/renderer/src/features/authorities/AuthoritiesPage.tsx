import { Input, Label, SearchField, Text } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { INSTRUMENTS } from '../../../../shared/caseFacts/enums';
import {
  AUTHORITY_KIND_LABELS,
  AUTHORITY_KINDS,
  AUTHORITY_ORIGINS,
  FACTOR_LABELS,
  FACTORS,
  INSTRUMENT_LABELS,
  VERIFICATION_LABELS,
  VERIFICATION_STATUSES,
  type AuthoritySearch,
} from '../../../../shared/schemas/authority';
import { Snippet } from '../../components/citations/Snippet';
import { VerificationBadge } from '../../components/citations/VerificationBadge';
import { PageHeader, SelectInput } from '../../components/fields';
import { useAuthoritySearch } from '../../lib/authorities';
import { errorMessage } from '../../lib/ipc';

const ANY = 'ANY';
const withAny = <K extends string>(ids: readonly K[], label: (k: K) => string) => [
  { id: ANY, label: 'Any' },
  ...ids.map((id) => ({ id, label: label(id) })),
];
const ORIGIN_LABELS = { SHIPPED: 'Shipped with Casefile', LOCAL: 'Your own' } as const;

// Each filter is one URL parameter, so the back button and a reload keep the adviser's search.
const FILTERS = [
  {
    param: 'kind',
    label: 'Kind',
    options: withAny(AUTHORITY_KINDS, (k) => AUTHORITY_KIND_LABELS[k]),
  },
  {
    param: 'instrument',
    label: 'Instrument',
    options: withAny(INSTRUMENTS, (k) => INSTRUMENT_LABELS[k]),
  },
  { param: 'factor', label: 'Factor', options: withAny(FACTORS, (k) => FACTOR_LABELS[k]) },
  {
    param: 'status',
    label: 'Verification',
    options: withAny(VERIFICATION_STATUSES, (k) => VERIFICATION_LABELS[k]),
  },
  {
    param: 'origin',
    label: 'Source',
    options: withAny(AUTHORITY_ORIGINS, (k) => ORIGIN_LABELS[k]),
  },
] as const;

function searchInput(params: URLSearchParams): AuthoritySearch {
  const one = <T extends string>(name: string) => {
    const v = params.get(name);
    return v ? [v as T] : undefined;
  };
  const origin = params.get('origin');
  return {
    query: params.get('q') ?? '',
    // The whole library fits on one page; a search shows its best 50.
    limit: params.get('q')?.trim() ? 50 : 200,
    ...(one('kind') ? { kinds: one('kind') } : {}),
    ...(one('instrument') ? { instruments: one('instrument') } : {}),
    ...(one('factor') ? { factors: one('factor') } : {}),
    ...(one('status') ? { statuses: one('status') } : {}),
    ...(origin === 'SHIPPED' || origin === 'LOCAL' ? { origin } : {}),
  };
}

/** UX.md screen 4: the library, searched as you type, with filters. */
export function AuthoritiesPage() {
  const [params, setParams] = useSearchParams();
  const input = searchInput(params);
  const query = params.get('q') ?? '';
  const results = useAuthoritySearch(input);
  const set = (name: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value && value !== ANY) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const total = results.data?.total ?? 0;
  const shown = results.data?.items.length ?? 0;

  return (
    <>
      <PageHeader title="Authorities">
        <Link to="/authorities/new" className="button">
          Add your own authority
        </Link>
      </PageHeader>
      <section className="panel" aria-label="Search the library">
        <SearchField
          className="field search-field"
          value={query}
          onChange={(v) => set('q', v)}
          aria-describedby="search-hint"
        >
          <Label className="field-label">Search the library</Label>
          <Text slot="description" id="search-hint" className="field-hint">
            Titles, citations, propositions and your notes. Every word must match; the start of a
            word is enough (refoul finds réfoulement). Put &quot;quotes&quot; round a phrase.
          </Text>
          <Input className="field-input" id="field-q" />
        </SearchField>
        <div className="filters">
          {FILTERS.map((f) => (
            <SelectInput<string>
              key={f.param}
              label={f.label}
              name={`filter-${f.param}`}
              value={params.get(f.param) ?? ANY}
              onChange={(v) => set(f.param, v)}
              options={f.options}
            />
          ))}
        </div>
      </section>
      <section className="panel" aria-labelledby="results-heading">
        <h2 id="results-heading">{query.trim() ? 'Results' : 'The library'}</h2>
        <p className="result-count" role="status">
          {results.isPending
            ? 'Searching…'
            : total === 0
              ? 'No authority matches. Try fewer words, the start of a word, or other filters.'
              : `${total} ${total === 1 ? 'authority' : 'authorities'}${shown < total ? `, the first ${shown} shown` : ''}`}
        </p>
        {results.isError ? <p role="alert">{errorMessage(results.error)}</p> : null}
        {shown > 0 ? (
          <ol className="results" aria-label="Authorities found">
            {results.data?.items.map((a) => (
              <li key={a.id} className="result">
                <div className="result-head">
                  <Link to={`/authorities/${a.id}`} className="result-title">
                    {a.shortTitle}
                  </Link>
                  <VerificationBadge status={a.verificationStatus} />
                  {a.origin === 'LOCAL' ? (
                    <span className="badge badge-neutral">Your own</span>
                  ) : null}
                </div>
                <p className="result-meta">
                  {AUTHORITY_KIND_LABELS[a.kind]}
                  {a.date ? ` · ${a.date}` : ''}
                  {a.origin === 'SHIPPED' ? <span className="result-id"> · {a.id}</span> : null}
                </p>
                <p className="result-citation">{a.citation}</p>
                <p className="result-snippet">
                  <Snippet parts={a.snippet} />
                </p>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}
