/**
 * Rules for points in time: calendar dates, months, years and decades, weekdays, named days,
 * seasons, quarters, holidays and clock times. Durations, sets and references are in
 * span-rules.ts.
 */

import { isCalendarDate } from "@sitrep/core";
import { amountOf } from "./amounts.js";
import { addDays, isoDay, isoMonth, isoWeek, parseYmd, weekday, type Ymd } from "./calendar-math.js";
import { HOLIDAY_RULE } from "./holidays.js";
import {
  monthOf,
  relativeUnit,
  resolveAnnual,
  resolveMonth,
  resolveMonthDay,
  resolveWeekday,
  SEASONS,
  type Unit,
  unitOf,
  WEEKDAYS,
} from "./resolve.js";
import {
  abs,
  COMPARED,
  type Context,
  DAY,
  MONTH,
  PARTS,
  type Rule,
  rel,
  tenseOrDeadline,
  WEEKDAY,
  YEAR,
  yearAgo,
} from "./rule.js";

const OFFSETS: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

/** "Saturday, April 25": the year in which that day is that weekday, nearest first. */
function weekdayMonthDay(c: Context, day: string, month: string, date: string): string {
  const target = WEEKDAYS[day.toLowerCase()] ?? 0;
  const m = monthOf(month) ?? 0;
  const d = Number(date);
  const matching = (y: number): Ymd | null => (weekday({ y, m, d }) === target ? { y, m, d } : null);
  return resolveAnnual(c.pub, matching, tenseOrDeadline(c)) ?? resolveMonthDay(c.pub, m, d, tenseOrDeadline(c));
}

const SHARED_YEAR = new RegExp(
  `^\\s+(?:and|or|to|through|until|-|–)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`,
);

const ABBREVIATED = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

const clockTime = (c: Context, hour: number, minute: string) => ({
  ...rel(`${isoDay(c.pub)}T${String(hour).padStart(2, "0")}:${minute}`, "time", "TIME"),
  clock: `${String(hour).padStart(2, "0")}:${minute}`,
});

/** Capitalized words after which a number is still a year: months, prepositions, seasons. */
const YEAR_NAMES = new RegExp(
  `^(?:${MONTH.slice(1, -1)}|In|By|Since|From|Until|Of|The|Summer|Winter|Spring|Autumn|Fall|Fiscal|FY|Early|Late|Mid|If|When|As|And|But|Or|For|Before|After|During|Through|Between)$`,
);

