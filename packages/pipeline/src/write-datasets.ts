/**
 * Writing a datasets folder: CSVs from the table specs, the normalized texts, the Frictionless
 * descriptor, the data dictionary and a manifest with every input and output hashed. Files are
 * first written to a sibling temporary folder that replaces the old one only when complete, so
 * an interrupted run leaves the previous datasets in place; the next run clears what a killed one
 * left behind, and puts the previous folder back if the kill fell between the two renames.
 */
import { createHash, type Hash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  csvFileName,
  type DataPackageOptions,
  dataPackageOf,
  dictionaryMarkdown,
  dictionaryRows,
  dictionaryTable,
  formatCsv,
  formatCsvHeader,
  formatCsvRows,
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

  /**
   * Written synchronously, like the seeds are read: one small file per article through the
   * thread pool left the run waiting on it longer than writing took.
   */
  async write(path: string, data: string | Uint8Array, rows?: number): Promise<OutputFile> {
    const full = this.prepare(path);
    writeFileSync(full, data);
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.byteLength;
    return this.record({ path, bytes, sha256: sha256Hex(data), ...(rows === undefined ? {} : { rows }) });
  }

  /** A table written as rows come, so a run holds one article's rows rather than the corpus's. */
  table<S extends TableSpec>(spec: S): TableStream<S> {
    return new TableStream(spec, this.prepare(csvFileName(spec)), (file) => {
      this.record(file);
      this.stats.set(spec.name, { bytes: file.bytes, sha256: file.sha256, rows: file.rows ?? 0 });
    });
  }

  private readonly folders = new Set<string>();

  /** The staging path of `path`, its folder made once. */
  private prepare(path: string): string {
    const full = join(this.staging, path);
    const folder = dirname(full);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    return full;
  }

  private record(file: OutputFile): OutputFile {
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

/**
 * Rows are encoded straight into one reused buffer: joining the pending strings first cost
 * more than formatting them (V8 flattens each concatenated row piece by piece).
 */
const BUFFER_BYTES = 1 << 18;

/** One CSV file written in batches of rows, hashed and counted as it goes. */
export class TableStream<S extends TableSpec> {
  private readonly fd: number;
  private readonly hash: Hash = createHash("sha256");
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private bytes = 0;
  private rows = 0;

  constructor(
    readonly spec: S,
    path: string,
    private readonly done: (file: OutputFile) => void,
  ) {
    this.fd = openSync(path, "w");
    this.put(formatCsvHeader(spec));
  }

  append(rows: readonly RowOf<S>[]): void {
    if (rows.length === 0) return;
    this.rows += rows.length;
    this.put(formatCsvRows(this.spec, rows));
  }

  close(): OutputFile {
    this.flush();
    closeSync(this.fd);
    const file = { path: csvFileName(this.spec), bytes: this.bytes, sha256: this.hash.digest("hex"), rows: this.rows };
    this.done(file);
    return file;
  }

  private put(chunk: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const most = chunk.length * 3;
    if (most > BUFFER_BYTES - this.used) this.flush();
    if (most > BUFFER_BYTES) this.out(Buffer.from(chunk, "utf8"));
    else this.used += this.buffer.write(chunk, this.used, "utf8");
  }

  private flush(): void {
    if (this.used === 0) return;
    this.out(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private out(data: Buffer): void {
    this.hash.update(data);
    this.bytes += data.byteLength;
    for (let at = 0; at < data.byteLength; ) at += writeSync(this.fd, data, at);
  }
}
