/**
 * Property tests: whatever text a seed holds, the CSV written from it parses back to the same
 * rows, with papaparse as any consumer would use it, and no cell reaches a spreadsheet as a formula.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { encodeCell } from "./cells.js";
import { formatCsv, parseCsv } from "./csv.js";
import { dictionaryTable } from "./datapackage.js";
import { DATASET_TABLES } from "./index.js";
import type { ColumnSpec, RowOf, TableSpec } from "./table.js";
import { briefingTable, sourcesTable, timelineTable } from "./tables/briefing.js";
import { type Block, blocksTable } from "./tables/text.js";

/** Any Unicode text, weighted towards what breaks CSV and spreadsheets: quotes, commas, line ends, formula signs. */
const text = (minLength: number) =>
  fc.string({
    minLength,
    maxLength: 80,
    unit: fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom('"', ",", "\n", "\r", "\r\n", "\t", "=", "+", "-", "@", "'", " ", "\ufeff"),
      },
      { weight: 5, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.constantFrom("Київ", "北京", "👩‍👧", "=SUM(A1)", "-5", "@POTUS") },
    ),
  });

/** Rows of any table, derived from its spec like the writer and reader: each column's type, vocabulary and pattern. */
function rowOf(spec: TableSpec): fc.Arbitrary<Record<string, unknown>> {
  const cell = (c: ColumnSpec): fc.Arbitrary<unknown> => {
    if (c.enum) return fc.constantFrom(...c.enum);
    if (c.pattern) return fc.stringMatching(new RegExp(c.pattern));
    switch (c.type) {
      case "integer":
        return fc.integer({ min: -1_000_000, max: 1_000_000 });
      case "number":
        return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
      case "boolean":
        return fc.boolean();
      case "date":
        return fc
          .date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      default:
        return text(1);
    }
  };
  return fc.record(
    Object.fromEntries(spec.columns.map((c) => [c.name, c.required ? cell(c) : fc.option(cell(c), { nil: null })])),
  );
}

const FORMULA_START = /^[=+\-@\t\r\n]/;

describe("CSV files written from any text", () => {
  const specs: TableSpec[] = [...DATASET_TABLES, dictionaryTable, briefingTable, sourcesTable, timelineTable];
  it.each(specs.map((spec) => [spec.name, spec] as const))("%s.csv parses back to the rows written", (_, spec) => {
    fc.assert(
      fc.property(fc.array(rowOf(spec), { maxLength: 6 }), (rows) => {
        const typed = rows as RowOf<typeof spec>[];
        expect(parseCsv(spec, formatCsv(spec, typed))).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });

  it("hold the bytes Papa.unparse writes for the same cells", () => {
    fc.assert(
      fc.property(fc.array(rowOf(blocksTable), { minLength: 1, maxLength: 8 }), (rows) => {
        const cells = rows.map((row) => blocksTable.columns.map((c) => encodeCell(c, row[c.name])));
        const header = blocksTable.columns.map((c) => c.name);
        const papa = Papa.unparse([header, ...cells], { newline: "\r\n", quotes: false, header: false });
        expect(formatCsv(blocksTable, rows as Block[])).toBe(`${Papa.BYTE_ORDER_MARK}${papa}\r\n`);
      }),
      { numRuns: 300 },
    );
  });

  it("give papaparse one record per row and no text cell a spreadsheet would evaluate", () => {
    fc.assert(
      fc.property(fc.array(rowOf(blocksTable), { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = formatCsv(blocksTable, rows as Block[]).slice(1);
        const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
        expect(parsed).toHaveLength(rows.length + 1);
        for (const record of parsed.slice(1)) {
          expect(record).toHaveLength(blocksTable.columns.length);
          record.forEach((cell, i) => {
            // seq, start, end: numbers stay numbers, a minus sign included.
            if (blocksTable.columns[i]?.type === "integer") expect(cell).toMatch(/^-?\d+$/);
            else expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
