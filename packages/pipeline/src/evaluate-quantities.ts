/**
 * Scoring quantities: relaxed span F1 (overlapping spans) and value F1 (overlapping with the same
 * normalized value, within 0.5%, and the same normalized unit). Gold: {article_id, quantities: […]}.
 */

export interface QuantitySpan {
  readonly start: number;
  readonly end: number;
  readonly normalized_value: number | null;
  readonly normalized_unit: string | null;
}

export interface QuantityScores {
  readonly gold: number;
  readonly predicted: number;
  readonly relaxed: { precision: number; recall: number; f1: number };
  readonly value: { precision: number; recall: number; f1: number };
}

const prf = (p: number, predicted: number, g: number, gold: number) => {
  const precision = predicted === 0 ? 0 : p / predicted;
  const recall = gold === 0 ? 0 : g / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

const overlaps = (a: QuantitySpan, b: QuantitySpan) => a.start < b.end && b.start < a.end;
const sameValue = (a: QuantitySpan, b: QuantitySpan) =>
  a.normalized_unit === b.normalized_unit &&
  a.normalized_value !== null &&
  b.normalized_value !== null &&
  Math.abs(a.normalized_value - b.normalized_value) <= 0.005 * Math.max(Math.abs(a.normalized_value), 1);

export function scoreQuantities(
  gold: ReadonlyMap<string, QuantitySpan[]>,
  predicted: ReadonlyMap<string, QuantitySpan[]>,
): QuantityScores {
  let [goldCount, predCount, relPred, relGold, valPred, valGold] = [0, 0, 0, 0, 0, 0];
  for (const [article, goldSpans] of gold) {
    const predSpans = predicted.get(article) ?? [];
    goldCount += goldSpans.length;
    predCount += predSpans.length;
    for (const p of predSpans) {
      if (goldSpans.some((g) => overlaps(g, p))) relPred++;
      if (goldSpans.some((g) => overlaps(g, p) && sameValue(g, p))) valPred++;
    }
    for (const g of goldSpans) {
      if (predSpans.some((p) => overlaps(g, p))) relGold++;
      if (predSpans.some((p) => overlaps(g, p) && sameValue(g, p))) valGold++;
    }
  }
  return {
    gold: goldCount,
    predicted: predCount,
    relaxed: prf(relPred, predCount, relGold, goldCount),
    value: prf(valPred, predCount, valGold, goldCount),
  };
}

export function formatQuantityScores(s: QuantityScores): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (label: string, r: { precision: number; recall: number; f1: number }) =>
    `${label.padEnd(22)} ${pct(r.precision)}  ${pct(r.recall)} ${pct(r.f1)}`;
  return [
    `quantities: ${s.gold} gold, ${s.predicted} predicted`,
    "measure                precision  recall     F1",
    row("relaxed span", s.relaxed),
    row("value and unit", s.value),
  ].join("\n");
}
