/**
 * Scoring entity mentions against hand-made gold: per type precision, recall and F1 on exact
 * spans, plus the CoNLL view (PER, ORG, LOC; GPE and FACILITY count as LOC, NORP and WEAPON are
 * not scored there). Gold comes as typed spans ({article_id, mentions: [{start, end, text, type}]})
 * or, like the seed gold, as entities with the surfaces to find in the text.
 */
import { escapeRegExp } from "./regex.js";

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface Score {
  readonly label: string;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const CONLL: Record<string, string | undefined> = {
  PERSON: "PER",
  PER: "PER",
  ORG: "ORG",
  GPE: "LOC",
  LOC: "LOC",
  FACILITY: "LOC",
};

/** Typed spans from the seed-style gold: every whole-word occurrence of each surface, longest first. */
export function spansFromSurfaces(
  text: string,
  entities: readonly { type: string; surfaces: readonly string[] }[],
): Span[] {
  const wanted = entities
    .flatMap((e) => e.surfaces.map((surface) => ({ surface, type: e.type })))
    .sort((a, b) => b.surface.length - a.surface.length);
  const taken: Span[] = [];
  for (const { surface, type } of wanted) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}@])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = { start: m.index, end: m.index + surface.length, type };
      if (!taken.some((t) => t.start < span.end && span.start < t.end)) taken.push(span);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function score(label: string, gold: readonly Span[], predicted: readonly Span[]): Score {
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const correct = [...predictedKeys].filter((k) => goldKeys.has(k)).length;
  const precision = predictedKeys.size === 0 ? 0 : correct / predictedKeys.size;
  const recall = goldKeys.size === 0 ? 0 : correct / goldKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, gold: goldKeys.size, predicted: predictedKeys.size, correct, precision, recall, f1 };
}

/** Scores per type, the CoNLL types, and overall, over the articles of the gold. */
export function scoreMentions(gold: ReadonlyMap<string, Span[]>, predicted: ReadonlyMap<string, Span[]>): Score[] {
  const articles = [...gold.keys()];
  // Spans of every gold article, retyped (or dropped) by `convert`, tagged with their article.
  const collect = (map: ReadonlyMap<string, Span[]>, convert: (type: string) => string | undefined) =>
    articles.flatMap((article) =>
      (map.get(article) ?? []).flatMap((s) => {
        const type = convert(s.type);
        return type ? [{ start: s.start, end: s.end, type: `${article}|${type}` }] : [];
      }),
    );
  const pair = (label: string, convert: (type: string) => string | undefined) =>
    score(label, collect(gold, convert), collect(predicted, convert));
  const types = [...new Set(articles.flatMap((a) => (gold.get(a) ?? []).map((s) => s.type)))].sort();
  return [
    ...types.map((type) => pair(type, (t) => (t === type ? t : undefined))),
    pair("ALL (exact type)", (t) => t),
    ...["PER", "ORG", "LOC"].map((conll) => pair(`CoNLL ${conll}`, (t) => (CONLL[t] === conll ? conll : undefined))),
    pair("CoNLL PER/ORG/LOC", (t) => CONLL[t]),
  ];
}

export function formatScores(scores: readonly Score[]): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = ["type                     gold  pred  correct  precision  recall     F1"];
  for (const s of scores) {
    lines.push(
      `${s.label.padEnd(22)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(5)} ${String(s.correct).padStart(8)}    ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}`,
    );
  }
  return lines.join("\n");
}
