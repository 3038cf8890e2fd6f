// A leaf-level difference between two JSON documents, with paths in the SPEC §2.3.5 style
// (`risks[R1].real`, `host_actions[A1].offence_class_mission_view`): lists of records that carry
// an id are matched by it, so a reordered or inserted risk does not show as every later one
// changing. Used for the facts of two assessment versions and for reproduction checks.

export type JsonChange = { path: string; before: unknown; after: unknown };

/** The id fields of CaseFacts records (SPEC §1.3), in the order they are tried. */
const ID_FIELDS = ['risk_id', 'action_id', 'evidence_id', 'person_ref'] as const;

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const child = (path: string, key: string): string => {
  const seg = IDENTIFIER.test(key) ? key : JSON.stringify(key);
  return path === '' ? seg : `${path}.${seg}`;
};

/** Every element is a record with a distinct string value in `field` (an empty list is). */
const keyedBy = (list: readonly unknown[], field: string): boolean => {
  const ids = list.map((x) => (isObject(x) ? x[field] : undefined));
  return ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
};

/** The id field both lists are keyed by, if any. */
const idFieldOf = (a: readonly unknown[], b: readonly unknown[]): string | null => {
  if (a.length === 0 && b.length === 0) return null;
  return ID_FIELDS.find((f) => keyedBy(a, f) && keyedBy(b, f)) ?? null;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const walk = (path: string, a: unknown, b: unknown, out: JsonChange[], limit: number): void => {
  if (out.length >= limit || sameJson(a, b)) return;
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) walk(child(path, k), a[k], b[k], out, limit);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const field = idFieldOf(a, b);
    if (field !== null) {
      // Records keyed by id: matched by id, listed in the order they first appear.
      const byId = (xs: readonly unknown[]) =>
        new Map(xs.map((x) => [String((x as JsonObject)[field]), x]));
      const ma = byId(a);
      const mb = byId(b);
      const ids = [...new Set([...ma.keys(), ...mb.keys()])];
      for (const id of ids) walk(`${path}[${id}]`, ma.get(id), mb.get(id), out, limit);
      return;
    }
    if (a.every(isObject) && b.every(isObject) && (a.length > 0 || b.length > 0)) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) walk(`${path}[${i}]`, a[i], b[i], out, limit);
      return;
    }
  }
  // A scalar, a list of scalars, or a change of kind: reported whole.
  out.push({ path: path === '' ? '$' : path, before: a, after: b });
};

/** Every leaf that differs, in a stable order; at most `limit` entries. */
export const diffJson = (before: unknown, after: unknown, limit = 10_000): JsonChange[] => {
  const out: JsonChange[] = [];
  walk('', before, after, out, limit);
  return out;
};
