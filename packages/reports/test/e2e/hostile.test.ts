/**
 * The command line against what users do to it: kill it mid-run, feed it files in another order,
 * files it may not read, scripts its PDF font lacks, sizes over the limit.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, exec, SEEDS, sitrep, snapshot, tempDir, wordsOffPage } from "./helpers.js";

const wikinews = join(SEEDS, "..", "fixtures", "wikinews");

function folderOf(files: [string, string | Buffer][]): string {
  const dir = tempDir("sitrep-seeds-");
  for (const [name, data] of files) writeFileSync(join(dir, name), data);
  return dir;
}

const seedFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f): [string, Buffer] => [f, readFileSync(join(dir, f))]);

describe("sitrep build under hostile conditions", () => {
  it("leaves the previous outputs intact when killed mid-run, and the next run clears what it left", async () => {
    const seeds = folderOf(seedFiles(SEEDS));
    const out = tempDir();
    expect((await sitrep(["build", "--seeds", seeds, "--out", out])).code).toBe(0);
    const before = snapshot(out);
    // A bigger corpus, so the run is still writing when it is killed.
    const bigger = folderOf([...seedFiles(SEEDS), ...seedFiles(wikinews)]);
    const child = spawn(process.execPath, [CLI, "build", "--seeds", bigger, "--out", out], { stdio: "ignore" });
    const staged = () => readdirSync(out).some((n) => n.startsWith(".datasets.tmp-"));
    for (let i = 0; i < 400 && !staged(); i++) await new Promise((r) => setTimeout(r, 25));
    expect(staged()).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const after = snapshot(out);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
    expect([...after.keys()].filter((p) => !p.startsWith("."))).toEqual([...before.keys()]);
    // The next run finds the killed run's staging folder and removes it.
    expect((await sitrep(["normalize", "--seeds", seeds, "--out", out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["briefings", "datasets", "index.html"]);
  });

  it("writes the same bytes for the same seeds in another folder, given by a relative path from elsewhere", async () => {
    const files = [...seedFiles(SEEDS), ...seedFiles(wikinews).slice(0, 12)];
    const here = folderOf(files);
    const there = folderOf([...files].reverse());
    const [a, b] = [tempDir(), tempDir()];
    expect((await sitrep(["build", "--seeds", here, "--out", a])).code).toBe(0);
    const cwd = join(there, "..");
    expect((await sitrep(["build", "--seeds", relative(cwd, there), "--out", relative(cwd, b)], cwd)).code).toBe(0);
    const [first, second] = [snapshot(a), snapshot(b)];
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);
  });

  it("lists a file it may not read as unreadable and goes on", async () => {
    const seeds = folderOf([
      ["open.txt", "date 2024-01-01\nKyiv said on Monday it downed 20 drones."],
      ["locked.txt", "date 2024-01-01\nA locked article."],
    ]);
    chmodSync(join(seeds, "locked.txt"), 0o000);
    const out = tempDir();
    // Root reads any file; as root (CI) the run goes without the capabilities that let it.
    const drop = ["--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-dac_override,-dac_read_search"];
    const args = [CLI, "normalize", "--seeds", seeds, "--out", out];
    const result =
      process.getuid?.() === 0
        ? await exec("setpriv", [...drop, process.execPath, ...args])
        : await exec(process.execPath, args);
    expect(result.stderr).toContain("rejected locked.txt: unreadable — cannot open the file (EACCES)");
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, "datasets", "rejects.csv"), "utf8")).toContain("locked.txt,unreadable");
  });

  it("prints Latin and Cyrillic and survives emoji and scripts its font lacks", async () => {
    const seeds = folderOf([
      [
        "scripts.txt",
        "date 2024-01-05\nKyiv 🇺🇦 said 北京 and القاهرة and नई दिल्ली agreed. Дві країни погодилися.\n\nTalks went on 👩‍👩‍👧.",
      ],
    ]);
    const out = tempDir();
    expect((await sitrep(["build", "--seeds", seeds, "--out", out])).code).toBe(0);
    const text = (await exec("pdftotext", [join(out, "briefings", "briefing.pdf"), "-"])).stdout;
    expect(text).toContain("Дві країни погодилися.");
    expect(text).toContain("Talks went on");
    // Chinese and Hindi, which the fonts lack, print as a mark that something is left out; an emoji
    // is left out. As empty boxes they ran the title off the brief's page.
    expect(text).toContain("Kyiv said […] and");
    expect(text).toContain("[…] agreed.");
    const brief = join(out, "briefings", "articles", "scripts.pdf");
    expect((await exec("pdftotext", [brief, "-"])).stdout).toContain("Kyiv said […] and");
    expect(await wordsOffPage(brief)).toEqual([]);
    expect(await wordsOffPage(join(out, "briefings", "briefing.pdf"))).toEqual([]);
    expect(readFileSync(join(out, "datasets", "texts", "scripts.txt"), "utf8")).toContain("北京 and القاهرة");
  });

  it("refuses a file over --max-size unread, and keeps a long one under it", async () => {
    const long = `date 2024-01-06\n${"Germany sent 20 tanks to Ukraine on Monday, officials said. ".repeat(20000)}`;
    const seeds = folderOf([
      ["long.txt", long],
      ["short.txt", "date 2024-01-06\nKyiv said on Monday it downed 20 drones."],
    ]);
    const out = tempDir();
    const capped = await sitrep(["normalize", "--seeds", seeds, "--out", out, "--max-size", "1MB"]);
    expect(capped.stderr).toContain(
      `rejected long.txt: too_large — ${Buffer.byteLength(long)} bytes, over the limit of 1000000`,
    );
    const result = await sitrep(["build", "--seeds", seeds, "--out", out]);
    expect(result.code).toBe(0);
    expect(existsSync(join(out, "datasets", "texts", "long.txt"))).toBe(true);
    const pdf = (await exec("pdftotext", [join(out, "briefings", "briefing.pdf"), "-"])).stdout;
    expect(pdf.replace(/\s+/g, " ")).toMatch(
      /The article goes on for [\d,]+ more characters than this briefing prints/,
    );
    expect((await sitrep(["normalize", "--seeds", seeds, "--max-size", "lots"])).stderr).toContain(
      "--max-size must be a size such as 16MiB",
    );
  });
});
