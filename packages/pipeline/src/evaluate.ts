/**
 * Scoring entity mentions against hand-made gold: per type precision, recall and F1 on exact
 * spans, plus the CoNLL view (PER, ORG, LOC; GPE and FACILITY count as LOC, NORP and WEAPON are
 * not scored there). Gold comes as typed spans ({article_id, mentions: [{start, end, text, type}]})
 * or, like the seed gold, as entities with the surfaces to find in the text.
 */

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
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}@])${surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
      "gu",
    );
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

/** Scores per type, the CoNLL types, and overall, over all articles (spans keyed by article). */
export function scoreMentions(gold: ReadonlyMap<string, Span[]>, predicted: ReadonlyMap<string, Span[]>): Score[] {
  const flat = (map: ReadonlyMap<string, Span[]>, article: string, convert: (s: Span) => Span | null) =>
    (map.get(article) ?? []).flatMap((s) => {
      const c = convert(s);
      return c ? [{ ...c, start: c.start, end: c.end, type: `${article}|${c.type}` }] : [];
    });
  const articles = [...gold.keys()];
  const collect = (map: ReadonlyMap<string, Span[]>, convert: (s: Span) => Span | null) =>
    articles.flatMap((a) => flat(map, a, convert));
  const types = [...new Set(articles.flatMap((a) => (gold.get(a) ?? []).map((s) => s.type)))].sort();
  const scores = types.map((type) =>
    score(
      type,
      collect(gold, (s) => (s.type === type ? s : null)),
      collect(predicted, (s) => (s.type === type ? s : null)),
    ),
  );
  scores.push(
    score(
      "ALL (exact type)",
      collect(gold, (s) => s),
      collect(predicted, (s) => s),
    ),
  );
  for (const conll of ["PER", "ORG", "LOC"]) {
    const pick = (s: Span) => (CONLL[s.type] === conll ? { ...s, type: conll } : null);
    scores.push(score(`CoNLL ${conll}`, collect(gold, pick), collect(predicted, pick)));
  }
  const conllAll = (s: Span) => {
    const t = CONLL[s.type];
    return t ? { ...s, type: t } : null;
  };
  scores.push(score("CoNLL PER/ORG/LOC", collect(gold, conllAll), collect(predicted, conllAll)));
  return scores;
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
