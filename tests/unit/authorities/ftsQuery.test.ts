import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import {
  MATCH_CLOSE,
  MATCH_OPEN,
  snippetParts,
  toFtsQuery,
} from '../../../src/main/domain/search/ftsQuery';

describe('toFtsQuery', () => {
  it('makes every word a quoted prefix term, all of which must match', () => {
    expect(toFtsQuery('effective control')).toBe('"effective"* "control"*');
    expect(toFtsQuery('  refoul  ')).toBe('"refoul"*');
  });

  it('keeps a quoted phrase together, with its last word as a prefix', () => {
    expect(toFtsQuery('"power or effective" control')).toBe('"power or effective"* "control"*');
    expect(toFtsQuery('"unterminated phrase')).toBe('"unterminated phrase"*');
  });

  it('escapes quotes and ignores chunks with nothing to index', () => {
    expect(toFtsQuery('O"Brien')).toBe('"O""Brien"*');
    expect(toFtsQuery('¶ 118')).toBe('"118"*');
    expect(toFtsQuery('M.N. Belgium')).toBe('"M.N." "Belgium"*');
    expect(toFtsQuery(' - * ( ) ')).toBeNull();
    expect(toFtsQuery('')).toBeNull();
  });

  it('never produces a query FTS5 refuses, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    );
    db.prepare('INSERT INTO t (a) VALUES (?)').run('Réfoulement OR NEAR(x y) "quoted" a:b');
    const search = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (typed) => {
        const q = toFtsQuery(typed);
        if (q !== null) expect(() => search.get(q)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    for (const typed of ['OR', 'NEAR(x y)', 'a:b', '^x', 'x*', 'AND NOT', 'col:"x']) {
      expect(() => search.get(toFtsQuery(typed))).not.toThrow();
    }
    // Operators are matched as the words they are, not obeyed: OR is not a disjunction here.
    expect(search.get(toFtsQuery('quoted OR absent'))).toEqual({ n: 0 });
    expect(search.get(toFtsQuery('near'))).toEqual({ n: 1 });
    db.close();
  });
});

describe('snippetParts', () => {
  it('splits a snippet into plain and matched stretches', () => {
    const s = `…power or ${MATCH_OPEN}effective${MATCH_CLOSE} ${MATCH_OPEN}control${MATCH_CLOSE} of…`;
    expect(snippetParts(s)).toEqual([
      { text: '…power or ', match: false },
      { text: 'effective', match: true },
      { text: ' ', match: false },
      { text: 'control', match: true },
      { text: ' of…', match: false },
    ]);
    expect(snippetParts('no match here')).toEqual([{ text: 'no match here', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });
});
