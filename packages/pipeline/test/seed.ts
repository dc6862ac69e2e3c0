/** The original seed and its hand-made gold, normalized once for the tests that read them; short test articles. */
import { readdirSync, readFileSync } from "node:fs";
import { type NormalizedArticle, normalizeArticle } from "../src/article.js";
import { readSeed } from "../src/read-seed.js";

const root = new URL("../../../", import.meta.url);

export const seedFile = readdirSync(new URL("seeds/", root)).find((f) => f.endsWith(".txt")) as string;

/** A body of text as a seed published on `published`, normalized with article ID `t`. */
export function articleOf(body: string, published = "2024-06-03"): NormalizedArticle {
  const result = readSeed(new TextEncoder().encode(`date ${published}\n\n${body}`));
  if (!result.ok) throw new Error(result.detail);
  return normalizeArticle(result.seed, "t", "t.txt");
}

let normalized: NormalizedArticle | undefined;

/** The seed as the pipeline writes it, with article ID `seed`. */
export function seedArticle(): NormalizedArticle {
  if (!normalized) {
    const result = readSeed(readFileSync(new URL(`seeds/${seedFile}`, root)));
    if (!result.ok) throw new Error(`${seedFile}: ${result.detail}`);
    normalized = normalizeArticle(result.seed, "seed", seedFile);
  }
  return normalized;
}

export interface SeedGold {
  blocks: { kind: string; starts: string; credit?: string; author?: string; handle?: string; date?: string }[];
  entities: { name: string; type: string; core?: boolean; surfaces: string[] }[];
  dates: { text: string; value: string; type?: string }[];
  quotes: { contains: string; speaker: string; kind?: string; core?: boolean }[];
  events: {
    type: string;
    mode?: string;
    actor: string;
    recipient?: string;
    object?: string;
    status?: string;
    date?: string;
    location?: string;
    core?: boolean;
    source_block?: string;
  }[];
}

export const seedGold = JSON.parse(readFileSync(new URL("fixtures/gold/seed-000.json", root), "utf8")) as SeedGold;
