/**
 * Rules for the periods business news reports on: calendar and fiscal quarters, the quarter an
 * earnings report covers and its year-ago twin, and year ends. Kept apart from calendar-rules.ts,
 * which names days, months and years.
 */
import { reportedQuarter } from "./calendar-math.js";
import { abs, type Rule, rel } from "./rule.js";

export const PERIOD_RULES: readonly Rule[] = [
  {
    cues: ["unit"],
    // "the third quarter", "the 1988 second quarter", "next year's first quarter", "the year-ago third quarter".
    re: /\b(?:the\s+)?(?:((?:19|20)\d{2})\s+|(next|last|this)\s+year['’]s\s+|(year-ago|year-earlier|year-before|prior-year)\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+((?:19|20)\d{2}))?\b/gi,
    build: (m, c) => {
      const q =
        { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 }[
          (m[4] ?? "").toLowerCase()
        ] ?? 1;
      const year = m[1] ?? m[5];
      if (year) return abs(`${year}-Q${q}`, "quarter");
      const offset = m[3] ? -1 : ({ next: 1, last: -1 } as Record<string, number>)[(m[2] ?? "").toLowerCase()];
      if (offset !== undefined) return rel(`${c.pub.y + offset}-Q${q}`, "quarter");
      // "the fourth quarter" in a February report is the one just ended, unless the sentence looks ahead.
      const ahead = q > Math.ceil(c.pub.m / 3);
      return rel(`${ahead && c.tense() === "past" ? c.pub.y - 1 : c.pub.y}-Q${q}`, "quarter");
    },
  },
  {
    // Business news reports a quarter just ended: "the quarter", "the latest quarter", "the year-ago
    // quarter" (the same quarter a year before), "year-earlier net income".
    cues: ["unit"],
    re: /\b(?:the\s+(?:(latest|most recent|past|fiscal)\s+|(?:comparable\s+)?(year-ago|year-earlier|prior-year)\s+)?quarter(?!\s+(?:of|century|mile|point|percent|inch|final|finals)\b|-)|(?:the\s+)?(?:comparable\s+)?(year-ago|year-earlier)\s+period|(year-earlier|year-ago)(?=\s+(?:net|loss|profit|earnings|results|revenue|sales|figures?)\b))/gi,
    build: (m, c) => {
      const { y, q } = reportedQuarter(c.pub);
      const before = m[2] ?? m[3] ?? m[4];
      if (m[4] && !/^\s/.test(c.after)) return null;
      return { ...rel(`${before ? y - 1 : y}-Q${q}`, "quarter"), startAt: 0 };
    },
  },
  {
    // "by year end", "around year-end": the end of this year (of next year in "next year end").
    cues: ["unit"],
    re: /\b(?:the\s+)?(?:(this|next|last)\s+)?year[- ]end\b/gi,
    build: (m, c) => {
      const offset = ({ next: 1, last: -1 } as Record<string, number>)[(m[1] ?? "").toLowerCase()] ?? 0;
      return { ...rel(String(c.pub.y + offset), "year"), mod: "END", startAt: 0 };
    },
  },
];
