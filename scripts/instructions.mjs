/**
 * The extraction's work as a count of machine instructions, which, unlike seconds, does not move
 * with the machine's load: run under valgrind by `pnpm bench:instructions` (scripts/instructions.sh),
 * which compares counts of 1 and 3 passes. Every fixture article (the bench's set, about 270 kB)
 * goes through `normalizeArticles` in batches of 64, `passes` times. Plain JavaScript, so that
 * valgrind runs node on it directly; it uses the compiled packages (`pnpm build` first).
 * Usage: node scripts/instructions.mjs [passes]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BATCH_ARTICLES, gazetteer, normalizeArticles, readSeed } from "../packages/pipeline/dist/index.js";

const root = new URL("..", import.meta.url).pathname;
const FOLDERS = ["seeds", "fixtures/wikinews", "fixtures/events", "fixtures/politics", "fixtures/newswire"];
const seeds = FOLDERS.flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const read = readSeed(readFileSync(join(root, dir, f)));
      if (!read.ok) throw new Error(`${dir}/${f}: ${read.detail}`);
      return read.seed;
    }),
);
gazetteer();
const passes = Number(process.argv[2] ?? 1);
let mentions = 0;
for (let pass = 0; pass < passes; pass++) {
  for (let i = 0; i < seeds.length; i += BATCH_ARTICLES) {
    const batch = seeds
      .slice(i, i + BATCH_ARTICLES)
      .map((seed, k) => ({ seed, articleId: `a${i + k}`, sourceFile: "a.txt" }));
    for (const r of normalizeArticles(batch)) if ("mentions" in r) mentions += r.mentions.length;
  }
}
console.log(`${seeds.length} articles, ${passes} passes, ${mentions} mentions`);
