/**
 * Rules for stretches and repetitions of time and for vague references: durations ("19 months",
 * "2 1/2 years", "a year and a half"), "two weeks ago", sets ("every week", "$5bn a year") and
 * PRESENT_REF, PAST_REF and FUTURE_REF.
 */
import { AMOUNT, amountOf, duration } from "./amounts.js";
import { ago, type Unit, unitOf } from "./resolve.js";
import { type Built, COMPARED, type Rule, rel, UNITS, yearAgo } from "./rule.js";

const VAGUE = "(several|a few|few|many|some|numerous|countless|recent)";
/** The words a set is written with, as the unit it repeats in: "daily", "per annum". */
const ADVERB_UNITS: Record<string, string> = {
  daily: "day",
  weekly: "week",
  hourly: "hour",
  monthly: "month",
  annually: "year",
  annual: "year",
  yearly: "year",
  annum: "year",
};

/** A set of one unit: "per day", "weekly", "$5bn a year" → P1D, P1W, P1Y (PT1H for hours). */
function everyOne(word: string) {
  const lower = word.toLowerCase();
  // Sets of two weeks and of a quarter, written as TimeBank writes them.
  if (lower === "fortnightly") return rel("P2W", "none", "SET");
  if (lower === "quarterly") return rel("P3M", "none", "SET");
  const unit = unitOf(ADVERB_UNITS[lower] ?? lower);
  return unit ? rel(duration(1, unit), "none", "SET") : null;
}

/** What makes "a day" a rate: an amount before it ("$5bn a year", "100 soldiers a day", "twice a week"). */
const RATE_BEFORE =
  /(?:(?:\d|illion|bn|%|dollars|euros|pounds|times|units|barrels|tons|tonnes|once|twice|two|three|four|five|six|seven|eight|nine|ten)\s+|(?:\d[\d,]*|dozens|hundreds|thousands|millions)\s+(?:of\s+)?(?:[a-z-]+\s+){1,3})$/i;
/** How often before "a week" ("twice a week"), which TimeML counts into the set's extent. */
const FREQUENCY =
  /\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:times|days|nights|evenings|mornings|hours|shifts))\s+$/i;
/** Words before a bare plural that make it a stretch of time ("spent weeks", "within hours"). */
const STRETCH_BEFORE =
  /\b(?:spent|spend|spends|spending|ending|reversing|after|take|takes|took|taking|lasted|last|within|early|first)\s+(?:the\s+)?$/i;
/** Nouns after "30-year", "10-day" that make it the term of a financial instrument, not a time in the story. */
const INSTRUMENT_AFTER =
  /^\s+(?:(?:U\.S\.|US|German|British|Japanese|government|benchmark|fixed|adjustable)\s+)?(?:Treasury|Treasuries|bonds?|notes?|bills?|yields?|rates?|mortgages?|securities|paper|CDs?|debt|issues?|maturities|bund|gilts?)\b/i;
/** Words after which "a day", "a month" is a length of time ("barely a month after"). */
const BEFORE_A_UNIT =
  /\b(?:for|in|within|over|after|about|around|roughly|some|nearly|almost|barely|only|just|than|of|past|last|first|next|once|twice|take|takes|took|taking|lasted|lasts|spent|spend|spending|need|needs|needed|wait|waits|waited|least|most)\s*$/i;

