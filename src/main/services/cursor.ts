import { AppError } from '../../shared/errors';

// Keyset page cursors (QUALITY.md D2: no OFFSET anywhere). A cursor is the sort key of the last
// row of a page, opaque to the renderer; a tampered or foreign cursor is a VALIDATION error.

type Kinds = readonly ('string' | 'number')[];
type Values<K extends Kinds> = { [I in keyof K]: K[I] extends 'string' ? string : number };

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<K extends Kinds>(raw: string, kinds: K): Values<K> {
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(v) &&
      v.length === kinds.length &&
      v.every((x, i) => (kinds[i] === 'number' ? Number.isInteger(x) : typeof x === 'string'))
    ) {
      return v as Values<K>;
    }
  } catch {
    // fall through to the typed error below
  }
  throw new AppError('VALIDATION', 'the page cursor is not valid', [
    { path: 'cursor', message: 'is not a cursor this app issued' },
  ]);
}

/** The cursor's values, or where the first page starts when there is no cursor. */
export function cursorOr<K extends Kinds>(
  raw: string | undefined,
  kinds: K,
  first: Values<K>,
): Values<K> {
  return raw === undefined ? first : decodeCursor(raw, kinds);
}

/** A time after every stored time: the bound of an "as known on" view that has no date. */
export const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

/** Splits the one extra row a page query fetches off, and makes the next cursor from the last. */
export function page<T>(
  rows: T[],
  limit: number,
  keyOf: (last: T) => readonly (string | number)[],
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items, nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}
