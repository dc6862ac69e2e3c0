/**
 * `pnpm bench`: throughput of the extraction stages on the fixture articles, replicated to a
 * corpus of a given size (default 10 MB). Prints MB/s per stage, the time and pages of a briefing
 * of 1,000 of those articles (seeds to PDF), and peak memory. Run after
 * `pnpm build` (it uses the compiled packages). Usage: pnpm bench [--mb 10]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  BATCH_ARTICLES,
  extractMentions,
  gazetteer,
  type NormalizedArticle,
  normalize,
  normalizeArticle,
  normalizeArticles,
  readSeed,
  type Seed,
  tagTimex,
} from "../packages/pipeline/dist/index.js";
import { extractQuantities } from "../packages/pipeline/dist/quantities/extract.js";
import { report } from "../packages/reports/dist/index.js";

const { values } = parseArgs({ options: { mb: { type: "string", default: "10" } } });
const targetBytes = Number(values.mb) * 1024 * 1024;
const root = new URL("..", import.meta.url).pathname;
// Every kind of article the fixtures hold: the seed, Wikinews, war news, political news, newswire.
const FOLDERS = ["seeds", "fixtures/wikinews", "fixtures/events", "fixtures/politics", "fixtures/newswire"];
const read = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(root, dir, f)));
const sources = FOLDERS.flatMap(read);

const corpus: Uint8Array[] = [];
let bytes = 0;
while (bytes < targetBytes) {
  for (const s of sources) {
    corpus.push(s);
    bytes += s.byteLength;
    if (bytes >= targetBytes) break;
  }
}
const mb = bytes / 1024 / 1024;

const t0 = performance.now();
gazetteer();
const loadMs = performance.now() - t0;

const seedOf = (b: Uint8Array) => {
  const r = readSeed(b);
  if (!r.ok) throw new Error(r.detail);
  return r.seed;
};
const seeds = corpus.map(seedOf);
// Results are not kept, as a streaming run would not keep them: the heap holds one batch at a time.
// Articles go through the stages in batches, as `sitrep normalize` sends them (article.ts).
const pass = (list: readonly Seed[], prefix: string, size = BATCH_ARTICLES): number => {
  let n = 0;
  for (let i = 0; i < list.length; i += size) {
    const batch = list
      .slice(i, i + size)
      .map((seed, k) => ({ seed, articleId: `${prefix}${i + k}`, sourceFile: "a.txt" }));
    for (const r of normalizeArticles(batch)) n += (r as NormalizedArticle).mentions.length;
  }
  return n;
};
let rows = 0;
let t = performance.now();
rows += pass(seeds, "a");
const normalizeMs = performance.now() - t;
// A second pass once the JIT has compiled everything: the rate of a long run.
t = performance.now();
rows += pass(seeds, "a");
const warmMs = performance.now() - t;
// The same, one article through every stage at a time: what batching gains.
t = performance.now();
pass(seeds, "a", 1);
const singleMs = performance.now() - t;
// The floor any extractor stands on: one regex pass that splits the same text into words.
const texts = seeds.map((s) => s.text);
t = performance.now();
let words = 0;
for (const text of texts) for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) words++;
const tokenMs = performance.now() - t;

// Stages alone, over the distinct articles repeated to the same volume.
const distinct = sources.map((b, i) => normalizeArticle(seedOf(b), `d${i}`, `d${i}.txt`));
const distinctBytes = sources.reduce((n, b) => n + b.byteLength, 0);
const rounds = Math.max(1, Math.round(bytes / distinctBytes));
const stageMb = (distinctBytes * rounds) / 1024 / 1024;
const timed = (each: (a: (typeof distinct)[number]) => number): [number, number] => {
  let n = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of distinct) n += each(a);
  return [performance.now() - start, n];
};
const [entityMs, mentions] = timed(
  (a) => extractMentions(a.article.article_id, a.text, a.sentences, a.blocks).mentions.length,
);
const [timexMs, timexes] = timed((a) =>
  a.sentences.reduce((n, s) => n + tagTimex(a.text, s.start, s.end, a.article.published).length, 0),
);
const [quantityMs, amounts] = timed((a) =>
  a.sentences.reduce((n, s) => n + extractQuantities(a.text, s.start, s.end, []).length, 0),
);

// The whole command, files to files: the same corpus as seed files (each copy told apart by a line,
// so that none is skipped as an exact duplicate), read, extracted, merged and written as datasets.
const scratch = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
mkdirSync(join(scratch, "seeds"));
let fileBytes = 0;
for (const [i, b] of corpus.entries()) {
  const text = Buffer.from(b).toString("utf8");
  const cut = text.indexOf("\n") + 1;
  const copy = `${text.slice(0, cut)}Copy ${i}.\n${text.slice(cut)}`;
  writeFileSync(join(scratch, "seeds", `a${String(i).padStart(6, "0")}.txt`), copy);
  fileBytes += Buffer.byteLength(copy);
}
t = performance.now();
await normalize({ seedsDir: join(scratch, "seeds"), datasetsDir: join(scratch, "out", "datasets") });
const commandMs = performance.now() - t;
// The command as a user runs it on one core: a fresh process (the gazetteer loaded and the code
// compiled from cold), with V8's compiler and collector threads and the file-system pool cut to one.
const cli = join(root, "packages/reports/dist/cli.js");
const freshArgs = [
  "--single-threaded",
  "--max-semi-space-size=64",
  cli,
  "normalize",
  "--seeds",
  join(scratch, "seeds"),
];
t = performance.now();
const fresh = spawnSync(process.execPath, [...freshArgs, "--out", join(scratch, "fresh")], {
  env: { ...process.env, UV_THREADPOOL_SIZE: "1" },
  stdio: ["ignore", "ignore", "pipe"],
});
const freshMs = performance.now() - t;
if (fresh.status !== 0) throw new Error(`sitrep normalize exited with ${fresh.status}: ${fresh.stderr}`);
// The briefing over 1,000 of the articles, seeds to PDF (issue: under 30 s and 60 pages).
const thousand = join(scratch, "thousand");
mkdirSync(join(thousand, "seeds"), { recursive: true });
for (const name of readdirSync(join(scratch, "seeds")).sort().slice(0, 1000))
  writeFileSync(join(thousand, "seeds", name), readFileSync(join(scratch, "seeds", name)));
t = performance.now();
await normalize({ seedsDir: join(thousand, "seeds"), datasetsDir: join(thousand, "out", "datasets") });
const thousandNormalizeMs = performance.now() - t;
t = performance.now();
const briefing = await report({
  datasetsDir: join(thousand, "out", "datasets"),
  briefingsDir: join(thousand, "out", "briefings"),
});
const thousandReportMs = performance.now() - t;
const pages = (
  readFileSync(join(thousand, "out", "briefings", "briefing.pdf"))
    .toString("latin1")
    .match(/\/Type \/Page\b/g) ?? []
).length;
rmSync(scratch, { recursive: true, force: true });

const rate = (ms: number) => (mb / (ms / 1000)).toFixed(2);
console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB (${FOLDERS.join(", ")}, replicated)`);
console.log(`gazetteer load: ${loadMs.toFixed(0)} ms (once per process)`);
console.log(
  `normalize (read, blocks, sentences, languages, entities, dates, quantities, quotes, events): ${rate(normalizeMs)} MB/s, ${(corpus.length / (normalizeMs / 1000)).toFixed(0)} articles/s`,
);
console.log(`normalize again, warm: ${rate(warmMs)} MB/s (${rows} mentions over both passes)`);
console.log(`normalize, warm, one article at a time instead of batches of ${BATCH_ARTICLES}: ${rate(singleMs)} MB/s`);
console.log(
  `one regex pass splitting the text into words (the floor): ${rate(tokenMs)} MB/s (${words} words); normalize, warm, takes ${(warmMs / tokenMs).toFixed(0)}× as long`,
);
console.log(
  `sitrep normalize, files to datasets (reading, near-duplicates, merging, CSV writing): ${(fileBytes / 1024 / 1024 / (commandMs / 1000)).toFixed(2)} MB/s`,
);
console.log(
  `sitrep normalize as a command, fresh process, one thread (the whole pipeline on one core): ${(fileBytes / 1024 / 1024 / (freshMs / 1000)).toFixed(2)} MB/s`,
);
const stageRate = (ms: number) => (stageMb / (ms / 1000)).toFixed(2);
console.log(`entity mentions alone: ${stageRate(entityMs)} MB/s (${mentions} mentions)`);
console.log(`time expressions alone: ${stageRate(timexMs)} MB/s (${timexes})`);
console.log(`quantities alone: ${stageRate(quantityMs)} MB/s (${amounts})`);
// Per kind of article, warm: war and political news carry more names, quotes and events per MB.
for (const dir of FOLDERS.slice(1)) {
  const files = read(dir);
  const folder = files.map(seedOf);
  const size = files.reduce((n, b) => n + b.byteLength, 0);
  const rounds = Math.max(1, Math.round((2 * 1024 * 1024) / size));
  t = performance.now();
  for (let r = 0; r < rounds; r++) pass(folder, "b");
  console.log(
    `normalize, warm, ${dir}: ${((size * rounds) / 1024 / 1024 / ((performance.now() - t) / 1000)).toFixed(2)} MB/s`,
  );
}
console.log(
  `briefing of ${briefing.articles} articles, seeds to PDF: ${((thousandNormalizeMs + thousandReportMs) / 1000).toFixed(1)} s (normalize ${(thousandNormalizeMs / 1000).toFixed(1)} s, report ${(thousandReportMs / 1000).toFixed(1)} s with ${briefing.briefs.length} article briefs on ${availableParallelism()} threads), ${pages} pages`,
);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
