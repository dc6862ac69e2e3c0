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
