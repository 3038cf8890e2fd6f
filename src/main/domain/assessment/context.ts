// Evaluation context of one completion of the unknowns (§2.3.1) for one subject in one mode, plus
// the helpers every rule uses to read a possibly-unknown fact. A rule never sees 'U': it asks
// `up`/`down` with the direction given by the §2.3.2 resolution table, and the read is logged for
// missing_fields (§2.3.5).
import type { ExtraterritorialityMode, Instrument, Tri } from '../../../shared/caseFacts/enums';
import { CODE_AUTHORITIES, RULE_AUTHORITIES, type Citation, type RuleId } from './authorities';
import type { Flag, ReasonCode } from './codes';
import type { RulesetConfig } from './config';
import type { NCase, NSubject } from './model';
import type { TraceStep } from './types';

/**
 * One completion. `unknownClass` is the optimistic reading of an UNKNOWN mission offence class:
 * §2.3.2 evaluates both NONE and POLITICAL_EXPRESSIVE and keeps the better run.
 */
export type Side = {
  readonly optimistic: boolean;
  readonly unknownClass: 'NONE' | 'POLITICAL_EXPRESSIVE';
};

export const PESSIMISTIC: Side = { optimistic: false, unknownClass: 'NONE' };
export const OPTIMISTIC_NONE: Side = { optimistic: true, unknownClass: 'NONE' };
export const OPTIMISTIC_EXPRESSIVE: Side = {
  optimistic: true,
  unknownClass: 'POLITICAL_EXPRESSIVE',
};

/** Rule groups whose results are compared between the completions (§2.3.5). */
export type ReadGroup = string;

export type Ctx = {
  readonly nc: NCase;
  readonly subj: NSubject;
  readonly side: Side;
  readonly mode: ExtraterritorialityMode;
  readonly config: RulesetConfig;
  /** Unknown fields read, per rule group. */
  readonly reads: Map<ReadGroup, Set<string>>;
  group: Set<string>;
  readonly codes: ReasonCode[];
  readonly flags: Flag[];
  /** null when the caller does not need a trace (alternative mode). */
  readonly trace: TraceStep[] | null;
  jEstablished: boolean;
};

export const newCtx = (
  nc: NCase,
  subj: NSubject,
  side: Side,
  mode: ExtraterritorialityMode,
  config: RulesetConfig,
  traced: boolean,
): Ctx => {
  const reads = new Map<ReadGroup, Set<string>>();
  const group = new Set<string>();
  reads.set('_', group);
  return {
    nc,
    subj,
    side,
    mode,
    config,
    reads,
    group,
    codes: [],
    flags: [],
    trace: traced ? [] : null,
    jEstablished: false,
  };
};

/** Directs the unknown-field log to a rule group (J, R:<id>, A, Q-1, Q-1b, Q-3, T, B). */
export const enter = (ctx: Ctx, group: ReadGroup): void => {
  let set = ctx.reads.get(group);
  if (set === undefined) {
    set = new Set<string>();
    ctx.reads.set(group, set);
  }
  ctx.group = set;
};

export const noteUnknown = (ctx: Ctx, path: string): void => {
  ctx.group.add(path);
};

/** A Tri whose optimistic resolution is Y (most rows of §2.3.2). */
export const up = (ctx: Ctx, v: Tri, path: string): boolean => {
  if (v === 'U') {
    ctx.group.add(path);
    return ctx.side.optimistic;
  }
  return v === 'Y';
};

/** A Tri whose optimistic resolution is N (exclusions, Othman factors, destabilising activity). */
export const down = (ctx: Ctx, v: Tri, path: string): boolean => {
  if (v === 'U') {
    ctx.group.add(path);
    return !ctx.side.optimistic;
  }
  return v === 'Y';
};

/** Party status of the sending state (read by R-2's CAT-only carve-out, independent of mode). */
export const party = (ctx: Ctx, i: Instrument): boolean => ctx.nc.sendingParties.has(i);

/**
 * §2.4: an instrument applies iff the sending state is a party, J = ESTABLISHED and (TREATY_BODY
 * mode, or the instrument is not contested by the sending state).
 */
export const applies = (ctx: Ctx, i: Instrument): boolean =>
  ctx.jEstablished &&
  ctx.nc.sendingParties.has(i) &&
  (ctx.mode === 'TREATY_BODY' || !ctx.nc.contested.has(i));

/** "HR" of §2.6: ICCPR ∨ ECHR ∨ ACHR ∨ IACPPT applies. */
export const hrApplies = (ctx: Ctx): boolean =>
  applies(ctx, 'ICCPR') || applies(ctx, 'ECHR') || applies(ctx, 'ACHR') || applies(ctx, 'IACPPT');

const pushUnique = <T>(list: T[], xs: readonly T[]): void => {
  for (const x of xs) if (!list.includes(x)) list.push(x);
};

/** Records a rule's codes and flags on the completion and, when traced, a trace line. */
export const emit = (
  ctx: Ctx,
  rule: RuleId,
  inputs: Record<string, unknown>,
  result: unknown,
  codes: readonly ReasonCode[] = [],
  flags: readonly Flag[] = [],
): void => {
  pushUnique(ctx.codes, codes);
  pushUnique(ctx.flags, flags);
  if (ctx.trace === null) return;
  const authorities: Citation[] = [...RULE_AUTHORITIES[rule]];
  for (const c of codes) pushUnique(authorities, CODE_AUTHORITIES[c]);
  for (const f of flags) pushUnique(authorities, CODE_AUTHORITIES[f]);
  ctx.trace.push({
    rule,
    completion: ctx.side.optimistic ? 'OPTIMISTIC' : 'PESSIMISTIC',
    inputs,
    result,
    reason_codes: [...codes],
    flags: [...flags],
    authorities,
  });
};
