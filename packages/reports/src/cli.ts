#!/usr/bin/env -S node --max-semi-space-size=64
/**
 * The `sitrep` command line. Exit codes: 0 success; 1 nothing could be read, --strict saw a
 * reject, or validation failed; 2 usage errors (unknown command or option, missing folder).
 *
 * Run with a 64 MB young generation (the flag above, and in the package scripts): a batch of
 * articles keeps its stages' results alive, and V8's default 16 MB made every scavenge copy them;
 * extraction runs about a tenth faster for some 100 MB more memory (`pnpm bench`).
 */
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CsvFormatError } from "@sitrep/core";
import { discardStagingSync, normalize, SeedsFolderError, SOFTWARE, validateDatasets } from "@sitrep/pipeline";
import { evaluateEntities } from "./evaluate.js";
import { writeIndexPage } from "./index-page.js";
import type { Paper } from "./pdf/document.js";
import { DatasetsError } from "./read-datasets.js";
import { report } from "./report.js";

const COMMANDS = {
  build: "normalize seeds into datasets, then write the briefings",
  normalize: "read seeds and write out/datasets (CSV, texts, datapackage.json, manifest.json)",
  report: "read out/datasets and write out/briefings (briefing.pdf, the CSV briefings, a brief per article)",
  validate: "check out/datasets against its own datapackage.json",
  eval: "score the entities, dates, quantities, quotes or events of --seeds against the gold files in --gold",
} as const;
type Command = keyof typeof COMMANDS;

const OPTIONS = {
  seeds: { type: "string", default: "seeds" },
  out: { type: "string", default: "out" },
  paper: { type: "string", default: "a4" },
  gold: { type: "string", default: "fixtures/gold/entities" },
  strict: { type: "boolean", default: false },
  "max-size": { type: "string", default: "16MiB" },
  jobs: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", default: false },
} as const;

const USES: Record<Command, (keyof typeof OPTIONS)[]> = {
  build: ["seeds", "out", "paper", "strict", "max-size", "jobs"],
  normalize: ["seeds", "out", "strict", "max-size"],
  report: ["out", "paper", "jobs"],
  validate: ["out"],
  eval: ["seeds", "gold"],
};

const OPTION_HELP: Record<string, string> = {
  seeds: "--seeds DIR   folder of seed articles (default: seeds)",
  out: "--out DIR     output folder (default: out)",
  paper: "--paper SIZE  a4 or letter (default: a4)",
  strict: "--strict      exit 1 if any seed is rejected",
  "max-size": "--max-size N  reject seeds over N bytes unread; units kB, MB, KiB, MiB (default: 16MiB)",
  gold: "--gold DIR    folder of gold JSON files (default: fixtures/gold/entities)",
  jobs: "--jobs N      threads that write the article briefs (default: the machine's cores)",
};

export class UsageError extends Error {
  override name = "UsageError";
}

function help(command?: Command): string {
  if (!command) {
    const lines = Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(10)} ${text}`);
    return [
      "Usage: sitrep <command> [options]",
      "",
      "Commands:",
      ...lines,
      "",
      "Run 'sitrep <command> --help' for the options of a command.",
    ].join("\n");
  }
  const options = USES[command].map((o) => `  ${OPTION_HELP[o]}`);
  return [`Usage: sitrep ${command} [options]`, "", COMMANDS[command], "", "Options:", ...options].join("\n");
}

export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

const defaultIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

function parse(argv: readonly string[]) {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") return { help: true as const };
  if (first === "--version") return { version: true as const };
  if (!(first in COMMANDS)) throw new UsageError(`unknown command '${first}'\n\n${help()}`);
  const command = first as Command;
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${help(command)}`);
  }
  for (const name of Object.keys(values)) {
    const given = rest.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (given && !["help", "version", ...USES[command]].includes(name)) {
      throw new UsageError(`option --${name} does not apply to 'sitrep ${command}'\n\n${help(command)}`);
    }
  }
  const paper = String(values.paper).toUpperCase();
  if (paper !== "A4" && paper !== "LETTER") throw new UsageError(`--paper must be a4 or letter, not '${values.paper}'`);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    throw new UsageError(`--jobs must be a whole number of 1 or more, not '${values.jobs}'`);
  return {
    command,
    jobs,
    maxBytes: parseSize(String(values["max-size"])),
    help: values.help === true,
    seeds: String(values.seeds),
    out: String(values.out),
    paper: paper as Paper,
    strict: values.strict === true,
    gold: String(values.gold),
  };
}

const UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

const MAX_SIZE_CAP = 256 * 1024 ** 2;

/** "16MiB", "500kB", "2000000" → bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = UNITS[(m?.[2] ?? "").toLowerCase()];
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new UsageError(`--max-size must be a size such as 16MiB, 500kB or 2000000, not '${value}'`);
  }
  const bytes = Math.floor(Number(m[1]) * unit);
  // A JavaScript string holds at most about 512 MiB; past half that, one seed would take all memory.
  if (bytes > MAX_SIZE_CAP) throw new UsageError(`--max-size can be at most 256MiB, not '${value}'`);
  return bytes;
}

export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.stderr(`sitrep: ${(error as Error).message}`);
    return 2;
  }
  if ("version" in args) {
    io.stdout(`sitrep ${SOFTWARE.version}`);
    return 0;
  }
  if (!("command" in args)) {
    io.stdout(help());
    return 0;
  }
  if (args.help) {
    io.stdout(help(args.command));
    return 0;
  }
  const datasetsDir = join(args.out, "datasets");
  const briefingsDir = join(args.out, "briefings");
  const log = (line: string) => io.stderr(`sitrep ${args.command}: ${line}`);
  try {
    if (args.command === "eval") {
      const { report: text } = await evaluateEntities(args.seeds, args.gold);
      io.stdout(text);
      return 0;
    }
    if (args.command === "validate") {
      const problems = await validateDatasets(datasetsDir);
      for (const p of problems) io.stderr(`sitrep validate: ${p}`);
      io.stderr(
        `sitrep validate: ${problems.length === 0 ? "valid" : `${problems.length} problem(s)`} — ${datasetsDir}`,
      );
      return problems.length === 0 ? 0 : 1;
    }
    if (args.command === "build" || args.command === "normalize") {
      const result = await normalize({ seedsDir: args.seeds, datasetsDir, log, maxBytes: args.maxBytes });
      if (result.articles === 0) {
        io.stderr(`sitrep ${args.command}: no article could be read from ${args.seeds}`);
        return 1;
      }
      if (args.strict && result.rejects.length > 0) {
        io.stderr(`sitrep ${args.command}: --strict: ${result.rejects.length} seed(s) rejected`);
        return 1;
      }
    }
    if (args.command === "build" || args.command === "report") {
      const briefings = await report({
        datasetsDir,
        briefingsDir,
        paper: args.paper,
        log,
        ...(args.jobs === undefined ? {} : { jobs: args.jobs }),
      });
      // A download page for what one build wrote, beside the two folders.
      if (args.command === "build")
        log(`download page → ${await writeIndexPage(args.out, datasetsDir, briefingsDir, briefings)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof SeedsFolderError || error instanceof DatasetsError) {
      io.stderr(`sitrep ${args.command}: ${error.message}`);
      return 2;
    }
    if (error instanceof CsvFormatError) {
      io.stderr(`sitrep ${args.command}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  // Ctrl-C or a kill: the previous outputs stay as they were, and no half-written folder is left.
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      discardStagingSync();
      process.stderr.write(`sitrep: interrupted; the previous outputs are unchanged\n`);
      process.exit(code);
    });
  }
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`sitrep: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
