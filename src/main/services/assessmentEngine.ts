import {
  assess,
  RULESET_VERSION,
  rulesetConfigSchema,
  type AssessmentResult,
  type RulesetConfig,
} from '../domain/assessment';
import type { ExtraterritorialityMode } from '../../shared/caseFacts/enums';
import type { CaseFacts } from '../../shared/caseFacts/schema';
import { sha256Hex } from './audit';

// The rulesets this build can run, by version (ARCHITECTURE.md "Determinism"): a stored
// assessment is recomputed with the ruleset and configuration it was made with, never with
// whatever is current. A later ruleset is added here beside the old one, not in its place.
type Ruleset = {
  run: (facts: CaseFacts, config: RulesetConfig, mode: ExtraterritorialityMode) => AssessmentResult;
  parseConfig: (raw: unknown) => RulesetConfig | null;
};

const RULESETS: Readonly<Record<string, Ruleset>> = {
  [RULESET_VERSION]: {
    run: (facts, config, mode) => assess(facts, { config, mode, sha256: sha256Hex }),
    parseConfig: (raw) => {
      const parsed = rulesetConfigSchema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
  },
};

export const CURRENT_RULESET = RULESET_VERSION;

export const rulesetFor = (version: string): Ruleset | null => RULESETS[version] ?? null;
