import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_TABLES } from "@sitrep/core";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { exec, SEEDS, sitrep, tempDir, UKRAINIAN } from "./helpers.js";

/**
 * LibreOffice's CSV import with the defaults of its import dialog: comma, double quote, UTF-8,
 * "detect special numbers" off (so a sentence like "September 21, 2023" stays text) and
 * formulas evaluated — so an unescaped formula in our data would show up as one.
 */
const CSV_IMPORT = "CSV:44,34,76,1,,0,false,false";
/** Export back to CSV writing formulas as formulas (token 10), so a formula cell would show as `=...`. */
const CSV_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,true";

const rows = (dir: string, file: string) =>
  Papa.parse<string[]>(readFileSync(join(dir, file), "utf8").replace(/^\ufeff/, ""), { skipEmptyLines: true }).data;

async function soffice(args: string[]) {
  const profile = `file://${tempDir("sitrep-lo-")}`;
  const result = await exec("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

describe("every CSV opened in LibreOffice Calc", () => {
  const work = tempDir();
  const csvDir = join(work, "csv");
  const xlsxDir = join(work, "xlsx");
  const backDir = join(work, "back");
  let files: string[] = [];

  beforeAll(async () => {
    // The original seed plus an article whose paragraphs look like formulas to a spreadsheet.
    const seeds = join(work, "seeds");
    mkdirSync(seeds);
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(seeds, f));
    writeFileSync(
      join(seeds, "=cmd.txt"),
      'date 2024-01-02\ntitle =HYPERLINK("http://x","y")\n\n=1+1 is what the sign said.\n\n+44 20 7946 0000 was the number.\n\n-5 degrees overnight.\n\n@everyone was told.\n',
    );
    // A file name and header fields that look like formulas, a formula behind a zero-width space,
    // a tab-led paragraph and a two-line paragraph whose second line is a formula.
    writeFileSync(
      join(seeds, "-2+3 @names.txt"),
      "date 2024-01-03\nauthor @reporter\nsource +Wire\n\n\u200b=1+2 hidden behind a zero-width space.\n\n\tTabbed =SUM(A1) paragraph.\n\n=A1\n+B2 made one paragraph of two lines.\n",
    );
    const out = join(work, "out");
    expect((await sitrep(["build", "--seeds", seeds, "--out", out])).code).toBe(0);
    mkdirSync(csvDir);
    for (const dir of ["datasets", "briefings"]) {
      for (const name of readdirSync(join(out, dir)).filter((f) => f.endsWith(".csv"))) {
        copyFileSync(join(out, dir, name), join(csvDir, name));
      }
    }
    files = readdirSync(csvDir).sort();
    await soffice([
      `--infilter=${CSV_IMPORT}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      xlsxDir,
      ...files.map((f) => join(csvDir, f)),
    ]);
    const workbooks = files.map((f) => join(xlsxDir, f.replace(/\.csv$/, ".xlsx")));
    await soffice(["--convert-to", CSV_EXPORT, "--outdir", backDir, ...workbooks]);
  });

  it("converts each CSV to xlsx", () => {
    const expected = [...DATASET_TABLES.map((t) => t.name), "data-dictionary", "briefing", "sources", "timeline"].map(
      (n) => `${n}.csv`,
    );
    expect(files).toEqual(expected.sort());
    expect(readdirSync(xlsxDir).sort()).toEqual(files.map((f) => f.replace(/\.csv$/, ".xlsx")));
  });

  it("keeps the Ukrainian text through the round trip", () => {
    const sentences = rows(backDir, "sentences.csv").map((row) => row[7]);
    expect(sentences).toContain("Дві країни.");
    expect(sentences).toContain("Один чіткий, твердий і непохитний сигнал: ми разом.");
    expect(rows(backDir, "blocks.csv").some((row) => row[7]?.includes(UKRAINIAN))).toBe(true);
  });

  it("shows formula-like text as text", () => {
    const texts = rows(backDir, "blocks.csv").map((row) => row[7]);
    expect(texts).toContain("'=1+1 is what the sign said.");
    expect(texts).toContain("'+44 20 7946 0000 was the number.");
    expect(rows(backDir, "articles.csv").map((row) => row[3])).toContain(`'=HYPERLINK("http://x","y")`);
    expect(texts).toContain("'=1+2 hidden behind a zero-width space.");
    expect(texts).toContain("'=A1\n+B2 made one paragraph of two lines.");
    expect(rows(backDir, "articles.csv").map((row) => row[1])).toContain("'-2+3 @names.txt");
  });

  it("gives back every cell as written: text as text, numbers as numbers, no formulas", () => {
    for (const file of files) {
      const original = rows(csvDir, file);
      const back = rows(backDir, file);
      expect(back.length, file).toBe(original.length);
      original.forEach((row, r) => {
        row.forEach((cell, c) => {
          const seen = back[r]?.[c] ?? "";
          const where = `${file} row ${r + 1} column ${c + 1}`;
          if (/^-?\d+(\.\d+)?$/.test(cell)) expect(Number(seen), where).toBe(Number(cell));
          else expect(seen, where).toBe(cell);
        });
      });
    }
  });
});
