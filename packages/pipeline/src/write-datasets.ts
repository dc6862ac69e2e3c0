/**
 * Writing a datasets folder: CSVs from the table specs, the normalized texts, the Frictionless
 * descriptor, the data dictionary and a manifest with every input and output hashed. Files are
 * first written to a sibling temporary folder that replaces the old one only when complete, so
 * an interrupted run leaves the previous datasets in place; the next run clears what a killed one
 * left behind, and puts the previous folder back if the kill fell between the two renames.
 */
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  csvFileName,
  type DataPackageOptions,
  dataPackageOf,
  dictionaryMarkdown,
  dictionaryRows,
  dictionaryTable,
  formatCsv,
  type ResourceStats,
  type RowOf,
  sha256Hex,
  type TableSpec,
} from "@sitrep/core";

export interface OutputFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly rows?: number;
}

/** Staging folders of this process not yet committed or abandoned, with their targets. */
const staging = new Map<string, string>();

/**
 * Removes this process's unfinished staging folders, for a command line's Ctrl-C handler before
 * it exits; a target interrupted between the two renames of its swap gets its previous folder back.
 */
export function discardStagingSync(): void {
  for (const [path, target] of staging) {
    if (!existsSync(target) && existsSync(`${path}.old`)) renameSync(`${path}.old`, target);
    rmSync(path, { recursive: true, force: true });
  }
  staging.clear();
}

/** Collects files for one output folder and swaps it into place atomically on commit. */
export class OutputFolder {
  readonly files: OutputFile[] = [];
  readonly stats = new Map<string, ResourceStats>();
  private readonly staging: string;

  constructor(readonly target: string) {
    this.staging = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  }

  async open(): Promise<this> {
    await this.recover();
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
    staging.set(this.staging, this.target);
    return this;
  }

  /** Clears the staging folders of runs that are no longer alive, restoring a target a kill left missing. */
  private async recover(): Promise<void> {
    const parent = dirname(this.target);
    const prefix = `.${basename(this.target)}.tmp-`;
    let names: string[];
    try {
      names = await readdir(parent);
    } catch {
      return;
    }
    const stale = names.filter((n) => {
      const pid = Number(/^(\d+)(?:\.old)?$/.exec(n.slice(prefix.length))?.[1]);
      return n.startsWith(prefix) && pid > 0 && !alive(pid);
    });
    if (!names.includes(basename(this.target))) {
      // The newest previous folder, if more than one run died mid-swap.
      const previous = stale
        .filter((n) => n.endsWith(".old"))
        .map((n) => ({ n, at: statSync(join(parent, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
        .sort((a, b) => b.at - a.at || (a.n < b.n ? -1 : 1))[0];
      // Another run may restore it first; then it is gone, and that is fine.
      if (previous) await rename(join(parent, previous.n), this.target).catch(() => {});
    }
    for (const n of stale) await rm(join(parent, n), { recursive: true, force: true });
  }

  async write(path: string, data: string | Uint8Array, rows?: number): Promise<OutputFile> {
    const full = join(this.staging, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, data);
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.byteLength;
    const file = { path, bytes, sha256: sha256Hex(data), ...(rows === undefined ? {} : { rows }) };
    this.files.push(file);
    return file;
  }

  async writeTable<S extends TableSpec>(spec: S, rows: readonly RowOf<S>[]): Promise<OutputFile> {
    const file = await this.write(csvFileName(spec), formatCsv(spec, rows), rows.length);
    this.stats.set(spec.name, { bytes: file.bytes, sha256: file.sha256, rows: rows.length });
    return file;
  }

  /** Frictionless descriptor plus the data dictionary (CSV and Markdown) for the given tables. */
  async writeDescriptors(specs: readonly TableSpec[], options: DataPackageOptions): Promise<void> {
    await this.writeTable(dictionaryTable, dictionaryRows(specs));
    await this.write("data-dictionary.md", dictionaryMarkdown([...specs, dictionaryTable]));
    const descriptor = dataPackageOf([...specs, dictionaryTable], options, this.stats);
    await this.write("datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`);
  }

  async writeJson(path: string, value: unknown): Promise<OutputFile> {
    return this.write(path, `${JSON.stringify(value, null, 2)}\n`);
  }

  async commit(): Promise<void> {
    const old = `${this.staging}.old`;
    await rm(old, { recursive: true, force: true });
    await mkdir(dirname(this.target), { recursive: true });
    try {
      await rename(this.target, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    await rename(this.staging, this.target);
    staging.delete(this.staging);
    await rm(old, { recursive: true, force: true });
  }

  async abandon(): Promise<void> {
    staging.delete(this.staging);
    await rm(this.staging, { recursive: true, force: true });
  }
}

/** Whether a process of that ID runs (a kill left its staging folder behind if not). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
