import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../src/article.js";
import { type Span, scoreMentions, spansFromSurfaces } from "../src/evaluate.js";
import { scoreTimex } from "../src/evaluate-timex.js";
import { readSeed } from "../src/read-seed.js";

const fixtures = new URL("../../../fixtures/", import.meta.url).pathname;

/** Mentions predicted for every seed of a folder, by article ID (the file name without .txt). */
function predict(dir: string): Map<string, { text: string; spans: Span[] }> {
  const out = new Map<string, { text: string; spans: Span[] }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const result = readSeed(readFileSync(join(dir, file)));
    if (!result.ok) throw new Error(`${file}: ${result.detail}`);
    const id = file.replace(/\.txt$/, "");
    const a = normalizeArticle(result.seed, id, file);
    out.set(id, { text: a.text, spans: a.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type })) });
  }
  return out;
}

function conllF1(seeds: string, goldDir: string): number {
  const predicted = predict(join(fixtures, seeds));
  const gold = new Map<string, Span[]>();
  for (const file of readdirSync(join(fixtures, goldDir)).filter((f) => f.endsWith(".json"))) {
    const g = JSON.parse(readFileSync(join(fixtures, goldDir, file), "utf8")) as {
      article_id: string;
      mentions: Span[];
    };
    gold.set(g.article_id, g.mentions);
  }
  const spans = new Map([...predicted].map(([id, p]) => [id, p.spans]));
  return scoreMentions(gold, spans).find((s) => s.label === "CoNLL PER/ORG/LOC")?.f1 ?? 0;
}

describe("entity recognition on the development sets (CoNLL PER/ORG/LOC F1)", () => {
  it.each([
    ["wikinews", "gold/entities", 0.88],
    ["newswire", "gold/newswire", 0.85],
    ["newswire2", "gold/newswire2", 0.85],
  ])("%s stays at or above its floor", (seeds, gold, floor) => {
    expect(conllF1(seeds, gold)).toBeGreaterThanOrEqual(floor);
  });

  it("finds the seed gold's names", () => {
    const seedsDir = new URL("../../../seeds/", import.meta.url).pathname;
    const [id, predicted] = [...predict(seedsDir)][0] as [string, { text: string; spans: Span[] }];
    const gold = JSON.parse(readFileSync(join(fixtures, "gold/seed-000.json"), "utf8"));
    const scores = scoreMentions(
      new Map([[id, spansFromSurfaces(predicted.text, gold.entities)]]),
      new Map([[id, predicted.spans]]),
    );
    expect(scores.find((s) => s.label === "CoNLL PER/ORG/LOC")?.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe("scoreMentions", () => {
  it("counts exact spans with the right type only", () => {
    const gold = new Map([
      [
        "a",
        [
          { start: 0, end: 5, type: "PERSON" },
          { start: 10, end: 15, type: "GPE" },
        ],
      ],
    ]);
    const predicted = new Map([
      [
        "a",
        [
          { start: 0, end: 5, type: "PERSON" },
          { start: 10, end: 14, type: "GPE" },
        ],
      ],
    ]);
    const all = scoreMentions(gold, predicted).find((s) => s.label === "ALL (exact type)");
    expect(all).toMatchObject({ gold: 2, predicted: 2, correct: 1, precision: 0.5, recall: 0.5 });
  });
});

type TimexRow = { start: number; end: number; type: string; value: string };

/** Relaxed-span value F1 of the dates the pipeline finds in a fixtures folder against a gold folder. */
function timexF1(seedsDir: string, goldDir: string): number {
  const predicted = new Map<string, TimexRow[]>();
  for (const file of readdirSync(join(fixtures, seedsDir)).filter((f) => f.endsWith(".txt"))) {
    const result = readSeed(readFileSync(join(fixtures, seedsDir, file)));
    if (!result.ok) throw new Error(result.detail);
    const id = file.replace(/\.txt$/, "");
    predicted.set(id, normalizeArticle(result.seed, id, file).dates);
  }
  const gold = new Map<string, TimexRow[]>();
  for (const file of readdirSync(join(fixtures, goldDir)).filter((f) => f.endsWith(".json"))) {
    const g = JSON.parse(readFileSync(join(fixtures, goldDir, file), "utf8"));
    gold.set(g.article_id, g.timexes);
  }
  return scoreTimex(gold, predicted).value.f1;
}

describe("time expressions against TIMEX3 gold", () => {
  it("keeps relaxed-span value F1 at or above 0.85 on the Wikinews development set", () => {
    expect(timexF1("wikinews", "gold/timex")).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps it at or above 0.85 on the war-news articles annotated in TimeML's conventions", () => {
    expect(timexF1("events", "gold/events-timex")).toBeGreaterThanOrEqual(0.85);
  });
});
