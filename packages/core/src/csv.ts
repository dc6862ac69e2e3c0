/**
 * The one CSV writer and reader of sitrep, driven by table specs. Files are UTF-8 with a BOM
 * (Excel otherwise guesses a legacy code page), CRLF line ends, RFC 4180 quoting and a header
 * row even when there are no rows.
 */
import Papa from "papaparse";
import { decodeCell, encodeCell } from "./cells.js";
import { csvFileName, type RowOf, type TableSpec } from "./table.js";

export const CSV_NEWLINE = "\r\n";

function unparse(data: (string | number)[][]): string {
  return Papa.unparse(data, { newline: CSV_NEWLINE, quotes: false, escapeFormulae: false, header: false });
}

/** The BOM and header line; rows follow with formatCsvRows. */
export function formatCsvHeader(spec: TableSpec): string {
  return Papa.BYTE_ORDER_MARK + unparse([spec.columns.map((c) => c.name)]) + CSV_NEWLINE;
}

/** Rows in spec column order, each line ending in CRLF; streamable in chunks. */
export function formatCsvRows<S extends TableSpec>(spec: S, rows: readonly RowOf<S>[]): string {
  if (rows.length === 0) return "";
  const data = rows.map((row) => {
    const record = row as Record<string, unknown>;
    return spec.columns.map((column) => encodeCell(column, record[column.name]));
  });
  return unparse(data) + CSV_NEWLINE;
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
