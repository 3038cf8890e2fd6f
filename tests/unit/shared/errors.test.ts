import { describe, expect, it } from 'vitest';
import { issuePath, toFieldIssues } from '../../../src/shared/errors';

describe('field issue paths', () => {
  it('joins segments and names the whole input', () => {
    expect(issuePath(['risks', 0, 'harm_type'])).toBe('risks.0.harm_type');
    expect(issuePath([])).toBe('(input)');
  });

  // Found by R-fuzz: `{"": 0}` sent to a strict channel produced an issue whose path was "".
  it('never yields an empty path for an empty key', () => {
    expect(
      toFieldIssues([{ path: [], message: 'x', code: 'unrecognized_keys', keys: [''] }]),
    ).toEqual([{ path: '""', message: 'is not an accepted field' }]);
    expect(issuePath(['profile', ''])).toBe('profile.""');
  });
});
