import type { z } from 'zod';

export type FieldIssue = { path: string; message: string };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders a zod issue path as a JSON path, e.g. `$.risks[0].harm_type`. */
export const toJsonPath = (path: readonly PropertyKey[]): string => {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      out += IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
};

/**
 * Flattens a zod error into field issues the UI and CLI can show next to a field. An unknown key
 * is reported at the key's own path so that the offending field is named.
 */
export const formatIssues = (error: z.ZodError): FieldIssue[] => {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: toJsonPath([...issue.path, key]), message: `Unrecognized key: "${key}"` });
      }
    } else {
      out.push({ path: toJsonPath(issue.path), message: issue.message });
    }
  }
  return out;
};
