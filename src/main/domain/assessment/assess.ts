// The engine entry point: a pure function of (facts, configuration, mode). No clock (the time of
// assessment is facts.as_of), no I/O, no randomness; hashing is injected so that the domain needs
// no node:crypto. Same input ⇒ byte-identical output, trace included (P6).
import { isUnverifiedAuthority, type AuthorityId } from '../../../shared/authorityIds';
import type { ExtraterritorialityMode } from '../../../shared/caseFacts/enums';
import { formatIssues, type FieldIssue } from '../../../shared/caseFacts/formatIssues';
import { caseFactsSchema, type CaseFacts } from '../../../shared/caseFacts/schema';
import { CODE_AUTHORITIES, DESIGN, RULE_AUTHORITIES } from './authorities';
import { evaluateMode, type ModeResult } from './bounds';
import { canonicalJson } from '../../../shared/canonicalJson';
import type { Flag, ReasonCode } from './codes';
import type { Completion } from './completion';
import { defaultConfig, RULESET_VERSION, type RulesetConfig } from './config';
import type { NCase, NSubject } from './model';
import { normalise } from './normalise';
import { proceduralLayer } from './procedural';
import type { AssessmentResult, RiskResult, SideView, SubjectResult, TraceStep } from './types';

export type Sha256 = (input: string) => string;

export type AssessOptions = {
  /** Defaults to `defaultConfig` (da-core/0.2.0, §2.12). */
  config?: RulesetConfig;
  /** The configured interpretation mode; defaults to `config.extraterritoriality_mode`. */
  mode?: ExtraterritorialityMode;
  /** Hex SHA-256 of a UTF-8 string (the main process passes node:crypto's). */
  sha256: Sha256;
};

const OTHER_MODE: Readonly<Record<ExtraterritorialityMode, ExtraterritorialityMode>> = {
  TREATY_BODY: 'RESTRICTIVE',
  RESTRICTIVE: 'TREATY_BODY',
};

const configHashes = new WeakMap<RulesetConfig, WeakMap<Sha256, string>>();
/** Memoised per (config object, hash function): a configuration is hashed once. */
const configSha256 = (config: RulesetConfig, sha256: Sha256): string => {
  let byFn = configHashes.get(config);
  if (byFn === undefined) {
    byFn = new WeakMap();
    configHashes.set(config, byFn);
  }
  let h = byFn.get(sha256);
  if (h === undefined) {
    h = sha256(canonicalJson(config));
    byFn.set(sha256, h);
  }
  return h;
};

const sideView = (c: Completion): SideView => ({
  outcome: c.o.outcome,
  sub_basis: c.o.sub_basis,
  basis: c.o.basis,
  H: c.b.H,
  I_total: c.b.I.total,
  reason_codes: c.codes,
  flags: c.flags,
  jurisdiction: c.jurisdiction,
  engaged_risks: c.risks.filter((e) => e.engaged).map((e) => e.risk.risk_id),
});

/** §2.3.5: a code only one completion emits depends on an unknown; it stays in `bounds`. */
const common = <T>(pess: readonly T[], opt: readonly T[]): T[] => {
  const o = new Set(opt);
  return pess.filter((x) => o.has(x));
};

const riskResults = (c: Completion): RiskResult[] =>
  c.risks.map((e) => ({
    risk_id: e.risk.risk_id,
    eff_harm: e.eff,
    limbs: {
      foreseeable: e.risk.foreseeable,
      personal: e.risk.personal,
      present: e.risk.present,
      real: e.assurancesRelied ? 'N' : e.risk.real,
    },
    synthetic: e.risk.synthetic,
    established: e.established,
    relevant: e.relevant,
    severity: e.severity,
  }));

const modeStep = (m: ModeResult, rule: 'U' | 'ALT', reported: boolean): TraceStep => ({
  rule,
  completion: null,
  inputs: {
    mode: m.mode,
    pessimistic: m.pess.o.outcome,
    optimistic: m.opt.o.outcome,
    ...(rule === 'ALT' ? { reported } : {}),
  },
  result: { outcome: m.outcome, sub_basis: m.sub_basis, range: m.range },
  reason_codes: [],
  flags: [],
  authorities: [...RULE_AUTHORITIES[rule]],
});

/** Step 0 in the trace: each validation adjustment of §1.4, with the authority of its rule. */
const validationSteps = (warnings: readonly string[]): TraceStep[] => {
  const steps: TraceStep[] = [];
  for (const w of warnings) {
    const m = /^(V-\d+):/.exec(w);
    const rule = m?.[1];
    if (rule === undefined || !(rule in RULE_AUTHORITIES)) continue;
    steps.push({
      rule,
      completion: null,
      inputs: { message: w },
      result: 'APPLIED',
      reason_codes: [],
      flags: [],
      authorities: [...RULE_AUTHORITIES[rule as keyof typeof RULE_AUTHORITIES]],
    });
  }
  return steps;
};

