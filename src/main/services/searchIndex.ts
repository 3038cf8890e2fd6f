import type Database from 'better-sqlite3';
import type { SnippetPart } from '../../shared/schemas/authority';
import { prepared } from '../db/statements';
import { MATCH_CLOSE, MATCH_OPEN, snippetParts, toFtsQuery } from '../domain/search/ftsQuery';

// Search across every feature's rows of the one full-text index (migrations/0002_authorities.sql):
// authorities now, the timeline's notes and events as they register their rows in search_docs
// with their own `source`. QUALITY.md S1 measures this: ranked top 20 with snippets.

/**
 * Each source of the index owns a block of rowids, [n·2^40, (n+1)·2^40) for block n
 * (migrations/0003_search_blocks.sql), so one source is searched with a rowid range that FTS5
 * applies inside its doclists. A feature adding rows takes the next block.
 */
export const SEARCH_BLOCKS = { authority: 1, note: 2 } as const;

export function blockRange(source: keyof typeof SEARCH_BLOCKS): { lo: number; hi: number } {
  const lo = SEARCH_BLOCKS[source] * 2 ** 40;
  return { lo, hi: lo + 2 ** 40 - 1 };
}

export type SearchHit = { source: string; ref: string; rank: number; snippet: SnippetPart[] };

/**
 * The column weights of the index's ranking, title first (migrations/0002_authorities.sql sets
 * the same as the index's `rank`; a test keeps the two in step).
 */
export const RANK_WEIGHTS = [10, 5, 3, 1, 2] as const;
/** The index's ranking as an SQL expression, for every search of the index. */
export const BM25 = `bm25(search_index, ${RANK_WEIGHTS.map((w) => w.toFixed(1)).join(', ')})`;

// Ranking every match is the query's real cost (QUALITY.md S1), so the query keeps it lean:
// - bm25() itself rather than the `rank` column: `ORDER BY rank` makes FTS5 run and sort a nested
//   query of its own, then seek each kept row again; about a third slower here;
// - the top rows are chosen by the inner query on the index alone, and only those 20 are joined
//   to search_docs (joining first looks up every match before the sort).
const TOP_SQL = `SELECT d.source, d.ref, t.rank, t.snippet
  FROM (
    SELECT search_index.rowid AS id, ${BM25} AS rank,
      snippet(search_index, -1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS snippet
    FROM search_index
    WHERE search_index MATCH @match
    ORDER BY rank LIMIT @limit
  ) t JOIN search_docs d ON d.id = t.id
  ORDER BY t.rank`;

export function searchDocuments(sqlite: Database.Database, text: string, limit = 20): SearchHit[] {
  const match = toFtsQuery(text);
  if (!match) return [];
  const rows = prepared(sqlite, TOP_SQL).all({ match, limit }) as (Omit<SearchHit, 'snippet'> & {
    snippet: string;
  })[];
  return rows.map((r) => ({ ...r, snippet: snippetParts(r.snippet) }));
}
