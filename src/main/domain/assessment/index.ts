export {
  assess,
  assessInput,
  type AssessInputResult,
  type AssessOptions,
  type Sha256,
} from './assess';
export {
  RULESET_VERSION,
  defaultConfig,
  resolveConfig,
  rulesetConfigSchema,
  type RulesetConfig,
} from './config';
export {
  CITED_AUTHORITY_IDS,
  CODE_AUTHORITIES,
  DESIGN,
  RULE_AUTHORITIES,
  RULE_IDS,
  type Citation,
  type RuleId,
} from './authorities';
export {
  FLAGS,
  GUIDANCE_VALUES,
  REASON_CODES,
  REQUIRED_ACTIONS,
  type Flag,
  type Guidance,
  type ReasonCode,
  type RequiredAction,
} from './codes';
export { canonicalJson } from '../../../shared/canonicalJson';
export type {
  AssessmentResult,
  CaseAssessment,
  FinalOutcome,
  HandoverGuard,
  InterferenceIndex,
  InterimMeasure,
  Jurisdiction,
  JurisdictionRule,
  Outcome,
  Range,
  RiskResult,
  SideView,
  Steps,
  SubBasis,
  SubjectResult,
  TraceStep,
  TreatyRegime,
  TreatyResult,
  TreatyStep,
} from './types';
