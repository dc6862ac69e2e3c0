/**
 * Rules for the periods business news reports on: calendar and fiscal quarters, the quarter an
 * earnings report covers and its year-ago twin, and year ends. Kept apart from calendar-rules.ts,
 * which names days, months and years.
 */
import { isoMonth, reportedQuarter, weekday } from "./calendar-math.js";
import { monthOf, relativeUnit, resolveMonthDay, SEASONS, type Unit, unitOf } from "./resolve.js";
import { abs, MONTH, type Rule, rel, tenseOrDeadline } from "./rule.js";

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const YEAR_OFFSETS: Record<string, number> = { last: -1, this: 0, the: 0, next: 1 };
const CENTURY_ORDINALS = [
  ...["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh"],
  ...["twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"],
  ...["twentieth", "twenty-first", "twenty-second"],
];
const EDGES: Record<string, string> = { end: "END", beginning: "START", start: "START", middle: "MID" };

/** "ended Dec. 29", "that ended on Sept. 30": the day a reported quarter ended. */
const ENDED_ON = /^\s+(?:that\s+|which\s+)?end(?:ed|ing)\s+(?:on\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b/;

export const PERIOD_RULES: readonly Rule[] = [
  {
    cues: ["quarter", "half"],
    // "the third quarter", "the 1988 second quarter", "1990's first half", "next year's first quarter",
    // "the year-ago third quarter".
    re: /\b(?:the\s+)?(?:((?:19|20)\d{2})(?:['’]s)?\s+|(next|last|this)\s+year['’]s\s+|(year-ago|year-earlier|year-before|prior-year)\s+)?(?:fiscal\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:quarter|(half))(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi,
    build: (m, c) => {
      const q =
        { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4 }[
          (m[4] ?? "").toLowerCase()
        ] ?? 1;
      const year = m[1] ?? m[6];
      // A half is named with its year here; "the second half" alone is period-rules' "of the year" rule's.
      if (m[5]) return year && q <= 2 ? abs(`${year}-H${q}`, "half") : null;
      if (year) return abs(`${year}-Q${q}`, "quarter");
      const offset = m[3] ? -1 : ({ next: 1, last: -1 } as Record<string, number>)[(m[2] ?? "").toLowerCase()];
      if (offset !== undefined) return rel(`${c.pub.y + offset}-Q${q}`, "quarter");
      // "the fourth quarter" in a February report is the one just ended, unless the sentence looks ahead;
      // "will report fourth-quarter results" looks ahead to the report, not to the quarter.
      // In the first quarter, "the fourth quarter" is the one just ended whatever the verbs say.
      const current = Math.ceil(c.pub.m / 3);
      const ahead = q > current;
      const reported = /^\s+(?:results|earnings|profits?|loss|sales|revenues?|net)\b/i.test(c.after);
      const last = ahead && (reported || (q === 4 && current === 1) || c.tense() === "past");
      return rel(`${last ? c.pub.y - 1 : c.pub.y}-Q${q}`, "quarter");
    },
  },
  {
    // Business news reports a quarter just ended: "the quarter", "the latest quarter", "the year-ago
    // quarter" (the same quarter a year before), "year-earlier net income".
    cues: ["quarter", "ago", "lateness"],
    re: /\b(?:the\s+(?:(latest|most recent|past|fiscal)\s+|(?:comparable\s+)?(year-ago|year-earlier|prior-year)\s+)?quarter(?!\s+(?:of|century|mile|point|percent|inch|final|finals)\b|-)|(?:the\s+)?(?:comparable\s+)?(year-ago|year-earlier)\s+period|(year-earlier|year-ago)(?=\s+(?:net|loss|profit|earnings|results|revenue|sales|figures?)\b))/gi,
    build: (m, c) => {
      const { y, q } = reportedQuarter(c.pub);
      const before = m[2] ?? m[3] ?? m[4];
      if (m[4] && !/^\s/.test(c.after)) return null;
      // "the quarter ended Dec. 29" in a February report: the quarter that day falls in (the last such
      // day, or one a few weeks ahead: "the quarter ending March 31" in a report of March 20).
      const ended = ENDED_ON.exec(c.after);
      const month = ended ? monthOf(ended[1] ?? "") : undefined;
      if (!before && month !== undefined) {
        const day = resolveMonthDay(c.pub, month, Number(ended?.[2]), "past");
        return { ...rel(`${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`, "quarter"), startAt: 0 };
      }
      return { ...rel(`${before ? y - 1 : y}-Q${q}`, "quarter"), startAt: 0 };
    },
  },
  {
    // "by year end", "around year-end": the end of this year (of next year in "next year end"); "mid-year" its middle.
    cues: ["edge"],
    re: /\b(?:the\s+)?(?:(this|next|last)\s+)?(year[- ]end|mid-?year)\b/gi,
    build: (m, c) => {
      let offset = ({ next: 1, last: -1 } as Record<string, number>)[(m[1] ?? "").toLowerCase()] ?? 0;
      // "by mid-year", "the mid-year harvest": the middle of this year.
      const mod = /^mid/i.test(m[2] ?? "") ? "MID" : "END";
      // "the backlog stood at a record at year-end" in a February report: the year just ended.
      if (!m[1] && mod === "END" && c.pub.m <= 6 && c.tense() === "past") offset = -1;
      return { ...rel(String(c.pub.y + offset), "year"), mod, startAt: 0 };
    },
  },
  {
    // "October of next year", "the first quarter of last year", "the second half of the year": one
    // expression, the part taken in the year named ("the year" is the one the article is in).
    cues: ["year"],
    re: new RegExp(
      `\\b(?:(?:the\\s+)?(first|second|third|fourth)\\s+(quarter|half)|${MONTH}|(?:the\\s+)?(spring|summer|autumn|fall|winter))\\s+of\\s+(last|this|next|the)\\s+year\\b`,
      "gi",
    ),
    build: (m, c) => {
      const y = c.pub.y + (YEAR_OFFSETS[(m[5] ?? "").toLowerCase()] ?? 0);
      const part = (m[2] ?? "").toLowerCase();
      const n = ORDINALS[(m[1] ?? "").toLowerCase()] ?? 1;
      if (part === "quarter") return { ...rel(`${y}-Q${n}`, "quarter"), startAt: 0 };
      if (part === "half") return n <= 2 ? { ...rel(`${y}-H${n}`, "half"), startAt: 0 } : null;
      if (m[3]) {
        const month = monthOf(m[3]);
        return month ? rel(isoMonth(y, month), "month") : null;
      }
      return { ...rel(`${y}-${SEASONS[(m[4] ?? "").toLowerCase()] ?? "SP"}`, "season"), startAt: 0 };
    },
  },
  {
    // "before the end of the month", "at the start of the year": the edge of the unit the article is in.
    cues: ["edge"],
    re: /\bthe\s+(end|beginning|start|middle)\s+of\s+the\s+(week|month|year|quarter|decade|century)\b/gi,
    build: (m, c) => {
      const r = relativeUnit(c.pub, unitOf(m[2] ?? "") as Unit, 0);
      return r ? { ...rel(r.value, r.precision), mod: EDGES[(m[1] ?? "").toLowerCase()] ?? null, startAt: 0 } : null;
    },
  },
  {
    // "pulled out over the weekend": the weekend gone by, or the coming one for the future.
    cues: ["weekend"],
    re: /\b(?:(?:over|during|at|on)\s+)?the\s+weekend\b/gi,
    build: (_m, c) => {
      // "rain forecast until the weekend": a deadline looks ahead, as tenseOrDeadline reads it.
      const tense = /\b(?:by|until|till)\s+$/i.test(c.before) ? tenseOrDeadline(c) : c.tense();
      const ahead = tense === "future" || weekday(c.pub) >= 5 ? 0 : -1;
      const r = relativeUnit(c.pub, "weekend", ahead);
      return r ? { ...rel(r.value, r.precision), startAt: _m[0].search(/the\s/i) } : null;
    },
  },
  {
    // "the lowest level since '82": a year written with an apostrophe after a preposition.
    cues: ["shortyear"],
    re: /(?<=\b(?:since|in|of|from|until|by|before|after|to)\s+)['’](\d{2})\b(?!s)/gi,
    build: (m, c) => {
      const short = Number(m[1]);
      return abs(String(2000 + short > c.pub.y ? 1900 + short : 2000 + short), "year");
    },
  },
  {
    // "the 21st century", "the nineteenth century": TIMEX3 writes a century by its first two digits (20XX).
    cues: ["century"],
    re: /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(twenty-second|twenty-first|seventeenth|thirteenth|fourteenth|eighteenth|nineteenth|fifteenth|sixteenth|twentieth|eleventh|seventh|twelfth|second|fourth|eighth|first|third|fifth|sixth|ninth|tenth))[\s-]+century\b/gi,
    build: (m) => {
      const n = m[1] ? Number(m[1]) : CENTURY_ORDINALS.indexOf((m[2] ?? "").toLowerCase()) + 1;
      return n >= 1 && n <= 22 ? { ...abs(`${String(n - 1).padStart(2, "0")}XX`, "century"), startAt: 0 } : null;
    },
  },
];
