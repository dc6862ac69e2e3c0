/**
 * A briefing over more articles than it prints in full: the sources become a table, and every
 * citation still lands on its sentence.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { articlesTable, parseCsv } from "@sitrep/core";
import { beforeAll, describe, expect, it } from "vitest";
import { exec, internalLinks, overlappingWords, REPO, sitrep, snapshot, tempDir } from "./helpers.js";

describe("a briefing over 30 Wikinews articles", () => {
  const work = tempDir();
  const out = join(work, "out");
  const pdf = join(out, "briefings", "briefing.pdf");

  beforeAll(async () => {
    const seeds = join(work, "seeds");
    mkdirSync(seeds);
    const fixtures = join(REPO, "fixtures", "wikinews");
    for (const f of readdirSync(fixtures)
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .slice(0, 30))
      copyFileSync(join(fixtures, f), join(seeds, f));
    const result = await sitrep(["build", "--seeds", seeds, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
  });

  it("lists every article in the sources table instead of printing 30 texts, in a few pages", async () => {
    const text = (await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout;
    expect(text).toMatch(/Sources\s+Every article read, oldest first/);
    expect(text).not.toMatch(/^Text$/m);
    const articles = parseCsv(articlesTable, readFileSync(join(out, "datasets", "articles.csv"), "utf8"));
    expect(articles).toHaveLength(30);
    const flat = text.replace(/\s+/g, " ");
    for (const a of articles) expect(flat).toContain(a.title.replace(/\s+/g, " ").slice(0, 30));
    const pages = Number(/Pages:\s+(\d+)/.exec((await exec("pdfinfo", [pdf])).stdout)?.[1]);
    expect(pages).toBeLessThanOrEqual(12);
  });

  it("sets no label over another on its map, nor any text over other text", async () => {
    const text = (await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout;
    expect(text).toMatch(/where a label had no room/);
    expect(await overlappingWords(pdf)).toEqual([]);
  });

  it("has every link land on a named destination", async () => {
    const { targets, names } = await internalLinks(pdf);
    expect(targets.some((t) => t.startsWith("cite-"))).toBe(true);
    for (const target of targets) expect(names).toContain(target);
  });
});

describe("the brief of a very long article", () => {
  it("still fits two Letter pages, its lists capped with a pointer to the CSVs", async () => {
    const work = tempDir();
    const seeds = join(work, "seeds");
    mkdirSync(seeds);
    // Sixteen war stories run together: more events, names, dates and quotes than any brief can show.
    const events = join(REPO, "fixtures", "events");
    const stories = readdirSync(events)
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(events, f), "utf8").replace(/^date \S+\s*/, ""));
    writeFileSync(join(seeds, "long.txt"), `date 2025-06-30\n${stories.join("\n\n")}`);
    const out = join(work, "out");
    const result = await sitrep(["build", "--seeds", seeds, "--out", out, "--paper", "letter"]);
    expect(result.code, result.stderr).toBe(0);
    const brief = join(out, "briefings", "articles", "long.pdf");
    const info = (await exec("pdfinfo", [brief])).stdout;
    expect(info).toMatch(/^Page size:.*\(letter\)$/m);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2);
    const text = (await exec("pdftotext", ["-enc", "UTF-8", brief, "-"])).stdout.replace(/\s+/g, " ");
    expect(text).toMatch(/The 6 most salient of \d+ events; events\.csv has them all/);
    expect(text).toMatch(/The first 10 of \d+ distinct values; dates\.csv has them all/);
    expect(text).toMatch(/3 of \d+ quotations, the first with a named speaker; quotes\.csv has them all/);
  });
});

describe("article briefs written by several threads", () => {
  it("are the same bytes with one thread, two or three, and keep every character in their text layer", async () => {
    const work = tempDir();
    const seeds = join(work, "seeds");
    mkdirSync(seeds);
    const wikinews = join(REPO, "fixtures", "wikinews");
    for (const f of readdirSync(wikinews).filter((n) => n.endsWith(".txt")))
      copyFileSync(join(wikinews, f), join(seeds, f));
    // Accented letters are built of parts (í of ı and ´, ½ of ¹ ² ⁄): a brief set after one that used
    // them, on the same thread, lost "ı" and "²" from its text while the fonts' glyphs were shared.
    writeFileSync(join(seeds, "zz_marti.txt"), "date 2014-01-01\nJosé Martí wrote that ½ of the island was free.");
    writeFileSync(
      join(seeds, "zz_turk.txt"),
      "date 2014-01-02\nKemal Kılıçdaroğlu said 5 km² of farmland had flooded.",
    );
    const out = join(work, "out");
    const built = await sitrep(["build", "--seeds", seeds, "--out", out, "--jobs", "1"]);
    expect(built.code, built.stderr).toBe(0);
    const briefings = join(out, "briefings");
    const turk = (await exec("pdftotext", ["-enc", "UTF-8", join(briefings, "articles", "zz_turk.pdf"), "-"])).stdout;
    expect(turk.replace(/\s+/g, " ")).toContain("Kemal Kılıçdaroğlu said 5 km² of farmland had flooded.");
    const one = snapshot(briefings);
    expect([...one.keys()].filter((p) => p.startsWith("articles/"))).toHaveLength(92);
    for (const jobs of ["2", "3"]) {
      expect((await sitrep(["report", "--out", out, "--jobs", jobs])).code).toBe(0);
      const many = snapshot(briefings);
      expect([...many.keys()]).toEqual([...one.keys()]);
      for (const [path, bytes] of one) expect(many.get(path)?.equals(bytes), `${path} with ${jobs} threads`).toBe(true);
    }
  });
});
