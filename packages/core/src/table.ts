/**
 * A table spec is the single declaration of a dataset: the CSV writer, the CSV reader,
 * the Frictionless Data Package and the data dictionary are all derived from it, and the
 * TypeScript row type is inferred from it, so a column exists in exactly one place.
 */

/** Frictionless field types used by sitrep. `date` cells are ISO 8601 (`YYYY-MM-DD`). */
export type ColumnType = "string" | "integer" | "number" | "date" | "boolean";

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  /** A realistic value, shown in the data dictionary. */
  readonly example: string;
  /** A required column never has an empty cell. */
  readonly required: boolean;
  /** Closed vocabulary; the reader rejects anything else. */
  readonly enum?: readonly string[];
  /** Regular expression every non-empty value matches (Frictionless `pattern` constraint). */
  readonly pattern?: string;
}

export interface ForeignKeySpec {
  readonly fields: readonly string[];
  readonly reference: { readonly table: string; readonly fields: readonly string[] };
}

export interface TableSpec {
  /** Resource name, also the file stem: `<name>.csv`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly ForeignKeySpec[];
}

type ScalarOf<C extends ColumnSpec> = C extends { readonly enum: readonly (infer E)[] }
  ? E
  : C["type"] extends "integer" | "number"
    ? number
    : C["type"] extends "boolean"
      ? boolean
      : string;

type CellOf<C extends ColumnSpec> = C["required"] extends true ? ScalarOf<C> : ScalarOf<C> | null;

/** The row type of a table, inferred from its spec: `RowOf<typeof articlesTable>`. */
export type RowOf<S extends TableSpec> = {
  -readonly [C in S["columns"][number] as C["name"]]: CellOf<C>;
};

/** Declares a table; `const` keeps column names and enums as literal types for `RowOf`. */
export function defineTable<const S extends TableSpec>(spec: S): S {
  const seen = new Set<string>();
  for (const column of spec.columns) {
    if (seen.has(column.name)) throw new Error(`table ${spec.name}: duplicate column ${column.name}`);
    seen.add(column.name);
  }
  for (const key of spec.primaryKey) {
    if (!seen.has(key)) throw new Error(`table ${spec.name}: primary key ${key} is not a column`);
  }
  return spec;
}

export function csvFileName(spec: TableSpec): string {
  return `${spec.name}.csv`;
}
