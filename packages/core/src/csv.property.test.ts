/**
 * Property tests: whatever text a seed holds, the CSV written from it parses back to the same
 * rows, with papaparse as any consumer would use it, and no cell reaches a spreadsheet as a formula.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatCsv, parseCsv } from "./csv.js";
import { BLOCK_KINDS, type Block, blocksTable } from "./tables/text.js";

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
const optional = fc.option(text(1), { nil: null });

const blockRow: fc.Arbitrary<Block> = fc.record({
  article_id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  block_id: fc.stringMatching(/^[a-z0-9-]{1,20}#b[1-9]\d{0,3}$/),
  seq: fc.integer({ min: 1, max: 10_000 }),
  kind: fc.constantFrom(...BLOCK_KINDS),
  language: fc.constantFrom("en", "uk", "ru", "und"),
  start: fc.integer({ min: 0, max: 1_000_000 }),
  end: fc.integer({ min: 0, max: 1_000_000 }),
  text: text(1),
  credit: optional,
  author: optional,
  handle: optional,
  posted: fc.option(
    fc
      .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
});

const FORMULA_START = /^[=+\-@\t\r\n]/;

describe("CSV files written from any text", () => {
  it("parse back to the rows that were written", () => {
    fc.assert(
      fc.property(fc.array(blockRow, { maxLength: 8 }), (rows) => {
        expect(parseCsv(blocksTable, formatCsv(blocksTable, rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it("give papaparse one record per row and no text cell a spreadsheet would evaluate", () => {
    fc.assert(
      fc.property(fc.array(blockRow, { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = formatCsv(blocksTable, rows).slice(1);
        const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
        expect(parsed).toHaveLength(rows.length + 1);
        for (const record of parsed.slice(1)) {
          expect(record).toHaveLength(blocksTable.columns.length);
          record.forEach((cell, i) => {
            // seq, start, end: numbers stay numbers.
            if (blocksTable.columns[i]?.type === "integer") expect(cell).toMatch(/^\d+$/);
            else expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
