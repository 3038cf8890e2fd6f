// Turns what an adviser types into an FTS5 query, and FTS5 snippets back into highlighted parts.
// Nothing typed is ever FTS5 syntax: every word and "quoted phrase" becomes a quoted string, so
// `NEAR`, `OR`, `*`, `:` or a stray quote can neither fail the query nor widen it.
import type { SnippetPart } from '../../../shared/schemas/authority';

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The runs of letters and digits the tokenizer will see in a chunk. */
const TOKENS = /[\p{L}\p{N}]+/gu;

/**
 * Every word must match, as a prefix ("refoul" finds "refoulement"); a "quoted phrase" must match
 * as written, its last word as a prefix. A one-letter last word ("M.N.") must match exactly: as a
 * prefix it would pull in every word with that initial, at great cost and no use. Returns null
 * when the text holds nothing searchable.
 */
export function toFtsQuery(text: string): string | null {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (const m of text.normalize('NFC').matchAll(pattern)) {
    const chunk = (m[1] ?? m[2] ?? '').trim();
    const last = chunk.match(TOKENS)?.at(-1);
    if (!last) continue;
    terms.push(`${quote(chunk)}${[...last].length > 1 ? '*' : ''}`);
  }
  return terms.length > 0 ? terms.join(' ') : null;
}

/** Marks that snippet() puts around matches: control characters no typed text contains. */
export const MATCH_OPEN = '\u0002';
export const MATCH_CLOSE = '\u0003';

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snippet.split(MATCH_OPEN)) {
    const close = piece.indexOf(MATCH_CLOSE);
    if (close < 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const matched = piece.slice(0, close);
    const rest = piece.slice(close + 1).replaceAll(MATCH_CLOSE, '');
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}
