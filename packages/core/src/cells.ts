/**
 * Cell conventions shared by every CSV sitrep writes, so that a spreadsheet opens them safely
 * and the reader gets back exactly what was written.
 *
 * Formula safety: a text cell whose first character (after any leading apostrophes) is one of
 * = + - @ TAB CR LF would be evaluated by Excel, LibreOffice or Google Sheets. Such a cell is
 * written with one extra leading apostrophe ('). The rule is a bijection: the reader removes
 * one apostrophe from exactly those cells, so `'=x` (written `''=x`) survives the round trip.
 * Numeric columns are never escaped: -5 stays a number.
 *
 * Length: Excel refuses cells over 32,767 characters. Longer text is cut and ends with
 * TRUNCATION_MARKER; the full text is always in texts/<article_id>.txt at the row's offsets.
 */
import type { ColumnSpec } from "./table.js";

export const CELL_LIMIT = 32_767;
export const TRUNCATION_MARKER = " [… truncated; full text at the row's offsets]";

const FORMULA_START = /^'*[=+\-@\t\r\n]/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Cuts a value so that, once escaped, it fits in one spreadsheet cell. */
export function fitCell(value: string): string {
  if (value.length + 1 <= CELL_LIMIT) return value;
  let cut = CELL_LIMIT - 1 - TRUNCATION_MARKER.length;
  // Never split a surrogate pair: a lone surrogate is not valid UTF-8.
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return value.slice(0, cut) + TRUNCATION_MARKER;
}

export function isTruncated(value: string): boolean {
  return value.endsWith(TRUNCATION_MARKER);
}

/** The text a truncated cell still holds, for comparing with the source text. */
export function untruncated(value: string): string {
  return isTruncated(value) ? value.slice(0, -TRUNCATION_MARKER.length) : value;
}

export type Cell = string | number | boolean | null;

export function encodeCell(column: ColumnSpec, value: unknown): string | number {
  if (value === null || value === undefined) return "";
  switch (column.type) {
    case "integer":
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new TypeError(`column ${column.name}: expected a finite number, got ${String(value)}`);
      }
      return value;
    case "boolean":
      return value ? "true" : "false";
    default:
      return escapeFormula(fitCell(String(value)));
  }
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source, "u");
    patterns.set(source, re);
  }
  return re;
}

export type DecodedCell = { ok: true; value: Cell } | { ok: false; error: string };

/** Parses one raw CSV cell against its column; the error says what is wrong, for a person. */
export function decodeCell(column: ColumnSpec, raw: string): DecodedCell {
  if (raw === "") {
    return column.required ? { ok: false, error: "required value is empty" } : { ok: true, value: null };
  }
  let value: Cell;
  switch (column.type) {
    case "integer":
      if (!INTEGER.test(raw)) return { ok: false, error: `'${raw}' is not an integer` };
      value = Number(raw);
      break;
    case "number":
      if (!NUMBER.test(raw)) return { ok: false, error: `'${raw}' is not a number` };
      value = Number(raw);
      break;
    case "boolean":
      if (raw !== "true" && raw !== "false") return { ok: false, error: `'${raw}' is not true or false` };
      value = raw === "true";
      break;
    case "date":
      if (!isCalendarDate(raw)) return { ok: false, error: `'${raw}' is not a YYYY-MM-DD calendar date` };
      value = raw;
      break;
    default:
      value = unescapeFormula(raw);
  }
  if (column.enum && !column.enum.includes(String(value))) {
    return { ok: false, error: `'${raw}' is not one of ${column.enum.join(", ")}` };
  }
  if (column.pattern && typeof value === "string" && !patternOf(column.pattern).test(value)) {
    return { ok: false, error: `'${raw}' does not match ${column.pattern}` };
  }
  return { ok: true, value };
}
