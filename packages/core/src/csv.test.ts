import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CELL_LIMIT, escapeFormula, TRUNCATION_MARKER, unescapeFormula } from "./cells.js";
import { formatCsv, parseCsv } from "./csv.js";
import { type Block, blocksTable, rejectsTable } from "./tables/text.js";

const block = (over: Partial<Block>): Block => ({
  article_id: "a1",
  block_id: "a1#b1",
  seq: 1,
  kind: "body",
  language: "en",
  start: 0,
  end: 5,
  text: "Hello",
  credit: null,
  author: null,
  handle: null,
  posted: null,
  ...over,
});

describe("CSV conventions", () => {
  it("writes a BOM, a header row and CRLF line ends even with no rows", () => {
    const csv = formatCsv(rejectsTable, []);
    expect(csv).toBe("\ufeffsource_file,reason,detail\r\n");
  });

  it("round-trips text with quotes, commas, newlines and Cyrillic through papaparse", () => {
    const rows = [
      block({ text: 'He said, "a party to the conflict,"\nthen left.' }),
      block({
        block_id: "a1#b2",
        seq: 2,
        language: "en+uk",
        text: "Дві країни. Один чіткий сигнал: ми разом.",
        posted: "2023-09-21",
      }),
    ];
    const csv = formatCsv(blocksTable, rows);
    expect(csv).toContain('"He said, ""a party to the conflict,""\nthen left."');
    expect(parseCsv(blocksTable, csv)).toEqual(rows);
  });

  it("neutralizes formula-like text so spreadsheets show it as text, and reads it back unchanged", () => {
    const risky = ["=SUM(A1)", "+1", "-rf", "@cmd", "\tx", "\r\nx", "\n=1+1", "'=already", "''+x"];
    const rows = risky.map((text, i) => block({ block_id: `a1#b${i + 1}`, seq: i + 1, text }));
    const csv = formatCsv(blocksTable, rows);
    const raw = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(raw).toHaveLength(risky.length);
    for (const record of raw) expect(record[7]).toMatch(/^'/);
    expect(parseCsv(blocksTable, csv).map((r) => r.text)).toEqual(risky);
  });

  it("keeps negative numbers in numeric columns as numbers", () => {
    const csv = formatCsv(blocksTable, [block({ start: -5 })]);
    expect(csv.split("\r\n")[1]).toContain(",-5,");
  });

  it("escapes exactly the cells a spreadsheet would evaluate", () => {
    expect(escapeFormula("'red line'")).toBe("'red line'");
    expect(unescapeFormula("'red line'")).toBe("'red line'");
    expect(escapeFormula("-5 degrees")).toBe("'-5 degrees");
  });

  it("cuts cells longer than Excel's limit with a marker, without splitting a surrogate pair", () => {
    const long = "😀".repeat(CELL_LIMIT);
    const [row] = parseCsv(blocksTable, formatCsv(blocksTable, [block({ text: long })]));
    expect(row?.text.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(row?.text.endsWith(TRUNCATION_MARKER)).toBe(true);
    const kept = row?.text.slice(0, -TRUNCATION_MARKER.length) ?? "";
    expect(long.startsWith(kept)).toBe(true);
    expect(kept.length % 2).toBe(0);
  });

  it("names the file, row and column of a bad cell", () => {
    const csv = formatCsv(blocksTable, [block({})]).replace(",body,", ",novel,");
    expect(() => parseCsv(blocksTable, csv, "out/blocks.csv")).toThrow(
      /out\/blocks\.csv: row 2, column kind: 'novel' is not one of body/,
    );
  });

  it("rejects a file whose header does not match the spec", () => {
    expect(() => parseCsv(blocksTable, "\ufeffa,b\r\n1,2\r\n", "x.csv")).toThrow(/x\.csv: header is \[a, b\]/);
  });
});
