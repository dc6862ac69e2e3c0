/**
 * Writing a datasets folder: CSVs from the table specs, the normalized texts, the Frictionless
 * descriptor, the data dictionary and a manifest with every input and output hashed. Files are
 * first written to a sibling temporary folder that replaces the old one only when complete, so
 * an interrupted run leaves the previous datasets in place.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
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

/** Collects files for one output folder and swaps it into place atomically on commit. */
export class OutputFolder {
  readonly files: OutputFile[] = [];
  readonly stats = new Map<string, ResourceStats>();
  private readonly staging: string;

  constructor(readonly target: string) {
    this.staging = join(dirname(target), `.${target.split(/[\\/]/).pop()}.tmp-${process.pid}`);
  }

  async open(): Promise<this> {
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
    return this;
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
    await rm(old, { recursive: true, force: true });
  }

  async abandon(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
