/**
 * Scoring time expressions TempEval-style: strict span F1 (same offsets), relaxed span F1
 * (overlapping), and value F1 (overlapping with an identical TIMEX3 value), plus type accuracy on
 * the relaxed matches. Gold: {article_id, timexes: [{start, end, type, value}]}, or the seed
 * gold's dates ({text, value}) found in the text.
 */

export interface TimexSpan {
  readonly start: number;
  readonly end: number;
  readonly type?: string;
  readonly value: string;
}

export interface TimexScores {
  readonly gold: number;
  readonly predicted: number;
  readonly strict: { precision: number; recall: number; f1: number };
  readonly relaxed: { precision: number; recall: number; f1: number };
  readonly value: { precision: number; recall: number; f1: number };
  readonly typeAccuracy: number;
}

const prf = (correctPredicted: number, predicted: number, correctGold: number, gold: number) => {
  const precision = predicted === 0 ? 0 : correctPredicted / predicted;
  const recall = gold === 0 ? 0 : correctGold / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

const overlaps = (a: TimexSpan, b: TimexSpan) => a.start < b.end && b.start < a.end;

/** Spans of the seed-style gold: the first occurrence of each text not yet used. */
export function timexFromTexts(
  text: string,
  dates: readonly { text: string; value: string; type?: string }[],
): TimexSpan[] {
  const spans: TimexSpan[] = [];
  for (const d of dates) {
    let at = text.indexOf(d.text);
    while (at >= 0 && spans.some((s) => s.start < at + d.text.length && at < s.end)) at = text.indexOf(d.text, at + 1);
    if (at >= 0) spans.push({ start: at, end: at + d.text.length, value: d.value, type: d.type ?? "DATE" });
  }
  return spans;
}

export function scoreTimex(
  gold: ReadonlyMap<string, TimexSpan[]>,
  predicted: ReadonlyMap<string, TimexSpan[]>,
): TimexScores {
  let goldCount = 0;
  let predCount = 0;
  let strictPred = 0;
  let strictGold = 0;
  let relaxedPred = 0;
  let relaxedGold = 0;
  let valuePred = 0;
  let valueGold = 0;
  let typed = 0;
  let typeRight = 0;
  for (const [article, goldSpans] of gold) {
    const predSpans = predicted.get(article) ?? [];
    goldCount += goldSpans.length;
    predCount += predSpans.length;
    for (const p of predSpans) {
      if (goldSpans.some((g) => g.start === p.start && g.end === p.end)) strictPred++;
      if (goldSpans.some((g) => overlaps(g, p))) relaxedPred++;
      if (goldSpans.some((g) => overlaps(g, p) && g.value === p.value)) valuePred++;
    }
    for (const g of goldSpans) {
      if (predSpans.some((p) => g.start === p.start && g.end === p.end)) strictGold++;
      const hit = predSpans.filter((p) => overlaps(g, p));
      if (hit.length > 0) {
        relaxedGold++;
        typed++;
        if (hit.some((p) => p.type === g.type)) typeRight++;
      }
      if (hit.some((p) => p.value === g.value)) valueGold++;
    }
  }
  return {
    gold: goldCount,
    predicted: predCount,
    strict: prf(strictPred, predCount, strictGold, goldCount),
    relaxed: prf(relaxedPred, predCount, relaxedGold, goldCount),
    value: prf(valuePred, predCount, valueGold, goldCount),
    typeAccuracy: typed === 0 ? 0 : typeRight / typed,
  };
}

export function formatTimexScores(s: TimexScores): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (label: string, r: { precision: number; recall: number; f1: number }) =>
    `${label.padEnd(22)} ${pct(r.precision)}  ${pct(r.recall)} ${pct(r.f1)}`;
  return [
    `time expressions: ${s.gold} gold, ${s.predicted} predicted`,
    "measure                precision  recall     F1",
    row("strict span", s.strict),
    row("relaxed span", s.relaxed),
    row("value (relaxed span)", s.value),
    `type accuracy on relaxed matches: ${pct(s.typeAccuracy)}`,
  ].join("\n");
}
