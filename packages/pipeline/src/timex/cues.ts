/**
 * Cue words: every time rule needs a digit or one of a few words, so one cheap scan of a sentence
 * tells which of the rules can match at all. Running only those rules halves the tagger's time,
 * and a rule that declares its cues cannot miss: its pattern matches nothing without them.
 */
import { HOLIDAY_WORDS } from "./holidays.js";

export type Cue =
  | "digit"
  | "month"
  | "weekday"
  | "dayword"
  | "unit"
  | "season"
  | "ref"
  | "holiday"
  | "ago"
  | "future"
  | "year"
  | "decade"
  | "shortyear"
  | "plural"
  | "single"
  | "deictic"
  | "lateness"
  | "day"
  | "quarter"
  | "half"
  | "edge"
  | "weekend"
  | "century"
  | "ended"
  | "every"
  | "faryear"
  | "numjoin"
  | "year4"
  | "zone"
  | "meridiem";

const WORDS: Record<
  Exclude<Cue, "digit" | "decade" | "shortyear" | "faryear" | "numjoin" | "year4">,
  readonly string[]
> = {
  month: [
    ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october"],
    ...["november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
  ],
  weekday: [
    ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ...["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"],
  ],
  dayword: [
    ...["yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening", "noon"],
    ...["midday", "midnight", "overnight", "nightly", "clock"],
  ],
  holiday: HOLIDAY_WORDS,
  unit: [
    ...[
      "seconds",
      "minute",
      "minutes",
      "hour",
      "hours",
      "day",
      "days",
      "week",
      "weeks",
      "weekend",
      "weekends",
      "month",
    ],
    ...["months", "year", "years", "decade", "decades", "century", "centuries", "quarter", "quarters", "half", "annum"],
    ...[
      "hourly",
      "daily",
      "weekly",
      "monthly",
      "annually",
      "yearly",
      "annual",
      "fortnightly",
      "quarterly",
      "fortnight",
    ],
  ],
  season: ["spring", "summer", "autumn", "fall", "winter"],
  ref: [
    ...[
      "now",
      "currently",
      "current",
      "present",
      "nowadays",
      "moment",
      "moments",
      "recently",
      "recent",
      "past",
      "previously",
    ],
    "formerly",
    ...["lately", "future", "soon", "term"],
  ],
  // Narrower cues for the rules that cost most: each of their patterns has the word in it.
  ago: ["ago"],
  future: ["future", "soon", "term"],
  year: ["year"],
  // Words that each of the unit rules needs one of: a sentence with "years" alone runs only the
  // rules that can match a plural unit.
  plural: ["minutes", "hours", "days", "weeks", "months", "years", "decades"],
  single: ["hour", "day", "week", "month", "year", "annum"],
  deictic: ["last", "this", "next", "coming", "past", "previous", "current", "ahead"],
  lateness: ["earlier", "later"],
  day: ["day"],
  quarter: ["quarter", "quarters", "quarterly", "period"],
  half: ["half"],
  edge: ["end", "mid", "midyear", "beginning", "start", "middle"],
  weekend: ["weekend"],
  century: ["century"],
  ended: ["ended", "ending", "ends"],
  every: [
    ...["every", "each", "hourly", "daily", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly"],
    "annual",
  ],
  // "17:30 UTC", "0800 GMT", "8:00 Eastern".
  zone: ["utc", "gmt", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "local", "eastern", "pacific", "central"],
  // "7am", "7 p.m.": the letters after the digits ("a.m." is read as "a" and "m").
  meridiem: ["am", "pm", "m"],
};

const BIT: Record<Cue, number> = {
  digit: 1,
  month: 2,
  weekday: 4,
  dayword: 8,
  unit: 16,
  season: 32,
  ref: 64,
  holiday: 128,
  ago: 256,
  future: 512,
  // "1990s", "the '80s": an "s" right after a 0.
  decade: 1024,
  // "since '97": an apostrophe right before a digit.
  shortyear: 2048,
  year: 4096,
  plural: 1 << 13,
  single: 1 << 14,
  deictic: 1 << 15,
  lateness: 1 << 16,
  day: 1 << 17,
  quarter: 1 << 18,
  half: 1 << 19,
  edge: 1 << 20,
  weekend: 1 << 21,
  century: 1 << 22,
  ended: 1 << 23,
  every: 1 << 24,
  // "by 2100": a year of a later century, its four digits starting 21 to 29.
  faryear: 1 << 25,
  // "2023-09-21", "9/26/1999", "31.01.2024", "17:30": a digit joined to a digit by - / . or :.
  numjoin: 1 << 26,
  // "1996", "2023": four digits starting 18, 19 or 20 (a year the year rule may take).
  year4: 1 << 27,
  zone: 1 << 28,
  meridiem: 1 << 29,
};
// Cue words are looked up by their letters alone ("st." and "presidents'" by "st" and "presidents"):
// flagging a cue too often only runs a rule that then finds nothing, never changes a result.
const BIT_OF = new Map<string, number>();
// A word may cue several kinds ("future" is a reference word and a future one): its bits add up.
for (const [cue, words] of Object.entries(WORDS)) {
  for (const word of words) {
    const key = word.replace(/[^a-z]/g, "");
    BIT_OF.set(key, (BIT_OF.get(key) ?? 0) | BIT[cue as Cue]);
  }
}

/** A cue word's first and last letters (lowercase ASCII) and length, up to 31, as one index. */
const slot = (first: number, last: number, length: number) =>
  ((first - 97) * 26 + (last - 97)) * 32 + Math.min(length, 31);
const MAYBE_CUE = new Uint8Array(26 * 26 * 32);
for (const key of BIT_OF.keys())
  if (/^[a-z]+$/.test(key)) MAYBE_CUE[slot(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length)] = 1;

/** The cues as a bit mask, so a rule's test is one AND. */
export const cueMask = (cues: readonly Cue[]): number => cues.reduce((mask, c) => mask | BIT[c], 0);

/**
 * The cues present in a sentence, as a bit mask (0 when there are none): one pass over its
 * characters, each run of ASCII letters looked up whole, any digit setting the digit cue.
 */
export function cuesOf(sentence: string): number {
  let found = 0;
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      found |= BIT.digit;
      const prev = i > 0 ? sentence.charCodeAt(i - 1) : 0;
      if (prev === 39 || prev === 0x2019) found |= BIT.shortyear;
      if (c === 50 && isFarYear(sentence, i)) found |= BIT.faryear;
      const next = sentence.charCodeAt(i + 1);
      if ((next === 58 || next === 47 || next === 46 || next === 45) && isDigit(sentence.charCodeAt(i + 2)))
        found |= BIT.numjoin;
      if (
        ((c === 49 && (next === 56 || next === 57)) || (c === 50 && next === 48)) &&
        isDigit(sentence.charCodeAt(i + 2)) &&
        isDigit(sentence.charCodeAt(i + 3))
      )
        found |= BIT.year4;
      i++;
      continue;
    }
    const lower = c | 32;
    if (lower < 97 || lower > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const l = sentence.charCodeAt(j) | 32;
      if (l < 97 || l > 122) break;
    }
    if (c === 115 && j === i + 1 && i > 0 && sentence.charCodeAt(i - 1) === 48) found |= BIT.decade;
    // Most words are no cue: their first and last letters and length say so without a string made.
    if (MAYBE_CUE[slot(lower, sentence.charCodeAt(j - 1) | 32, j - i)] === 1) {
      const bit = BIT_OF.get(sentence.slice(i, j).toLowerCase()) ?? 0;
      // Month rules are written with capitals: "may" and "march" in lowercase are verbs, not cues.
      if (bit !== 0) found |= c > 90 ? bit & ~BIT.month : bit;
    }
    i = j;
  }
  return found;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Four digits from `i`, "2" then 1–9, with no digit on either side. */
function isFarYear(s: string, i: number): boolean {
  const second = s.charCodeAt(i + 1);
  return (
    !isDigit(s.charCodeAt(i - 1)) &&
    second >= 49 &&
    second <= 57 &&
    isDigit(s.charCodeAt(i + 2)) &&
    isDigit(s.charCodeAt(i + 3)) &&
    !isDigit(s.charCodeAt(i + 4))
  );
}
