/** Lexicon data files live in packages/pipeline/lexicons, beside both src/ and dist/. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

const FOLDER = new URL("../lexicons/", import.meta.url);

const cache = new Map<string, unknown>();

export function loadLexicon<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(file, FOLDER), "utf8"));
    cache.set(file, value);
  }
  return value as T;
}

/** A hash of every lexicon file's bytes: what is built from them is stale when it changes. */
export function lexiconsDigest(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(FOLDER).sort())
    if (file.endsWith(".json")) hash.update(readFileSync(new URL(file, FOLDER)));
  return hash.digest("hex").slice(0, 16);
}
