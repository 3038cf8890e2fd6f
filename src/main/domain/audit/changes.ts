import { canonicalJson } from '../../../shared/canonicalJson';
import type { Sha256 } from './chain';

export type FieldChange = {
  field: string;
  /** The old and new values, or only their digests for restricted identity data. */
  before?: unknown;
  after?: unknown;
  beforeDigest?: string;
  afterDigest?: string;
};

export type StateSnapshot = Record<string, unknown> | null;

export function stateDigest(state: StateSnapshot, sha256: Sha256): string | null {
  return state === null ? null : sha256(canonicalJson(state));
}

/**
 * What an inquiry needs to know of one mutation: which fields changed and how. Restricted fields
 * (a person's identity) are recorded as digests only, so the audit log never becomes a second
 * copy of the data it protects.
 */
export function describeChanges(
  before: StateSnapshot,
  after: StateSnapshot,
  restricted: ReadonlySet<string>,
  sha256: Sha256,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    const b = before?.[field];
    const a = after?.[field];
    const bj = b === undefined ? undefined : canonicalJson(b);
    const aj = a === undefined ? undefined : canonicalJson(a);
    if (bj === aj) continue;
    if (restricted.has(field)) {
      out.push({
        field,
        ...(bj !== undefined ? { beforeDigest: sha256(bj) } : {}),
        ...(aj !== undefined ? { afterDigest: sha256(aj) } : {}),
      });
    } else {
      out.push({
        field,
        ...(b !== undefined ? { before: b } : {}),
        ...(a !== undefined ? { after: a } : {}),
      });
    }
  }
  return out;
}
