import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../src/main/domain/assessment';
import type { CaseFacts } from '../src/shared/caseFacts';
import { measure, type Bench } from './lib';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// E1 (QUALITY.md): the assessment engine per case, median ≤ 1 ms, over every golden case.
const bench: Bench = {
  name: 'assessment engine (E1)',
  run: () => {
    const dir = join(__dirname, '..', 'tests', 'fixtures', 'golden');
    const cases = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { facts: CaseFacts }).facts);
    let i = 0;
    const s = measure(() => assess(cases[i++ % cases.length] as CaseFacts, { sha256 }), 2000, 200);
    return [
      {
        id: 'E1',
        scenario: `assessment engine per case (${cases.length} golden cases, both completions, both modes)`,
        median: s.median,
        p95: s.p95,
        budget: 'median ≤ 1 ms',
        pass: s.median <= 1,
      },
    ];
  },
};
export default bench;
