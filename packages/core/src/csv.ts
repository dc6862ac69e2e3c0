/**
 * The one CSV writer and reader of sitrep, driven by table specs. Files are UTF-8 with a BOM
 * (Excel otherwise guesses a legacy code page), CRLF line ends, RFC 4180 quoting and a header
 * row even when there are no rows.
 */
import Papa from "papaparse";
import { decodeCell, encodeCell } from "./cells.js";
import { type ColumnSpec, csvFileName, type RowOf, type TableSpec } from "./table.js";

export const CSV_NEWLINE = "\r\n";

/**
 * Papa.unparse's quoting rule (quote a field holding a quote, comma, CR, LF or BOM, or starting or
 * ending with a space; double the quotes inside), written out: the writer formats every row of
 * the corpus, and papaparse's general path (config per call, a dozen checks per field) took a
 * sixth of a run. csv.property.test.ts checks the bytes against Papa.unparse.
 */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;

export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The BOM and header line; rows follow with formatCsvRows. */
export function formatCsvHeader(spec: TableSpec): string {
  return Papa.BYTE_ORDER_MARK + spec.columns.map((c) => csvField(c.name)).join(",") + CSV_NEWLINE;
}

/** Rows in spec column order, each line ending in CRLF; streamable in chunks. */
export function formatCsvRows<S extends TableSpec>(spec: S, rows: readonly RowOf<S>[]): string {
  let out = "";
  const { columns } = spec;
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as ColumnSpec;
      if (i > 0) out += ",";
      out += csvField(encodeCell(column, record[column.name]));
    }
    out += CSV_NEWLINE;
  }
  return out;
}

export function formatCsv<S extends TableSpec>(spec: S, rows: readonly RowOf<S>[]): string {
  return formatCsvHeader(spec) + formatCsvRows(spec, rows);
}

export class CsvFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "CsvFormatError";
  }
}

/**
 * Parses a CSV written by formatCsv back into typed rows, checking the header and every cell
 * against the spec. `file` names the source in error messages.
 */
export function parseCsv<S extends TableSpec>(spec: S, text: string, file = csvFileName(spec)): RowOf<S>[] {
  const body = text.startsWith(Papa.BYTE_ORDER_MARK) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: true, newline: CSV_NEWLINE });
  const serious = parsed.errors.find((e) => e.type !== "Delimiter");
  if (serious) throw new CsvFormatError(file, `row ${(serious.row ?? 0) + 1}: ${serious.message}`);
  const [header, ...records] = parsed.data;
  const expected = spec.columns.map((c) => c.name);
  if (!header || header.join(",") !== expected.join(",")) {
    throw new CsvFormatError(
      file,
      `header is [${(header ?? []).join(", ")}], expected [${expected.join(", ")}] (table ${spec.name})`,
    );
  }
  return records.map((record, index) => {
    const line = index + 2;
    if (record.length !== expected.length) {
      throw new CsvFormatError(file, `row ${line}: ${record.length} cells, expected ${expected.length}`);
    }
    const row: Record<string, unknown> = {};
    spec.columns.forEach((column, i) => {
      const decoded = decodeCell(column, record[i] ?? "");
      if (!decoded.ok) throw new CsvFormatError(file, `row ${line}, column ${column.name}: ${decoded.error}`);
      row[column.name] = decoded.value;
    });
    return row as RowOf<S>;
  });
}
