/**
 * Validates a datasets folder against its own datapackage.json, the way a Frictionless
 * validator would: every resource's bytes and hash, header, cell types and constraints,
 * primary keys and foreign keys. Reads only the descriptor, never the specs, so it checks the
 * descriptor and the data against each other.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type ColumnSpec, type ColumnType, decodeCell, sha256Hex } from "@sitrep/core";
import Papa from "papaparse";

interface Field {
  name: string;
  type: ColumnType;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  bytes?: number;
  hash?: string;
  schema: {
    fields: Field[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

const MAX_PROBLEMS = 50;

export async function validateDatasets(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const report = (message: string) => problems.length < MAX_PROBLEMS && problems.push(message);
  const descriptor = JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")) as { resources: Resource[] };
  const keys = new Map<string, Set<string>>();
  const tables = new Map<string, Record<string, string>[]>();

  for (const resource of descriptor.resources) {
    const bytes = await readFile(join(dir, resource.path));
    if (resource.bytes !== undefined && resource.bytes !== bytes.byteLength) {
      report(`${resource.path}: ${bytes.byteLength} bytes, descriptor says ${resource.bytes}`);
    }
    if (resource.hash !== undefined && resource.hash !== `sha256:${sha256Hex(bytes)}`) {
      report(`${resource.path}: sha256 differs from the descriptor`);
    }
    const text = bytes.toString("utf8");
    if (!text.startsWith("\ufeff")) report(`${resource.path}: no UTF-8 byte order mark`);
    const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { skipEmptyLines: true });
    for (const e of parsed.errors) report(`${resource.path}: row ${(e.row ?? 0) + 1}: ${e.message}`);
    const [header = [], ...records] = parsed.data;
    const fields = resource.schema.fields;
    if (header.join(",") !== fields.map((f) => f.name).join(",")) {
      report(`${resource.path}: header [${header.join(", ")}] differs from the schema's fields`);
      continue;
    }
    const columns: ColumnSpec[] = fields.map((f) => ({
      name: f.name,
      type: f.type,
      description: "",
      example: "",
      required: f.constraints?.required === true,
      ...(f.constraints?.enum ? { enum: f.constraints.enum } : {}),
      ...(f.constraints?.pattern ? { pattern: f.constraints.pattern } : {}),
    }));
    const rows: Record<string, string>[] = [];
    records.forEach((record, r) => {
      const row: Record<string, string> = {};
      columns.forEach((column, c) => {
        const raw = record[c] ?? "";
        const decoded = decodeCell(column, raw);
        if (!decoded.ok) report(`${resource.path}: row ${r + 2}, ${column.name}: ${decoded.error}`);
        row[column.name] = raw;
      });
      rows.push(row);
    });
    tables.set(resource.name, rows);
    const primaryKey = resource.schema.primaryKey ?? [];
    if (primaryKey.length > 0) {
      const seen = new Set<string>();
      rows.forEach((row, r) => {
        const key = primaryKey.map((k) => row[k]).join("\u0000");
        if (seen.has(key))
          report(`${resource.path}: row ${r + 2}: duplicate primary key ${key.replaceAll("\u0000", ", ")}`);
        seen.add(key);
      });
      keys.set(`${resource.name}:${primaryKey.join(",")}`, seen);
    }
  }

  for (const resource of descriptor.resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource || resource.name;
      const targetRows = tables.get(target) ?? [];
      const index =
        keys.get(`${target}:${fk.reference.fields.join(",")}`) ??
        new Set(targetRows.map((row) => fk.reference.fields.map((k) => row[k]).join("\u0000")));
      (tables.get(resource.name) ?? []).forEach((row, r) => {
        const values = fk.fields.map((k) => row[k] ?? "");
        if (values.every((v) => v === "")) return;
        if (!index.has(values.join("\u0000"))) {
          report(
            `${resource.path}: row ${r + 2}: ${fk.fields.join(", ")} = ${values.join(", ")} not found in ${target}`,
          );
        }
      });
    }
  }
  return problems;
}