const assessSubject = (
  nc: NCase,
  subj: NSubject,
  mode: ExtraterritorialityMode,
  config: RulesetConfig,
  hashes: { config: string; inputs: string },
): SubjectResult => {
  const conf = evaluateMode(nc, subj, mode, config, true);
  // The other mode is always computed, because P-1 reads both modes (F3a); it is reported when the
  // sending state contests an instrument or J-3b decides jurisdiction in either completion (§2.3.4).
  const alt = evaluateMode(nc, subj, OTHER_MODE[mode], config, false);
  const reportAlt =
    nc.contested.size > 0 ||
    conf.pess.jurisdiction.rule === 'J-3b' ||
    conf.opt.jurisdiction.rule === 'J-3b';
  const proc = proceduralLayer(nc, subj, conf, alt, config);
  const { pess, opt } = conf;

  const trace: TraceStep[] = [...validationSteps(nc.warnings), ...(pess.trace ?? [])];
  // The optimistic trace is kept whenever an unknown matters, so the other side is explainable.
  if (!conf.determinate || conf.missing.length > 0) trace.push(...(opt.trace ?? []));
  trace.push(modeStep(conf, 'U', true));
  trace.push(modeStep(alt, 'ALT', reportAlt));
  trace.push(...proc.trace);

  const reasonCodes: ReasonCode[] = [...common(pess.codes, opt.codes)];
  for (const c of proc.codes) if (!reasonCodes.includes(c)) reasonCodes.push(c);
  const flags: Flag[] = [...common(pess.flags, opt.flags)];
  for (const f of proc.flags) if (!flags.includes(f)) flags.push(f);

  const authorityIds: AuthorityId[] = [];
  for (const s of trace) {
    for (const a of s.authorities)
      if (a !== DESIGN && !authorityIds.includes(a)) authorityIds.push(a);
  }
  const unverified: AuthorityId[] = [];
  for (const c of [...reasonCodes, ...flags]) {
    for (const a of CODE_AUTHORITIES[c]) {
      if (a !== DESIGN && isUnverifiedAuthority(a) && !unverified.includes(a)) unverified.push(a);
    }
  }

  return {
    assessment_id: `${hashes.inputs.slice(0, 16)}/${mode}/${subj.ref}`,
    case_id: nc.caseId,
    subject_ref: subj.ref,
    role: subj.role,
    version: 1,
    status: 'DRAFT',
    ruleset_version: RULESET_VERSION,
    extraterritoriality_mode: mode,
    config_sha256: hashes.config,
    inputs_sha256: hashes.inputs,
    jurisdiction: pess.jurisdiction,
    risks: riskResults(pess),
    H: pess.b.H,
    I: pess.b.I,
    b_slack: pess.b.slack,
    steps: {
      A: pess.a.holds,
      Q: pess.q.holds,
      T: pess.t.result,
      B: pess.b.barred ? 'BARRED' : pess.b.holds,
    },
    t: pess.t,
    outcome: conf.outcome,
    outcome_sub_basis: conf.sub_basis,
    range: conf.range,
    outcome_alt_mode: reportAlt ? alt.outcome : null,
    outcome_sub_basis_alt_mode: reportAlt ? alt.sub_basis : null,
    range_alt_mode: reportAlt ? alt.range : null,
    bounds: { optimistic: sideView(opt), pessimistic: sideView(pess) },
    basis: pess.o.basis,
    reason_codes: reasonCodes,
    authority_ids: authorityIds,
    authorities_unverified: unverified,
    flags,
    missing_fields: conf.missing,
    decisive_missing_fields: conf.decisive,
    interim_measure: proc.interim,
    handover_guard: proc.handover,
    guidance: proc.guidance,
    required_actions: proc.actions,
    trace,
  };
};

/**
 * Assesses every subject of a case (the principal first, then each dependant on the premises) and
 * mirrors the principal's result at top level (§2.14, P13). `facts` must satisfy
 * `caseFactsSchema` (validate at the boundary; the engine does not re-parse).
 */
export const assess = (facts: CaseFacts, options: AssessOptions): AssessmentResult => {
  const config = options.config ?? defaultConfig;
  const mode = options.mode ?? config.extraterritoriality_mode;
  const hashes = {
    config: configSha256(config, options.sha256),
    inputs: options.sha256(canonicalJson(facts)),
  };
  const nc = normalise(facts, config);
  const subjects = nc.subjects.map((s) => assessSubject(nc, s, mode, config, hashes));
  const principal = subjects[0];
  if (principal === undefined) throw new Error('unreachable: the principal is always a subject');
  return { ...principal, as_of: nc.asOf, mode, subjects, warnings: nc.warnings };
};

export type AssessInputResult =
  { ok: true; result: AssessmentResult } | { ok: false; issues: FieldIssue[] };

/**
 * Validates an untrusted document (CLI file, IPC payload) against `caseFactsSchema`, then
 * assesses it. Validation failures are returned as JSON-path issues, never thrown.
 */
export const assessInput = (input: unknown, options: AssessOptions): AssessInputResult => {
  const parsed = caseFactsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: formatIssues(parsed.error) };
  return { ok: true, result: assess(parsed.data, options) };
};
