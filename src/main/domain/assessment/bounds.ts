// Bounds evaluation over unknowns (SPEC §2.3): an optimistic and a pessimistic completion; equal
// ranks give a determinate outcome (with the pessimistic sub-basis), otherwise
// INSUFFICIENT_INFORMATION with range [pessimistic, optimistic]. Also the missing and decisive
// fields of §2.3.5.
import type { ExtraterritorialityMode } from '../../../shared/caseFacts/enums';
import { runCompletion, type Completion } from './completion';
import type { RulesetConfig } from './config';
import { OPTIMISTIC_EXPRESSIVE, OPTIMISTIC_NONE, PESSIMISTIC } from './context';
import type { NCase, NRisk, NSubject } from './model';
import type { FinalOutcome, Range, SubBasis } from './types';

export type ModeResult = {
  mode: ExtraterritorialityMode;
  pess: Completion;
  opt: Completion;
  determinate: boolean;
  outcome: FinalOutcome;
  sub_basis: SubBasis | null;
  range: Range | null;
  missing: string[];
  decisive: string[];
};

/** Step groups in the order of §2.3.5 for decisive_missing_fields (highest-ranked first). */
const STEP_GROUPS: readonly (readonly string[])[] = [['A'], ['Q-1', 'Q-1b', 'Q-3'], ['T'], ['B']];

const differs = (pess: Completion, opt: Completion, g: string): boolean =>
  pess.results.get(g) !== opt.results.get(g);

const addReads = (out: Set<string>, pess: Completion, opt: Completion, g: string): void => {
  for (const c of [pess, opt]) {
    const set = c.reads.get(g);
    if (set !== undefined) for (const p of set) out.add(p);
  }
};

/**
 * §2.3.5: when a limb is listed because validation downgraded it, the fact that would cure the
 * downgrade is listed too: `evidence` for `real` without qualifying evidence (V-6),
 * `adviser_rationale` for a V-3 limb, `reliability_approved_by_role` for V-5.
 */
const withCures = (paths: Set<string>, risksByPath: ReadonlyMap<string, NRisk>): string[] => {
  const out = new Set(paths);
  for (const p of paths) {
    const dot = p.indexOf('].');
    if (!p.startsWith('risks[') || dot < 0) continue;
    const r = risksByPath.get(p.slice(0, dot + 1));
    if (r === undefined) continue;
    const field = p.slice(dot + 2);
    if (field === 'real' && !r.qualifyingEvidence) out.add(`${r.path}.evidence`);
    if ((r.rationaleLimbs as readonly string[]).includes(field)) {
      out.add(`${r.path}.adviser_rationale`);
    }
    if (field === 'assurances.reliability' && r.assurances?.roleDowngrade === true) {
      out.add(`${r.path}.assurances.reliability_approved_by_role`);
    }
  }
  return [...out].sort();
};

export const evaluateMode = (
  nc: NCase,
  subj: NSubject,
  mode: ExtraterritorialityMode,
  config: RulesetConfig,
  traced: boolean,
): ModeResult => {
  const pess = runCompletion(nc, subj, PESSIMISTIC, mode, config, traced);
  let opt = runCompletion(nc, subj, OPTIMISTIC_NONE, mode, config, traced);
  // §2.3.2: an UNKNOWN mission offence class is tried optimistically as NONE and as
  // POLITICAL_EXPRESSIVE (for every UNKNOWN action at once); the higher rank wins, ties go to NONE.
  if (nc.actions.some((a) => a.missionClass === 'UNKNOWN')) {
    const expr = runCompletion(nc, subj, OPTIMISTIC_EXPRESSIVE, mode, config, traced);
    if (expr.rank > opt.rank) opt = expr;
  }
  const determinate = pess.rank === opt.rank;

  const risksByPath = new Map(subj.risks.map((r) => [r.path, r]));
  const missingRaw = new Set<string>();
  for (const g of pess.results.keys())
    if (differs(pess, opt, g)) addReads(missingRaw, pess, opt, g);
  const missing = withCures(missingRaw, risksByPath);

  let decisive: string[] = [];
  if (!determinate) {
    const raw = new Set<string>();
    for (const g of pess.results.keys()) {
      if ((g === 'J' || g.startsWith('R:')) && differs(pess, opt, g)) addReads(raw, pess, opt, g);
    }
    for (const groups of STEP_GROUPS) {
      const changed = groups.filter((g) => differs(pess, opt, g));
      if (changed.length > 0) {
        for (const g of changed) addReads(raw, pess, opt, g);
        break;
      }
    }
    decisive = withCures(raw, risksByPath);
  }

  return {
    mode,
    pess,
    opt,
    determinate,
    outcome: determinate ? pess.o.outcome : 'INSUFFICIENT_INFORMATION',
    sub_basis: determinate ? pess.o.sub_basis : null,
    range: determinate ? null : [pess.o.outcome, opt.o.outcome],
    missing,
    decisive,
  };
};
