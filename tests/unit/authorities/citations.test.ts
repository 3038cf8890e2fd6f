import { describe, expect, it } from 'vitest';
import { formatCitation, shortCitation } from '../../../src/shared/citations';

const mn = {
  citationTemplate: 'M.N. v. Belgium (dec.) [GC], App. No. 3599/18{pin} (May 5, 2020)',
  pinDefault: null,
};
const art33 = {
  citationTemplate:
    'Convention Relating to the Status of Refugees{pin}, Jul. 28, 1951, 189 U.N.T.S. 137',
  pinDefault: 'art. 33',
};

describe('formatCitation (the seed’s Bluebook style)', () => {
  it('puts a paragraph pinpoint before the date parenthetical', () => {
    expect(formatCitation(mn, '¶ 118')).toBe(
      'M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶ 118 (May 5, 2020)',
    );
    expect(formatCitation(mn)).toBe('M.N. v. Belgium (dec.) [GC], App. No. 3599/18 (May 5, 2020)');
  });

  it('puts an article after the instrument, replacing the record’s default article', () => {
    expect(formatCitation(art33)).toBe(
      'Convention Relating to the Status of Refugees art. 33, Jul. 28, 1951, 189 U.N.T.S. 137',
    );
    expect(formatCitation(art33, 'art. 33(2)')).toBe(
      'Convention Relating to the Status of Refugees art. 33(2), Jul. 28, 1951, 189 U.N.T.S. 137',
    );
    expect(formatCitation(art33, '¶2')).toBe(
      'Convention Relating to the Status of Refugees art. 33, ¶2, Jul. 28, 1951, 189 U.N.T.S. 137',
    );
  });

  it('writes bracketed paragraph numbers without a comma, as English reports do', () => {
    const b = {
      citationTemplate: 'B & Others [2004] EWCA (Civ) 1344{pin} (Eng.)',
      pinDefault: null,
    };
    expect(formatCitation(b, '[89]')).toBe('B & Others [2004] EWCA (Civ) 1344 [89] (Eng.)');
  });

  it('appends the pinpoint to an adviser’s own citation, which has no slot', () => {
    const local = { citationTemplate: 'Conseil d’État, 12 mars 2024, n° 470001', pinDefault: null };
    expect(formatCitation(local, '§ 7')).toBe('Conseil d’État, 12 mars 2024, n° 470001, § 7');
    expect(formatCitation(local, '  ')).toBe('Conseil d’État, 12 mars 2024, n° 470001');
  });

  it('has a short form for lists', () => {
    expect(shortCitation({ shortTitle: 'M.N. v Belgium' }, ' ¶ 118 ')).toBe(
      'M.N. v Belgium, ¶ 118',
    );
    expect(shortCitation({ shortTitle: 'M.N. v Belgium' })).toBe('M.N. v Belgium');
  });
});