export const SPAN_RULES: readonly Rule[] = [
  {
    // "two weeks ago"; "several years ago" and "years ago" point vaguely back.
    cues: ["ago"],
    re: new RegExp(`\\b(?:${AMOUNT}\\s+|${VAGUE}\\s+)?(days?|weeks?|months?|years?|decades?)\\s+ago\\b`, "gi"),
    build: (m, c) => {
      if (!m[1]) return rel("PAST_REF", "none");
      const n = amountOf(m[1]);
      const unit = unitOf(m[3] ?? "") as Unit;
      const r = n === undefined || n % 1 !== 0 ? null : ago(c.pub, n, unit);
      if (r && n === 1 && unit === "year" && COMPARED.test(c.before)) return rel(yearAgo(r.value), "year");
      return r ? rel(r.value, r.precision) : null;
    },
  },
  {
    // "two years from now", "a week from today": the publication date moved ahead.
    cues: ["ref", "dayword"],
    re: new RegExp(`\\b${AMOUNT}\\s+(days?|weeks?|months?|years?|decades?)\\s+from\\s+(?:now|today)\\b`, "gi"),
    build: (m, c) => {
      const n = amountOf(m[1] ?? "");
      const r = n === undefined || n % 1 !== 0 ? null : ago(c.pub, -n, unitOf(m[2] ?? "") as Unit);
      return r ? rel(r.value, r.precision) : null;
    },
  },
  {
    // "$5bn a year", "3% per year": a rate, so a set, not a duration.
    cues: ["single"],
    // The context is tested in the builder: a lookbehind here would run at every position of every sentence.
    re: /\b(?:an?|each)\s+(hour|day|week|month|year)\b|\bper\s+(day|week|month|year|hour|annum)\b/gi,
    build: (m, c) => {
      // "once a week", "three times a year": the frequency is part of the set.
      const times = m[1] ? FREQUENCY.exec(c.before) : null;
      if (times) return { ...(everyOne(m[1] ?? "") as Built), startAt: -times[0].length };
      // "$28 an hour", "$300 million in fuel a year"; but "killed 30 people in a day" is a length of time.
      if (
        m[1] &&
        (!RATE_BEFORE.test(c.before) || BEFORE_A_UNIT.test(c.before) || /^\s+(?:high|low)s?\b/i.test(c.after))
      )
        return null;
      return everyOne(m[1] ?? m[2] ?? "");
    },
  },
  {
    // "44-year-old" is an age, not a stretch of time in the story.
    cues: ["unit"],
    re: new RegExp(
      `\\b(?:${AMOUNT}|${VAGUE})(?:\\s+(?:more|straight|consecutive|successive|full|whole|entire))?[\\s-]+(?:(?:trading|business|working|calendar)\\s+)?${UNITS}\\b(?!\\s+ago|-old)`,
      "gi",
    ),
    build: (m, c) => {
      const unit = unitOf(m[3] ?? "");
      // "60 Minutes", a title; a unit word in capitals mid-sentence is a name.
      if (!unit || (/^\p{Lu}/u.test(m[3] ?? "") && /\S/.test(c.before))) return null;
      // "52 years old", "12 to 15 months of age", "children older than 6 months" are ages; "the 30-year
      // Treasury bond", "the 30-day rate" name instruments.
      if (
        /^\s+(?:old|of\s+age)\b/i.test(c.after) ||
        /\b(?:older|younger)\s+than\s+$|\baged\s+$/i.test(c.before) ||
        (/-/.test(m[0]) && INSTRUMENT_AFTER.test(c.after))
      )
        return null;
      // "three quarters of its value" is a fraction.
      if (unit === "quarter" && /^\s+of\b/i.test(c.after) && !/straight|consecutive|successive/i.test(m[0]))
        return null;
      // "Islam will one day be …", "he hopes one day to fly": some day ahead, not a length of time.
      if (
        /^one\s+day$/i.test(m[0]) &&
        !BEFORE_A_UNIT.test(c.before) &&
        !/^\s+(?:before|after|later|earlier|of|ahead)\b/i.test(c.after)
      ) {
        const tense = c.tense();
        return tense === "future" || tense === "modal" || /\bhopes?\s+(?:to\s+)?$/i.test(c.before)
          ? rel("FUTURE_REF", "none")
          : null;
      }
      // "a day" or "a quarter" alone is rarely a duration ("a day high", "shares rose a quarter",
      // "about a quarter of its dealers"), unless a preposition or "before"/"later" frames it.
      if (/^an?$/i.test(m[1] ?? "")) {
        const framed =
          /\s(?:full|whole|entire)\s/i.test(m[0]) ||
          BEFORE_A_UNIT.test(c.before) ||
          /^\s+(?:before|after|later|earlier|or\s+(?:more|less|longer|so))\b/i.test(c.after);
        if (!framed || (unit === "quarter" && /\b(?:about|around|roughly|some|nearly|almost)\s*$/i.test(c.before)))
          return null;
      }
      // "three to four months", "a two- to three-day ceasefire": a range is a vague amount.
      const range = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few)-?\s+(?:to|or)\s+$/i.test(
        c.before,
      );
      const n = m[1] && !range ? amountOf(m[1]) : undefined;
      return rel(duration(n ?? "X", unit), "none", "DURATION");
    },
  },
  {
    // "for the year ended March 31": a company's fiscal year, a stretch of twelve months.
    cues: ["ended"],
    re: /\bthe\s+(?:fiscal\s+)?year(?=\s+(?:that\s+)?(?:ended|ending|ends)\b)/gi,
    build: () => ({ ...rel("P1Y", "none", "DURATION"), startAt: 0 }),
  },
  {
    // "a year and a half", "two and a half years", "half an hour".
    cues: ["half"],
    re: new RegExp(
      `\\b(?:(a|an|one)\\s+${UNITS}\\s+and\\s+a\\s+half|${AMOUNT}\\s+and\\s+a\\s+half\\s+${UNITS}|half\\s+(?:a|an)\\s+${UNITS})\\b`,
      "gi",
    ),
    build: (m) => {
      const [amount, word] = m[1] ? [1.5, m[2]] : m[3] ? [(amountOf(m[3]) ?? 0) + 0.5, m[4]] : [0.5, m[5]];
      const unit = unitOf(word ?? "");
      return unit ? rel(duration(amount, unit), "none", "DURATION") : null;
    },
  },
  {
    cues: ["plural"],
    re: /\b(?:for|after|over|in recent|in the past|within)\s+(?:the\s+)?(months|years|weeks|days|decades|hours)\b/gi,
    build: (m) => {
      const unit = unitOf(m[1] ?? "");
      return unit
        ? { ...rel(duration("X", unit), "none", "DURATION"), startAt: m[0].length - (m[1] ?? "").length }
        : null;
    },
  },
  {
    // "over the past decade", "during the last year", "over the next decade": a stretch of time, not the calendar unit.
    cues: ["deictic"],
    re: /\b(?:over|during|in|for|within|throughout)\s+the\s+(?:past|last|next|coming)\s+(week|month|year|decade|century)\b/gi,
    build: (m) => {
      const unit = unitOf(m[1] ?? "");
      return unit ? { ...rel(duration(1, unit), "none", "DURATION"), startAt: m[0].search(/the\s/i) } : null;
    },
  },
  {
    // "in the coming weeks", "over the coming year", "the next few days", "the weeks ahead", and
    // without the article, "in coming months": stretches ahead.
    cues: ["deictic"],
    re: /\bthe\s+(?:coming|next|past|last)(?:\s+(few|couple of|two|three))?\s+(days|weeks|months|years|year|month|week|hours|hour)\b|\bthe\s+(days|weeks|months|years)\s+ahead\b|(?<=\b(?:in|over|during|within)\s+)coming\s+(days|weeks|months|years)\b/gi,
    build: (m) => {
      const word = (m[2] ?? m[3] ?? m[4] ?? "").toLowerCase();
      const unit = unitOf(word);
      // "couple of" is the lexicon's "a couple of"; "few" is no number.
      const count = m[1] && !/^few$/i.test(m[1]) ? amountOf(/^couple/i.test(m[1]) ? `a ${m[1]}` : m[1]) : undefined;
      const amount = count ?? (word.endsWith("s") ? "X" : 1);
      return unit ? { ...rel(duration(amount, unit), "none", "DURATION"), startAt: 0 } : null;
    },
  },
  {
    // "spent weeks pleading", "ending months of hesitation", "hours later", "it will take years".
    cues: ["plural"],
    re: /\b(minutes|hours|days|weeks|months|years|decades)\b/gi,
    build: (m, c) => {
      // "in the early hours of Thursday": a part of that day, not a stretch of time; "12 to 15 months of age" an age.
      if (/^hours$/i.test(m[1] ?? "") && /\b(?:early|small|wee)\s+$/i.test(c.before) && /^\s+of\b/i.test(c.after))
        return null;
      if (/^\s+(?:old|of\s+age)\b/i.test(c.after)) return null;
      // "Minutes of Tuesday's meeting": the record of a meeting, not a stretch of time.
      if (/^minutes$/i.test(m[1] ?? "") && /^\s+of\s+(?:[\w'’.]+\s+){0,3}(?:meeting|session|talks)\b/i.test(c.after))
        return null;
      const stretch =
        STRETCH_BEFORE.test(c.before) ||
        // "followed volunteers for days or weeks, not years": a stretch joined to one just named.
        /\b(?:minutes|hours|days|weeks|months|years|decades),?\s+(?:or|and|to|not)\s+$/i.test(c.before) ||
        (/^\s+(?:of|later|earlier|before|after)\b/i.test(c.after) && !/\bthe\s+$/i.test(c.before));
      const unit = stretch ? unitOf(m[1] ?? "") : undefined;
      return unit ? rel(duration("X", unit), "none", "DURATION") : null;
    },
  },
  {
    // "their highest level in years", "the first time in decades": a long stretch up to now.
    cues: ["plural"],
    re: /\bin\s+(years|months|weeks|decades)\b/gi,
    build: (m, c) => {
      if (
        !/\b(?:highest|lowest|first|best|worst|biggest|largest|strongest|weakest|most|least|longest)\b[^.;]{0,40}$/i.test(
          c.before,
        )
      )
        return null;
      const unit = unitOf(m[1] ?? "");
      return unit ? rel(duration("X", unit), "none", "DURATION") : null;
    },
  },
  {
    // "hot all week", "all year": the whole unit, a stretch of time.
    cues: ["single"],
    re: /\ball\s+(day|week|month|year)\b(?!\s+(?:long|round)\b)/gi,
    build: (m) => {
      const unit = unitOf(m[1] ?? "");
      return unit ? rel(duration(1, unit), "none", "DURATION") : null;
    },
  },
  {
    cues: ["single"],
    re: /\b(hour|day|week|month|year)-long\b/gi,
    build: (m) => {
      const unit = unitOf(m[1] ?? "");
      return unit ? rel(duration(1, unit), "none", "DURATION") : null;
    },
  },
  {
    // "their years-long crackdown", "a months-long siege": a stretch of an unknown number of units.
    cues: ["plural"],
    re: /\b(hours|days|weeks|months|years|decades)-long\b/gi,
    build: (m) => {
      const unit = unitOf(m[1] ?? "");
      return unit ? rel(duration("X", unit), "none", "DURATION") : null;
    },
  },
  {
    cues: ["ref", "unit"],
    re: /\b(now|currently|at present|nowadays|these days|at the moment|at this time)\b/gi,
    // "the now-cancelled deal" describes the deal, not a time.
    build: (_m, c) => (c.after.startsWith("-") ? null : rel("PRESENT_REF", "none")),
  },
  {
    // "the current government": the present. Not "current account" or the noun ("swept away by the current").
    cues: ["ref"],
    re: /\bcurrent\b(?=\s+[A-Za-z])(?!\s+(?:account|accounts|affairs|Affairs|Account)\b)/g,
    build: () => rel("PRESENT_REF", "none"),
  },
  {
    cues: ["ref"],
    // "previously" only opening a sentence ("Previously, it offered …"): inside a clause it orders
    // events ("had previously announced") more than it places them. "In
    // the past four years" is a duration, read by the rule above.
    re: /^previously(?=\s*,)|\b(recently|recent(?!\s+(?:years?|months?|weeks?|days?|decades?|hours?|times|past)\b)(?=\s+[a-z])|a\s+(?:short\s+|little\s+)?while\s+ago|a\s+moment\s+ago|moments\s+ago|in the past(?!\s+(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?|decades?|hours?)\b)|lately)\b/gi,
    build: () => rel("PAST_REF", "none"),
  },
  {
    cues: ["future"],
    // "future losses" looks ahead too.
    re: /\b(the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future(?!\s+of\b)|the near term|near-term|(?<!\bas\s)soon(?!\s+as\b)|(?<=\b(?:all|any|of|for|to|prevent|avoid|meet)\s)future(?=\s+[a-z]+s\b))\b/gi,
    // "the future" keeps its article, as TimeML marks it; "was soon released" is not the future.
    build: (m, c) =>
      /^soon$/i.test(m[0]) && c.tense() === "past" ? null : { ...rel("FUTURE_REF", "none"), startAt: 0 },
  },
  {
    // "every six weeks", "every 10 minutes": a set repeating at that interval.
    cues: ["every"],
    re: new RegExp(`\\bevery\\s+${AMOUNT}\\s+${UNITS}\\b`, "gi"),
    build: (m) => {
      const n = amountOf(m[1] ?? "");
      const unit = unitOf(m[2] ?? "");
      return n !== undefined && unit ? rel(duration(n, unit), "none", "SET") : null;
    },
  },
  {
    cues: ["every"],
    re: /\b(?:every|each)\s+(day|week|month|year)\b|\b(hourly|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|annual)\b/gi,
    build: (m, c) => {
      // "the Communist Party daily Granma", "the daily": a newspaper.
      // "The China Daily newspaper": a capitalized word after a name is part of the name.
      // "hourly and salaried workers", "weekly wages": a kind of pay, not a recurring time.
      if (
        m[2] &&
        /^\s+(?:and\s+salaried\s+|or\s+salaried\s+)?(?:workers?|employees?|wages?|pay|staff|jobs?)\b/i.test(c.after)
      )
        return null;
      if (
        m[2] &&
        (/^\s+\p{Lu}/u.test(c.after) ||
          /\bthe\s+$/i.test(c.before) ||
          (/^\p{Lu}/u.test(m[2]) && /\p{Lu}\S*\s+$/u.test(c.before)))
      )
        return null;
      return everyOne(m[1] ?? m[2] ?? "");
    },
  },
];
