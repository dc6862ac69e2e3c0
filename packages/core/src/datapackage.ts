/** Frictionless Data Package descriptor and data dictionary, both derived from table specs. */
import { csvFileName, defineTable, type RowOf, type TableSpec } from "./table.js";
import { opt, req } from "./tables/common.js";

export interface ResourceStats {
  readonly bytes: number;
  readonly sha256: string;
  readonly rows: number;
}

export interface DataPackageOptions {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly description: string;
}

export const CSV_DIALECT = {
  delimiter: ",",
  lineTerminator: "\r\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  skipInitialSpace: false,
} as const;

function fieldOf(column: TableSpec["columns"][number]) {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.enum) constraints.enum = [...column.enum];
  if (column.pattern) constraints.pattern = column.pattern;
  return {
    name: column.name,
    type: column.type,
    format: "default",
    description: column.description,
    example: column.example,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

export function resourceOf(spec: TableSpec, stats?: ResourceStats) {
  return {
    name: spec.name,
    path: csvFileName(spec),
    profile: "tabular-data-resource",
    title: spec.title,
    description: spec.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: CSV_DIALECT,
    ...(stats ? { bytes: stats.bytes, hash: `sha256:${stats.sha256}` } : {}),
    schema: {
      fields: spec.columns.map(fieldOf),
      primaryKey: [...spec.primaryKey],
      foreignKeys: (spec.foreignKeys ?? []).map((fk) => ({
        fields: [...fk.fields],
        reference: {
          resource: fk.reference.table === spec.name ? "" : fk.reference.table,
          fields: [...fk.reference.fields],
        },
      })),
      missingValues: [""],
    },
  };
}

export type DataResource = ReturnType<typeof resourceOf>;

export function dataPackageOf(
  specs: readonly TableSpec[],
  options: DataPackageOptions,
  stats: ReadonlyMap<string, ResourceStats> = new Map(),
) {
  return {
    profile: "tabular-data-package",
    name: options.name,
    title: options.title,
    version: options.version,
    description: options.description,
    resources: specs.map((spec) => resourceOf(spec, stats.get(spec.name))),
  };
}

export type DataPackage = ReturnType<typeof dataPackageOf>;

export const dictionaryTable = defineTable({
  name: "data-dictionary",
  title: "Data dictionary",
  description: "Every column of every table sitrep writes, in file order.",
  primaryKey: ["table", "column"],
  columns: [
    req("table", "string", "Table name; the file is <table>.csv.", "blocks"),
    req("column", "string", "Column name as in the header row.", "kind"),
    req("position", "integer", "1-based column position.", "4"),
    req("type", "string", "string, integer, number, date (YYYY-MM-DD) or boolean.", "string"),
    req("required", "boolean", "Whether the cell is never empty.", "true"),
    req("description", "string", "What the column holds.", "Kind of block."),
    req("example", "string", "A typical value.", "caption"),
    opt("allowed_values", "string", "Closed vocabulary, separated by ' | '.", "body | heading | caption"),
  ],
});
export type DictionaryRow = RowOf<typeof dictionaryTable>;

export function dictionaryRows(specs: readonly TableSpec[]): DictionaryRow[] {
  return specs.flatMap((spec) =>
    spec.columns.map((column, i) => ({
      table: spec.name,
      column: column.name,
      position: i + 1,
      type: column.type,
      required: column.required,
      description: column.description,
      example: column.example,
      allowed_values: column.enum ? column.enum.join(" | ") : null,
    })),
  );
}

/** The same dictionary as Markdown, for people reading the output folder. */
export function dictionaryMarkdown(specs: readonly TableSpec[]): string {
  const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");
  const parts = ["# sitrep data dictionary", "", "Generated from the table specs in `@sitrep/core`.", ""];
  for (const spec of specs) {
    parts.push(`## ${csvFileName(spec)} — ${spec.title}`, "", spec.description, "");
    parts.push(`Primary key: ${spec.primaryKey.map((k) => `\`${k}\``).join(", ")}`, "");
    parts.push("| column | type | required | description | example |", "|---|---|---|---|---|");
    for (const c of spec.columns) {
      const values = c.enum ? ` One of: ${c.enum.join(", ")}.` : "";
      parts.push(
        `| \`${c.name}\` | ${c.type} | ${c.required ? "yes" : "no"} | ${cell(c.description + values)} | ${cell(c.example)} |`,
      );
    }
    parts.push("");
  }
  return parts.join("\n");
}
