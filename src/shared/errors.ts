// Error codes that cross the IPC boundary. Handlers throw AppError; dispatch() turns every
// failure into `{ ok: false, error }`, so the renderer never sees a thrown exception.
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'LOCKED',
  'STORAGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field; `path` is the field path, e.g. `risks.0.harm_type`. */
export type FieldIssue = { path: string; message: string };

export type IpcError = {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** For STORAGE: what is wrong with the storage (FULL, READ_ONLY, CORRUPT, IO, ...). */
  reason?: string;
};

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

/** Formats zod issue paths the same way everywhere: `mission.premises_type`, `risks.0.harm_type`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(input)' : path.map(pathSegment).join('.');
}

/** An empty key (`{"": 1}`) is shown as `""`, so no issue ever has an empty path. */
function pathSegment(segment: PropertyKey): string {
  return segment === '' ? '""' : String(segment);
}

/**
 * A validation library's issues as field issues. An object's unknown keys arrive as one issue
 * on the object that lists them; each becomes its own issue on `object.key`, so a form (or a
 * script) learns which field is not accepted.
 */
export function toFieldIssues(
  issues: readonly {
    path: readonly PropertyKey[];
    message: string;
    code?: string;
    keys?: readonly string[];
  }[],
): FieldIssue[] {
  return issues.flatMap((i) =>
    i.code === 'unrecognized_keys' && i.keys && i.keys.length > 0
      ? i.keys.map((k) => ({
          path: issuePath([...i.path, k]),
          message: 'is not an accepted field',
        }))
      : [{ path: issuePath(i.path), message: i.message }],
  );
}
