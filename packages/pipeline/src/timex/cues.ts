/**
 * Cue words: every time rule needs a digit or one of a few words, so one cheap scan of a sentence
 * tells which of the rules can match at all. Running only those rules halves the tagger's time,
 * and a rule that declares its cues cannot miss: its pattern matches nothing without them.
 */
import { alternation } from "../regex.js";
import { HOLIDAY_WORDS } from "./holidays.js";

export type Cue = "digit" | "month" | "weekday" | "dayword" | "unit" | "season" | "ref" | "holiday";

const WORDS: Record<Exclude<Cue, "digit">, readonly string[]> = {
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
    ...["midday", "midnight", "overnight", "nightly"],
  ],
  holiday: HOLIDAY_WORDS,
  unit: [
    ...["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend", "weekends", "month"],
    ...["months", "year", "years", "decade", "decades", "century", "centuries", "quarter", "quarters", "annum"],
    ...["daily", "weekly", "monthly", "annually", "yearly"],
  ],
  season: ["spring", "summer", "autumn", "fall", "winter"],
  ref: [
    ...["now", "currently", "current", "present", "nowadays", "moment", "recently", "past", "previously"],
    "formerly",
    ...["lately", "future", "soon"],
  ],
};

const CUE_OF = new Map<string, Cue>(
  Object.entries(WORDS).flatMap(([cue, words]) => words.map((w): [string, Cue] => [w, cue as Cue])),
);
const SCAN = new RegExp(`\\d+|\\b(?:${alternation(CUE_OF.keys())})\\b`, "gi");

const BIT: Record<Cue, number> = {
  digit: 1,
  month: 2,
  weekday: 4,
  dayword: 8,
  unit: 16,
  season: 32,
  ref: 64,
  holiday: 128,
};
const BIT_OF = new Map([...CUE_OF].map(([word, cue]) => [word, BIT[cue]]));

/** The cues as a bit mask, so a rule's test is one AND. */
export const cueMask = (cues: readonly Cue[]): number => cues.reduce((mask, c) => mask | BIT[c], 0);

/** The cues present in a sentence, as a bit mask (0 when there are none). */
export function cuesOf(sentence: string): number {
  let found = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(sentence); m; m = SCAN.exec(sentence)) {
    const word = m[0];
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      found |= BIT.digit;
      continue;
    }
    const bit = BIT_OF.get(word.toLowerCase()) ?? 0;
    // Month rules are written with capitals: "may" and "march" in lowercase are verbs, not cues.
    if (bit !== BIT.month || (first >= 65 && first <= 90)) found |= bit;
  }
  return found;
}