export const CALENDAR_RULES: readonly Rule[] = [
  { cues: ["numjoin"], re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, build: (m) => abs(m[0], "day") },
  {
    // "7/8/07", "09/26/1999": month first, as American news writes it; a first number over 12
    // can only be a day ("26/09/1999"). Fractions and scores ("3/4", "6-4") have no year.
    cues: ["numjoin"],
    re: /(?<![\d/.,])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    build: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const [month, day] = a > 12 ? [b, a] : [a, b];
      const short = Number(m[3]);
      const y = (m[3] ?? "").length === 4 ? short : short < 50 ? 2000 + short : 1900 + short;
      const value = isoDay({ y, m: month, d: day });
      return isCalendarDate(value) ? abs(value, "day") : null;
    },
  },
  {
    cues: ["month"],
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "g"),
    build: (m) => abs(isoDay({ y: Number(m[4]), m: monthOf(m[2] ?? "") ?? 0, d: Number(m[3]) }), "day"),
  },
  {
    cues: ["month"],
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, "g"),
    build: (m) => abs(isoDay({ y: Number(m[4]), m: monthOf(m[3] ?? "") ?? 0, d: Number(m[2]) }), "day"),
  },
  {
    // "late April 2021": the part of the month is in the expression (the tagger reads its mod), as the bare month's is.
    cues: ["month"],
    re: new RegExp(`\\b(?:(?:early|late|mid)[\\s-]+)?${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, "g"),
    build: (m) => abs(isoMonth(Number(m[2]), monthOf(m[1] ?? "") ?? 0), "month"),
  },
  {
    // "February this year", "April next year", "the week of March 6".
    cues: ["month"],
    re: new RegExp(`\\b${MONTH}\\s+(this|last|next)\\s+year\\b`, "g"),
    build: (m, c) => {
      const offset = { this: 0, last: -1, next: 1 }[(m[2] ?? "this") as "this"] ?? 0;
      return rel(isoMonth(c.pub.y + offset, monthOf(m[1] ?? "") ?? 0), "month");
    },
  },
  {
    cues: ["month"],
    re: new RegExp(`\\bthe\\s+week\\s+of\\s+${MONTH}\\s+${DAY}\\b`, "g"),
    build: (m, c) => {
      const day = resolveMonthDay(c.pub, monthOf(m[1] ?? "") ?? 0, Number(m[2]), tenseOrDeadline(c));
      return { ...rel(isoWeek(parseYmd(day)), "week"), startAt: 0 };
    },
  },
  {
    cues: ["month"],
    re: new RegExp(`\\b${WEEKDAY},?\\s+${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?\\d)`, "g"),
    build: (m, c) => rel(weekdayMonthDay(c, m[1] ?? "", m[2] ?? "", m[3] ?? ""), "day"),
  },
  {
    cues: ["month"],
    re: new RegExp(`\\b${WEEKDAY},?\\s+${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d)`, "g"),
    build: (m, c) => rel(weekdayMonthDay(c, m[1] ?? "", m[3] ?? "", m[2] ?? ""), "day"),
  },
  {
    cues: ["month"],
    re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?\\d)`, "g"),
    build: (m, c) => rel(resolveMonthDay(c.pub, monthOf(m[1] ?? "") ?? 0, Number(m[2]), tenseOrDeadline(c)), "day"),
  },
  {
    // "the summit on April 24 and 25": the second day is a date of its own in the same month.
    cues: ["month"],
    re: new RegExp(
      `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:and|or|to|through|till|until)\\s+${DAY}(?:,?\\s+${YEAR})?(?=\\s*(?:[.,;:)]|$)|\\s+(?:in|at|on|when|while|and|or|but|will|would|were|was|is|are|to|for|the|with|by|of)\\b)`,
      "g",
    ),
    build: (m, c) => {
      const month = monthOf(m[1] ?? "") ?? 0;
      const day = Number(m[2]);
      const value = m[3]
        ? isoDay({ y: Number(m[3]), m: month, d: day })
        : resolveMonthDay(c.pub, month, day, tenseOrDeadline(c));
      const startAt = m[0].search(/\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$/);
      return { ...(m[3] ? abs(value, "day") : rel(value, "day")), startAt };
    },
  },
  {
    cues: ["month"],
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d)`, "g"),
    build: (m, c) => rel(resolveMonthDay(c.pub, monthOf(m[2] ?? "") ?? 0, Number(m[1]), tenseOrDeadline(c)), "day"),
  },
  // A month on its own; "May" only after a preposition, as it is also a verb, and abbreviations
  // only after one too, as "Jan" is also a name.
  {
    cues: ["month"],
    re: new RegExp(
      `\\b(?:(in|since|until|till|by|during|from|through|early|late|mid|mid-|last|next|this|of)\\s+)?${MONTH}\\b`,
      "g",
    ),
    build: (m, c) => {
      const word = (m[2] ?? "").replace(/\.$/, "");
      // "until mid-November": the preposition before the modifier introduces the month.
      const introduced =
        m[1] ??
        /\b(in|since|until|till|by|during|from|through|of|between|before|after)\s+(?:(?:early|late|mid)-?\s*)?$/i.exec(
          c.before,
        )?.[1];
      if (!introduced && (word === "May" || ABBREVIATED.test(word))) return null;
      const month = monthOf(word);
      if (!month) return null;
      // "the benchmark September contract": a futures month is the coming one.
      if (/^\s+(?:contracts?|futures|options?|delivery|deliveries|shipment|position)\b/i.test(c.after))
        return rel(resolveMonth(c.pub, month, "future"), "month");
      // "between September and October of 2007": the year of the second month is the first one's too.
      const shared = SHARED_YEAR.exec(c.after)?.[2];
      if (shared) return abs(isoMonth(Number(shared), month), "month");
      const q = (m[1] ?? introduced)?.toLowerCase();
      // "not seen since last September" in October: news writes a month of this year without "last".
      if (q === "last") return rel(isoMonth(c.pub.y - 1, month), "month");
      if (q === "next") return rel(resolveMonth(c.pub, month, "future"), "month");
      if (q === "this") return rel(isoMonth(c.pub.y, month), "month");
      return rel(resolveMonth(c.pub, month, tenseOrDeadline(c, q)), "month");
    },
  },
  {
    // "the 1990s", "the '90s", "the 70s and 80s"; a bare "30s" is mostly an age.
    cues: ["decade"],
    re: /\b((?:19|20)\d)0s\b|(?:\bthe\s+|')(\d)0s\b|(?<=0s\s+(?:and|to|or)\s+)(\d)0s\b/g,
    build: (m, c) => {
      // "Temperatures climbed into the 50s", "highs in the 30s": degrees, not a decade.
      if (
        !m[1] &&
        /\b(?:temperatures?|temps|highs?|lows?|degrees|thermometers?|mercury|readings)\b[^.;]{0,30}$/i.test(c.before)
      )
        return null;
      if (m[1]) return abs(`${m[1]}X`, "decade");
      const digit = Number(m[2] ?? m[3]);
      const century = 2000 + digit * 10 > c.pub.y ? "19" : "20";
      return abs(`${century}${digit}X`, "decade");
    },
  },
  {
    cues: ["year4"],
    re: new RegExp(
      `\\b${YEAR}\\b(?![\\d%,.]\\d|\\s*(?:%|per\\s?cent|people|troops|soldiers|km|kilometres|miles|tons|tonnes|units|cars|jobs))`,
      "g",
    ),
    build: (m, c) => {
      // Not an amount ("$2014", "1,2014") and not a number after a name ("Russell 2000", "Windows 2000").
      if (/[\d$€£.,-]$/.test(c.before) && !/\b(?:post|pre|mid)-$/i.test(c.before)) return null;
      const name = /(\p{Lu}[\p{L}&]*)\s$/u.exec(c.before)?.[1];
      if (name && !YEAR_NAMES.test(name)) return null;
      return abs(m[1] ?? "", "year");
    },
  },
  {
    // 24-hour clock with a zone: "17:30 UTC", "0800 GMT", "12:30 EST", "8:00 Eastern".
    cues: ["zone"],
    re: /\b([01]?\d|2[0-3])[:.h]?([0-5]\d)\s*(?:UTC|GMT|EST|EDT|CET|CEST|BST|PST|PDT|local time|Eastern|Pacific|Central)\b/g,
    // "AP-NY-02-27-98 0756EST": a wire service's transmission stamp, not a time in the story.
    build: (m, c) =>
      /\b[A-Z]{2,4}(?:-[A-Z]{2})?-\d\d-\d\d-\d\d\s*$/.test(c.before)
        ? null
        : clockTime(c, Number(m[1] ?? 0), m[2] ?? "00"),
  },
  {
    cues: ["meridiem"],
    re: /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?(?=\W|$)/gi,
    build: (m, c) => clockTime(c, (Number(m[1]) % 12) + ((m[3] ?? "").toLowerCase() === "p" ? 12 : 0), m[2] ?? "00"),
  },
  {
    // "11 o'clock Thursday night": a clock time; the part of the day after it sets a.m. or p.m. (anchorClockTimes).
    cues: ["dayword"],
    re: /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b/gi,
    build: (m, c) => {
      const hour = amountOf(m[1] ?? "") ?? 0;
      return hour >= 1 && hour <= 12 ? clockTime(c, hour % 12 === 0 ? 12 : hour, "00") : null;
    },
  },
  {
    // "4 in the morning", "10 o'clock at night": a clock time with the part of the day as its a.m./p.m.
    cues: ["dayword"],
    re: /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[:.]([0-5]\d))?(?:\s+o'clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b/gi,
    build: (m, c) => {
      const hour = amountOf(m[1] ?? "") ?? 0;
      if (hour < 1 || hour > 12) return null;
      const pm = m[3] === undefined ? hour >= 6 && hour < 12 : !/^morning$/i.test(m[3]);
      return clockTime(c, (hour % 12) + (pm ? 12 : 0), m[2] ?? "00");
    },
  },
  {
    cues: ["dayword"],
    re: /\b(noon|midday|mid-day|midnight)\b/gi,
    build: (m, c) => {
      const word = (m[1] ?? "").toLowerCase();
      if (word === "noon") return clockTime(c, 12, "00");
      return word === "midnight" ? clockTime(c, 24, "00") : rel(`${isoDay(c.pub)}TMI`, "time", "TIME");
    },
  },
  {
    cues: ["weekday"],
    re: new RegExp(
      `\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Pp]ast|on)\\s+)?${WEEKDAY}(?:\\s+(morning|afternoon|evening|night))?\\b`,
      "g",
    ),
    build: (m, c) => {
      // "Wednesday's ruling" (and wire copy's "Tuesday 's closing price") is a day gone by, unless it
      // is next Wednesday's or one looked forward to ("for Saturday's first test").
      const owned = /^\s?['’]s\b/.test(c.after) && !m[1];
      const awaited = owned && /\b(?:for|before|ahead of|until|till|by)\s+$/i.test(c.before);
      const possessive = owned && !awaited;
      // "Sheffield Wednesday 0": a club in a results line.
      if (
        !m[1] &&
        /\p{Lu}\p{Ll}+\s+$/u.test(c.before) &&
        !/\b(?:On|By|Since|Until|Till|From|Early|Late|Before|After|Through|And|Or|But|The)\s+$/.test(c.before) &&
        /^\s+\d/.test(c.after)
      )
        return null;
      const day = resolveWeekday(
        c.pub,
        WEEKDAYS[(m[2] ?? "").toLowerCase()] ?? 0,
        // "closed until Friday" looks ahead, as deadlines do.
        // …unless a future verb right before governs it ("will miss Tuesday's training session", "were planning
        // to watch Tuesday's Mass"; not "will
        // offer a premium to Tuesday's closing price").
        possessive
          ? /\b(?:will|'ll|shall|going to|(?:plans?|planning|planned|intends?|expects?|hopes?|set|due) to)\s+\w+\s+$/i.test(
              c.before,
            )
            ? "future"
            : "past"
          : awaited
            ? "future"
            : tenseOrDeadline(c),
        m[1],
      );
      // "Sunday night" is a time of that day, as the TimeML guidelines write it (2023-09-24TNI).
      const part = m[3] ? PARTS[m[3].toLowerCase()] : undefined;
      return part ? rel(`${day}T${part}`, "time", "TIME") : rel(day, "day");
    },
  },
  {
    // "sea levels could rise by 2100": a year of the next century after a preposition (not "2100 GMT").
    cues: ["faryear"],
    re: /(?<=\b(?:[Bb]y|[Ii]n|[Uu]ntil|[Bb]efore|[Aa]fter|[Tt]hrough|[Tt]ill)\s+)(2[1-9]\d{2})\b(?![\d%,.]\d|\s*(?:GMT|UTC|hours|hrs|local|[A-Z]{3}\b|%|per\s?cent))/g,
    build: (m) => abs(m[1] ?? "", "year"),
  },
  {
    cues: ["dayword"],
    // "yesterday", "tonight", "this morning", "yesterday afternoon", "tomorrow night", "last evening".
    re: /\b(yesterday|today|tomorrow|tonight|last night|last evening|this (?:morning|afternoon|evening))(?:\s+(morning|afternoon|evening|night))?\b/gi,
    build: (m, c) => {
      const evening = /^last evening$/i.test(m[1] ?? "");
      const w = evening ? "yesterday" : (m[1]?.toLowerCase() ?? "");
      const part = evening ? "evening" : m[2]?.toLowerCase();
      if (part && !/^(?:yesterday|today|tomorrow)$/.test(w)) return null;
      // "the cars of tomorrow": the future, not a day.
      if (w === "tomorrow" && /\bof\s+$/i.test(c.before)) return rel("FUTURE_REF", "none");
      const offset = w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0;
      const day = isoDay(addDays(c.pub, offset));
      if (w === "tonight" || w === "last night") return rel(`${day}TNI`, "time", "TIME");
      if (w.startsWith("this ")) return rel(`${day}T${PARTS[w.slice(5)] ?? "MO"}`, "time", "TIME");
      if (part) return rel(`${day}T${PARTS[part] ?? "MO"}`, "time", "TIME");
      return rel(day, "day");
    },
  },
  {
    cues: ["lateness"],
    re: /\b(earlier|later)\s+(?:this|in the)\s+(week|month|year)\b/gi,
    build: (m, c) => {
      const r = relativeUnit(c.pub, unitOf(m[2] ?? "") as Unit, 0);
      return r ? rel(r.value, r.precision) : null;
    },
  },
  {
    cues: ["deictic"],
    re: /\b(last|this|next|coming|past|previous|current)\s+(week|weekend|month|year|decade|century|quarter)\b/gi,
    build: (m, c) => {
      let offset = OFFSETS[(m[1] ?? "").toLowerCase()] ?? 0;
      // "became public this weekend" in a Monday paper: the weekend just gone, not the coming one.
      // "…another soaker this weekend," Tolliver said: the speaker's own words, the coming one.
      const quoted = /^[,.!?]?["”’]\s+(?:[\p{L}.'’-]+\s+){1,4}(?:said|says|told)\b/u.test(c.after);
      if (offset === 0 && /^weekend$/i.test(m[2] ?? "") && weekday(c.pub) < 5 && !quoted && c.tense() === "past")
        offset = -1;
      const r = relativeUnit(c.pub, unitOf(m[2] ?? "") as Unit, offset);
      if (r && /^last year$/i.test(m[0]) && COMPARED.test(c.before)) return rel(yearAgo(r.value), "year");
      return r ? rel(r.value, r.precision) : null;
    },
  },
  {
    // "the day" (the trading day, the day of the report) and "a third straight day": the publication day.
    cues: ["day"],
    // "the day of the attack" and "the day before" point elsewhere; "the seventh straight day of losses" does not.
    re: /\b(?:the|a|an)\s+(?:((?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?))?day\b/gi,
    build: (m, c) => {
      if (/^an?\s+day$/i.test(m[0])) return null;
      if (!m[1] && /^\s+(?:before|after|of|when|that|in|and|to|high|low|or)\b/i.test(c.after)) return null;
      return rel(isoDay(c.pub), "day");
    },
  },
  {
    cues: ["season"],
    // "spring break", "summer school", "winter storm": a season naming a thing, not a time.
    re: /\b(?:(last|this|next|early|late|the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b(?!\s+(?:break|school|camp|semester|session|term|storms?|weather|solstice|olympics|games)\b)/gi,
    build: (m, c) => {
      // "Spring of Life", "Arab Spring": a capitalized season inside a name.
      if (/^\p{Lu}/u.test(m[2] ?? "") && (/^\s+of\s+\p{Lu}/u.test(c.after) || /\p{Lu}\w*\s+$/u.test(c.before)) && !m[3])
        return null;
      const season = SEASONS[(m[2] ?? "").toLowerCase()] ?? "SP";
      if (m[3]) return abs(`${m[3]}-${season}`, "season");
      // "fall" is mostly the verb; count it only with a determiner or a year.
      if ((m[2] ?? "").toLowerCase() === "fall" && !m[1]) return null;
      const q = m[1]?.toLowerCase();
      // "before spring" in December is next spring for the future, "in the autumn" in March last autumn
      // for the past; "could survive until spring" looks ahead as deadlines do.
      const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season] ?? 3;
      const tense = q && q !== "the" ? "unknown" : tenseOrDeadline(c);
      const ahead = tense === "future" || tense === "modal";
      const shift = ahead && first + 2 < c.pub.m ? 1 : tense === "past" && first > c.pub.m ? -1 : 0;
      const year = q === "last" ? c.pub.y - 1 : q === "next" ? c.pub.y + 1 : c.pub.y + shift;
      return rel(`${year}-${season}`, "season");
    },
  },
  {
    // "overnight" in a report: the night before; "by late evening", "in the morning": a part of the day.
    cues: ["dayword"],
    // "an overnight shift", "an overnight stay": a kind of shift or stay, not a night.
    re: /\b(?:(overnight)(?!\s+(?:shifts?|stays?|flights?|trips?|trains?|bags?|guests?|camps?|bus(?:es)?|ferr(?:y|ies)|deliver(?:y|ies)|parking|success|sensation|oats|visitors?|accommodation|workers?|staff|crews?|rates?)\b)|(?:(?<=\b(?:by|in|during|the|late|early|this|mid|mid-)[\s-]*)(?:late\s+|early\s+|mid[\s-]?)?(morning|afternoon|evening)))\b/gi,
    build: (m, c) => {
      if (m[1]) return rel(`${isoDay(addDays(c.pub, c.tense() === "future" ? 0 : -1))}TNI`, "time", "TIME");
      return rel(`${isoDay(c.pub)}T${PARTS[(m[2] ?? "morning").toLowerCase()] ?? "MO"}`, "time", "TIME");
    },
  },
  {
    cues: ["dayword"],
    re: /\b(?:every|each)\s+(night|morning|evening)\b|\bnightly\b/gi,
    build: (m) => rel(`XXXX-XX-XXT${PARTS[(m[1] ?? "night").toLowerCase()] ?? "NI"}`, "none", "SET"),
  },
  {
    // European numeric dates with a time, as news sites print them: "31.01.2024 16:05", "20 October 2022 - 19:32".
    cues: ["numjoin"],
    re: /\b([0-3]?\d)\.([01]?\d)\.((?:19|20)\d{2})(?:,?\s+([01]?\d|2[0-3]):([0-5]\d))?\b/g,
    build: (m) => {
      const day = `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
      if (!isCalendarDate(day)) return null;
      return m[4] ? { ...abs(`${day}T${m[4].padStart(2, "0")}:${m[5]}`, "time"), type: "TIME" } : abs(day, "day");
    },
  },
  {
    // A bare 24-hour time right after a written date: "20 October 2022 - 19:32".
    cues: ["numjoin"],
    re: /\b([01]?\d|2[0-3]):([0-5]\d)\b/g,
    build: (m, c) =>
      /(?:19|20)\d{2}\s*[-–,|]?\s*$/.test(c.before) ? clockTime(c, Number(m[1] ?? 0), m[2] ?? "00") : null,
  },
  HOLIDAY_RULE,
];
