import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exec, SEEDS, sitrep, tempDir } from "./helpers.js";

function seedsWith(files: Record<string, string>): string {
  const dir = tempDir("sitrep-seeds-");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("the sitrep command line", () => {
  it("prints help for the tool and for each command", async () => {
    const top = await sitrep(["--help"]);
    expect(top.code).toBe(0);
    for (const command of ["build", "normalize", "report", "validate"]) expect(top.stdout).toContain(command);
    const build = await sitrep(["build", "--help"]);
    expect(build.stdout).toContain("--seeds DIR");
    expect(build.stdout).toContain("--strict");
    expect((await sitrep(["report", "--help"])).stdout).not.toContain("--seeds");
  });

  it.each([
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["build", "--colour"], "Unknown option '--colour'"],
    [["report", "--seeds", "x"], "option --seeds does not apply to 'sitrep report'"],
    [["build", "--paper", "a3"], "--paper must be a4 or letter"],
    [["report", "--jobs", "0"], "--jobs must be a whole number of 1 or more"],
    [["normalize", "--jobs", "2"], "option --jobs does not apply to 'sitrep normalize'"],
  ])("exits 2 on the usage error %j", async (args, message) => {
    const result = await sitrep(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("exits 2 naming a seeds folder that does not exist", async () => {
    const result = await sitrep(["normalize", "--seeds", "/nonexistent/seeds", "--out", tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("seeds folder /nonexistent/seeds does not exist");
  });

  it("exits 2 when report finds no datasets, and says what to run", async () => {
    const result = await sitrep(["report", "--out", tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("run 'sitrep normalize' first");
  });

  it("reports a rejected seed on stderr and in rejects.csv without stopping the run", async () => {
    const seeds = seedsWith({ "good.txt": "date 2024-03-01 Good text.", "bad.txt": "no header here" });
    const out = tempDir();
    const result = await sitrep(["build", "--seeds", seeds, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "rejected bad.txt: no_date_header — line 1: expected 'date YYYY-MM-DD', found 'no header here'",
    );
    expect(readFileSync(join(out, "datasets", "rejects.csv"), "utf8")).toContain("bad.txt,no_date_header,");
    expect(readFileSync(join(out, "briefings", "sources.csv"), "utf8")).toContain("good,2024-03-01");
  });

  it("fails with --strict when any seed is rejected", async () => {
    const seeds = seedsWith({ "good.txt": "date 2024-03-01 Good text.", "bad.txt": "date 2024-13-01 Bad month." });
    const result = await sitrep(["normalize", "--strict", "--seeds", seeds, "--out", tempDir()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--strict: 1 seed(s) rejected");
  });

  it("exits 1 when no seed could be read", async () => {
    const seeds = seedsWith({ "a.txt": "", "b.txt": "hello" });
    const result = await sitrep(["build", "--seeds", seeds, "--out", tempDir()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`no article could be read from ${seeds}`);
  });

  it("names the file, row and column when a dataset was damaged by hand", async () => {
    const out = tempDir();
    expect((await sitrep(["normalize", "--seeds", SEEDS, "--out", out])).code).toBe(0);
    const blocks = join(out, "datasets", "blocks.csv");
    writeFileSync(blocks, readFileSync(blocks, "utf8").replace(",caption,", ",photo,"));
    const result = await sitrep(["report", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/blocks\.csv: row \d+, column kind: 'photo' is not one of body/);
  });

  it("prints a paragraph longer than a spreadsheet cell in full in the PDF, though the CSV cell is cut", async () => {
    const long = `${"The convoy moved east along the highway. ".repeat(900)}It reached Zaporizhzhia at dawn.`;
    const seeds = seedsWith({ "long.txt": `date 2024-03-01\nLong convoy report\n\n${long}` });
    const out = tempDir();
    expect((await sitrep(["build", "--seeds", seeds, "--out", out])).code).toBe(0);
    expect(readFileSync(join(out, "datasets", "blocks.csv"), "utf8")).toContain(
      "[… truncated; full text at the row's offsets]",
    );
    const pdfText = await exec("pdftotext", [join(out, "briefings", "briefing.pdf"), "-"]);
    expect(pdfText.stdout).toContain("It reached Zaporizhzhia at dawn.");
    expect(pdfText.stdout).not.toContain("truncated");
  });
});
