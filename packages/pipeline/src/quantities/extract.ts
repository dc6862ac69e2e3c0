/**
 * Quantities in one sentence: amounts of money, distances and weights, percentages and counts,
 * with ranges, modifiers ("up to", "about") and the counted thing. Numbers inside names and
 * designations (BM-21, F-16, 737-800), ordinals and anything already read as a date are not
 * quantities. Words and units come from lexicons/quantities.json.
 */
import { maxOf } from "../arrays.js";
import { loadLexicon } from "../lexicons.js";
import { alternation } from "../regex.js";

interface QuantityWords {
  number_words: Record<string, number>;
  scales: Record<string, number>;
  vague: Record<string, number>;
  currencies: Record<string, string>;
  units: Record<string, [string, number]>;
}

export interface QuantityDraft {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly normalizedValue: number;
  readonly normalizedUnit: string;
  readonly mod: string | null;
  readonly object: string | null;
}

const words = loadLexicon<QuantityWords>("quantities.json");

const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?`;
const WORD_NUMBER = `(?:${alternation(Object.keys(words.number_words))})(?:[\\s-]+(?:${alternation(Object.keys(words.number_words))}))?`;
const SCALE = `(?:${alternation(Object.keys(words.scales))})`;
const SYMBOL = `(?:${alternation(Object.keys(words.currencies).filter((c) => !/^[a-z]/.test(c)))})`;
const CURRENCY_WORD = `(?:${alternation(Object.keys(words.currencies).filter((c) => /^[a-z]/i.test(c) && c.length > 3))})`;
const UNIT = `(?:${alternation(Object.keys(words.units))})`;
const MOD =
  "(up to|about|around|roughly|approximately|nearly|almost|some|an estimated|at least|more than|over|upwards of|less than|fewer than|under|below)";

/** A letter, spelt out: the amount pattern runs without the `u` flag, which makes `i` several times slower. */
const LETTER = "a-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff";
const AMOUNT = `(${NUMBER}|${WORD_NUMBER}(?![${LETTER}]))(?:\\s?(${SCALE})\\b)?`;
const RANGE = `(?:\\s*(-|–|to|and)\\s*(${NUMBER})(?:\\s?(${SCALE})\\b)?)?`;
const QUANTITY = new RegExp(
  `(?:\\b${MOD}\\s+)?(?:(between|from)\\s+)?(${SYMBOL})?\\s?${AMOUNT}${RANGE}(?:\\s*(%|per ?cent\\b|${CURRENCY_WORD}\\b|${UNIT}\\b))?`,
  "gi",
);
const VAGUE = new RegExp(
  `(?:\\b${MOD}\\s+)?\\b(${alternation(Object.keys(words.vague))})\\b(?:\\s+of)?(?=\\s+\\p{Ll})`,
  "giu",
);

const MODS: Record<string, string> = {
  "up to": "up_to",
  "at least": "at_least",
  "more than": "more_than",
  over: "more_than",
  "upwards of": "more_than",
  "less than": "less_than",
  "fewer than": "less_than",
  under: "less_than",
  below: "less_than",
};

function parseNumber(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ""));
  const parts = text.toLowerCase().split(/[\s-]+/);
  let total = 0;
  for (const part of parts) {
    const n = words.number_words[part];
    if (n === undefined) return words.number_words[text.toLowerCase()];
    total = n === 100 && total > 0 ? total * 100 : total + n;
  }
  return total;
}

const scaleOf = (word: string | undefined) =>
  word ? (words.scales[word.toLowerCase()] ?? words.scales[word] ?? 1) : 1;
const NOT_OBJECT =
  /^(?:of|the|a|an|and|or|to|in|on|at|by|for|from|with|was|were|is|are|has|have|had|that|which|who|will|would|said|per|than|more|percent|years?|months?|days?|weeks?|hours?)$/i;

const PLURALS = new Set([
  "children",
  "people",
  "men",
  "women",
  "aircraft",
  "personnel",
  "police",
  "staff",
  "cattle",
  "sheep",
  "fish",
  "infantry",
  "artillery",
  "ammunition",
]);

/** The counted thing after a number: "2,500 troops", "dozens of drones", "five new aircraft". */
function objectAfter(rest: string): string | null {
  const tokens =
    rest
      .match(/^(?:\s+of)?((?:\s+[\p{Ll}][\p{L}-]*){1,2})/u)?.[1]
      ?.trim()
      .split(/\s+/) ?? [];
  if (tokens.length === 0 || NOT_OBJECT.test(tokens[0] ?? "")) return null;
  return tokens.find((t) => /s$/.test(t) || PLURALS.has(t)) ?? null;
}

/**
 * Cheap tests before the two patterns, which most sentences cannot match: an amount needs a digit
 * or a number word (the last word of "half a dozen" or "a thousand" will do).
 */
const AMOUNT_HINT = new RegExp(
  `\\d|\\b(?:${alternation(Object.keys(words.number_words).map((w) => w.split(" ").at(-1) as string))})\\b`,
  "i",
);
/**
 * The most characters a match puts before the word its hint finds: a modifier ("approximately"),
 * "between", a currency ("Swiss francs") and the words of a number before its last ("half a").
 */
const LEAD = [MOD.slice(1, -1).split("|"), ["between"], Object.keys(words.currencies), Object.keys(words.number_words)]
  .map((list) => maxOf(list.map((w) => w.length)))
  .reduce((a, b) => a + b, 0);

/**
 * Where an amount whose hint is at `hint` can begin: no further back than LEAD characters besides
 * spaces. The pattern, tried at every character from there, need not try the sentence before.
 */
function startBefore(sentence: string, hint: number): number {
  let at = hint;
  for (let budget = LEAD; at > 0 && budget > 0; at--) {
    const c = sentence.charCodeAt(at - 1);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) budget--;
  }
  return at;
}
const VAGUE_HINT = new RegExp(`\\b(?:${alternation(Object.keys(words.vague))})\\b`, "i");

/** Quantities in text[start, end); `skip` holds spans already read as something else (dates). */
export function extractQuantities(
  text: string,
  start: number,
  end: number,
  skip: readonly { start: number; end: number }[],
): QuantityDraft[] {
  const sentence = text.slice(start, end);
  const hasVague = VAGUE_HINT.test(sentence);
  const found: QuantityDraft[] = [];
  const free = (s: number, e: number) =>
    !skip.some((k) => k.start < e && s < k.end) && !found.some((f) => f.start < e && s < f.end);

  const hint = AMOUNT_HINT.exec(sentence);
  QUANTITY.lastIndex = hint ? startBefore(sentence, hint.index) : 0;
  for (let m = hint ? QUANTITY.exec(sentence) : null; m; m = QUANTITY.exec(sentence)) {
    const [matched, mod, between, symbol, amount, scale, joiner, rangeMax, rangeScale, rangeUnit] = m;
    if (!amount) continue;
    // "$40bn and 5 billion dollars" is two amounts; "and" makes a range only after "between".
    const split = joiner === "and" && !between;
    const whole = split ? matched.slice(0, matched.search(/\s*and\s/)) : matched;
    if (split) QUANTITY.lastIndex = m.index + whole.length;
    const maxAmount = split ? undefined : rangeMax;
    const maxScale = split ? undefined : rangeScale;
    const unitWord = split ? undefined : rangeUnit;
    const s = start + m.index + whole.length - whole.trimStart().length;
    const e = start + m.index + whole.trimEnd().length;
    const before = text[s - 1] ?? " ";
    const after = text[e] ?? " ";
    // Part of a designation or name (BM-21, F-16, 737-800, A380), an ordinal, or a clock time.
    if (/[\p{L}\-/:.]/u.test(before) && !symbol && !mod) continue;
    if (/^[\p{L}-]/u.test(after) && !/^s\b/.test(text.slice(e))) continue;
    if (/^(?:st|nd|rd|th)\b/.test(text.slice(e)) || /^[:.]\d/.test(text.slice(e))) continue;
    const n = parseNumber(amount);
    if (n === undefined || !free(s, e)) continue;
    const value = n * scaleOf(scale);
    const valueMax = maxAmount ? (parseNumber(maxAmount) ?? 0) * scaleOf(maxScale ?? scale) : null;
    let unit: string | null = null;
    let normalizedUnit = "count";
    let factor = 1;
    if (symbol || (unitWord && words.currencies[unitWord])) {
      const code =
        words.currencies[symbol ?? ""] ??
        words.currencies[unitWord ?? ""] ??
        words.currencies[(unitWord ?? "").toLowerCase()];
      unit = symbol ?? unitWord ?? null;
      normalizedUnit = code ?? "USD";
    } else if (unitWord && /%|per ?cent/i.test(unitWord)) {
      unit = unitWord;
      normalizedUnit = "percent";
    } else if (unitWord) {
      const known = words.units[unitWord] ?? words.units[unitWord.toLowerCase()];
      unit = unitWord;
      if (known) [normalizedUnit, factor] = known;
    } else if (!scale && /^\d{4}$/.test(amount) && Number(amount) >= 1800 && Number(amount) <= 2100) {
      continue; // a bare year-like number that the date tagger did not claim
    }
    const object = normalizedUnit === "count" ? objectAfter(text.slice(e, end)) : null;
    // A model number after a name ("Boeing 767") counts nothing.
    if (normalizedUnit === "count" && !object && /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, s - 30), s)))
      continue;
    // A number word with nothing counted ("One clear message") is a determiner, not a quantity.
    if (normalizedUnit === "count" && !object && !/^\d/.test(amount) && !scale) continue;
    const round = (x: number) => (factor === 1 ? x : Math.round(x * factor * 10) / 10);
    found.push({
      start: s,
      end: e,
      value,
      valueMax,
      unit,
      normalizedValue: round(value),
      normalizedUnit,
      mod: mod ? (MODS[mod.toLowerCase()] ?? "approx") : null,
      object,
    });
  }

  VAGUE.lastIndex = 0;
  for (let m = hasVague ? VAGUE.exec(sentence) : null; m; m = VAGUE.exec(sentence)) {
    const word = (m[2] ?? "").toLowerCase();
    const value = words.vague[word];
    const s = start + m.index;
    const e = start + m.index + m[0].length;
    if (value === undefined || !free(s, e)) continue;
    const object = objectAfter(text.slice(e, end));
    if (!object) continue;
    found.push({
      start: s,
      end: e,
      value,
      valueMax: null,
      unit: null,
      normalizedValue: value,
      normalizedUnit: "count",
      mod: "approx",
      object,
    });
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}
