/**
 * Time expressions in one sentence, as TIMEX3: dates, times, durations and sets. Each rule is a
 * pattern and a builder; overlapping matches resolve to the longest, then the earliest. Values
 * are resolved against the publication date (see resolve.ts).
 */

import { isoDay, isoMonth, parseYmd, type Ymd } from "./calendar-math.js";
import { type Cue, cuesOf } from "./cues.js";
import {
  ago,
  duration,
  monthOf,
  relativeUnit,
  resolveMonth,
  resolveMonthDay,
  resolveWeekday,
  SEASONS,
  type Tense,
  tenseOf,
  type Unit,
  unitOf,
  WEEKDAYS,
} from "./resolve.js";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface TimexDraft {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
  readonly precision: string;
  readonly anchor: "publication" | "absolute";
  readonly mod: string | null;
}

type Built = Omit<TimexDraft, "start" | "end" | "mod"> & { readonly mod?: string | null };

interface Context {
  readonly pub: Ymd;
  readonly tense: Tense;
  /** Text of the sentence just before the match. */
  readonly before: string;
}

interface Rule {
  /** The rule runs only on sentences with one of these (see cues.ts). */
  readonly cues: readonly Cue[];
  readonly re: RegExp;
  readonly build: (m: RegExpExecArray, ctx: Context) => Built | null;
}

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:1[89]|20)\\d{2})";
const UNITS = "(minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?)";
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const AMOUNT = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join("|")})`;
const VAGUE = "(several|a few|few|many|some|numerous|countless|recent)";

const amountOf = (word: string): number | undefined =>
  /^\d/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
const abs = (value: string, precision: string): Built => ({ type: "DATE", value, precision, anchor: "absolute" });
/** Dates and times resolved from the publication date; durations and sets need no anchor. */
const rel = (value: string, precision: string, type: TimexType = "DATE"): Built => ({
  type,
  value,
  precision,
  anchor: type === "DURATION" || type === "SET" ? "absolute" : "publication",
});
const OFFSETS: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

const RULES: readonly Rule[] = [
  { cues: ["digit"], re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, build: (m) => abs(m[0], "day") },
  {
    cues: ["digit"],
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "g"),
    build: (m) => abs(isoDay({ y: Number(m[4]), m: monthOf(m[2] ?? "") ?? 0, d: Number(m[3]) }), "day"),
  },
  {
    cues: ["digit"],
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, "g"),
    build: (m) => abs(isoDay({ y: Number(m[4]), m: monthOf(m[3] ?? "") ?? 0, d: Number(m[2]) }), "day"),
  },
  {
    cues: ["digit"],
    re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, "g"),
    build: (m) => abs(isoMonth(Number(m[2]), monthOf(m[1] ?? "") ?? 0), "month"),
  },
  {
    cues: ["digit"],
    re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?\\d)`, "g"),
    build: (m, c) => rel(resolveMonthDay(c.pub, monthOf(m[1] ?? "") ?? 0, Number(m[2]), c.tense), "day"),
  },
  {
    cues: ["digit"],
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d)`, "g"),
    build: (m, c) => rel(resolveMonthDay(c.pub, monthOf(m[2] ?? "") ?? 0, Number(m[1]), c.tense), "day"),
  },
  // A month on its own; "May" only after a preposition, as it is also a verb.
  {
    cues: ["month"],
    re: new RegExp(
      `\\b(?:(?:in|since|until|till|by|during|from|through|early|late|mid|mid-|last|next|this|of)\\s+)?${MONTH}\\b`,
      "g",
    ),
    build: (m, c) => {
      if (/^May$/.test(m[1] ?? "") && m[0] === "May") return null;
      const month = monthOf(m[1] ?? "");
      if (!month) return null;
      const q = m[0].split(/\s+/)[0]?.toLowerCase();
      if (q === "last") return rel(resolveMonth(c.pub, month, "past", true), "month");
      if (q === "next") return rel(resolveMonth(c.pub, month, "future"), "month");
      return rel(resolveMonth(c.pub, month, c.tense), "month");
    },
  },
  {
    // "the 1990s", "the '90s", "the 70s and 80s"; a bare "30s" is mostly an age.
    cues: ["digit"],
    re: /\b((?:19|20)\d)0s\b|(?:\bthe\s+|')(\d)0s\b|(?<=0s\s+(?:and|to|or)\s+)(\d)0s\b/g,
    build: (m, c) => {
      if (m[1]) return abs(`${m[1]}X`, "decade");
      const digit = Number(m[2] ?? m[3]);
      const century = 2000 + digit * 10 > c.pub.y ? "19" : "20";
      return abs(`${century}${digit}X`, "decade");
    },
  },
  {
    cues: ["digit"],
    re: new RegExp(
      `\\b${YEAR}\\b(?![\\d%,.]\\d|\\s*(?:%|per\\s?cent|people|troops|soldiers|km|kilometres|miles|tons|tonnes|units|cars|jobs))`,
      "g",
    ),
    build: (m, c) => {
      // Not an amount ("$2014", "1,2014") and not a number after a name ("Russell 2000", "Windows 2000").
      if (/[\d$€£.,-]$/.test(c.before)) return null;
      const name = /(\p{Lu}[\p{L}&]*)\s$/u.exec(c.before)?.[1];
      if (name && !YEAR_NAMES.test(name)) return null;
      return abs(m[1] ?? "", "year");
    },
  },
  {
    // 24-hour clock with a zone: "17:30 UTC", "0800 GMT", "12:30 EST".
    cues: ["digit"],
    re: /\b([01]?\d|2[0-3])[:.h]?([0-5]\d)\s*(?:UTC|GMT|EST|EDT|CET|CEST|BST|PST|PDT|local time)\b/g,
    build: (m, c) => rel(`${isoDay(c.pub)}T${(m[1] ?? "0").padStart(2, "0")}:${m[2] ?? "00"}`, "time", "TIME"),
  },
  {
    cues: ["weekday"],
    re: new RegExp(
      `\\b(?:(last|this|next|coming|past|on)\\s+)?${WEEKDAY}(?:\\s+(morning|afternoon|evening|night))?\\b`,
      "g",
    ),
    build: (m, c) => {
      const day = resolveWeekday(c.pub, WEEKDAYS[(m[2] ?? "").toLowerCase()] ?? 0, c.tense, m[1]);
      const part = m[3] ? PARTS[m[3].toLowerCase()] : undefined;
      return part ? rel(`${day}T${part}`, "time", "TIME") : rel(day, "day");
    },
  },
  {
    cues: ["dayword"],
    re: /\b(yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b/gi,
    build: (m, c) => {
      const w = m[1]?.toLowerCase() ?? "";
      const offset = w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0;
      const day = isoDay(shift(c.pub, offset));
      if (w === "tonight" || w === "last night") return rel(`${day}TNI`, "time", "TIME");
      if (w.startsWith("this ")) return rel(`${day}T${PARTS[w.slice(5)] ?? "MO"}`, "time", "TIME");
      return rel(day, "day");
    },
  },
  {
    cues: ["unit"],
    re: /\b(earlier|later)\s+(?:this|in the)\s+(week|month|year)\b/gi,
    build: (m, c) => {
      const r = relativeUnit(c.pub, unitOf(m[2] ?? "") as Unit, 0);
      return r ? rel(r.value, r.precision) : null;
    },
  },
  {
    cues: ["unit"],
    re: /\b(last|this|next|coming|past|previous|current)\s+(week|weekend|month|year|decade|century|quarter)\b/gi,
    build: (m, c) => {
      const r = relativeUnit(c.pub, unitOf(m[2] ?? "") as Unit, OFFSETS[(m[1] ?? "").toLowerCase()] ?? 0);
      return r ? rel(r.value, r.precision) : null;
    },
  },
  {
    cues: ["unit"],
    re: new RegExp(`\\b${AMOUNT}\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`, "gi"),
    build: (m, c) => {
      const n = amountOf(m[1] ?? "");
      const r = n === undefined ? null : ago(c.pub, n, unitOf(m[2] ?? "") as Unit);
      return r ? rel(r.value, r.precision) : null;
    },
  },
  {
    // "the day" (the trading day, the day of the report) and "a third straight day": the publication day.
    cues: ["unit"],
    re: /\b(?:the|a|an)\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?)?day\b(?!\s+(?:before|after|of|when|that|in|and|to|high|low|or))/gi,
    build: (m, c) => (/^an?\s+day$/i.test(m[0]) ? null : rel(isoDay(c.pub), "day")),
  },
  {
    // "$5bn a year", "3% per year": a rate, so a set, not a duration.
    cues: ["unit"],
    re: /(?<=(?:\d|illion|bn|%|dollars|euros|pounds|times|units|barrels|tons|tonnes)\s+)(?:a|each)\s+(day|week|month|year)\b|\bper\s+(day|week|month|year|hour|annum)\b/gi,
    build: (m) => {
      const word = (m[1] ?? m[2] ?? "").toLowerCase();
      const unit = { day: "P1D", week: "P1W", month: "P1M", year: "P1Y", annum: "P1Y", hour: "PT1H" }[word];
      return unit ? rel(unit, "none", "SET") : null;
    },
  },
  {
    cues: ["season"],
    re: /\b(?:(last|this|next|early|late|the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi,
    build: (m, c) => {
      const season = SEASONS[(m[2] ?? "").toLowerCase()] ?? "SP";
      if (m[3]) return abs(`${m[3]}-${season}`, "season");
      // "fall" is mostly the verb; count it only with a determiner or a year.
      if ((m[2] ?? "").toLowerCase() === "fall" && !m[1]) return null;
      const q = m[1]?.toLowerCase();
      const year = q === "last" ? c.pub.y - 1 : q === "next" ? c.pub.y + 1 : c.pub.y;
      return rel(`${year}-${season}`, "season");
    },
  },
  {
    cues: ["unit"],
    re: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+((?:19|20)\d{2}))?\b/gi,
    build: (m, c) => {
      const q =
        { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 }[
          (m[1] ?? "").toLowerCase()
        ] ?? 1;
      return m[2] ? abs(`${m[2]}-Q${q}`, "quarter") : rel(`${c.pub.y}-Q${q}`, "quarter");
    },
  },
  {
    cues: ["unit"],
    re: new RegExp(
      `\\b(?:${AMOUNT}|${VAGUE})(?:\\s+more)?[\\s-]+(?:(?:trading|business|working|calendar)\\s+)?${UNITS}\\b(?!\\s+ago)`,
      "gi",
    ),
    build: (m, c) => {
      const unit = unitOf(m[3] ?? "");
      if (!unit) return null;
      // "a day" or "a quarter" alone is rarely a duration ("a day high", "shares rose a quarter").
      if (
        /^an?$/i.test(m[1] ?? "") &&
        !c.before.match(
          /\b(?:for|in|within|over|after|about|nearly|almost|than|of|past|last|first|next|once|twice)\s*$/i,
        )
      )
        return null;
      const n = m[1] ? amountOf(m[1]) : undefined;
      return rel(duration(n ?? "X", unit), "none", "DURATION");
    },
  },
  {
    cues: ["unit"],
    re: /\b(?:for|after|over|in recent|in the past|within)\s+(months|years|weeks|days|decades|hours)\b/gi,
    build: (m) => {
      const unit = unitOf(m[1] ?? "");
      return unit
        ? { ...rel(duration("X", unit), "none", "DURATION"), startAt: m[0].length - (m[1] ?? "").length }
        : null;
    },
  },
  {
    cues: ["ref"],
    re: /\b(now|currently|at present|nowadays|at the moment)\b/gi,
    build: () => rel("PRESENT_REF", "none"),
  },
  {
    cues: ["ref"],
    re: /\b(recently|in the past|previously|formerly|lately)\b/gi,
    build: () => rel("PAST_REF", "none"),
  },
  {
    cues: ["ref", "unit"],
    re: /\b(in the future|in the coming (?:days|weeks|months|years)|soon)\b/gi,
    build: () => rel("FUTURE_REF", "none"),
  },
  {
    cues: ["unit"],
    re: /\b(?:every|each)\s+(day|week|month|year)\b|\b(daily|weekly|monthly|annually|yearly)\b/gi,
    build: (m) => {
      const word = (m[1] ?? m[2] ?? "").toLowerCase();
      const unit = {
        day: "D",
        daily: "D",
        week: "W",
        weekly: "W",
        month: "M",
        monthly: "M",
        year: "Y",
        annually: "Y",
        yearly: "Y",
      }[word];
      return unit ? rel(`P1${unit}`, "none", "SET") : null;
    },
  },
  {
    cues: ["digit"],
    re: /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?(?=\W|$)/gi,
    build: (m, c) => {
      let hour = Number(m[1]) % 12;
      if ((m[3] ?? "").toLowerCase() === "p") hour += 12;
      return rel(`${isoDay(c.pub)}T${String(hour).padStart(2, "0")}:${m[2] ?? "00"}`, "time", "TIME");
    },
  },
];

/** Capitalized words after which a number is still a year: months, prepositions, seasons. */
const YEAR_NAMES = new RegExp(
  `^(?:${MONTH.slice(1, -1)}|In|By|Since|From|Until|Of|The|Summer|Winter|Spring|Autumn|Fall|Fiscal|FY|Early|Late|Mid)$`,
);

const PARTS: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

function shift(pub: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const MODS: readonly [RegExp, string][] = [
  [/\b(?:about|around|roughly|some|approximately|nearly|almost)\s+$/i, "APPROX"],
  [/\b(?:more than|over)\s+$/i, "MORE_THAN"],
  [/\b(?:less than|under)\s+$/i, "LESS_THAN"],
  [/\b(?:up to|no more than)\s+$/i, "EQUAL_OR_LESS"],
  [/\b(?:at least|no less than)\s+$/i, "EQUAL_OR_MORE"],
  [/\b(?:early|the beginning of|the start of)\s+$/i, "START"],
  [/\b(?:late|the end of)\s+$/i, "END"],
  [/\bmid-?\s*$/i, "MID"],
  [/\bbefore\s+$/i, "BEFORE"],
  [/\bafter\s+$/i, "AFTER"],
];

const LEADING =
  /^(?:in|since|until|till|by|during|from|through|on|of|the|for|after|over|within|in recent|in the past)\s+/i;

/** Time expressions of text[start, end), resolved against `published` (YYYY-MM-DD). */
export function tagTimex(text: string, start: number, end: number, published: string): TimexDraft[] {
  const sentence = text.slice(start, end);
  const pub = parseYmd(published);
  const found: TimexDraft[] = [];
  const present = cuesOf(sentence);
  if (present.size === 0) return [];
  for (const rule of RULES) {
    if (!rule.cues.some((c) => present.has(c))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      // The tense of the clause around the expression, not of the whole sentence.
      const clause = sentence.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40).split(/[;:]/);
      const ctx: Context = {
        pub,
        tense: tenseOf(clause.find((c) => c.includes(m?.[0] ?? "")) ?? sentence),
        before: sentence.slice(Math.max(0, m.index - 20), m.index),
      };
      const built = rule.build(m, ctx) as (Built & { startAt?: number }) | null;
      if (!built) continue;
      // Prepositions and determiners that patterns need for context are not part of the expression.
      let from = m.index + (built.startAt ?? 0);
      const lead = built.startAt === undefined ? LEADING.exec(m[0]) : null;
      if (lead) from += lead[0].length;
      const to = m.index + m[0].length;
      const before = sentence.slice(Math.max(0, from - 30), from);
      // "after months of …" does not make the duration a boundary: BEFORE and AFTER mark dates only.
      const mod =
        built.mod ??
        MODS.find(
          ([re, name]) => re.test(before) && (built.type === "DATE" || (name !== "BEFORE" && name !== "AFTER")),
        )?.[1] ??
        null;
      found.push({ ...built, start: start + from, end: start + to, mod, startAt: undefined } as TimexDraft);
    }
  }
  // Longest first, then earliest; keep those that do not overlap a kept one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimexDraft[] = [];
  for (const t of found) if (!kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ start: s, end: e, type, value, precision, anchor, mod }) => ({
      start: s,
      end: e,
      type,
      value,
      precision,
      anchor,
      mod,
    }));
}
