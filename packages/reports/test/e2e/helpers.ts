import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
export const CLI = join(REPO, "packages/reports/dist/cli.js");
export const SEEDS = join(REPO, "seeds");
export const UKRAINIAN = "Дві країни. Один чіткий, твердий і непохитний сигнал: ми разом.";

const run = promisify(execFile);

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program and returns its exit code and output instead of throwing on failure. */
export async function exec(file: string, args: readonly string[], cwd = REPO): Promise<Run> {
  try {
    const { stdout, stderr } = await run(file, [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

export const sitrep = (args: readonly string[], cwd = REPO) => exec(process.execPath, [CLI, ...args], cwd);

export const tempDir = (prefix = "sitrep-e2e-") => mkdtempSync(join(tmpdir(), prefix));

/** Every file under a folder, by relative path, with its bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/**
 * A PDF's internal links (the named destinations its GoTo actions point at) and the named
 * destinations it defines, as qpdf's JSON lists them.
 */
export async function internalLinks(pdf: string): Promise<{ targets: string[]; names: string[] }> {
  const json = JSON.parse((await exec("qpdf", ["--json=2", pdf])).stdout) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  const objects = Object.values(json.qpdf[1]).map((o) => o.value);
  const targets = objects.filter((v) => v?.["/S"] === "/GoTo").map((v) => String(v?.["/D"]).replace(/^u:/, ""));
  const names = objects.flatMap((v) => {
    const dests = v?.["/Dests"] as { "/Names"?: unknown[] } | undefined;
    return (dests?.["/Names"] ?? []).filter((n): n is string => typeof n === "string").map((n) => n.replace(/^u:/, ""));
  });
  return { targets, names };
}

/**
 * Pairs of words whose boxes overlap on any page of a PDF, as pdftotext places them: text that
 * covers other text (map labels on one another, a cell run into the next).
 */
export async function overlappingWords(pdf: string): Promise<string[]> {
  const { stdout } = await exec("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
  const found: string[] = [];
  stdout.split("<page ").forEach((page, p) => {
    const words = [
      ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
    ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] as string }));
    // A glyph's box reaches into the line above by a point or two: overlaps under 1.5 points are none.
    const E = 1.5;
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i] as (typeof words)[number];
        const b = words[j] as (typeof words)[number];
        if (a.x0 + E < b.x1 && b.x0 + E < a.x1 && a.y0 + E < b.y1 && b.y0 + E < a.y1)
          found.push(`page ${p}: '${a.text}' and '${b.text}'`);
      }
  });
  return found;
}

/** Words set partly or wholly off their page, as pdftotext places them: text that runs off the paper. */
export async function wordsOffPage(pdf: string): Promise<string[]> {
  const { stdout } = await exec("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
  const found: string[] = [];
  stdout.split("<page ").forEach((page, p) => {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(page);
    if (!size) return;
    const [width, height] = [Number(size[1]), Number(size[2])];
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g))
      if (Number(m[1]) < 0 || Number(m[2]) < 0 || Number(m[3]) > width || Number(m[4]) > height)
        found.push(`page ${p}: '${m[5]}'`);
  });
  return found;
}
