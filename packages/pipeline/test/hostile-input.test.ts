/**
 * A seeds folder of the files people really drop in: every case of the input policy in the
 * README's "What sitrep accepts", each asserted on what lands in the datasets and the manifest.
 */
import { execFileSync } from "node:child_process";
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articlesTable, mentionsTable, parseCsv, rejectsTable, sentencesTable } from "@sitrep/core";
import { beforeAll, describe, expect, it } from "vitest";
import { normalize, validateDatasets } from "../src/index.js";

const temp = () => mkdtempSync(join(tmpdir(), "sitrep-hostile-"));
const readTable = <S extends Parameters<typeof parseCsv>[0]>(dir: string, spec: S) =>
  parseCsv(spec, readFileSync(join(dir, `${spec.name}.csv`), "utf8"));

const STORY =
  "Ukraine said on Monday that Germany had delivered 20 Leopard tanks. " +
  "The defence ministry in Kyiv thanked Berlin for the aid.\n\n" +
  "Russia's foreign ministry warned that the deliveries would prolong the war.\n\n" +
  "Officials said more shipments would follow in the spring, as the front line near Bakhmut held.";
const SECRET = "SECRET-MARKER-5b1d";
/** Three short paragraphs of its own for each file, too short for the near-duplicate test. */
const short = (tag: string) => `${tag} opened the session.\n\nKyiv said on Monday it downed drones.\n\nTalks go on.`;

interface ManifestInput {
  source_file: string;
  status: string;
  reason?: string;
  message?: string;
  duplicate_of?: string;
  encoding?: string;
  warnings?: string[];
}

