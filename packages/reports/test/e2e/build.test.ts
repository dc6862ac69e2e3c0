import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  articlesTable,
  blocksTable,
  briefingTable,
  datesTable,
  mentionsTable,
  parseCsv,
  quantitiesTable,
  sentencesTable,
  timelineTable,
  untruncated,
} from "@sitrep/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  exec,
  internalLinks,
  overlappingWords,
  SEEDS,
  sitrep,
  snapshot,
  tempDir,
  UKRAINIAN,
  wordsOffPage,
} from "./helpers.js";

const DATASET_FILES = [
  "articles.csv",
  "blocks.csv",
  "sentences.csv",
  "entities.csv",
  "mentions.csv",
  "dates.csv",
  "quantities.csv",
  "rejects.csv",
  "data-dictionary.csv",
  "data-dictionary.md",
  "datapackage.json",
  "manifest.json",
];

/** The briefing's chapters between its title page and its appendices, in order. */
const CHAPTERS = ["Key developments", "Timeline", "Map", "Actors", "Equipment and aid", "Quotes"];

describe("sitrep build on seeds/", () => {
  const out = join(tempDir(), "out");
  const datasets = join(out, "datasets");
  const pdf = join(out, "briefings", "briefing.pdf");
  let stderr = "";

  beforeAll(async () => {
    const result = await sitrep(["build", "--seeds", SEEDS, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
  });

  it("writes every dataset file, the texts and both briefings, and says so on stderr", () => {
    for (const file of DATASET_FILES) expect(readdirSync(datasets)).toContain(file);
    const seedCount = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).length;
    expect(readdirSync(join(datasets, "texts"))).toHaveLength(seedCount);
    expect(readdirSync(join(out, "briefings")).sort()).toEqual([
      "articles",
      "briefing.csv",
      "briefing.pdf",
      "sources.csv",
      "timeline.csv",
    ]);
    expect(stderr).toContain(`${seedCount} article(s), 0 rejected, 0 skipped`);
  });

  it("has offsets in every CSV that slice the row's text out of texts/<article_id>.txt", () => {
    const text = (id: string) => readFileSync(join(datasets, "texts", `${id}.txt`), "utf8");
    const read = (file: string) => readFileSync(join(datasets, file), "utf8");
    const rows = [
      ...parseCsv(blocksTable, read("blocks.csv")),
      ...parseCsv(sentencesTable, read("sentences.csv")),
      ...parseCsv(mentionsTable, read("mentions.csv")),
      ...parseCsv(datesTable, read("dates.csv")),
      ...parseCsv(quantitiesTable, read("quantities.csv")),
    ];
    let checked = 0;
    for (const row of rows) {
      expect(text(row.article_id).slice(row.start, row.end)).toBe(untruncated(row.text));
      checked++;
    }
    expect(checked).toBeGreaterThan(120);
  });

  it("validates against its own datapackage.json", async () => {
    const result = await sitrep(["validate", "--out", out]);
    expect(result.stderr).toContain("valid");
    expect(result.code).toBe(0);
  });

  it("writes a PDF whose text holds the Ukrainian sentence exactly, with page X of Y footers", async () => {
    const { stdout, code } = await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
    expect(code).toBe(0);
    expect(stdout).toContain(UKRAINIAN);
    const pages = Number(/Pages:\s+(\d+)/.exec((await exec("pdfinfo", [pdf])).stdout)?.[1]);
    expect(stdout).toContain(`page 1 of ${pages}`);
    expect(stdout).toContain(`page ${pages} of ${pages}`);
    expect(stdout).toContain("Credit: Iryna Rybakova via AP");
    expect(stdout).toContain("President Biden (@POTUS), 2023-09-21");
    expect(stdout).toContain("People: Joe Biden, Volodymyr Zelenskyy");
  });

  it("writes a tagged PDF with title metadata that qpdf finds no errors in", async () => {
    const info = await exec("pdfinfo", [pdf]);
    expect(info.stdout).toMatch(/^Title:\s+sitrep briefing, 2023-09-23$/m);
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(info.stdout).toMatch(/^Page size:.*\(A4\)$/m);
    const check = await exec("qpdf", ["--check", pdf]);
    expect(check.stdout).toContain("No syntax or stream encoding errors found");
    expect(check.code).toBe(0);
  });

  it("embeds its fonts and bookmarks every article", async () => {
    const fonts = await exec("pdffonts", [pdf]);
    const rows = fonts.stdout.split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/DejaVu.*\byes\s+yes\s+yes\b/);
    const outline = JSON.parse((await exec("qpdf", ["--json=2", "--json-key=outlines", pdf])).stdout) as {
      outlines: { title: string; kids: { title: string }[] }[];
    };
    const titles = outline.outlines.map((o) => o.title);
    expect(titles).toEqual(["Overview", ...CHAPTERS, "Articles", "Data appendix"]);
    const articles = parseCsv(articlesTable, readFileSync(join(datasets, "articles.csv"), "utf8"));
    expect(outline.outlines[7]?.kids).toHaveLength(articles.length);
  });

  it("has every section's heading on a line of its own in the text", async () => {
    const text = (await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout;
    for (const heading of [...CHAPTERS, "Data appendix"])
      expect(text, heading).toMatch(new RegExp(`^\\f?${heading}$`, "m"));
  });

  it("ends with a data appendix listing each dataset file with the rows and SHA-256 of the manifest", async () => {
    const text = (await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout;
    const appendix = text.slice(text.lastIndexOf("Data appendix"));
    const flat = appendix.replace(/\s+/g, " ");
    const manifest = JSON.parse(readFileSync(join(datasets, "manifest.json"), "utf8")) as {
      outputs: { path: string; rows?: number; sha256: string }[];
    };
    const tables = manifest.outputs.filter((f) => f.path.endsWith(".csv"));
    expect(tables.length).toBeGreaterThanOrEqual(12);
    for (const f of tables) {
      // The hash is printed in two halves, so that its column wraps it in the middle.
      expect(flat).toContain(`${f.path} ${f.rows}`);
      expect(flat).toContain(`${f.sha256.slice(0, 32)} ${f.sha256.slice(32)}`);
    }
    const version = createHash("sha256")
      .update(readFileSync(join(datasets, "manifest.json")))
      .digest("hex");
    expect(flat).toContain(`data version ${version}`);
    expect(flat).toMatch(/Method Reading\. .* Known limitations • Events are found by rules/);
  });

  it("writes a brief of one or two tagged pages per article, led by the article's key events", async () => {
    const articles = parseCsv(articlesTable, readFileSync(join(datasets, "articles.csv"), "utf8"));
    const briefs = readdirSync(join(out, "briefings", "articles")).sort();
    expect(briefs).toEqual(articles.map((a) => `${a.article_id}.pdf`).sort());
    const brief = join(out, "briefings", "articles", briefs[0] as string);
    const info = (await exec("pdfinfo", [brief])).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+sitrep article brief: US President Joe Biden/m);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2);
    expect((await exec("qpdf", ["--check", brief])).code).toBe(0);
    const text = (await exec("pdftotext", ["-enc", "UTF-8", brief, "-"])).stdout;
    for (const heading of ["Key events", "Named in this article", "Dates", "Quotes"])
      expect(text).toMatch(new RegExp(`^${heading}$`, "m"));
    expect(text).toMatch(/1\. PLEDGED\s+United States pledged ATACMS to Ukraine, 21 Sep 2023\./);
    expect(text).toContain("“US President Joe Biden has told Ukraine's President Volodymyr Zelenskyy");
    expect(text).toMatch(/September 21, 2023\s+2023-09-21\s+21 Sep 2023\s+DATE/);
    expect(text).toMatch(/ATACMS \(\d+\)/);
    expect(text).toContain("— Dmitry Peskov");
    expect(text.replace(/\s+/g, " ")).toContain(UKRAINIAN);
  });

  it("opens the key developments with the ATACMS pledge, whose citations land on the seed's sentences", async () => {
    const text = (await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout;
    expect(text).toContain("Key developments");
    expect(text).toMatch(/1\. PLEDGED\s+United States pledged ATACMS to Ukraine, 21 Sep 2023\./);
    const rows = parseCsv(briefingTable, readFileSync(join(out, "briefings", "briefing.csv"), "utf8"));
    expect(rows[0]).toMatchObject({ rank: 1, status: "pledged", actor: "United States", object: "ATACMS" });
    const seedId = parseCsv(articlesTable, readFileSync(join(datasets, "articles.csv"), "utf8"))[0]?.article_id;
    for (const id of rows[0]?.citations.split(" | ") ?? []) expect(id.startsWith(`${seedId}#s`)).toBe(true);
  });

  it("lists the dated events in date order in timeline.csv and the PDF, and the seed's quotes by speaker", async () => {
    const rows = parseCsv(timelineTable, readFileSync(join(out, "briefings", "timeline.csv"), "utf8"));
    expect(rows.map((r) => r.date)).toEqual(rows.map((r) => r.date).sort());
    expect(rows.map((r) => r.summary)).toContain("United States delivered HIMARS to Ukraine, Jul 2022.");
    const text = (await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout;
    expect(text).toMatch(/Timeline\s+Every event the articles date/);
    expect(text).toMatch(/Jul 2022\s+United States delivered HIMARS to Ukraine, Jul 2022\./);
    expect(text).toMatch(/Quotes\s+Direct quotations/);
    expect(text).toContain("— Dmitry Peskov, 23 Sep 2023");
    expect(text).toMatch(/Who acts on whom/);
    expect(text).toMatch(/United States\s+Ukraine\s+4\s+AID/);
    expect(text).toMatch(/ATACMS\s+United States → Ukraine\s+pledged\s+21 Sep\s+2023/);
    expect(text).toMatch(/ballistic missile, 300\s+km/);
  });

  it("writes a download page whose every link is relative and lands on a file with the size and hash it lists", () => {
    const page = readFileSync(join(out, "index.html"), "utf8");
    const rows = [
      ...page.matchAll(
        /<tr><td><a href="([^"]+)">[^<]*<\/a><\/td><td>[^<]*<\/td><td class="n">[^<]*<\/td><td class="n">(\d*)<\/td><td class="h">([0-9a-f]{64})<\/td><\/tr>/g,
      ),
    ];
    const hrefs = rows.map((m) => m[1] as string);
    expect(hrefs).toContain("briefings/briefing.pdf");
    expect(hrefs).toContain("datasets/articles.csv");
    for (const [, href, rowCount, sha] of rows) {
      expect(href).not.toMatch(/^(?:[a-z]+:|\/)/);
      const bytes = readFileSync(join(out, href as string));
      expect(createHash("sha256").update(bytes).digest("hex"), href).toBe(sha);
      if (href === "datasets/articles.csv")
        expect(Number(rowCount)).toBe(readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).length);
    }
  });

  it("draws a map of Ukraine and its neighbours and a timeline chart as tagged figures with alternative text", async () => {
    const text = (await exec("pdftotext", ["-enc", "UTF-8", pdf, "-"])).stdout;
    expect(text).toMatch(/projection centred on\s+Ukraine/);
    // Russia is named where its visible part lies, though its centre is far off the frame; the
    // neighbours nobody named are labelled too, for orientation.
    const map = text.slice(text.search(/^\f?Map$/m), text.indexOf("projection centred on"));
    for (const country of ["Ukraine", "Russia", "Belarus", "Poland", "Moldova", "Romania"])
      expect(map).toContain(country);
    const json = (await exec("qpdf", ["--json=2", pdf])).stdout;
    expect(json).toMatch(
      /"\/Alt": "u:Map centred on Ukraine and its neighbours; countries named in the articles are shaded \([^)]*Russia/,
    );
    expect(json).toContain('"/S": "/Figure"');
    // The timeline's chart is a figure too, its text alternative counting the events by type.
    expect(json).toMatch(
      /"\/Alt": "u:Timeline chart of 4 dated events from 2022-07 to 2023-09-21, one lane per type: AID 3, CONSULT 1\."/,
    );
  });

  it("sets no text over other text, nor off the paper, on any page of the briefing or the article brief", async () => {
    expect(await overlappingWords(pdf)).toEqual([]);
    expect(await wordsOffPage(pdf)).toEqual([]);
    for (const brief of readdirSync(join(out, "briefings", "articles")))
      expect(await overlappingWords(join(out, "briefings", "articles", brief))).toEqual([]);
  });

  it("has every internal link land on a named destination, the citations on the sentences they cite", async () => {
    const { targets, names } = await internalLinks(pdf);
    const citations = targets.filter((t) => t.startsWith("cite-"));
    const rows = parseCsv(briefingTable, readFileSync(join(out, "briefings", "briefing.csv"), "utf8"));
    const cited = new Set(rows.flatMap((r) => r.citations.split(" | ")));
    expect(citations.length).toBeGreaterThanOrEqual(rows.length);
    expect(new Set(citations.map((c) => c.slice("cite-".length)))).toEqual(
      new Set([...cited].map((id) => id.replace(/[^A-Za-z0-9_-]/g, "-"))),
    );
    for (const target of targets) expect(names).toContain(target);
  });

  it("gives byte-identical output on a second build, also from another working directory", async () => {
    const again = join(tempDir(), "out");
    const result = await sitrep(["build", "--seeds", SEEDS, "--out", again], tempDir());
    expect(result.code).toBe(0);
    const first = snapshot(out);
    const second = snapshot(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);
  });

  it("prints Letter pages when asked", async () => {
    const letter = join(tempDir(), "out");
    expect((await sitrep(["build", "--seeds", SEEDS, "--out", letter, "--paper", "letter"])).code).toBe(0);
    const info = await exec("pdfinfo", [join(letter, "briefings", "briefing.pdf")]);
    expect(info.stdout).toMatch(/^Page size:.*\(letter\)$/m);
    // The shorter, wider page moves every break: still nothing over anything, nothing off the paper.
    const briefs = readdirSync(join(letter, "briefings", "articles")).map((f) =>
      join(letter, "briefings", "articles", f),
    );
    for (const file of [join(letter, "briefings", "briefing.pdf"), ...briefs]) {
      expect(await overlappingWords(file), file).toEqual([]);
      expect(await wordsOffPage(file), file).toEqual([]);
    }
  });
});
