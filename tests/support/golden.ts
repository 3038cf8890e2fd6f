import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { CaseFacts } from '../../src/shared/caseFacts/schema';

export type GoldenExpected = {
  outcome: string;
  outcome_sub_basis: string | null;
  outcome_alt_mode: string | null;
  range: [string, string] | null;
  H: number;
  I_total: number;
  reason_codes_include: string[];
  flags_include: string[];
};

export type GoldenCase = {
  id: string;
  title: string;
  pattern: string;
  facts: CaseFacts;
  config_overrides: Record<string, unknown>;
  expected: GoldenExpected;
};

export const GOLDEN_DIR = join(__dirname, '..', 'fixtures', 'golden');

export const loadGoldenCases = (): GoldenCase[] =>
  readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLDEN_DIR, f), 'utf8')) as GoldenCase);

/** node:crypto SHA-256, as the main process injects it into the engine. */
export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** The container's own fields removed, what is left must equal subjects[0] (P13). */
export const topLevelSubjectFields = (result: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(result).filter(([k]) => !['as_of', 'mode', 'subjects', 'warnings'].includes(k)),
  );
