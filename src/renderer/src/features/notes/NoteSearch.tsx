import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Input, Label, SearchField, Text } from 'react-aria-components';
import { Snippet } from '../../components/citations/Snippet';
import { call, errorMessage } from '../../lib/ipc';
import { queryKeys } from '../../lib/queries';

/**
 * Full-text search of the case's notes (the one index, SEARCH_BLOCKS.note), best match first.
 * Corrected notes are found too: what was written stays on the file.
 */
export function NoteSearch(props: { caseId: number }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const results = useQuery({
    queryKey: queryKeys.noteSearch(props.caseId, deferred),
    queryFn: () => call('notes:search', { caseId: props.caseId, query: deferred, limit: 20 }),
    enabled: deferred.length > 0,
  });
  const items = results.data?.items ?? [];
  return (
    <div className="note-search">
      <SearchField
        className="field search-field"
        value={query}
        onChange={setQuery}
        aria-describedby="note-search-hint"
      >
        <Label className="field-label">Search the notes</Label>
        <Text slot="description" id="note-search-hint" className="field-hint">
          Every word must match; the start of a word is enough.
        </Text>
        <Input className="field-input" id="field-noteSearch" />
      </SearchField>
      {deferred ? (
        <>
          <p className="result-count" role="status">
            {results.isPending
              ? 'Searching…'
              : items.length === 0
                ? 'No note matches. Try fewer words or the start of a word.'
                : `${items.length} note${items.length === 1 ? '' : 's'} match.`}
          </p>
          {results.isError ? <p role="alert">{errorMessage(results.error)}</p> : null}
          {items.length > 0 ? (
            <ol className="search-hits" aria-label="Notes that match">
              {items.map((h) => (
                <li key={h.note.id}>
                  <span className="hit-title">
                    Note {h.note.number}
                    {h.note.correctedByNoteId !== null ? ' (corrected)' : ''}
                  </span>{' '}
                  <Snippet parts={h.snippet} />
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
