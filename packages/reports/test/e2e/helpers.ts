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

interface WordBox {
  readonly page: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly text: string;
  /** The page's size in points. */
  readonly width: number;
  readonly height: number;
}

/** Every word of a PDF with its box, as pdftotext places it. */
async function wordBoxes(pdf: string): Promise<WordBox[]> {
  const { stdout } = await exec("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]);
  return stdout
    .split("<page ")
    .slice(1)
    .flatMap((page, p) => {
      const [width, height] = (/^width="([\d.]+)" height="([\d.]+)"/.exec(page) ?? []).slice(1).map(Number);
      return [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
        (m) => ({
          page: p + 1,
          x0: Number(m[1]),
          y0: Number(m[2]),
          x1: Number(m[3]),
          y1: Number(m[4]),
          text: m[5] as string,
          width: width ?? 0,
          height: height ?? 0,
        }),
      );
    });
}

/** Pairs of words whose boxes overlap: text that covers other text (map labels on one another, a cell run into the next). */
export async function overlappingWords(pdf: string): Promise<string[]> {
  const byPage = new Map<number, WordBox[]>();
  for (const w of await wordBoxes(pdf)) {
    const page = byPage.get(w.page);
    if (page) page.push(w);
    else byPage.set(w.page, [w]);
  }
  // A glyph's box reaches into the line above by a point or two: overlaps under 1.5 points are none.
  const E = 1.5;
  const found: string[] = [];
  for (const [p, words] of byPage)
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const [a, b] = [words[i] as WordBox, words[j] as WordBox];
        if (a.x0 + E < b.x1 && b.x0 + E < a.x1 && a.y0 + E < b.y1 && b.y0 + E < a.y1)
          found.push(`page ${p}: '${a.text}' and '${b.text}'`);
      }
  return found;
}

/** Words set partly or wholly off their page: text that runs off the paper. */
export async function wordsOffPage(pdf: string): Promise<string[]> {
  return (await wordBoxes(pdf))
    .filter((w) => w.x0 < 0 || w.y0 < 0 || w.x1 > w.width || w.y1 > w.height)
    .map((w) => `page ${w.page}: '${w.text}'`);
}
