import { sql, type SQL } from 'drizzle-orm';
import { check, integer, real, text } from 'drizzle-orm/sqlite-core';
import { TRI } from '../../shared/caseFacts/enums';
import type { FieldDef } from '../../shared/intake/fieldTypes';

// The SQL side of the intake field registry (src/shared/intake): one column per fact, typed by
// the fact's kind, with a CHECK that keeps anything but a valid answer (or NULL = not answered)
// out of the file even if a bug or a raw SQL edit tried to put it there.

const quoteList = (values: readonly string[]) =>
  values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** How a fact is stored: TEXT for codes, text and dates; REAL for numbers; 0/1 for booleans. */
export function storage(def: FieldDef): 'text' | 'real' | 'boolean' | 'json' {
  switch (def.type.kind) {
    case 'number':
      return 'real';
    case 'boolean':
      return 'boolean';
    case 'codes':
    case 'states':
    case 'texts':
      return 'json';
    case 'tri':
    case 'enum':
    case 'text':
    case 'datetime':
    case 'state':
      return 'text';
  }
}

function columnFor(def: FieldDef) {
  switch (storage(def)) {
    case 'real':
      return real(def.column);
    case 'boolean':
      return integer(def.column);
    case 'json':
    case 'text':
      return text(def.column);
  }
}

/** The columns of a list of facts, keyed by column name. */
export function factColumns(fields: readonly FieldDef[]) {
  return Object.fromEntries(fields.map((f) => [f.column, columnFor(f)])) as Record<
    string,
    ReturnType<typeof columnFor>
  >;
}

function checkFor(def: FieldDef): SQL | null {
  const c = `"${def.column}"`;
  const t = def.type;
  switch (t.kind) {
    case 'tri':
      return sql.raw(`${c} IS NULL OR ${c} IN (${quoteList(TRI)})`);
    case 'enum':
      return sql.raw(`${c} IS NULL OR ${c} IN (${quoteList(t.values)})`);
    case 'boolean':
      return sql.raw(`${c} IS NULL OR ${c} IN (0, 1)`);
    case 'number':
      return sql.raw(`${c} IS NULL OR (${c} >= ${t.min} AND ${c} <= ${t.max})`);
    case 'codes':
    case 'states':
    case 'texts':
      return sql.raw(`${c} IS NULL OR json_type(${c}) = 'array'`);
    case 'state':
      return sql.raw(`${c} IS NULL OR length(${c}) = 3`);
    case 'text':
      return sql.raw(`${c} IS NULL OR length(${c}) <= ${t.max}`);
    case 'datetime':
      return sql.raw(`${c} IS NULL OR length(${c}) BETWEEN 20 AND 35`);
  }
}

/** One CHECK per fact column, named `<table>_<column>_ck`. */
export function factChecks(table: string, fields: readonly FieldDef[]) {
  return fields.flatMap((f) => {
    const condition = checkFor(f);
    return condition ? [check(`${table}_${f.column}_ck`, condition)] : [];
  });
}

/** `marks`: per-field provenance (see src/main/services/intake/marks.ts), always a JSON object. */
export const marksColumn = () => text('marks').notNull().default('{}');
export const marksCheck = (table: string) =>
  check(`${table}_marks_ck`, sql.raw(`json_type("marks") = 'object'`));
