import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  articlesTable,
  blocksTable,
  datesTable,
  eventMentionsTable,
  eventsTable,
  mentionsTable,
  parseCsv,
  quantitiesTable,
  quotesTable,
  rejectsTable,
  sentencesTable,
  untruncated,
} from "@sitrep/core";
import { beforeAll, describe, expect, it } from "vitest";
import { normalize, validateDatasets } from "../src/index.js";

const root = new URL("../../../", import.meta.url);
const wikinews = new URL("fixtures/wikinews/", root).pathname;
const temp = () => mkdtempSync(join(tmpdir(), "sitrep-normalize-"));
const readTable = <S extends Parameters<typeof parseCsv>[0]>(dir: string, spec: S) =>
  parseCsv(spec, readFileSync(join(dir, `${spec.name}.csv`), "utf8"));

describe("normalizing the 90 Wikinews fixture articles", () => {
  const out = join(temp(), "datasets");
  let result: Awaited<ReturnType<typeof normalize>>;
  beforeAll(async () => {
    result = await normalize({ seedsDir: wikinews, datasetsDir: out });
  });

  it("reads every article and rejects none; the README and manifest.csv are skipped", () => {
    expect(result.articles).toBe(90);
    expect(result.rejects).toEqual([]);
    expect(result.skipped.map((s) => s.sourceFile)).toEqual(["README.md", "gold", "manifest.csv"]);
    expect(readTable(out, rejectsTable)).toEqual([]);
  });

  it("writes a data package that validates against its own field types and keys", async () => {
    expect(await validateDatasets(out)).toEqual([]);
  });

  it("takes each title from its heading block and each dateline as a dateline", () => {
    const articles = readTable(out, articlesTable);
    expect(articles.every((a) => a.title_source === "heading")).toBe(true);
    const blocks = readTable(out, blocksTable);
    expect(blocks.filter((b) => b.kind === "dateline")).toHaveLength(90);
  });

  it("has offsets that slice each row's text out of texts/<article_id>.txt", () => {
    const texts = new Map(
      readdirSync(join(out, "texts")).map((f) => [
        f.replace(/\.txt$/, ""),
        readFileSync(join(out, "texts", f), "utf8"),
      ]),
    );
    const rows = [
      ...readTable(out, blocksTable),
      ...readTable(out, sentencesTable),
      ...readTable(out, mentionsTable),
      ...readTable(out, datesTable),
      ...readTable(out, quantitiesTable),
      ...readTable(out, quotesTable),
    ];
    expect(rows.length).toBeGreaterThan(1500);
    for (const row of rows) {
      expect(texts.get(row.article_id)?.slice(row.start, row.end)).toBe(untruncated(row.text));
    }
    // Event mentions carry their trigger rather than a text column; it is what their offsets slice.
    const mentions = readTable(out, eventMentionsTable);
    expect(mentions.length).toBeGreaterThan(20);
    for (const m of mentions) expect(texts.get(m.article_id)?.slice(m.start, m.end)).toBe(m.trigger);
  });

  it("has an event row for every event mention, and a mention for every event", () => {
    const events = new Set(readTable(out, eventsTable).map((e) => e.event_id));
    const mentioned = new Set(readTable(out, eventMentionsTable).map((m) => m.event_id));
    expect([...mentioned].every((id) => events.has(id))).toBe(true);
    expect([...events].every((id) => mentioned.has(id))).toBe(true);
  });

  it("accounts for every folder entry in the manifest, with hashes of inputs and outputs", () => {
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.inputs).toHaveLength(readdirSync(wikinews).length);
    expect(manifest.counts).toMatchObject({ processed: 90, rejected: 0, skipped: 3 });
    expect(manifest.outputs.map((o: { path: string }) => o.path)).toContain("sentences.csv");
    expect(manifest.outputs.every((o: { sha256: string }) => /^[0-9a-f]{64}$/.test(o.sha256))).toBe(true);
  });
});

describe("a folder with bad seeds", () => {
  it("lists each bad file in rejects.csv with its reason and still writes the good ones", async () => {
    const seeds = temp();
    writeFileSync(join(seeds, "good.txt"), "date 2024-05-01 Kyiv said on Monday it downed 20 drones.");
    writeFileSync(join(seeds, "empty.txt"), "");
    writeFileSync(join(seeds, "nodate.txt"), "Kyiv said on Monday it downed 20 drones.");
    writeFileSync(join(seeds, "baddate.txt"), "date 2023-02-30 Text.");
    writeFileSync(join(seeds, "latin1.txt"), Buffer.from([...Buffer.from("date 2024-01-01 Costs \u00a3"), 0xa3, 0x35]));
    writeFileSync(join(seeds, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    mkdirSync(join(seeds, "nested"));
    const out = join(temp(), "datasets");
    const lines: string[] = [];
    const result = await normalize({ seedsDir: seeds, datasetsDir: out, log: (l) => lines.push(l) });
    // The stray Latin-1 byte is read as Windows-1252, with a warning (hostile-input.test.ts has every case).
    expect(result.articles).toBe(2);
    expect(readTable(out, rejectsTable).map((r) => [r.source_file, r.reason])).toEqual([
      ["baddate.txt", "invalid_date"],
      ["empty.txt", "empty"],
      ["nodate.txt", "no_date_header"],
    ]);
    expect(lines.some((l) => l.startsWith("rejected nodate.txt: no_date_header"))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.inputs.map((i: { source_file: string; status: string }) => `${i.source_file}:${i.status}`)).toEqual(
      [
        "baddate.txt:rejected",
        "empty.txt:rejected",
        "good.txt:processed",
        "image.png:skipped",
        "latin1.txt:processed",
        "nested:skipped",
        "nodate.txt:rejected",
      ],
    );
    expect(await validateDatasets(out)).toEqual([]);
  });

  it("replaces the previous datasets folder only once the new one is complete", async () => {
    const seeds = temp();
    writeFileSync(join(seeds, "a.txt"), "date 2024-05-01 First version.");
    const out = join(temp(), "datasets");
    await normalize({ seedsDir: seeds, datasetsDir: out });
    writeFileSync(join(seeds, "a.txt"), "date 2024-05-02 Second version.");
    await normalize({ seedsDir: seeds, datasetsDir: out });
    expect(readFileSync(join(out, "texts", "a.txt"), "utf8")).toBe("Second version.");
    expect(readdirSync(join(out, ".."))).toEqual(["datasets"]);
    await expect(normalize({ seedsDir: join(seeds, "missing"), datasetsDir: out })).rejects.toThrow(/does not exist/);
    expect(readFileSync(join(out, "texts", "a.txt"), "utf8")).toBe("Second version.");
  });
});
