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
  weekday: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  dayword: [
    ...["yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening", "noon"],
    ...["midday", "midnight"],
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

/** The cues present in a sentence. */
export function cuesOf(sentence: string): Set<Cue> {
  const found = new Set<Cue>();
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(sentence); m; m = SCAN.exec(sentence)) {
    const word = m[0];
    found.add(
      word[0] !== undefined && word[0] >= "0" && word[0] <= "9" ? "digit" : (CUE_OF.get(word.toLowerCase()) as Cue),
    );
  }
  return found;
}
