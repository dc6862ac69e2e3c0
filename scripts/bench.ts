/**
 * `pnpm bench`: throughput of the extraction stages on the fixture articles, replicated to a
 * corpus of a given size (default 10 MB). Prints MB/s per stage and peak memory. Run after
 * `pnpm build` (it uses the compiled packages). Usage: pnpm bench [--mb 10]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractMentions, gazetteer, normalizeArticle, readSeed, tagTimex } from "../packages/pipeline/dist/index.js";
import { extractQuantities } from "../packages/pipeline/dist/quantities/extract.js";

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

const seeds = corpus.map((b) => {
  const r = readSeed(b);
  if (!r.ok) throw new Error(r.detail);
  return r.seed;
});
let t = performance.now();
const articles = seeds.map((seed, i) => normalizeArticle(seed, `a${i}`, `a${i}.txt`));
const normalizeMs = performance.now() - t;
// A second pass once the JIT has compiled everything: the rate of a long run.
t = performance.now();
for (const [i, seed] of seeds.entries()) normalizeArticle(seed, `a${i}`, `a${i}.txt`);
const warmMs = performance.now() - t;

t = performance.now();
let mentions = 0;
for (const a of articles)
  mentions += extractMentions(a.article.article_id, a.text, a.sentences, a.blocks).mentions.length;
const entityMs = performance.now() - t;

t = performance.now();
let timexes = 0;
let amounts = 0;
for (const a of articles) {
  for (const s of a.sentences) timexes += tagTimex(a.text, s.start, s.end, a.article.published).length;
}
const timexMs = performance.now() - t;
t = performance.now();
for (const a of articles) for (const s of a.sentences) amounts += extractQuantities(a.text, s.start, s.end, []).length;
const quantityMs = performance.now() - t;

const rate = (ms: number) => (mb / (ms / 1000)).toFixed(2);
console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB (${FOLDERS.join(", ")}, replicated)`);
console.log(`gazetteer load: ${loadMs.toFixed(0)} ms (once per process)`);
console.log(
  `normalize (read, blocks, sentences, languages, entities, dates, quantities, quotes, events): ${rate(normalizeMs)} MB/s, ${(corpus.length / (normalizeMs / 1000)).toFixed(0)} articles/s`,
);
console.log(`normalize again, warm: ${rate(warmMs)} MB/s`);
console.log(`entity mentions alone: ${rate(entityMs)} MB/s (${mentions} mentions)`);
console.log(`time expressions alone: ${rate(timexMs)} MB/s (${timexes})`);
console.log(`quantities alone: ${rate(quantityMs)} MB/s (${amounts})`);
// Per kind of article, warm: war and political news carry more names, quotes and events per MB.
for (const dir of FOLDERS.slice(1)) {
  const folder = read(dir).map((b) => {
    const r = readSeed(b);
    if (!r.ok) throw new Error(r.detail);
    return r.seed;
  });
  const size = read(dir).reduce((n, b) => n + b.byteLength, 0);
  const rounds = Math.max(1, Math.round((2 * 1024 * 1024) / size));
  t = performance.now();
  for (let r = 0; r < rounds; r++) for (const [i, seed] of folder.entries()) normalizeArticle(seed, `b${i}`, "b.txt");
  console.log(
    `normalize, warm, ${dir}: ${((size * rounds) / 1024 / 1024 / ((performance.now() - t) / 1000)).toFixed(2)} MB/s`,
  );
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
