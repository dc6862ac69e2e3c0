/** Lexicon data files live in packages/pipeline/lexicons, beside both src/ and dist/. */
import { readFileSync } from "node:fs";

const cache = new Map<string, unknown>();

export function loadLexicon<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`../lexicons/${file}`, import.meta.url), "utf8"));
    cache.set(file, value);
  }
  return value as T;
}
