import type { FieldChange } from './changes';

/**
 * Rebuilds an entity's fields from its audit entries, oldest first: the log records every field
 * that changed with its new value, so replaying it up to a moment gives the entity as the file
 * stood then ("as known on", issue 6). Restricted fields were logged as digests only; they are
 * reported by name, never reconstructed.
 */
export function replayFields(history: readonly (readonly FieldChange[])[]): {
  fields: Record<string, unknown>;
  restrictedFields: string[];
} {
  const fields: Record<string, unknown> = {};
  const restricted = new Set<string>();
  for (const changes of history) {
    for (const c of changes) {
      if ('after' in c) {
        fields[c.field] = c.after;
        restricted.delete(c.field);
      } else if (c.afterDigest !== undefined) {
        delete fields[c.field];
        restricted.add(c.field);
      } else {
        delete fields[c.field];
        restricted.delete(c.field);
      }
    }
  }
  return { fields, restrictedFields: [...restricted].sort() };
}
