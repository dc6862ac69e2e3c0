/** What a time rule is, and the pattern pieces and value builders the rule modules share. */
import type { Ymd } from "./calendar-math.js";
import type { Cue } from "./cues.js";
import type { Tense } from "./resolve.js";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface TimexDraft {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
  readonly precision: string;
  readonly anchor: "publication" | "absolute";
  readonly mod: string | null;
  /** A clock time whose sentence names no day: the publication day unless anchorAnaphora finds one. */
  readonly floating?: boolean;
}

export type Built = Omit<TimexDraft, "start" | "end" | "mod"> & {
  readonly mod?: string | null;
  /** Where the expression starts inside the match, when the pattern needs words before it. */
  readonly startAt?: number;
  /** A clock time resolved to the publication day, which a day named in the sentence replaces. */
  readonly clock?: string;
};

export interface Context {
  readonly pub: Ymd;
  /** The tense governing the match, worked out only when a rule asks. */
  readonly tense: () => Tense;
  /** The tense of the words just before the match only: a deadline's own verb, if it has one. */
  readonly nearTense: () => Tense;
  /** Text of the sentence just before the match. */
  readonly before: string;
  /** Text of the sentence just after the match. */
  readonly after: string;
}

export interface Rule {
  /** The rule runs only on sentences with one of these (see cues.ts). */
  readonly cues: readonly Cue[];
  readonly re: RegExp;
  readonly build: (m: RegExpExecArray, ctx: Context) => Built | null;
}

export const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
export const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
export const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
export const YEAR = "((?:1[89]|20)\\d{2})";
export const UNITS = "(seconds|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?)";
export const PARTS: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

export const abs = (value: string, precision: string): Built => ({
  type: "DATE",
  value,
  precision,
  anchor: "absolute",
});

/** Dates and times resolved from the publication date; durations and sets need no anchor. */
export const rel = (value: string, precision: string, type: TimexType = "DATE"): Built => ({
  type,
  value,
  precision,
  anchor: type === "DURATION" || type === "SET" ? "absolute" : "publication",
});

/** An amount or a comparison just before "a year ago": the figure it is compared with ("up from $58 million a year earlier"). */
export const COMPARED = /(?:\d|%|million|billion|cents|(?:a|per) share|\b(?:from|with|than|versus|vs\.?))\s*,?\s*$/i;

/**
 * A comparison with a year before: the year, or — in a report on a quarter — the same quarter a
 * year before ("net income rose to $80 million from $58 million a year ago" is the year-ago
 * quarter, as TimeBank has it), which anchorAnaphora decides once it knows the article's quarter.
 */
export const yearAgo = (year: string) => `YEARAGO:${year}`;

/** "by March 30", "until August": a deadline looks ahead unless the clause says otherwise. */
export const tenseOrDeadline = (c: Context, preposition?: string): Tense => {
  // "effective Feb. 1": the nearer one, whatever the appointment's verb says.
  if (/\beffective\s+(?:on\s+|from\s+)?$/i.test(c.before)) return "unknown";
  // "since June" can only look back.
  if (/^since$/i.test(preposition ?? "") || /\bsince\s+$/i.test(c.before)) return "past";
  const deadline = /^(?:by|until|till)$/i.test(preposition ?? "") || /\b(?:by|until|till)\s+$/i.test(c.before);
  // "on sale now through Friday": the last day of a stretch that runs on, unless the clause is past
  // ("Through Sept. 30, the candidates had raised …").
  if (!deadline && (/^through$/i.test(preposition ?? "") || /\bthrough\s+$/i.test(c.before))) {
    const tense = c.tense();
    return tense === "unknown" ? "future" : tense;
  }
  if (!deadline) return c.tense();
  // "part of its program to pay down the loan by February": a verb far away does not date a deadline.
  const near = c.nearTense();
  // "could make landfall by Friday": a modal before a deadline looks ahead; "could have" does not.
  if (near === "modal")
    // …but "should have a plan in place by Friday" has "have" as its verb, not as the perfect's.
    return /\b(?:could|might|may|must|should)\s+(?:not\s+)?have\s+(?:been|[a-z]+ed|[a-z]+en)\b/i.test(c.before)
      ? "past"
      : "future";
  // "By Tuesday night, 90,000 customers had lost power": a fronted deadline takes the verb after it.
  if (near === "unknown" && /^\W*(?:(?:by|until|till)\s+)?$/i.test(c.before))
    return c.tense() === "past" ? "past" : "future";
  return near === "unknown" ? "future" : near;
};
