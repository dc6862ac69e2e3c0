/**
 * Scoring quotations: a gold quote (its text, found in the article) is found when a predicted
 * quote overlaps it, and attributed when that quote's speaker names the gold speaker. Recall is
 * reported for direct quotes apart, as the acceptance targets them.
 */

export interface GoldQuote {
  readonly text: string;
  readonly kind: string;
  readonly speaker: string | null;
}

export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly speaker: string | null;
  /** The speaker as written, compared when no entity was named ("the source"). */
  readonly speaker_text?: string | null;
}

export interface QuoteScores {
  readonly gold: number;
  readonly goldDirect: number;
  readonly predicted: number;
  readonly found: number;
  readonly foundDirect: number;
  readonly precise: number;
  readonly attributed: number;
  readonly attributedDirect: number;
  /** Gold quotes missed or misattributed, for error analysis. */
  readonly errors: string[];
}

const fold = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\b(?:the|of|and)\b/g, " ")
    .split(/\s+/)
    .filter(Boolean);

/** Same entity by name: equal, an acronym of it, the same surname, or most words shared ("Russian Foreign Ministry"). */
export function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = fold(a);
  const y = fold(b);
  if (x.join(" ") === y.join(" ")) return true;
  // "the Ministry of Foreign Affairs of Russia" and "… of Ukraine" share most words but not whose they are.
  const whose = (name: string) => /^.*\sof\s+(?:the\s+)?([^,]+)$/is.exec(name)?.[1]?.toLowerCase() ?? null;
  const [ofA, ofB] = [whose(a), whose(b)];
  if (x[0] === y[0] && !/^(?:a|an|one)$/.test(x[0] ?? "") && ofA && ofB && ofA !== ofB) return false;
  // "FDP" and "Free Democratic Party" name the same party.
  const initials = (words: string[]) => words.map((w) => w[0]).join("");
  if ((x.length === 1 && x[0] === initials(y)) || (y.length === 1 && y[0] === initials(x))) return true;
  if (x.length <= 3 && y.length <= 3 && x.at(-1) === y.at(-1)) return true;
  const stem = (w: string) => w.replace(/(?:ian|n|s)$/, "");
  const xs = new Set(x.map(stem));
  const shared = y.map(stem).filter((w) => xs.has(w)).length;
  return shared / (xs.size + y.length - shared) >= 0.5;
}

export function scoreQuotes(
  texts: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, readonly GoldQuote[]>,
  predicted: ReadonlyMap<string, readonly PredictedQuote[]>,
): QuoteScores {
  let [goldCount, goldDirect, predCount, found, foundDirect, precise, attributed, attributedDirect] = [
    0, 0, 0, 0, 0, 0, 0, 0,
  ];
  const errors: string[] = [];
  for (const [id, quotes] of gold) {
    const text = texts.get(id) ?? "";
    const preds = predicted.get(id) ?? [];
    const spans: { start: number; end: number }[] = [];
    for (const q of quotes) {
      let at = text.indexOf(q.text);
      while (at >= 0 && spans.some((s) => s.start === at)) at = text.indexOf(q.text, at + 1);
      const span = { start: at, end: at + q.text.length };
      spans.push(span);
      goldCount++;
      if (q.kind === "direct") goldDirect++;
      const hit = at < 0 ? undefined : preds.find((p) => p.start < span.end && span.start < p.end);
      if (!hit) {
        errors.push(`${id} missed (${q.kind}, ${q.speaker}): ${q.text.slice(0, 70)}`);
        continue;
      }
      found++;
      if (q.kind === "direct") foundDirect++;
      if (sameName(hit.speaker ?? hit.speaker_text ?? null, q.speaker)) {
        attributed++;
        if (q.kind === "direct") attributedDirect++;
      } else errors.push(`${id} speaker ${hit.speaker} for ${q.speaker}: ${q.text.slice(0, 60)}`);
    }
    predCount += preds.length;
    precise += preds.filter((p) => spans.some((s) => s.start >= 0 && p.start < s.end && s.start < p.end)).length;
  }
  return {
    gold: goldCount,
    goldDirect,
    predicted: predCount,
    found,
    foundDirect,
    precise,
    attributed,
    attributedDirect,
    errors,
  };
}

const pct = (n: number, d: number) => (d === 0 ? "  n/a" : ((100 * n) / d).toFixed(1).padStart(5));

export function formatQuoteScores(s: QuoteScores): string {
  return [
    `quotes: ${s.gold} gold (${s.goldDirect} direct), ${s.predicted} predicted`,
    `recall                    ${pct(s.found, s.gold)}   direct ${pct(s.foundDirect, s.goldDirect)}`,
    `precision                 ${pct(s.precise, s.predicted)}`,
    `speaker accuracy (found)  ${pct(s.attributed, s.found)}   direct ${pct(s.attributedDirect, s.foundDirect)}`,
  ].join("\n");
}