describe("a seeds folder of hostile and broken files", () => {
  const root = temp();
  const seeds = join(root, "seeds");
  const outside = join(root, "seeds.secret");
  const out = join(root, "out", "datasets");
  const lines: string[] = [];
  let inputs: ManifestInput[] = [];
  const input = (name: string) => inputs.find((i) => i.source_file === name);
  const reasonsOf = (status: string) =>
    Object.fromEntries(inputs.filter((i) => i.status === status).map((i) => [i.source_file, i.reason]));
  let articles: ReturnType<typeof readTable<typeof articlesTable>> = [];
  const article = (name: string) => articles.find((a) => a.source_file === name);
  const text = (name: string) => readFileSync(join(out, "texts", `${article(name)?.article_id}.txt`), "utf8");

  beforeAll(async () => {
    mkdirSync(seeds);
    mkdirSync(outside);
    const put = (name: string, data: string | Uint8Array) => writeFileSync(join(seeds, name), data);
    put("good.txt", `date 2024-05-06\n\n${STORY}`);
    put("empty.txt", "");
    put("blank.txt", " \t\n\r\n\u00a0\u3000\u200b\n");
    put("nodate.txt", STORY);
    put("dmy.txt", `date 23-09-2023\n${STORY}`);
    put("feb30.txt", `date 2023-02-30\n${STORY}`);
    put("header-only.txt", "date 2024-01-01\ntitle A headline\nsource Wire\n\n   \n");
    put("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    put("nul.txt", Buffer.concat([Buffer.from(`date 2024-01-01\n${STORY}`), Buffer.from([0, 0, 0x41])]));
    // UTF-8 with one stray Latin-1 pound sign, and a file wholly in Windows-1252 (curly quotes, a euro).
    put("latin1.txt", Buffer.from([...Buffer.from("date 2024-01-01\nIt costs \u00a3"), 0xa3, 0x35, 0x2e]));
    put(
      "cp1252.txt",
      Buffer.from([...Buffer.from("date 2024-01-01\nThe minister said "), 0x93, 0x80, 0x35, 0x94, 0x2e]),
    );
    // Russian in KOI8-R: every letter a high byte, so Windows-1252 would write nonsense.
    put("koi8.txt", Buffer.from([...Buffer.from("date 2024-01-01\n"), ...Array(60).fill(0xd2), 0x2e]));
    put(
      "utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`date 2024-02-29\r\n${short("Utf")}`, "utf16le")]),
    );
    put("crlf.txt", `date 2024-01-02\r\n${short("Crlf").replaceAll("\n", "\r\n")}`);
    put("cr.txt", `date 2024-01-03\r${short("Cr").replaceAll("\n", "\r")}`);
    put(
      "invisible.txt",
      `date 2024-01-04\n\u202eGermany sent tanks to Uk\u200braine.\u202c\n\n\u200b=1+1 is no formula.`,
    );
    put("scripts.txt", "date 2024-01-05\nKyiv 🇺🇦 👩‍👩‍👧 said 北京 and القاهرة and नई दिल्ली.");
    put(
      "long-line.txt",
      `date 2024-01-06\n${"Germany sent 20 tanks to Ukraine on Monday, officials said. ".repeat(20000)}`,
    );
    put("paragraphs.txt", `date 2024-01-08\n${"Kyiv said it.\n\n".repeat(20000)}`);
    // More lines in one block than V8 takes as call arguments (about 120,000).
    put("lines.txt", `date 2024-01-08\n${"Line ok.\n".repeat(150000)}`);
    put("no-stops.txt", `date 2024-01-07\n${"tanks and drones and shells ".repeat(20000)}`);
    put("good_copy.txt", `date 2024-05-06\n\n${STORY}`);
    put("syndicated.txt", `date 2024-05-07\ntitle Tanks arrive\nsource Other Wire\n\nBy A. Writer\n\n${STORY}`);
    put("names with spaces.txt", `date 2024-01-08\n${short("Spaces")}`);
    put("-rf.txt", `date 2024-01-09\n${short("Dashes")}`);
    put("Überblick 報道.txt", `date 2024-01-10\n${short("Unicode")}`);
    put("line\nbreak.txt", `date 2024-01-11\n${short("Newline")}`);
    writeFileSync(
      Buffer.from([...Buffer.from(join(seeds, "bad-")), 0xa3, 0xff, ...Buffer.from(".txt")]),
      `date 2024-01-12\n${short("Bytes")}`,
    );
    put("README.md", "# notes");
    put("notes.txt~", `date 2024-01-01\n${STORY}`);
    put(".hidden.txt", `date 2024-01-01\n${STORY}`);
    mkdirSync(join(seeds, "nested"));
    writeFileSync(join(seeds, "nested", "inner.txt"), `date 2024-01-01\n${STORY}`);
    writeFileSync(join(outside, "secret.txt"), `date 2024-01-01\n${SECRET} ${STORY}`);
    symlinkSync(join(outside, "secret.txt"), join(seeds, "link-out.txt"));
    symlinkSync("../seeds.secret/secret.txt", join(seeds, "relative-out.txt"));
    symlinkSync(outside, join(seeds, "dir-out"));
    symlinkSync("good.txt", join(seeds, "link-in.txt"));
    symlinkSync("missing.txt", join(seeds, "dangling.txt"));
    symlinkSync(".", join(seeds, "loop"));
    execFileSync("mkfifo", [join(seeds, "pipe.txt")]);
    // A sparse file of 64 GiB: reading it whole would take minutes and all memory.
    const huge = openSync(join(seeds, "huge.txt"), "w");
    writeFileSync(huge, "date 2024-01-01\nhuge");
    closeSync(huge);
    execFileSync("truncate", ["-s", "64G", join(seeds, "huge.txt")]);

    const result = await normalize({ seedsDir: seeds, datasetsDir: out, log: (l) => lines.push(l) });
    expect(result.articles).toBeGreaterThan(0);
    inputs = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).inputs;
    articles = readTable(out, articlesTable);
  });

  it("lists every entry of the folder exactly once in the manifest", () => {
    const entries = readdirSync(seeds, { encoding: "buffer" }).map((b) => b.toString("latin1"));
    expect(inputs).toHaveLength(entries.length);
    expect(new Set(inputs.map((i) => i.source_file)).size).toBe(inputs.length);
    expect(inputs.filter((i) => i.status === "processed")).toHaveLength(articles.length);
    const rejects = readTable(out, rejectsTable);
    expect(rejects.map((r) => r.source_file)).toEqual(
      inputs.filter((i) => i.status === "rejected").map((i) => i.source_file),
    );
    for (const i of inputs) if (i.status !== "processed") expect(i.message, i.source_file).toMatch(/\w{4}/);
  });

  it("rejects each broken file with its reason", () => {
    const reasons = reasonsOf("rejected");
    expect(reasons).toEqual({
      "blank.txt": "empty",
      "dmy.txt": "invalid_date",
      "empty.txt": "empty",
      "feb30.txt": "invalid_date",
      "header-only.txt": "no_body",
      "huge.txt": "too_large",
      "koi8.txt": "invalid_utf8",
      "nodate.txt": "no_date_header",
      "nul.txt": "binary",
      "photo.txt": "binary",
    });
    expect(input("photo.txt")?.message).toContain("PNG");
    expect(input("huge.txt")?.message).toMatch(/^68719476736 bytes, over the limit of 16777216/);
    expect(input("koi8.txt")?.message).toMatch(/legacy encoding/);
    expect(lines).toContain("rejected dmy.txt: invalid_date — line 1: '23-09-2023' is not a YYYY-MM-DD date");
  });

  it("skips what is not a seed, never following a link out of the folder", () => {
    const skipped = reasonsOf("skipped");
    expect(skipped).toEqual({
      ".hidden.txt": "hidden",
      "README.md": "not_txt",
      "good_copy.txt": "duplicate",
      "dangling.txt": "symlink",
      "dir-out": "symlink",
      "link-in.txt": "symlink",
      "link-out.txt": "symlink",
      loop: "symlink",
      nested: "folder",
      "notes.txt~": "not_txt",
      "pipe.txt": "special",
      "relative-out.txt": "symlink",
    });
  });

  it("reads no byte from outside the seeds folder", () => {
    const files = readdirSync(out, { recursive: true, encoding: "utf8" });
    for (const f of files) {
      const path = join(out, f);
      if (!/\.(csv|json|txt|md)$/.test(f)) continue;
      expect(readFileSync(path, "utf8").includes(SECRET), f).toBe(false);
    }
  });

  it("decodes UTF-16 and Windows-1252, and says when it had to guess", () => {
    expect(article("utf16.txt")).toMatchObject({ encoding: "utf-16le", published: "2024-02-29" });
    expect(text("latin1.txt")).toBe("It costs \u00a3\u00a35.");
    expect(article("latin1.txt")?.encoding).toBe("utf-8+windows-1252");
    expect(input("latin1.txt")?.warnings?.[0]).toMatch(/^not valid UTF-8 \(byte 27 \(line 2\) is 0xA3\); 1 byte/);
    expect(lines.some((l) => l.startsWith("warning latin1.txt: not valid UTF-8"))).toBe(true);
    expect(text("cp1252.txt")).toBe("The minister said \u201c\u20ac5\u201d.");
    expect(article("cp1252.txt")?.encoding).toBe("windows-1252");
    expect(article("good.txt")?.encoding).toBe("utf-8");
    expect(input("good.txt")?.warnings).toBeUndefined();
  });

  it("turns CRLF and CR into LF, paragraphs intact", () => {
    for (const name of ["crlf.txt", "cr.txt", "utf16.txt"]) {
      expect(text(name), name).not.toMatch(/\r/);
      expect(article(name)?.block_count, name).toBe(3);
    }
  });

  it("removes bidi controls and zero-width characters, so names match and no formula hides", () => {
    const cleaned = text("invisible.txt");
    expect(cleaned).toBe("Germany sent tanks to Ukraine.\n\n=1+1 is no formula.");
    expect(input("invisible.txt")?.warnings).toEqual([
      "removed 4 invisible formatting character(s) (bidi controls, zero-width spaces, soft hyphens)",
    ]);
    const id = article("invisible.txt")?.article_id;
    const names = readTable(out, mentionsTable)
      .filter((m) => m.article_id === id)
      .map((m) => m.text);
    expect(names).toContain("Ukraine");
    expect(readFileSync(join(out, "blocks.csv"), "utf8")).toContain("'=1+1 is no formula.");
  });

  it("keeps emoji and every script as written", () => {
    expect(text("scripts.txt")).toBe("Kyiv 🇺🇦 👩‍👩‍👧 said 北京 and القاهرة and नई दिल्ली.");
  });

  it("reads a line of megabytes, 20,000 paragraphs and 150,000 lines, and cuts a text without full stops into sentences of at most 2,000 characters", () => {
    expect(article("long-line.txt")?.sentence_count).toBe(20000);
    expect(article("paragraphs.txt")?.block_count).toBe(20000);
    expect(article("lines.txt")?.sentence_count).toBe(150000);
    const id = article("no-stops.txt")?.article_id;
    const full = text("no-stops.txt");
    const sentences = readTable(out, sentencesTable).filter((s) => s.article_id === id);
    expect(sentences.length).toBeGreaterThan(250);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(2000);
      expect(full.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("keeps one of two identical files and flags a syndicated copy as a near-duplicate", () => {
    expect(input("good_copy.txt")).toMatchObject({ status: "skipped", reason: "duplicate", duplicate_of: "good.txt" });
    expect(input("good_copy.txt")?.message).toBe("the same text as good.txt (article good), which is kept");
    const syndicated = article("syndicated.txt");
    expect(syndicated?.duplicate_of).toBe("good");
    expect(syndicated?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(article("good.txt")?.duplicate_of).toBeNull();
    expect(articles.filter((a) => a.duplicate_of !== null)).toHaveLength(1);
  });

  it("reads any file name: spaces, leading dashes, Unicode, a newline, bytes that are not UTF-8", () => {
    for (const name of [
      "names with spaces.txt",
      "-rf.txt",
      "Überblick 報道.txt",
      "line%0Abreak.txt",
      "bad-%A3%FF.txt",
    ]) {
      expect(input(name)?.status, name).toBe("processed");
    }
    expect(article("bad-%A3%FF.txt")?.article_id).toBe("bad-a3-ff");
  });

  it("writes datasets that validate", async () => {
    expect(await validateDatasets(out)).toEqual([]);
  });
});
